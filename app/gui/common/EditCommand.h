#pragma once
// One undoable edit of a draft: the request before and after. Snapshots keep every edit,
// structural or not, undoable the same way; Request's members are implicitly shared Qt
// containers, so a snapshot costs little. Consecutive edits with the same non-empty merge key
// (typing into one field) merge into one step. Owned by the QUndoStack it is pushed to.

#include "model/Request.h"

#include <QUndoCommand>

namespace mla::gui {

class DraftSession;

class EditCommand : public QUndoCommand
{
public:
    EditCommand(DraftSession* session, Request before, Request after, QString mergeKey, const QString& text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    DraftSession* m_session; // not owned; outlives the undo stack
    Request m_before;
    Request m_after;
    QString m_mergeKey;
    bool m_first = true;
};

} // namespace mla::gui
