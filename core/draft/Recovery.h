#pragma once
// Autosave and crash recovery. While a draft is being edited, the GUI calls save() on every
// page change and on a timer; the snapshot goes to a recovery file in the user's data
// directory (never next to the draft, which may be on a read-only or shared drive), written
// atomically. discard() is called after a successful save or a clean close. On start, pending()
// lists snapshots left behind by a crash so they can be offered to the user.

#include "base/Error.h"
#include "model/Request.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace mla::draft {

struct RecoveredDraft
{
    QString recoveryFile; // the snapshot
    QString originalPath; // the draft it belongs to; empty for a never-saved draft
    QDateTime saved;      // UTC time of the snapshot
    QString title;        // a short description (requested State, case reference)
    QString page;         // the wizard page being edited ("persons", …); may be empty
};

class Recovery
{
public:
    // `directory` defaults to <AppDataLocation>/recovery.
    explicit Recovery(QString directory = {});

    QString directory() const { return m_dir; }
    // Snapshot of `request`, keyed by the request id, with the page being edited. Atomic.
    Status save(const Request& request, const QString& originalPath, const QString& page = {});
    // Removes the snapshot of the request with `requestId`.
    void discard(const QString& requestId);
    // Snapshots present now (left by a crash or a still-running instance), newest first.
    QList<RecoveredDraft> pending() const;
    // The snapshot that belongs to the draft at `originalPath`, if it is newer than that file
    // (checked when a draft is opened).
    std::optional<RecoveredDraft> findFor(const QString& originalPath) const;
    // The default directory: $MLAWRITER_DATA_DIR/recovery if set, else <AppDataLocation>/recovery.
    static QString defaultDirectory();
    // Removes a snapshot file and its description (a recovered draft the user discarded).
    static void removeSnapshot(const QString& recoveryFile);
    // Reads a snapshot (with the same safety as any draft).
    static Result<Request> load(const QString& recoveryFile);

private:
    QString fileFor(const QString& requestId) const;
    QString m_dir;
};

} // namespace mla::draft
