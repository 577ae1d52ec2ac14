#include "Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace mla::requirements {
namespace {

// Provenance columns, the same in every table (see Provenance.h).
#define MLA_PROVENANCE                                                                                       \
    "source TEXT NOT NULL, verified_on TEXT NOT NULL DEFAULT '', verified_by TEXT NOT NULL DEFAULT '', "     \
    "updated_at TEXT NOT NULL DEFAULT '', origin TEXT NOT NULL DEFAULT 'local' "                             \
    "CHECK (origin IN ('seed','local','import'))"

// Version 1. Frozen once shipped: later changes are new migrations.
const char* const v1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE state (iso3 TEXT PRIMARY KEY, m49 TEXT NOT NULL DEFAULT '', name_ar TEXT NOT NULL DEFAULT "
    "'', "
    "name_zh TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '', name_fr TEXT NOT NULL DEFAULT '', "
    "name_ru TEXT NOT NULL DEFAULT '', name_es TEXT NOT NULL DEFAULT '', " MLA_PROVENANCE ")",
    "CREATE TABLE untoc (iso3 TEXT PRIMARY KEY, status TEXT NOT NULL DEFAULT 'unknown', "
    "status_note TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '', "
    "extradition_basis TEXT NOT NULL DEFAULT 'unknown', " MLA_PROVENANCE ")",
    "CREATE TABLE central_authority (iso3 TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
    "address TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
    "notes TEXT NOT NULL DEFAULT '', " MLA_PROVENANCE ")",
    "CREATE TABLE channels (iso3 TEXT PRIMARY KEY, central_authority TEXT NOT NULL DEFAULT 'unknown', "
    "diplomatic TEXT NOT NULL DEFAULT 'unknown', interpol TEXT NOT NULL DEFAULT 'unknown', "
    "notes TEXT NOT NULL DEFAULT '', " MLA_PROVENANCE ")",
    "CREATE TABLE languages (iso3 TEXT PRIMARY KEY, codes TEXT NOT NULL DEFAULT '', "
    "conditions TEXT NOT NULL DEFAULT '', " MLA_PROVENANCE ")",
    "CREATE TABLE electronic (iso3 TEXT PRIMARY KEY, transmission TEXT NOT NULL DEFAULT 'unknown', "
    "signature TEXT NOT NULL DEFAULT 'unknown', notes TEXT NOT NULL DEFAULT '', " MLA_PROVENANCE ")",
    "CREATE TABLE dual_criminality (iso3 TEXT PRIMARY KEY, policy TEXT NOT NULL DEFAULT 'unknown', "
    "notes TEXT NOT NULL DEFAULT '', " MLA_PROVENANCE ")",
    "CREATE TABLE reciprocity (iso3 TEXT PRIMARY KEY, policy TEXT NOT NULL DEFAULT 'unknown', "
    "notes TEXT NOT NULL DEFAULT '', " MLA_PROVENANCE ")",
    "CREATE TABLE practice (iso3 TEXT PRIMARY KEY, use_limitation TEXT NOT NULL DEFAULT '', "
    "confidentiality TEXT NOT NULL DEFAULT '', " MLA_PROVENANCE ")",
    "CREATE TABLE measure_note (iso3 TEXT NOT NULL, measure TEXT NOT NULL, "
    "availability TEXT NOT NULL DEFAULT 'unknown', alternative TEXT NOT NULL DEFAULT '', "
    "details TEXT NOT NULL DEFAULT '', " MLA_PROVENANCE ", PRIMARY KEY (iso3, measure))",
    "CREATE TABLE conduct (iso3 TEXT NOT NULL, iccs TEXT NOT NULL, criminalized TEXT NOT NULL DEFAULT 'yes', "
    "provision TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', " MLA_PROVENANCE
    ", PRIMARY KEY (iso3, iccs))",
    "CREATE TABLE treaty (state_a TEXT NOT NULL, state_b TEXT NOT NULL, name TEXT NOT NULL, "
    "in_force TEXT NOT NULL DEFAULT 'unknown', date TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT "
    "'', " MLA_PROVENANCE ", PRIMARY KEY (state_a, state_b, name), CHECK (state_a < state_b))",
    "CREATE INDEX treaty_b ON treaty (state_b)",
    "CREATE TABLE certificate (iso3 TEXT NOT NULL, sha256 TEXT NOT NULL, pem TEXT NOT NULL, "
    "subject TEXT NOT NULL DEFAULT '', " MLA_PROVENANCE ", PRIMARY KEY (iso3, sha256))",
    "CREATE TABLE iccs (code TEXT PRIMARY KEY, level TEXT NOT NULL DEFAULT '', parent TEXT NOT NULL DEFAULT "
    "'', "
    "name_ar TEXT NOT NULL DEFAULT '', name_zh TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '', "
    "name_fr TEXT NOT NULL DEFAULT '', name_ru TEXT NOT NULL DEFAULT '', name_es TEXT NOT NULL DEFAULT "
    "'', " MLA_PROVENANCE ")",
};

// Version 2: the source's date and the origin of imported records on every record;
// declarations and practice notes; the history of changes; trusted package publishers.
#define MLA_V2_COLUMNS(t)                                                                                    \
    "ALTER TABLE " t " ADD COLUMN source_date TEXT NOT NULL DEFAULT ''",                                     \
        "ALTER TABLE " t " ADD COLUMN origin_signer TEXT NOT NULL DEFAULT ''",                               \
        "ALTER TABLE " t " ADD COLUMN origin_date TEXT NOT NULL DEFAULT ''"
const char* const v2[] = {
    MLA_V2_COLUMNS("state"),
    MLA_V2_COLUMNS("untoc"),
    MLA_V2_COLUMNS("central_authority"),
    MLA_V2_COLUMNS("channels"),
    MLA_V2_COLUMNS("languages"),
    MLA_V2_COLUMNS("electronic"),
    MLA_V2_COLUMNS("dual_criminality"),
    MLA_V2_COLUMNS("reciprocity"),
    MLA_V2_COLUMNS("practice"),
    MLA_V2_COLUMNS("measure_note"),
    MLA_V2_COLUMNS("conduct"),
    MLA_V2_COLUMNS("treaty"),
    MLA_V2_COLUMNS("certificate"),
    MLA_V2_COLUMNS("iccs"),
    "CREATE TABLE declaration (iso3 TEXT NOT NULL, topic TEXT NOT NULL, scope TEXT NOT NULL, "
    "text TEXT NOT NULL DEFAULT '', quote TEXT NOT NULL DEFAULT '', " MLA_PROVENANCE
    ", source_date TEXT NOT NULL DEFAULT '', origin_signer TEXT NOT NULL DEFAULT '', "
    "origin_date TEXT NOT NULL DEFAULT '', PRIMARY KEY (iso3, topic, scope))",
    "CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, kind TEXT NOT NULL, "
    "record_key TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('added','updated','removed')), "
    "who TEXT NOT NULL DEFAULT '', package TEXT NOT NULL DEFAULT '', old_value TEXT NOT NULL DEFAULT '', "
    "new_value TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX history_record ON history (kind, record_key)",
    "CREATE TABLE publisher (sha256 TEXT PRIMARY KEY, subject TEXT NOT NULL DEFAULT '', pem TEXT NOT NULL, "
    "not_after TEXT NOT NULL DEFAULT '', added_at TEXT NOT NULL)",
};
#undef MLA_V2_COLUMNS
#undef MLA_PROVENANCE

Error sqlError(const QString& path, const QString& what, const QSqlError& e)
{
    return Error{QStringLiteral("requirements.sql"), what + QStringLiteral(": ") + e.text(), path, 0, 0};
}

} // namespace

int Migrations::latestVersion()
{
    return 2;
}

QStringList Migrations::statements(int version)
{
    QStringList out;
    if (version == 1)
        for (const char* s : v1)
            out << QString::fromUtf8(s);
    if (version == 2)
        for (const char* s : v2)
            out << QString::fromUtf8(s);
    return out;
}

Status Migrations::migrate(QSqlDatabase& db, const QString& path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error{QStringLiteral("requirements.not-a-database"),
                     QStringLiteral("not a requirements database: ") + q.lastError().text(), path, 0, 0};
    const int current = q.value(0).toInt();
    q.finish();
    if (current > latestVersion())
        return Error{QStringLiteral("requirements.newer"),
                     QStringLiteral("the database has schema version %1; this build knows up to %2")
                         .arg(current)
                         .arg(latestVersion()),
                     path, 0, 0};
    for (int v = current + 1; v <= latestVersion(); ++v) {
        if (!db.transaction())
            return sqlError(path, QStringLiteral("cannot start the migration"), db.lastError());
        for (const QString& s : statements(v)) {
            if (!q.exec(s)) {
                const Error e = sqlError(path, QStringLiteral("migration %1 failed").arg(v), q.lastError());
                db.rollback();
                return e;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v)) || !db.commit()) {
            const Error e = sqlError(path, QStringLiteral("migration %1 failed").arg(v), db.lastError());
            db.rollback();
            return e;
        }
    }
    return {};
}

} // namespace mla::requirements
