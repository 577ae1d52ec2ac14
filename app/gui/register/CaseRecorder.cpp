#include "CaseRecorder.h"

#include "DraftSession.h"

#include "draft/DraftFile.h"
#include "register/CaseFromDraft.h"
#include "register/CaseLink.h"
#include "register/Register.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QWidget>

namespace mla::gui {
namespace {

QString entryKey(const HistoryEntry& h)
{
    return h.time.toUTC().toString(Qt::ISODateWithMs) + u'|' + h.action + u'|' + h.who;
}

// The register, or why not, in people's words.
Result<std::unique_ptr<reg::Register>> openRegister(const QString& url)
{
    return reg::Register::open(reg::RegisterUrl::choose(url));
}

QString kindLabel(const QString& kind)
{
    if (kind == QLatin1String("submitted"))
        return CaseRecorder::tr("submitted for review");
    if (kind == QLatin1String("returned"))
        return CaseRecorder::tr("returned");
    if (kind == QLatin1String("approved"))
        return CaseRecorder::tr("approved");
    if (kind == QLatin1String("signed"))
        return CaseRecorder::tr("signed");
    if (kind == QLatin1String("sent"))
        return CaseRecorder::tr("sent");
    if (kind == QLatin1String("acknowledged"))
        return CaseRecorder::tr("acknowledged");
    return kind;
}

reg::NewCase newCaseFor(const Request& request, const QString& path)
{
    reg::DraftOrigin origin;
    origin.path = path;
    QFile f(path);
    if (!path.isEmpty() && f.open(QIODevice::ReadOnly) && f.size() <= draft::DraftFile::maxBytes)
        origin.bytes = f.readAll();
    else
        origin.bytes = draft::DraftFile::serialize(request);
    return reg::caseFromDraft(request, origin);
}

} // namespace

CaseRecorder::CaseRecorder(DraftSession* session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{
    connect(session, &DraftSession::reloaded, this, [this] { sync(true); });
    connect(session, &DraftSession::edited, this, [this] { sync(false); });
}

void CaseRecorder::say(const QString& text)
{
    m_last = text;
    Q_EMIT message(text);
}

void CaseRecorder::sync(bool reopened)
{
    if (!m_session->isOpen())
        return;
    const Request& r = m_session->request();
    if (r.id != m_requestId) {
        // Another draft: what its history holds already happened before this window saw it.
        m_requestId = r.id;
        m_seen.clear();
        for (const HistoryEntry& h : r.history)
            m_seen.insert(entryKey(h));
        return;
    }
    Q_UNUSED(reopened); // undo and redo bring back entries already seen: m_seen skips them
    QList<HistoryEntry> fresh;
    for (const HistoryEntry& h : r.history) {
        const QString key = entryKey(h);
        if (m_seen.contains(key))
            continue;
        m_seen.insert(key);
        if (!reg::eventKindForAction(h.action).isEmpty() && h.action != QLatin1String("created"))
            fresh << h;
    }
    if (!fresh.isEmpty())
        recordEntries(fresh);
}

void CaseRecorder::recordEntries(const QList<HistoryEntry>& entries)
{
    const Request& r = m_session->request();
    // No register file yet: there is no case to find, and none is created unless the user agrees.
    const auto where = reg::RegisterUrl::parse(reg::RegisterUrl::choose(m_url));
    if (where && where.value().engine == QLatin1String("sqlite") && !QFileInfo::exists(where.value().path)) {
        askToRegister(r, m_session->path());
        return;
    }
    auto opened = openRegister(m_url);
    if (!opened) {
        say(tr("Not recorded in the case register: %1").arg(opened.error().toString()));
        return;
    }
    reg::Register& regr = *opened.value();
    auto found = reg::findCaseOfDraft(regr, r);
    if (!found) {
        if (found.error().code == QLatin1String("register.unknown-case"))
            askToRegister(r, m_session->path());
        else
            say(tr("Not recorded in the case register: %1").arg(found.error().toString()));
        return;
    }
    reg::Case c = found.value();
    QStringList done;
    for (const HistoryEntry& h : entries) {
        const reg::Event e = reg::eventFromHistory(h);
        auto added = regr.addEvent(c.ourRef, e, c.version);
        if (!added) {
            say(tr("Case %1: “%2” was not recorded: %3")
                    .arg(c.ourRef, kindLabel(e.kind), added.error().detail));
            return;
        }
        c = added.value().updated;
        done << kindLabel(e.kind);
    }
    say(tr("Case %1: “%2” recorded in the case register.").arg(c.ourRef, done.join(QStringLiteral("”, “"))));
}

void CaseRecorder::askToRegister(const Request& request, const QString& path)
{
    if (m_asked.contains(request.id))
        return;
    m_asked.insert(request.id);
    const reg::NewCase nc = newCaseFor(request, path);
    if (nc.data.ourRef.isEmpty()) {
        say(tr("This request is not in the case register, and it cannot be registered without a reference "
               "(requesting authority)."));
        return;
    }
    if (m_testAnswer) {
        if (*m_testAnswer)
            registerDraft(request, path);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Case register"),
                                tr("This request is not in the case register yet. Register it as a new "
                                   "outgoing case %1? Its history becomes the case's timeline, and the "
                                   "next steps are recorded by themselves.")
                                    .arg(nc.data.ourRef),
                                QMessageBox::Yes | QMessageBox::No, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Yes);
    const Request snapshot = request;
    connect(box, &QMessageBox::finished, this, [this, box, snapshot, path](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            registerDraft(m_session->isOpen() && m_session->request().id == snapshot.id ? m_session->request()
                                                                                        : snapshot,
                          path);
    });
    box->open(); // window-modal, the window keeps running
}

void CaseRecorder::registerDraft(const Request& request, const QString& path)
{
    auto opened = openRegister(m_url);
    if (!opened) {
        say(tr("Not recorded in the case register: %1").arg(opened.error().toString()));
        return;
    }
    auto added = opened.value()->addCase(newCaseFor(request, path));
    if (!added) {
        say(tr("The request was not registered: %1").arg(added.error().detail));
        return;
    }
    say(tr("Registered as case %1 (%2).").arg(added.value().ourRef, added.value().status));
    Q_EMIT caseCreated(added.value().ourRef);
}

QString CaseRecorder::recordSent(const QString& url, const Request* request, const QString& draftPath,
                                 const QString& reference, const QString& channel, const QString& packagePath,
                                 const QByteArray& packageBytes, const QString& packageId, bool* ok)
{
    *ok = false;
    auto opened = openRegister(url);
    if (!opened)
        return tr("Not recorded in the case register: %1").arg(opened.error().toString());
    reg::Register& regr = *opened.value();
    Result<reg::Case> found =
        !reference.isEmpty() ? regr.findCase(reference)
        : request            ? reg::findCaseOfDraft(regr, *request)
                             : Result<reg::Case>(Error{
                        QStringLiteral("register.unknown-case"), QStringLiteral("no case chosen"), {}, 0, 0});
    if (!found && found.error().code == QLatin1String("register.unknown-case") && request &&
        !draftPath.isEmpty()) {
        const reg::NewCase nc = newCaseFor(*request, draftPath);
        if (nc.data.ourRef.isEmpty())
            return tr("Not recorded in the case register: the draft has no reference.");
        found = regr.addCase(nc);
    }
    if (!found)
        return tr("Not recorded in the case register: %1").arg(found.error().detail);
    reg::Event e;
    e.kind = QStringLiteral("sent");
    e.date = QDate::currentDate();
    e.channel = channel;
    e.note = QStringLiteral("package %1").arg(packageId);
    reg::Document d;
    d.path = QFileInfo(packagePath).absoluteFilePath();
    d.sha256 = reg::sha256Hex(packageBytes);
    d.kind = QStringLiteral("package");
    auto added = regr.addEvent(found.value().ourRef, e, found.value().version, QDate::currentDate(), &d);
    if (!added)
        return tr("Case %1: “%2” was not recorded: %3")
            .arg(found.value().ourRef, kindLabel(e.kind), added.error().detail);
    *ok = true;
    QString text =
        tr("Case %1: “%2” recorded in the case register.").arg(found.value().ourRef, kindLabel(e.kind));
    if (!added.value().warnings.isEmpty())
        text += u' ' + added.value().warnings.join(u' ');
    return text;
}

QString CaseRecorder::recordAcknowledged(const QString& url, const QString& reference, const QDate& date,
                                         const QString& theirReference, const QString& receiptPath,
                                         const QByteArray& receiptBytes, const QString& note, bool* ok)
{
    *ok = false;
    auto opened = openRegister(url);
    if (!opened)
        return tr("Not recorded in the case register: %1").arg(opened.error().toString());
    auto found = opened.value()->findCase(reference);
    if (!found)
        return tr("Not recorded in the case register: %1").arg(found.error().detail);
    reg::Event e;
    e.kind = QStringLiteral("acknowledged");
    e.date = date.isValid() ? date : QDate::currentDate();
    e.theirRef = theirReference;
    e.note = note;
    reg::Document d;
    d.path = QFileInfo(receiptPath).absoluteFilePath();
    d.sha256 = reg::sha256Hex(receiptBytes);
    d.kind = QStringLiteral("receipt");
    auto added = opened.value()->addEvent(reference, e, found.value().version, QDate::currentDate(), &d);
    if (!added)
        return tr("Case %1: “%2” was not recorded: %3")
            .arg(reference, kindLabel(e.kind), added.error().detail);
    *ok = true;
    return tr("Case %1: “%2” recorded in the case register.").arg(reference, kindLabel(e.kind));
}

} // namespace mla::gui
