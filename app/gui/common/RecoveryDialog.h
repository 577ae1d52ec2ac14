#pragma once
// Offered at start when drafts were left behind by a crash: each recovered draft with its time,
// restored (to the page that was being edited) or discarded; "Later" keeps them on the start
// page. Discarding asks for confirmation: it cannot be undone.

#include "draft/Recovery.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace mla::gui {

class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryDialog(const QList<draft::RecoveredDraft>& drafts, QWidget* parent = nullptr);

    // After Restore: the recovery file chosen.
    QString chosen() const { return m_chosen; }
    QListWidget* list() const { return m_list; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* discardButton() const { return m_discard; }
    QPushButton* laterButton() const { return m_later; }
    // Tests answer the discard confirmation instead of a user.
    void setDiscardConfirmedForTests(bool yes) { m_testConfirm = yes ? 1 : 0; }

Q_SIGNALS:
    void discardRequested(const QString& recoveryFile);

private:
    void fill();
    void updateButtons();
    QList<draft::RecoveredDraft> m_drafts;
    QListWidget* m_list;
    QPushButton* m_restore;
    QPushButton* m_discard;
    QPushButton* m_later;
    QString m_chosen;
    int m_testConfirm = -1;
};

} // namespace mla::gui
