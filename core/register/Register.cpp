#include "Register.h"

#include "EventKind.h"
#include "RegisterPrivate.h"
#include "Schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace mla::reg {
namespace {

QAtomicInt connectionCounter;

const QStringList& documentKinds()
{
    static const QStringList kinds{QStringLiteral("draft"),   QStringLiteral("signed-pdf"),
                                   QStringLiteral("package"), QStringLiteral("receipt"),
                                   QStringLiteral("letter"),  QStringLiteral("report"),
                                   QStringLiteral("other")};
    return kinds;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime toTime(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// The open condition and the derived columns, shared by every listing.
QString derivedColumns()
{
    return QStringLiteral("(SELECT e.kind FROM events e WHERE e.case_id = c.id AND e.kind IN %1 "
                          "ORDER BY e.event_date DESC, e.id DESC LIMIT 1) AS last_kind, "
                          "(SELECT MIN(e.event_date) FROM events e WHERE e.case_id = c.id AND e.kind IN "
                          "('sent','received')) AS sent_date")
        .arg(sql::idList(EventKind::statusKinds()));
}

// Open: no event that ends a case. Equivalent to "the latest status event does not end it",
// since checkEvent lets only closing, notes and letters follow an ending event; an index probe
// per case instead of the latest-event subquery.
QString openCondition()
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM events x WHERE x.case_id = t.id AND x.kind IN %1)")
        .arg(sql::idList(EventKind::closedStatuses()));
}

const char* const caseColumns =
    "c.id, c.our_ref, c.their_ref, c.direction, c.requesting_state, c.requested_state, "
    "c.requesting_authority, "
    "c.handling_authority, c.legal_basis, c.treaty, c.urgent, c.deadline, c.urgency_reasons, c.confidential, "
    "c.handler, c.language, c.request_id, c.next_action_date, c.next_action, c.created_at, c.updated_at, "
    "c.updated_by, c.row_version";

Case readCase(const QSqlQuery& q)
{
    Case c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.ourRef = q.value(i++).toString();
    c.theirRef = q.value(i++).toString();
    c.direction = q.value(i++).toString();
    c.requestingState = q.value(i++).toString();
    c.requestedState = q.value(i++).toString();
    c.requestingAuthority = q.value(i++).toString();
    c.handlingAuthority = q.value(i++).toString();
    c.legalBasis = q.value(i++).toString();
    c.treaty = q.value(i++).toString();
    c.urgent = q.value(i++).toInt() != 0;
    c.deadline = sql::toDate(q.value(i++));
    c.urgencyReasons = q.value(i++).toString();
    c.confidential = q.value(i++).toInt() != 0;
    c.handler = q.value(i++).toString();
    c.language = q.value(i++).toString();
    c.requestId = q.value(i++).toString();
    c.nextActionDate = sql::toDate(q.value(i++));
    c.nextAction = q.value(i++).toString();
    c.createdAt = toTime(q.value(i++));
    c.updatedAt = toTime(q.value(i++));
    c.updatedBy = q.value(i++).toString();
    c.version = q.value(i++).toInt();
    const QString lastKind = q.value(i++).toString();
    c.status = EventKind::statusAfter(lastKind);
    c.open = !EventKind::closedStatuses().contains(c.status);
    c.sentDate = sql::toDate(q.value(i++));
    return c;
}

// One transaction: BEGIN IMMEDIATE on SQLite (take the write lock now, waiting for the busy
// timeout, rather than failing later on upgrade), an ordinary one on PostgreSQL.
class Transaction
{
public:
    Transaction(QSqlDatabase db, bool pg) : m_db(std::move(db)), m_pg(pg) {}
    ~Transaction()
    {
        if (m_open)
            rollback();
    }
    bool begin(QSqlError* e)
    {
        if (m_pg) {
            m_open = m_db.transaction();
            if (!m_open)
                *e = m_db.lastError();
        } else {
            QSqlQuery q(m_db);
            m_open = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!m_open)
                *e = q.lastError();
        }
        return m_open;
    }
    bool commit(QSqlError* e)
    {
        bool ok;
        if (m_pg) {
            ok = m_db.commit();
            if (!ok)
                *e = m_db.lastError();
        } else {
            QSqlQuery q(m_db);
            ok = q.exec(QStringLiteral("COMMIT"));
            if (!ok)
                *e = q.lastError();
        }
        if (ok)
            m_open = false;
        return ok;
    }
    void rollback()
    {
        if (m_pg)
            m_db.rollback();
        else
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_open = false;
    }

private:
    QSqlDatabase m_db;
    bool m_pg;
    bool m_open = false;
};

QString loginName()
{
    for (const char* var : {"MLAWRITER_USER", "USER", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

const int maxTextLength = 20000;
const int maxListItems = 200;

Status checkCase(const Case& c, const QString& name)
{
    auto bad = [&](const QString& why) { return Error{QStringLiteral("register.invalid"), why, name, 0, 0}; };
    if (c.ourRef.trimmed().isEmpty())
        return bad(QStringLiteral("a case needs our reference"));
    if (c.ourRef.size() > 200 || c.theirRef.size() > 200)
        return bad(QStringLiteral("a reference is longer than 200 characters"));
    if (c.direction != QLatin1String("outgoing") && c.direction != QLatin1String("incoming"))
        return bad(QStringLiteral("direction must be outgoing or incoming, not '%1'").arg(c.direction));
    static const QStringList bases{QStringLiteral("untoc"), QStringLiteral("untoc-treaty"),
                                   QStringLiteral("treaty"), QStringLiteral("reciprocity")};
    if (!bases.contains(c.legalBasis))
        return bad(
            QStringLiteral("legal basis must be one of %1, not '%2'").arg(bases.join(u", "), c.legalBasis));
    for (const QString& s : {c.requestingState, c.requestedState})
        if (s.size() != 3 || s.toUpper() != s)
            return bad(QStringLiteral("a State is an ISO 3166 alpha-3 code in capitals, not '%1'").arg(s));
    if (c.measures.size() > maxListItems || c.iccs.size() > maxListItems)
        return bad(QStringLiteral("too many measures or offences (at most %1)").arg(maxListItems));
    for (const QString& t :
         {c.urgencyReasons, c.requestingAuthority, c.handlingAuthority, c.treaty, c.nextAction})
        if (t.size() > maxTextLength)
            return bad(QStringLiteral("a text is longer than %1 characters").arg(maxTextLength));
    return {};
}

Error conflict(const Case& now, const QString& ref, const QString& name)
{
    return Error{QStringLiteral("register.conflict"),
                 QStringLiteral("case %1 was changed by %2 at %3 — reload")
                     .arg(ref, now.updatedBy, now.updatedAt.toString(Qt::ISODate)),
                 name, 0, 0};
}

} // namespace

Register::~Register()
{
    if (d) {
        const QString name = d->connection;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

void Register::setUser(const QString& user)
{
    if (!d->pg && !user.isEmpty())
        m_user = user;
}

Result<std::unique_ptr<Register>> Register::open(const QString& urlText)
{
    auto url = RegisterUrl::parse(urlText);
    if (!url)
        return url.error();
    std::unique_ptr<Register> r(new Register);
    r->m_url = url.value();
    r->d = std::make_unique<Private>();
    r->d->pg = r->m_url.engine == QLatin1String("postgresql");
    r->d->name = r->m_url.display();
    r->d->connection = QStringLiteral("mlawriter-register-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    const QString& name = r->d->name;

    if (r->d->pg) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return Error{
                QStringLiteral("register.driver"),
                QStringLiteral("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)"),
                name, 0, 0};
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), r->d->connection);
        db.setHostName(r->m_url.host);
        if (r->m_url.port)
            db.setPort(r->m_url.port);
        db.setDatabaseName(r->m_url.database);
        db.setUserName(r->m_url.user);
        db.setPassword(r->m_url.password);
        db.setConnectOptions(r->m_url.options);
        if (!db.open())
            return Error{QStringLiteral("register.connect"),
                         QStringLiteral("cannot connect to the register: ") + db.lastError().text().trimmed(),
                         name, 0, 0};
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
            return sql::error(name, QStringLiteral("cannot read the session user"), q.lastError());
        r->m_user = q.value(0).toString();
    } else {
        const QString path = r->m_url.path;
        const QFileInfo fi(path);
        if (fi.exists()) {
            if (!fi.isFile())
                return Error{QStringLiteral("register.not-a-register"),
                             QStringLiteral("not a register (not a file)"), path, 0, 0};
            if (fi.size() > 0) {
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    return Error{QStringLiteral("register.open"),
                                 QStringLiteral("cannot read: ") + f.errorString(), path, 0, 0};
                if (f.read(16) != QByteArray("SQLite format 3\0", 16))
                    return Error{QStringLiteral("register.not-a-register"),
                                 QStringLiteral("not a register (not an SQLite database)"), path, 0, 0};
            }
        } else if (!QDir().mkpath(fi.absolutePath())) {
            return Error{QStringLiteral("register.open"), QStringLiteral("cannot create the folder"),
                         fi.absolutePath(), 0, 0};
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), r->d->connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open())
            return Error{QStringLiteral("register.open"),
                         QStringLiteral("cannot open the register: ") + db.lastError().text(), path, 0, 0};
        r->m_user = loginName();
    }
    QSqlDatabase db = r->d->db();
    if (Status s = Schema::prepare(db, r->m_url.engine, name); !s)
        return s.error();
    if (!r->d->pg) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    return r;
}

namespace {

Status insertCase(QSqlDatabase& db, const NewCase& nc, const QString& who, const QString& name, bool pg,
                  Case* out)
{
    Q_UNUSED(pg);
    if (Status s = checkCase(nc.data, name); !s)
        return s;
    const Case& c = nc.data;
    const QString t = now();
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM cases WHERE our_ref = :r"));
    exists.bindValue(QStringLiteral(":r"), c.ourRef);
    if (!sql::exec(exists))
        return sql::error(name, QStringLiteral("cannot look up the reference"), exists.lastError());
    if (exists.next())
        return Error{QStringLiteral("register.exists"),
                     QStringLiteral("a case with our reference '%1' is already registered").arg(c.ourRef),
                     name, 0, 0};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO cases (our_ref, their_ref, direction, requesting_state, "
                             "requested_state, requesting_authority, "
                             "handling_authority, legal_basis, treaty, urgent, deadline, urgency_reasons, "
                             "confidential, handler, language, "
                             "request_id, next_action_date, next_action, created_at, updated_at, updated_by, "
                             "row_version) VALUES (:our, "
                             ":their, :dir, :ing, :ed, :inga, :ha, :lb, :tr, :urg, :dl, :ur, :conf, :h, "
                             ":lang, :rid, :nad, :na, :t, :t2, "
                             ":who, 1) RETURNING id"));
    q.bindValue(QStringLiteral(":our"), c.ourRef);
    q.bindValue(QStringLiteral(":their"), c.theirRef);
    q.bindValue(QStringLiteral(":dir"), c.direction);
    q.bindValue(QStringLiteral(":ing"), c.requestingState);
    q.bindValue(QStringLiteral(":ed"), c.requestedState);
    q.bindValue(QStringLiteral(":inga"), c.requestingAuthority);
    q.bindValue(QStringLiteral(":ha"), c.handlingAuthority);
    q.bindValue(QStringLiteral(":lb"), c.legalBasis);
    q.bindValue(QStringLiteral(":tr"), c.treaty);
    q.bindValue(QStringLiteral(":urg"), c.urgent ? 1 : 0);
    q.bindValue(QStringLiteral(":dl"), sql::date(c.deadline));
    q.bindValue(QStringLiteral(":ur"), c.urgencyReasons);
    q.bindValue(QStringLiteral(":conf"), c.confidential ? 1 : 0);
    q.bindValue(QStringLiteral(":h"), c.handler);
    q.bindValue(QStringLiteral(":lang"), c.language);
    q.bindValue(QStringLiteral(":rid"), c.requestId);
    q.bindValue(QStringLiteral(":nad"), sql::date(c.nextActionDate));
    q.bindValue(QStringLiteral(":na"), c.nextAction);
    q.bindValue(QStringLiteral(":t"), t);
    q.bindValue(QStringLiteral(":t2"), t);
    q.bindValue(QStringLiteral(":who"), who);
    if (!sql::exec(q) || !q.next())
        return sql::error(name, QStringLiteral("cannot add the case"), q.lastError());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery m(db);
    m.prepare(QStringLiteral("INSERT INTO case_measures (case_id, measure_type) VALUES (:c, :m)"));
    QStringList measures = c.measures;
    measures.removeDuplicates();
    for (const QString& type : measures) {
        m.bindValue(QStringLiteral(":c"), id);
        m.bindValue(QStringLiteral(":m"), type);
        if (!sql::exec(m))
            return sql::error(name, QStringLiteral("cannot add a measure"), m.lastError());
    }
    QStringList iccs = c.iccs;
    iccs.removeDuplicates();
    QSqlQuery o(db);
    o.prepare(QStringLiteral("INSERT INTO case_offences (case_id, iccs) VALUES (:c, :i)"));
    for (const QString& code : iccs) {
        o.bindValue(QStringLiteral(":c"), id);
        o.bindValue(QStringLiteral(":i"), code);
        if (!sql::exec(o))
            return sql::error(name, QStringLiteral("cannot add an offence"), o.lastError());
    }
    QSqlQuery doc(db);
    doc.prepare(QStringLiteral(
        "INSERT INTO documents (case_id, path, sha256, kind, added_at) VALUES (:c, :p, :h, :k, :t)"));
    for (const Document& dd : nc.documents) {
        doc.bindValue(QStringLiteral(":c"), id);
        doc.bindValue(QStringLiteral(":p"), dd.path);
        doc.bindValue(QStringLiteral(":h"), dd.sha256);
        doc.bindValue(QStringLiteral(":k"), dd.kind);
        doc.bindValue(QStringLiteral(":t"),
                      dd.addedAt.isValid() ? dd.addedAt.toString(Qt::ISODateWithMs) : t);
        if (!sql::exec(doc))
            return sql::error(name, QStringLiteral("cannot add a document"), doc.lastError());
    }
    QSqlQuery ev(db);
    ev.prepare(QStringLiteral(
        "INSERT INTO events (case_id, kind, event_date, note, channel, ground, reasons, their_ref, measures, "
        "recorded_at, recorded_by) VALUES (:c, :k, :d, :n, :ch, :g, :r, :tr, :m, :t, :who)"));
    for (const Event& e : nc.events) {
        if (!EventKind::known(e.kind) || !e.date.isValid())
            return Error{QStringLiteral("register.invalid"),
                         QStringLiteral("case %1: invalid event '%2'").arg(c.ourRef, e.kind), name, 0, 0};
        ev.bindValue(QStringLiteral(":c"), id);
        ev.bindValue(QStringLiteral(":k"), e.kind);
        ev.bindValue(QStringLiteral(":d"), e.date.toString(Qt::ISODate));
        ev.bindValue(QStringLiteral(":n"), e.note.left(maxTextLength));
        ev.bindValue(QStringLiteral(":ch"), e.channel);
        ev.bindValue(QStringLiteral(":g"), e.ground);
        ev.bindValue(QStringLiteral(":r"), e.reasons.left(maxTextLength));
        ev.bindValue(QStringLiteral(":tr"), e.theirRef);
        ev.bindValue(QStringLiteral(":m"), e.measures.join(u','));
        ev.bindValue(QStringLiteral(":t"), t);
        ev.bindValue(QStringLiteral(":who"), who);
        if (!sql::exec(ev))
            return sql::error(name, QStringLiteral("cannot add an event"), ev.lastError());
    }
    QSqlQuery a(db);
    a.prepare(
        QStringLiteral("INSERT INTO audit (at, who, case_id, action, detail) VALUES (:t, :w, :c, :a, :d)"));
    a.bindValue(QStringLiteral(":t"), t);
    a.bindValue(QStringLiteral(":w"), who);
    a.bindValue(QStringLiteral(":c"), id);
    a.bindValue(QStringLiteral(":a"), QStringLiteral("case.add"));
    a.bindValue(QStringLiteral(":d"), QStringLiteral("%1 %2 %3→%4, %5 event(s)")
                                          .arg(c.ourRef, c.direction, c.requestingState, c.requestedState)
                                          .arg(nc.events.size()));
    if (!sql::exec(a))
        return sql::error(name, QStringLiteral("cannot write the audit log"), a.lastError());
    if (out)
        out->id = id;
    return {};
}

} // namespace

Result<Case> Register::addCase(const NewCase& c)
{
    QSqlDatabase db = d->db();
    Transaction tx(db, d->pg);
    QSqlError e;
    if (!tx.begin(&e))
        return sql::error(d->name, QStringLiteral("cannot start a transaction"), e);
    Case added;
    if (Status s = insertCase(db, c, m_user, d->name, d->pg, &added); !s)
        return s.error();
    if (!tx.commit(&e))
        return sql::error(d->name, QStringLiteral("cannot commit"), e);
    return findCase(c.data.ourRef);
}

Status Register::importCases(const QList<NewCase>& cases, const std::function<void(int)>& progress)
{
    QSqlDatabase db = d->db();
    Transaction tx(db, d->pg);
    QSqlError e;
    if (!tx.begin(&e))
        return sql::error(d->name, QStringLiteral("cannot start a transaction"), e);
    for (int i = 0; i < cases.size(); ++i) {
        if (Status s = insertCase(db, cases[i], m_user, d->name, d->pg, nullptr); !s)
            return s;
        if (progress)
            progress(i);
    }
    if (!tx.commit(&e))
        return sql::error(d->name, QStringLiteral("cannot commit"), e);
    return {};
}

Result<Case> Register::findCase(const QString& ourRef) const
{
    QSqlDatabase db = d->db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1, %2 FROM cases c WHERE c.our_ref = :r")
                  .arg(QLatin1String(caseColumns), derivedColumns()));
    q.bindValue(QStringLiteral(":r"), ourRef);
    if (!sql::exec(q))
        return sql::error(d->name, QStringLiteral("cannot read the case"), q.lastError());
    if (!q.next())
        return Error{QStringLiteral("register.unknown-case"),
                     QStringLiteral("no case with our reference '%1'").arg(ourRef), d->name, 0, 0};
    Case c = readCase(q);
    QSqlQuery m(db);
    m.prepare(
        QStringLiteral("SELECT measure_type FROM case_measures WHERE case_id = :c ORDER BY measure_type"));
    m.bindValue(QStringLiteral(":c"), c.id);
    if (!sql::exec(m))
        return sql::error(d->name, QStringLiteral("cannot read the measures"), m.lastError());
    while (m.next())
        c.measures << m.value(0).toString();
    QSqlQuery o(db);
    o.prepare(QStringLiteral("SELECT iccs FROM case_offences WHERE case_id = :c ORDER BY iccs"));
    o.bindValue(QStringLiteral(":c"), c.id);
    if (!sql::exec(o))
        return sql::error(d->name, QStringLiteral("cannot read the offences"), o.lastError());
    while (o.next())
        c.iccs << o.value(0).toString();
    return c;
}

Result<Case> Register::findByRequestId(const QString& requestId) const
{
    if (requestId.isEmpty())
        return Error{QStringLiteral("register.unknown-case"), QStringLiteral("the draft has no request id"),
                     d->name, 0, 0};
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT our_ref FROM cases WHERE request_id = :r ORDER BY id LIMIT 1"));
    q.bindValue(QStringLiteral(":r"), requestId);
    if (!sql::exec(q))
        return sql::error(d->name, QStringLiteral("cannot read the case"), q.lastError());
    if (!q.next())
        return Error{QStringLiteral("register.unknown-case"),
                     QStringLiteral("no case was registered from the request %1").arg(requestId), d->name, 0,
                     0};
    return findCase(q.value(0).toString());
}

Result<QList<Event>> Register::events(qint64 caseId) const
{
    QSqlQuery q(d->db());
    q.prepare(
        QStringLiteral("SELECT id, kind, event_date, note, channel, ground, reasons, their_ref, measures, "
                       "document_id, recorded_at, recorded_by FROM events WHERE case_id = :c "
                       "ORDER BY event_date, id"));
    q.bindValue(QStringLiteral(":c"), caseId);
    if (!sql::exec(q))
        return sql::error(d->name, QStringLiteral("cannot read the timeline"), q.lastError());
    QList<Event> out;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.kind = q.value(1).toString();
        e.date = sql::toDate(q.value(2));
        e.note = q.value(3).toString();
        e.channel = q.value(4).toString();
        e.ground = q.value(5).toString();
        e.reasons = q.value(6).toString();
        e.theirRef = q.value(7).toString();
        const QString m = q.value(8).toString();
        if (!m.isEmpty())
            e.measures = m.split(u',');
        e.documentId = q.value(9).toLongLong();
        e.recordedAt = toTime(q.value(10));
        e.recordedBy = q.value(11).toString();
        out << e;
    }
    return out;
}

Result<QList<Document>> Register::documents(qint64 caseId) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral(
        "SELECT id, path, sha256, kind, added_at FROM documents WHERE case_id = :c ORDER BY id"));
    q.bindValue(QStringLiteral(":c"), caseId);
    if (!sql::exec(q))
        return sql::error(d->name, QStringLiteral("cannot read the documents"), q.lastError());
    QList<Document> out;
    while (q.next())
        out << Document{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), toTime(q.value(4))};
    return out;
}

Result<QList<AuditEntry>> Register::audit(qint64 caseId) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT id, at, who, action, detail FROM audit WHERE case_id = :c ORDER BY id"));
    q.bindValue(QStringLiteral(":c"), caseId);
    if (!sql::exec(q))
        return sql::error(d->name, QStringLiteral("cannot read the audit log"), q.lastError());
    QList<AuditEntry> out;
    while (q.next())
        out << AuditEntry{q.value(0).toLongLong(), toTime(q.value(1)), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()};
    return out;
}

namespace {

// Takes the case's row (the write lock) if it still has `expected` as its version, bumps the
// version and appends the audit entry. Call inside a transaction.
Status bumpVersion(QSqlDatabase& db, qint64 id, int expected, const QString& who, const QString& action,
                   const QString& detail, const QString& name)
{
    const QString t = now();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE cases SET row_version = row_version + 1, updated_at = :t, updated_by = :w "
                       "WHERE id = :id AND row_version = :v"));
    q.bindValue(QStringLiteral(":t"), t);
    q.bindValue(QStringLiteral(":w"), who);
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":v"), expected);
    if (!sql::exec(q))
        return sql::error(name, QStringLiteral("cannot update the case"), q.lastError());
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("register.conflict"), {}, name, 0, 0};
    QSqlQuery a(db);
    a.prepare(
        QStringLiteral("INSERT INTO audit (at, who, case_id, action, detail) VALUES (:t, :w, :c, :a, :d)"));
    a.bindValue(QStringLiteral(":t"), t);
    a.bindValue(QStringLiteral(":w"), who);
    a.bindValue(QStringLiteral(":c"), id);
    a.bindValue(QStringLiteral(":a"), action);
    a.bindValue(QStringLiteral(":d"), detail);
    if (!sql::exec(a))
        return sql::error(name, QStringLiteral("cannot write the audit log"), a.lastError());
    return {};
}

} // namespace

#define MLA_REG_BEGIN_CHANGE(ref, expected, action, detail)                                                  \
    auto found = findCase(ref);                                                                              \
    if (!found)                                                                                              \
        return found.error();                                                                                \
    if (found.value().version != (expected))                                                                 \
        return conflict(found.value(), ref, d->name);                                                        \
    QSqlDatabase db = d->db();                                                                               \
    Transaction tx(db, d->pg);                                                                               \
    QSqlError txError;                                                                                       \
    if (!tx.begin(&txError))                                                                                 \
        return sql::error(d->name, QStringLiteral("cannot start a transaction"), txError);                   \
    if (Status s = bumpVersion(db, found.value().id, expected, m_user, action, detail, d->name); !s) {       \
        tx.rollback();                                                                                       \
        if (s.error().code == QLatin1String("register.conflict")) {                                          \
            auto again = findCase(ref);                                                                      \
            return again ? conflict(again.value(), ref, d->name) : again.error();                            \
        }                                                                                                    \
        return s.error();                                                                                    \
    }

Result<EventResult> Register::addEvent(const QString& ourRef, const Event& event, int expectedVersion,
                                       const QDate& today, const Document* document)
{
    if (document && !documentKinds().contains(document->kind))
        return Error{QStringLiteral("register.invalid"),
                     QStringLiteral("document kind must be one of %1").arg(documentKinds().join(u", ")),
                     d->name, 0, 0};
    MLA_REG_BEGIN_CHANGE(ourRef, expectedVersion, QStringLiteral("event.add"),
                         QStringLiteral("%1 %2").arg(event.kind, event.date.toString(Qt::ISODate)))
    // The row is ours now: check against the timeline as it is.
    auto timeline = events(found.value().id);
    if (!timeline)
        return timeline.error();
    const EventCheck check = checkEvent(found.value(), timeline.value(), event, today);
    if (!check.ok())
        return Error{QStringLiteral("register.event"), QStringLiteral("%1: %2").arg(ourRef, check.error),
                     d->name, 0, 0};
    if (event.note.size() > maxTextLength || event.reasons.size() > maxTextLength ||
        event.theirRef.size() > 200)
        return Error{QStringLiteral("register.invalid"), QStringLiteral("a text of the event is too long"),
                     d->name, 0, 0};
    qint64 documentId = event.documentId;
    if (document) {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO documents (case_id, path, sha256, kind, added_at) VALUES (:c, :p, "
                           ":h, :k, :t) RETURNING id"));
        q.bindValue(QStringLiteral(":c"), found.value().id);
        q.bindValue(QStringLiteral(":p"), document->path);
        q.bindValue(QStringLiteral(":h"), document->sha256);
        q.bindValue(QStringLiteral(":k"), document->kind);
        q.bindValue(QStringLiteral(":t"), now());
        if (!sql::exec(q) || !q.next())
            return sql::error(d->name, QStringLiteral("cannot add the document"), q.lastError());
        documentId = q.value(0).toLongLong();
        q.finish();
    }
    QSqlQuery ev(db);
    ev.prepare(QStringLiteral(
        "INSERT INTO events (case_id, kind, event_date, note, channel, ground, reasons, their_ref, measures, "
        "document_id, recorded_at, recorded_by) VALUES (:c, :k, :d, :n, :ch, :g, :r, :tr, :m, :doc, :t, "
        ":who)"));
    ev.bindValue(QStringLiteral(":c"), found.value().id);
    ev.bindValue(QStringLiteral(":k"), event.kind);
    ev.bindValue(QStringLiteral(":d"), event.date.toString(Qt::ISODate));
    ev.bindValue(QStringLiteral(":n"), event.note);
    ev.bindValue(QStringLiteral(":ch"), event.kind == QLatin1String("sent") && event.channel.isEmpty()
                                            ? QStringLiteral("central-authority")
                                            : event.channel);
    ev.bindValue(QStringLiteral(":g"), event.ground);
    ev.bindValue(QStringLiteral(":r"), event.reasons);
    ev.bindValue(QStringLiteral(":tr"), event.theirRef);
    ev.bindValue(QStringLiteral(":m"), event.measures.join(u','));
    ev.bindValue(QStringLiteral(":doc"),
                 documentId > 0 ? QVariant(documentId) : QVariant(QMetaType::fromType<qlonglong>()));
    ev.bindValue(QStringLiteral(":t"), now());
    ev.bindValue(QStringLiteral(":who"), m_user);
    if (!sql::exec(ev))
        return sql::error(d->name, QStringLiteral("cannot add the event"), ev.lastError());
    if (event.kind == QLatin1String("acknowledged") && !event.theirRef.isEmpty() &&
        found.value().theirRef.isEmpty()) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE cases SET their_ref = :r WHERE id = :id"));
        u.bindValue(QStringLiteral(":r"), event.theirRef);
        u.bindValue(QStringLiteral(":id"), found.value().id);
        if (!sql::exec(u))
            return sql::error(d->name, QStringLiteral("cannot record their reference"), u.lastError());
    }
    if (!tx.commit(&txError))
        return sql::error(d->name, QStringLiteral("cannot commit"), txError);
    auto updated = findCase(ourRef);
    if (!updated)
        return updated.error();
    return EventResult{updated.value(), check.warnings};
}

Result<Case> Register::setNextAction(const QString& ourRef, const QDate& date, const QString& what,
                                     int expectedVersion)
{
    if (what.size() > maxTextLength)
        return Error{QStringLiteral("register.invalid"), QStringLiteral("the next action's text is too long"),
                     d->name, 0, 0};
    MLA_REG_BEGIN_CHANGE(ourRef, expectedVersion, QStringLiteral("next-action.set"),
                         date.isValid() ? date.toString(Qt::ISODate) + u' ' + what
                                        : QStringLiteral("cleared"))
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE cases SET next_action_date = :d, next_action = :w WHERE id = :id"));
    u.bindValue(QStringLiteral(":d"), sql::date(date));
    u.bindValue(QStringLiteral(":w"), date.isValid() ? what : QString());
    u.bindValue(QStringLiteral(":id"), found.value().id);
    if (!sql::exec(u))
        return sql::error(d->name, QStringLiteral("cannot set the next action"), u.lastError());
    if (!tx.commit(&txError))
        return sql::error(d->name, QStringLiteral("cannot commit"), txError);
    return findCase(ourRef);
}

Result<Case> Register::setHandler(const QString& ourRef, const QString& handler, int expectedVersion)
{
    MLA_REG_BEGIN_CHANGE(ourRef, expectedVersion, QStringLiteral("case.update"),
                         QStringLiteral("handler ") + handler)
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE cases SET handler = :h WHERE id = :id"));
    u.bindValue(QStringLiteral(":h"), handler.left(200));
    u.bindValue(QStringLiteral(":id"), found.value().id);
    if (!sql::exec(u))
        return sql::error(d->name, QStringLiteral("cannot set the handler"), u.lastError());
    if (!tx.commit(&txError))
        return sql::error(d->name, QStringLiteral("cannot commit"), txError);
    return findCase(ourRef);
}

Result<qint64> Register::addDocument(const QString& ourRef, const Document& doc, int expectedVersion)
{
    const QStringList& kinds = documentKinds();
    if (!kinds.contains(doc.kind))
        return Error{QStringLiteral("register.invalid"),
                     QStringLiteral("document kind must be one of %1").arg(kinds.join(u", ")), d->name, 0, 0};
    MLA_REG_BEGIN_CHANGE(ourRef, expectedVersion, QStringLiteral("document.add"), doc.kind + u' ' + doc.path)
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO documents (case_id, path, sha256, kind, added_at) VALUES (:c, :p, "
                             ":h, :k, :t) RETURNING id"));
    q.bindValue(QStringLiteral(":c"), found.value().id);
    q.bindValue(QStringLiteral(":p"), doc.path);
    q.bindValue(QStringLiteral(":h"), doc.sha256);
    q.bindValue(QStringLiteral(":k"), doc.kind);
    q.bindValue(QStringLiteral(":t"), now());
    if (!sql::exec(q) || !q.next())
        return sql::error(d->name, QStringLiteral("cannot add the document"), q.lastError());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!tx.commit(&txError))
        return sql::error(d->name, QStringLiteral("cannot commit"), txError);
    return id;
}
#undef MLA_REG_BEGIN_CHANGE

namespace {

struct Where
{
    QStringList clauses;
    QList<QPair<QString, QVariant>> binds;
};

// The filter's conditions on the derived table t (the view's condition only when withView).
Where whereOf(const CaseFilter& f, bool withView)
{
    Where w;
    if (!f.direction.isEmpty()) {
        w.clauses << QStringLiteral("t.direction = :dir");
        w.binds << qMakePair(QStringLiteral(":dir"), QVariant(f.direction));
    }
    if (!f.state.isEmpty()) {
        w.clauses << QStringLiteral("(t.requesting_state = :st OR t.requested_state = :st2)");
        w.binds << qMakePair(QStringLiteral(":st"), QVariant(f.state))
                << qMakePair(QStringLiteral(":st2"), QVariant(f.state));
    }
    if (!f.handler.isEmpty()) {
        w.clauses << QStringLiteral("t.handler = :h");
        w.binds << qMakePair(QStringLiteral(":h"), QVariant(f.handler));
    }
    if (!f.text.isEmpty()) {
        QString pattern = f.text.toLower();
        pattern.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'%', QLatin1String("\\%"))
            .replace(u'_', QLatin1String("\\_"));
        pattern = u'%' + pattern + u'%';
        w.clauses << QStringLiteral(
            "(LOWER(t.our_ref) LIKE :tx ESCAPE '\\' OR LOWER(t.their_ref) LIKE :tx2 ESCAPE '\\')");
        w.binds << qMakePair(QStringLiteral(":tx"), QVariant(pattern))
                << qMakePair(QStringLiteral(":tx2"), QVariant(pattern));
    }
    if (!f.status.isEmpty()) {
        QString kind;
        for (const QString& k : EventKind::statusKinds())
            if (EventKind::statusAfter(k) == f.status)
                kind = k;
        if (f.status == QLatin1String("registered"))
            w.clauses << QStringLiteral("t.last_kind IS NULL");
        else {
            w.clauses << QStringLiteral("t.last_kind = :lk");
            w.binds << qMakePair(QStringLiteral(":lk"),
                                 QVariant(kind.isEmpty() ? QStringLiteral("-") : kind));
        }
    }
    if (!withView)
        return w;
    const QString today = f.today.toString(Qt::ISODate);
    switch (f.view) {
    case CaseFilter::View::All:
        break;
    case CaseFilter::View::Open:
        w.clauses << openCondition();
        break;
    case CaseFilter::View::Overdue:
        w.clauses << openCondition() << QStringLiteral("t.next_action_date < :today");
        w.binds << qMakePair(QStringLiteral(":today"), QVariant(today));
        break;
    case CaseFilter::View::DueWithin:
        w.clauses << openCondition() << QStringLiteral("t.next_action_date >= :today")
                  << QStringLiteral("t.next_action_date <= :until");
        w.binds << qMakePair(QStringLiteral(":today"), QVariant(today))
                << qMakePair(QStringLiteral(":until"),
                             QVariant(f.today.addDays(f.days).toString(Qt::ISODate)));
        break;
    case CaseFilter::View::NoNextAction:
        w.clauses << openCondition() << QStringLiteral("t.next_action_date IS NULL");
        break;
    }
    return w;
}

QString derivedTable(const Where& w)
{
    // Narrow on the cases' own columns before the per-case subqueries where the view allows.
    return QStringLiteral("(SELECT c.*, %1 FROM cases c) t").arg(derivedColumns()) +
           (w.clauses.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + w.clauses.join(QLatin1String(" AND ")));
}

} // namespace

Status Register::fillLists(QList<Case>* cases) const
{
    if (cases->isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    QStringList ids;
    for (qsizetype i = 0; i < cases->size(); ++i) {
        index.insert(cases->at(i).id, i);
        ids << QString::number(cases->at(i).id);
    }
    const QString in = ids.join(u',');
    struct List
    {
        const char* sql;
        QStringList Case::*member;
    };
    for (const List& l :
         {List{"SELECT case_id, measure_type FROM case_measures WHERE case_id IN (%1) "
               "ORDER BY case_id, measure_type",
               &Case::measures},
          List{"SELECT case_id, iccs FROM case_offences WHERE case_id IN (%1) ORDER BY case_id, iccs",
               &Case::iccs}}) {
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        if (!q.exec(QString::fromLatin1(l.sql).arg(in)))
            return sql::error(d->name, QStringLiteral("cannot read the measures and offences"),
                              q.lastError());
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.constEnd())
                ((*cases)[it.value()].*l.member) << q.value(1).toString();
        }
    }
    return {};
}

Result<CasePage> Register::listCases(const CaseFilter& f) const
{
    const Where w = whereOf(f, true);
    const QString from = derivedTable(w);
    const bool byDate = f.view == CaseFilter::View::Overdue || f.view == CaseFilter::View::DueWithin;
    QSqlQuery q(d->db());
    QString cols = QLatin1String(caseColumns);
    cols.replace(QLatin1String("c."), QLatin1String("t."));
    q.prepare(
        QStringLiteral("SELECT %1, t.last_kind, t.sent_date FROM %2 ORDER BY %3 LIMIT :limit OFFSET :offset")
            .arg(cols, from,
                 byDate ? QStringLiteral("t.next_action_date, t.id") : QStringLiteral("t.id DESC")));
    for (const auto& [k, v] : w.binds)
        q.bindValue(k, v);
    q.bindValue(QStringLiteral(":limit"), std::clamp(f.limit, 1, 10000));
    q.bindValue(QStringLiteral(":offset"), std::max(0, f.offset));
    if (!sql::exec(q))
        return sql::error(d->name, QStringLiteral("cannot list the cases"), q.lastError());
    CasePage page;
    while (q.next())
        page.cases << readCase(q);
    if (Status s = fillLists(&page.cases); !s)
        return s.error();
    QSqlQuery n(d->db());
    n.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(from));
    for (const auto& [k, v] : w.binds)
        n.bindValue(k, v);
    if (!sql::exec(n) || !n.next())
        return sql::error(d->name, QStringLiteral("cannot count the cases"), n.lastError());
    page.matching = n.value(0).toLongLong();
    return page;
}

Result<CaseCounts> Register::counts(const CaseFilter& f) const
{
    // One COUNT per view, each narrowed first by the next-action index, so that the open test
    // (an index probe per case) runs only on the cases the view can hold.
    const Where base = whereOf(f, false);
    auto count = [&](const QStringList& extra, const QList<QPair<QString, QVariant>>& binds,
                     qint64* out) -> Status {
        Where w = base;
        w.clauses << extra;
        w.binds << binds;
        QSqlQuery q(d->db());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1").arg(derivedTable(w)));
        for (const auto& [k, v] : w.binds)
            q.bindValue(k, v);
        if (!sql::exec(q) || !q.next())
            return sql::error(d->name, QStringLiteral("cannot count the cases"), q.lastError());
        *out = q.value(0).toLongLong();
        return {};
    };
    const QString open = openCondition();
    const QString day = f.today.toString(Qt::ISODate);
    CaseCounts c;
    qint64 ended = 0;
    const QString endedCondition =
        QStringLiteral("EXISTS (SELECT 1 FROM events x WHERE x.case_id = t.id AND x.kind IN %1)")
            .arg(sql::idList(EventKind::closedStatuses()));
    for (const Status& s : {count({}, {}, &c.all), count({endedCondition}, {}, &ended),
                            count({QStringLiteral("t.next_action_date < :today"), open},
                                  {{QStringLiteral(":today"), day}}, &c.overdue),
                            count({QStringLiteral("t.next_action_date >= :today"),
                                   QStringLiteral("t.next_action_date <= :until"), open},
                                  {{QStringLiteral(":today"), day},
                                   {QStringLiteral(":until"), f.today.addDays(f.days).toString(Qt::ISODate)}},
                                  &c.dueWithin),
                            count({QStringLiteral("t.next_action_date IS NULL"), open}, {}, &c.noNextAction)})
        if (!s)
            return s.error();
    c.open = c.all - ended;
    return c;
}

} // namespace mla::reg
