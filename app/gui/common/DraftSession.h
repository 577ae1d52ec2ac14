#pragma once
// The draft being edited: the Request, the file it came from, its undo history and its
// autosave to the recovery area (core/draft/Recovery). Pages never keep their own copy of the
// model: they read request() and submit whole new snapshots through edit(). Single-threaded
// (GUI thread); owned by the MainWindow.

#include "base/Error.h"
#include "draft/Recovery.h"
#include "model/Request.h"

#include <QMap>
#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <functional>

namespace mla::gui {

class DraftSession : public QObject
{
    Q_OBJECT
public:
    // recoveryDir: empty for the default (<AppDataLocation>/recovery).
    explicit DraftSession(const QString& recoveryDir = {}, QObject* parent = nullptr);
    ~DraftSession() override;

    bool isOpen() const { return m_open; }
    const Request& request() const { return m_request; }
    QString path() const { return m_path; }
    bool isModified() const;
    bool isReadOnly() const { return m_readOnly; }
    QUndoStack* undoStack() { return &m_undo; }
    draft::Recovery& recovery() { return m_recovery; }

    // A fresh request (id, creation time, "created" history entry by `who`).
    static Request newRequest(const QString& who, const QString& draftLanguage);

    // Starts editing `request`, clearing the undo history. `modified` marks a draft that has
    // never been saved where it belongs (a new request, a recovered snapshot). `readOnly` is
    // the reviewer's mode: the content is not edited, but comments, status and history are,
    // and they are autosaved like any edit.
    void open(const Request& request, const QString& path, bool modified, bool readOnly = false);
    // Closes the draft; its recovery snapshot is discarded (the caller asked the user first).
    void close();
    // Replaces the request with `after` as one undoable step (see EditCommand for mergeKey).
    void edit(const Request& after, const QString& mergeKey, const QString& text);
    // Writes the draft to `path` (atomic) and makes it the draft's file. On success the
    // recovery snapshot is discarded and the undo stack marked clean.
    Status save(const QString& path);
    // Writes the recovery snapshot now if anything changed since the last one.
    Status autosave();
    // Autosave interval; 0 disables the timer (page changes still autosave).
    void setAutosaveInterval(int milliseconds);
    // A snapshot is also written this long after the last edit (debounced; 0 disables it).
    void setSnapshotDelay(int milliseconds);
    int snapshotDelay() const { return m_snapshotTimer.interval(); }
    // The wizard page being edited ("persons", …), recorded with each recovery snapshot so a
    // recovered draft opens where the user was.
    void setCurrentPage(const QString& pageId) { m_page = pageId; }
    QString currentPage() const { return m_page; }

    // What was typed into a field that could not be read (a date that is not a date), by
    // field path ("persons[p1].dateOfBirth"). It is never dropped silently: the field shows it,
    // the missing-information panel reports it and saving refuses until it is corrected.
    // An empty `text` clears the entry.
    void setUnreadable(const QString& path, const QString& text);
    QMap<QString, QString> unreadable() const { return m_unreadable; }

    // Editing the content of a signed or approved request: `ask` is asked first (true: go on);
    // the edit then moves the request back to "draft" with a "reopened" history entry, because
    // the signature and the approval no longer cover it. Without `ask` the edit goes on.
    void setReopenQuestion(std::function<bool(RequestStatus)> ask) { m_askReopen = std::move(ask); }

    // Used by EditCommand: sets the request without a new undo step.
    void restore(const Request& request);

Q_SIGNALS:
    // The whole request was replaced (open, undo, redo): views reload from request().
    void reloaded();
    // The request changed through edit() (the view that made the edit is up to date).
    void edited();
    void modifiedChanged(bool modified);
    void pathChanged(const QString& path);
    void autosaved(const QString& recoveryFile);
    void autosaveFailed(const mla::Error& error);
    void unreadableChanged();

private:
    void markChanged();

    Request m_request;
    QString m_path;
    bool m_open = false;
    bool m_readOnly = false;
    bool m_neverSaved = false;  // modified even with a clean undo stack
    bool m_snapshotDue = false; // changed since the last recovery snapshot
    QUndoStack m_undo;
    draft::Recovery m_recovery;
    QTimer m_autosaveTimer;
    QTimer m_snapshotTimer; // single shot, restarted by each edit
    QString m_page;
    QMap<QString, QString> m_unreadable;
    std::function<bool(RequestStatus)> m_askReopen;
};

} // namespace mla::gui
