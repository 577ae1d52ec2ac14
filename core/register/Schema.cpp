#include "Schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mla::reg {
namespace {

// Version 1. Frozen once shipped: later changes are new migrations. {ID} is the engine's
// auto-increment key. Dates are ISO 8601 text (yyyy-MM-dd), times ISO 8601 UTC text, on both
// engines, so that the same queries compare them.
const char* const v1[] = {
    "CREATE TABLE register_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE cases (id {ID}, our_ref TEXT NOT NULL UNIQUE, their_ref TEXT NOT NULL DEFAULT '', "
    "direction TEXT NOT NULL CHECK (direction IN ('outgoing','incoming')), "
    "requesting_state TEXT NOT NULL, requested_state TEXT NOT NULL, "
    "requesting_authority TEXT NOT NULL DEFAULT '', handling_authority TEXT NOT NULL DEFAULT '', "
    "legal_basis TEXT NOT NULL CHECK (legal_basis IN ('untoc','untoc-treaty','treaty','reciprocity')), "
    "treaty TEXT NOT NULL DEFAULT '', urgent INTEGER NOT NULL DEFAULT 0, deadline TEXT, "
    "urgency_reasons TEXT NOT NULL DEFAULT '', confidential INTEGER NOT NULL DEFAULT 0, "
    "handler TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', request_id TEXT NOT NULL DEFAULT "
    "'', "
    "next_action_date TEXT, next_action TEXT NOT NULL DEFAULT '', "
    "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, "
    "row_version INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX cases_next_action ON cases (next_action_date)",
    "CREATE INDEX cases_handler ON cases (handler)",
    "CREATE INDEX cases_their_ref ON cases (their_ref)",
    "CREATE TABLE case_measures (case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "measure_type TEXT NOT NULL, PRIMARY KEY (case_id, measure_type))",
    "CREATE INDEX case_measures_type ON case_measures (measure_type)",
    "CREATE TABLE case_offences (case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "iccs TEXT NOT NULL, PRIMARY KEY (case_id, iccs))",
    "CREATE TABLE documents (id {ID}, case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "path TEXT NOT NULL, sha256 TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
    "('draft','signed-pdf','package','receipt','letter','report','other')), added_at TEXT NOT NULL)",
    "CREATE INDEX documents_case ON documents (case_id)",
    "CREATE TABLE events (id {ID}, case_id BIGINT NOT NULL REFERENCES cases(id) ON DELETE CASCADE, "
    "kind TEXT NOT NULL, event_date TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', "
    "channel TEXT NOT NULL DEFAULT '', ground TEXT NOT NULL DEFAULT '', reasons TEXT NOT NULL DEFAULT '', "
    "their_ref TEXT NOT NULL DEFAULT '', measures TEXT NOT NULL DEFAULT '', "
    "document_id BIGINT REFERENCES documents(id), recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)",
    "CREATE INDEX events_case ON events (case_id, event_date, id)",
    "CREATE INDEX events_kind ON events (kind, case_id, event_date)",
    "CREATE TABLE audit (id {ID}, at TEXT NOT NULL, who TEXT NOT NULL, case_id BIGINT, "
    "action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX audit_case ON audit (case_id, id)",
};

// The audit log is append-only: the database itself refuses to change or delete an entry.
const char* const v1Sqlite[] = {
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is "
    "append-only'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is "
    "append-only'); END",
};
const char* const v1Postgres[] = {
    "CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION "
    "'the audit log is append-only'; END $$",
    "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION "
    "audit_append_only()",
    "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit FOR EACH STATEMENT EXECUTE FUNCTION "
    "audit_append_only()",
};

constexpr const char* marker = "mlawriter-register";

Error sqlError(const QString& name, const QString& code, const QString& what, const QSqlError& e)
{
    return Error{code, what + QStringLiteral(": ") + e.text().trimmed(), name, 0, 0};
}

// Tables in the database (user tables only).
bool listTables(QSqlDatabase& db, const QString& engine, QStringList* out, QSqlError* error)
{
    QSqlQuery q(db);
    const QString sql =
        engine == QLatin1String("sqlite")
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                             "'sqlite_%'")
            : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                             "current_schema()");
    if (!q.exec(sql)) {
        *error = q.lastError();
        return false;
    }
    while (q.next())
        *out << q.value(0).toString();
    return true;
}

} // namespace

int Schema::latestVersion()
{
    return 2;
}

QStringList Schema::statements(int version, const QString& engine)
{
    QStringList out;
    if (version == 2) // the case of a draft is found by the draft's UUID (workflow events)
        return {QStringLiteral("CREATE INDEX cases_request_id ON cases (request_id)")};
    if (version != 1)
        return out;
    const bool pg = engine == QLatin1String("postgresql");
    const QString id = pg ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                          : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    for (const char* s : v1)
        out << QString::fromUtf8(s).replace(QLatin1String("{ID}"), id);
    if (pg)
        for (const char* s : v1Postgres)
            out << QString::fromUtf8(s);
    else
        for (const char* s : v1Sqlite)
            out << QString::fromUtf8(s);
    return out;
}

Status Schema::prepare(QSqlDatabase& db, const QString& engine, const QString& name)
{
    const bool pg = engine == QLatin1String("postgresql");
    QStringList tables;
    QSqlError err;
    if (!listTables(db, engine, &tables, &err))
        return sqlError(name, QStringLiteral("register.not-a-register"), QStringLiteral("not a register"),
                        err);
    auto readVersion = [&](int* version) -> Status {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT key, value FROM register_meta")))
            return sqlError(name, QStringLiteral("register.not-a-register"), QStringLiteral("not a register"),
                            q.lastError());
        QString app;
        *version = 0;
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("application"))
                app = q.value(1).toString();
            else if (q.value(0).toString() == QLatin1String("schema_version"))
                *version = q.value(1).toString().toInt();
        }
        if (app != QLatin1String(marker) || *version <= 0)
            return Error{QStringLiteral("register.not-a-register"),
                         QStringLiteral("not a register (no register_meta of mlawriter)"), name, 0, 0};
        return {};
    };
    int current = 0;
    if (!tables.isEmpty()) {
        if (!tables.contains(QStringLiteral("register_meta")))
            return Error{QStringLiteral("register.not-a-register"),
                         QStringLiteral("not a register: the database holds other tables (%1)")
                             .arg(tables.mid(0, 5).join(u", ")),
                         name, 0, 0};
        if (Status s = readVersion(&current); !s)
            return s;
        if (current > latestVersion())
            return Error{QStringLiteral("register.newer"),
                         QStringLiteral("the register has schema version %1; this build knows up to %2 — "
                                        "use a newer mlawriter")
                             .arg(current)
                             .arg(latestVersion()),
                         name, 0, 0};
        if (current == latestVersion())
            return {};
    }
    // Migrate, each version in one transaction.
    for (int v = current + 1; v <= latestVersion(); ++v) {
        QSqlQuery q(db);
        const bool begun = pg ? db.transaction() : q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!begun)
            return sqlError(name, QStringLiteral("register.sql"),
                            QStringLiteral("cannot start the migration"),
                            pg ? db.lastError() : q.lastError());
        auto fail = [&](const QSqlError& e) {
            const Error out = sqlError(name, QStringLiteral("register.sql"),
                                       QStringLiteral("migration %1 failed").arg(v), e);
            if (pg)
                db.rollback();
            else
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return out;
        };
        if (pg) {
            if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7316245)")))
                return fail(q.lastError());
            // Someone may have migrated while we waited for the lock.
            QStringList now;
            if (!listTables(db, engine, &now, &err))
                return fail(err);
            if (now.contains(QStringLiteral("register_meta"))) {
                int again = 0;
                if (Status s = readVersion(&again); !s) {
                    db.rollback();
                    return s;
                }
                if (again >= v) {
                    db.rollback();
                    current = again;
                    v = again;
                    continue;
                }
            }
        }
        for (const QString& s : statements(v, engine))
            if (!q.exec(s))
                return fail(q.lastError());
        QSqlQuery meta(db);
        if (v == 1) {
            if (!meta.exec(
                    QStringLiteral("INSERT INTO register_meta (key, value) VALUES ('application', '%1'), "
                                   "('schema_version', '1')")
                        .arg(QLatin1String(marker))))
                return fail(meta.lastError());
        } else if (!meta.exec(
                       QStringLiteral("UPDATE register_meta SET value = '%1' WHERE key = 'schema_version'")
                           .arg(v)))
            return fail(meta.lastError());
        const bool committed = pg ? db.commit() : q.exec(QStringLiteral("COMMIT"));
        if (!committed)
            return fail(pg ? db.lastError() : q.lastError());
    }
    return {};
}

} // namespace mla::reg
