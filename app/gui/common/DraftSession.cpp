#include "DraftSession.h"

#include "AppSettings.h"
#include "EditCommand.h"
#include "draft/DraftFile.h"
#include "workflow/Binding.h"

#include <QUuid>

namespace mla::gui {

DraftSession::DraftSession(const QString& recoveryDir, QObject* parent)
    : QObject(parent), m_recovery(recoveryDir)
{
    m_autosaveTimer.setInterval(30000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] { autosave(); });
    m_snapshotTimer.setSingleShot(true);
    m_snapshotTimer.setInterval(2000);
    connect(&m_snapshotTimer, &QTimer::timeout, this, [this] { autosave(); });
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this] { Q_EMIT modifiedChanged(isModified()); });
}

DraftSession::~DraftSession() = default;

Request DraftSession::newRequest(const QString& who, const QString& draftLanguage)
{
    Request r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.created = QDateTime::currentDateTimeUtc();
    r.created.setTime(QTime(r.created.time().hour(), r.created.time().minute(), r.created.time().second()));
    r.modified = r.created;
    r.draftLanguage = isUnLanguage(draftLanguage) ? draftLanguage : QStringLiteral("en");
    r.outputLanguage = r.draftLanguage;
    r.history.append({r.created, who, QStringLiteral("created"), {}});
    return r;
}

bool DraftSession::isModified() const
{
    return m_open && (m_neverSaved || !m_undo.isClean());
}

void DraftSession::open(const Request& request, const QString& path, bool modified, bool readOnly)
{
    m_undo.clear();
    m_request = request;
    m_path = path;
    m_open = true;
    m_readOnly = readOnly;
    m_neverSaved = modified;
    m_snapshotDue = modified;
    m_snapshotTimer.stop();
    if (!m_unreadable.isEmpty()) {
        m_unreadable.clear();
        Q_EMIT unreadableChanged();
    }
    if (m_autosaveTimer.interval() > 0)
        m_autosaveTimer.start();
    else
        m_autosaveTimer.stop();
    Q_EMIT pathChanged(m_path);
    Q_EMIT reloaded();
    Q_EMIT modifiedChanged(isModified());
    if (modified)
        autosave();
}

void DraftSession::close()
{
    if (m_open)
        m_recovery.discard(m_request.id);
    m_autosaveTimer.stop();
    m_snapshotTimer.stop();
    m_undo.clear();
    m_open = false;
    m_page.clear();
    if (!m_unreadable.isEmpty()) {
        m_unreadable.clear();
        Q_EMIT unreadableChanged();
    }
    m_readOnly = false;
    m_neverSaved = false;
    m_snapshotDue = false;
    m_request = Request{};
    m_path.clear();
    Q_EMIT pathChanged(m_path);
    Q_EMIT reloaded();
    Q_EMIT modifiedChanged(false);
}

void DraftSession::edit(const Request& after, const QString& mergeKey, const QString& text)
{
    if (!m_open || after == m_request)
        return;
    Request next = after;
    QString key = mergeKey;
    const bool bound =
        m_request.status == RequestStatus::Signed || m_request.status == RequestStatus::Approved;
    if (bound && !m_readOnly && after.status == m_request.status &&
        workflow::contentHash(after) != workflow::contentHash(m_request)) {
        if (m_askReopen && !m_askReopen(m_request.status)) {
            Q_EMIT reloaded(); // the widgets go back to what is signed
            return;
        }
        next.status = RequestStatus::Draft;
        key.clear(); // its own undo step
        QDateTime now = QDateTime::currentDateTimeUtc();
        now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
        next.history.append({now, AppSettings::userName(), QStringLiteral("reopened"),
                             m_request.status == RequestStatus::Signed
                                 ? QStringLiteral("edited after signing")
                                 : QStringLiteral("edited after approval")});
    }
    Request before = m_request;
    m_request = next;
    markChanged();
    m_undo.push(new EditCommand(this, std::move(before), next, key, text));
    Q_EMIT edited();
}

void DraftSession::restore(const Request& request)
{
    m_request = request;
    markChanged();
    Q_EMIT reloaded();
}

void DraftSession::markChanged()
{
    m_snapshotDue = true;
    if (m_open && m_snapshotTimer.interval() > 0)
        m_snapshotTimer.start(); // restarts: the snapshot follows the last of a burst of edits
}

void DraftSession::setSnapshotDelay(int milliseconds)
{
    m_snapshotTimer.setInterval(qMax(0, milliseconds));
    if (milliseconds <= 0)
        m_snapshotTimer.stop();
}

void DraftSession::setUnreadable(const QString& path, const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() ? !m_unreadable.contains(path) : m_unreadable.value(path) == t)
        return;
    if (t.isEmpty())
        m_unreadable.remove(path);
    else
        m_unreadable.insert(path, t);
    Q_EMIT unreadableChanged();
}

Status DraftSession::save(const QString& path)
{
    if (!m_open)
        return Error{QStringLiteral("gui.no-draft"), QStringLiteral("no draft is open"), path, 0, 0};
    if (!m_unreadable.isEmpty()) {
        // Saving would drop what was typed: the user corrects it first.
        const auto first = m_unreadable.constBegin();
        return Error{
            QStringLiteral("gui.unreadable"),
            tr("“%1” is not a date; correct it before saving (nothing was saved)").arg(first.value()), path,
            0, 0};
    }
    Request r = m_request;
    r.modified = QDateTime::currentDateTimeUtc();
    r.modified.setTime(
        QTime(r.modified.time().hour(), r.modified.time().minute(), r.modified.time().second()));
    const Status s = draft::DraftFile::write(r, path);
    if (!s)
        return s;
    m_request.modified = r.modified;
    m_recovery.discard(m_request.id);
    m_snapshotDue = false;
    m_neverSaved = false;
    m_readOnly = false;
    if (m_path != path) {
        m_path = path;
        Q_EMIT pathChanged(m_path);
    }
    m_undo.setClean();
    Q_EMIT modifiedChanged(isModified());
    return {};
}

Status DraftSession::autosave()
{
    if (!m_open || !m_snapshotDue)
        return {};
    m_snapshotTimer.stop();
    const Status s = m_recovery.save(m_request, m_path, m_page);
    if (!s) {
        Q_EMIT autosaveFailed(s.error());
        return s;
    }
    m_snapshotDue = false;
    Q_EMIT autosaved(m_recovery.directory());
    return {};
}

void DraftSession::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer.setInterval(milliseconds);
    if (milliseconds <= 0)
        m_autosaveTimer.stop();
    else if (m_open)
        m_autosaveTimer.start();
}

} // namespace mla::gui
