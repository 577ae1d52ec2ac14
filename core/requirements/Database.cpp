#include "Database.h"

#include "Migrations.h"
#include "RecordKinds.h"
#include "RequirementsPackage.h"
#include "SeedLoader.h"

#include "model/Vocabulary.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace mla::requirements {

struct Database::Private
{
    QString connection;
    QString path;
    QSqlDatabase db;
    mutable std::optional<QList<IccsCode>> iccsCache;
};

namespace {

QAtomicInt g_connectionCounter;

Error sqlError(const QString& path, const QString& what, const QSqlError& e)
{
    return Error{QStringLiteral("requirements.sql"), what + QStringLiteral(": ") + e.text(), path, 0, 0};
}

QString isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString selectList(const kinds::Kind& k)
{
    return (k.columnNames() + kinds::provenanceColumns()).join(QStringLiteral(", "));
}

Record readRow(const kinds::Kind& k, const QSqlQuery& q)
{
    Record r;
    r.kind = k.kind;
    const QStringList cols = k.columnNames();
    int i = 0;
    for (const QString& c : cols) {
        const QString v = q.value(i++).toString();
        if (!v.isEmpty())
            r.fields.insert(c, v);
    }
    r.provenance.source = q.value(i++).toString();
    r.provenance.verified = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.provenance.verifiedBy = q.value(i++).toString();
    r.provenance.updated = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs).toUTC();
    r.provenance.origin = q.value(i++).toString();
    return r;
}

// Records of kind `k` matching `where` (an SQL condition with positional '?' placeholders).
QList<Record> selectRecords(const QSqlDatabase& db, const kinds::Kind& k, const QString& where = {},
                            const QStringList& binds = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(selectList(k), k.table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    QStringList order;
    for (const auto& c : k.keys)
        order << c.name;
    sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    QList<Record> out;
    if (!q.prepare(sql))
        return out;
    for (const QString& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next())
        out << readRow(k, q);
    return out;
}

QString keyCondition(const kinds::Kind& k)
{
    QStringList parts;
    for (const auto& c : k.keys)
        parts << c.name + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(" AND "));
}

QStringList keyValues(const kinds::Kind& k, const Record& r)
{
    QStringList v;
    for (const auto& c : k.keys)
        v << r.fields.value(c.name);
    return v;
}

std::optional<Record> findByKey(const QSqlDatabase& db, const kinds::Kind& k, const Record& r)
{
    const auto l = selectRecords(db, k, keyCondition(k), keyValues(k, r));
    if (l.isEmpty())
        return std::nullopt;
    return l.first();
}

// INSERT (OR REPLACE / OR IGNORE) of a normalized, valid record.
bool writeRecord(QSqlDatabase& db, const kinds::Kind& k, const Record& r, const char* conflict,
                 QSqlError* err)
{
    const QStringList cols = k.columnNames() + kinds::provenanceColumns();
    QStringList marks;
    // COALESCE: QtSql binds a null QString as NULL, which the NOT NULL columns refuse (and which
    // INSERT OR IGNORE would drop silently).
    for (int i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("COALESCE(?, '')");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR %1 INTO %2 (%3) VALUES (%4)")
                  .arg(QString::fromLatin1(conflict), k.table, cols.join(QStringLiteral(", ")),
                       marks.join(QStringLiteral(", "))));
    for (const QString& c : k.columnNames()) {
        QString v = r.fields.value(c);
        if (v.isEmpty()) {
            // Columns with a vocabulary default to their "unknown" id rather than ''.
            const kinds::Column* col = k.column(c);
            if (col && col->type == kinds::ColumnType::Enum && !col->allowed.isEmpty())
                v = col->allowed.contains(QStringLiteral("unknown")) ? QStringLiteral("unknown")
                                                                     : col->allowed.first();
        }
        q.addBindValue(v);
    }
    q.addBindValue(r.provenance.source);
    q.addBindValue(r.provenance.verified.isValid() ? r.provenance.verified.toString(Qt::ISODate) : QString());
    q.addBindValue(r.provenance.verifiedBy);
    q.addBindValue(isoTime(r.provenance.updated));
    q.addBindValue(r.provenance.origin.isEmpty() ? QStringLiteral("local") : r.provenance.origin);
    if (!q.exec()) {
        if (err)
            *err = q.lastError();
        return false;
    }
    return true;
}

// Whether `in` is more recent than `local`: a later verification, or the same verification and a
// later change.
bool incomingNewer(const Provenance& in, const Provenance& local)
{
    if (in.verified.isValid() != local.verified.isValid())
        return in.verified.isValid();
    if (in.verified != local.verified)
        return in.verified > local.verified;
    return in.updated.isValid() && local.updated.isValid() && in.updated > local.updated;
}

bool sameContent(const kinds::Kind& k, const Record& a, const Record& b)
{
    for (const QString& c : k.columnNames()) {
        QString va = a.fields.value(c);
        QString vb = b.fields.value(c);
        const kinds::Column* col = k.column(c);
        if (col->type == kinds::ColumnType::Enum) {
            if (va.isEmpty())
                va = QStringLiteral("unknown");
            if (vb.isEmpty())
                vb = QStringLiteral("unknown");
        }
        if (va != vb)
            return false;
    }
    return a.provenance.source == b.provenance.source && a.provenance.verified == b.provenance.verified &&
           a.provenance.verifiedBy == b.provenance.verifiedBy;
}

template <typename E>
E enumOf(const Record& r, const char* field, bool (*from)(const QString&, E*), E fallback)
{
    E v = fallback;
    if (!from(r.fields.value(QString::fromLatin1(field)), &v))
        return fallback;
    return v;
}

QString f(const Record& r, const char* field)
{
    return r.fields.value(QString::fromLatin1(field));
}

QMap<QString, QString> namesOf(const Record& r)
{
    QMap<QString, QString> names;
    for (const QString& l : unLanguages())
        if (const QString n = r.fields.value(QStringLiteral("name_") + l); !n.isEmpty())
            names.insert(l, n);
    return names;
}

Treaty treatyOf(const Record& r)
{
    Treaty t;
    t.stateA = f(r, "state_a");
    t.stateB = f(r, "state_b");
    t.name = f(r, "name");
    t.inForce = enumOf<Tri>(r, "in_force", triFromId, Tri::Unknown);
    t.date = QDate::fromString(f(r, "date"), Qt::ISODate);
    t.notes = f(r, "notes");
    t.provenance = r.provenance;
    return t;
}

} // namespace

Database::Database() : d(std::make_unique<Private>()) {}

Database::~Database()
{
    if (!d)
        return;
    const QString name = d->connection;
    if (d->db.isOpen())
        d->db.close();
    d->db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

QString Database::defaultPath()
{
    QString dir = qEnvironmentVariable("MLAWRITER_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("requirements.sqlite"));
}

Result<std::unique_ptr<Database>> Database::openDefault()
{
    const QString path = defaultPath();
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error{QStringLiteral("requirements.open"), QStringLiteral("cannot create the data directory"),
                     dir, 0, 0};
    return open(path);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    return open(path, OpenOptions{});
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    std::unique_ptr<Database> db(new Database());
    if (Status s = db->init(path, options); !s)
        return s.error();
    return db;
}

Status Database::init(const QString& path, const OpenOptions& options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{QStringLiteral("requirements.driver"),
                     QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"), path, 0, 0};
    d->path = path;
    d->connection =
        QStringLiteral("mlawriter.requirements.%1").arg(g_connectionCounter.fetchAndAddRelaxed(1) + 1);
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    d->db.setDatabaseName(path);
    if (!d->db.open())
        return Error{QStringLiteral("requirements.open"), d->db.lastError().text(), path, 0, 0};
    QSqlQuery q(d->db);
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (Status s = Migrations::migrate(d->db, path); !s)
        return s;
    return mergeSeed(options);
}

Status Database::mergeSeed(const OpenOptions& options)
{
    // Hashing the shipped files is cheap; parsing them is done only when they changed.
    auto hash = SeedLoader::hash(options.seedDirectory);
    if (!hash)
        return hash.error();
    if (seedHash() == hash.value())
        return {};
    auto seed = SeedLoader::load(options.seedDirectory);
    if (!seed)
        return seed.error();
    // Seed rows are replaced wholesale; rows edited locally or imported keep their key, so the
    // INSERT OR IGNORE below leaves them as they are.
    if (!d->db.transaction())
        return sqlError(d->path, QStringLiteral("cannot merge the seed"), d->db.lastError());
    QSqlQuery q(d->db);
    auto fail = [&](const QSqlError& e) {
        const Error err = sqlError(d->path, QStringLiteral("cannot merge the seed"), e);
        d->db.rollback();
        return err;
    };
    for (const auto& k : kinds::all())
        if (!q.exec(QStringLiteral("DELETE FROM %1 WHERE origin = 'seed'").arg(k.table)))
            return fail(q.lastError());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Record r : seed.value().records) {
        const kinds::Kind* k = kinds::find(r.kind);
        r = kinds::normalized(r);
        if (!k || !kinds::validate(r).isEmpty())
            continue; // the seed tests keep this from happening silently
        r.provenance.updated = now;
        r.provenance.origin = QStringLiteral("seed");
        QSqlError e;
        if (!writeRecord(d->db, *k, r, "IGNORE", &e))
            return fail(e);
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('seed_hash', ?)"));
    q.addBindValue(seed.value().hash);
    if (!q.exec())
        return fail(q.lastError());
    if (!d->db.commit())
        return fail(d->db.lastError());
    d->iccsCache.reset();
    return {};
}

QString Database::certificateFingerprint(const QByteArray& pem)
{
    return kinds::certificateSha256(QString::fromLatin1(pem));
}

QString Database::path() const
{
    return d->path;
}

int Database::schemaVersion() const
{
    QSqlQuery q(d->db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : 0;
}

QString Database::seedHash() const
{
    QSqlQuery q(d->db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'seed_hash'")) && q.next())
        return q.value(0).toString();
    return {};
}

QString Database::stateName(const QString& iso3, const QString& lang) const
{
    if (!isUnLanguage(lang))
        return {};
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT name_%1 FROM state WHERE iso3 = ?").arg(lang));
    q.addBindValue(iso3.toUpper());
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

std::optional<StateRecord> Database::state(const QString& iso3In) const
{
    const QString iso3 = iso3In.trimmed().toUpper();
    auto one = [&](const char* kind) -> std::optional<Record> {
        const auto l =
            selectRecords(d->db, *kinds::find(QString::fromLatin1(kind)), QStringLiteral("iso3 = ?"), {iso3});
        if (l.isEmpty())
            return std::nullopt;
        return l.first();
    };
    auto many = [&](const char* kind) {
        return selectRecords(d->db, *kinds::find(QString::fromLatin1(kind)), QStringLiteral("iso3 = ?"),
                             {iso3});
    };
    const auto base = one("state");
    if (!base)
        return std::nullopt;
    StateRecord s;
    s.iso3 = iso3;
    s.m49 = f(*base, "m49");
    s.names = namesOf(*base);
    s.namesProvenance = base->provenance;
    if (auto r = one("untoc")) {
        s.untoc.status = enumOf<UntocStatus>(*r, "status", untocStatusFromId, UntocStatus::Unknown);
        s.untoc.statusNote = f(*r, "status_note");
        s.untoc.date = QDate::fromString(f(*r, "date"), Qt::ISODate);
        s.untoc.conventionAsExtraditionBasis = enumOf<Tri>(*r, "extradition_basis", triFromId, Tri::Unknown);
        s.untoc.provenance = r->provenance;
    }
    if (auto r = one("central-authority")) {
        s.centralAuthority = {f(*r, "name"),  f(*r, "address"), f(*r, "phone"),
                              f(*r, "email"), f(*r, "notes"),   r->provenance};
    }
    if (auto r = one("channels")) {
        s.channels.centralAuthority =
            enumOf<ChannelPolicy>(*r, "central_authority", channelPolicyFromId, ChannelPolicy::Unknown);
        s.channels.diplomatic =
            enumOf<ChannelPolicy>(*r, "diplomatic", channelPolicyFromId, ChannelPolicy::Unknown);
        s.channels.interpol =
            enumOf<ChannelPolicy>(*r, "interpol", channelPolicyFromId, ChannelPolicy::Unknown);
        s.channels.notes = f(*r, "notes");
        s.channels.provenance = r->provenance;
    }
    if (auto r = one("languages")) {
        s.languages.codes = f(*r, "codes").split(u';', Qt::SkipEmptyParts);
        s.languages.conditions = f(*r, "conditions");
        s.languages.provenance = r->provenance;
    }
    if (auto r = one("electronic")) {
        s.electronic.transmission = enumOf<Tri>(*r, "transmission", triFromId, Tri::Unknown);
        s.electronic.signature = enumOf<Tri>(*r, "signature", triFromId, Tri::Unknown);
        s.electronic.notes = f(*r, "notes");
        s.electronic.provenance = r->provenance;
    }
    if (auto r = one("dual-criminality")) {
        s.dualCriminality.policy = enumOf<DualCriminalityPolicy>(*r, "policy", dualCriminalityPolicyFromId,
                                                                 DualCriminalityPolicy::Unknown);
        s.dualCriminality.notes = f(*r, "notes");
        s.dualCriminality.provenance = r->provenance;
    }
    if (auto r = one("reciprocity")) {
        s.reciprocity.policy =
            enumOf<ReciprocityPolicy>(*r, "policy", reciprocityPolicyFromId, ReciprocityPolicy::Unknown);
        s.reciprocity.notes = f(*r, "notes");
        s.reciprocity.provenance = r->provenance;
    }
    if (auto r = one("practice")) {
        s.practice.useLimitation = f(*r, "use_limitation");
        s.practice.confidentiality = f(*r, "confidentiality");
        s.practice.provenance = r->provenance;
    }
    for (const auto& r : many("measure")) {
        MeasureNote m;
        m.measure = f(r, "measure");
        m.availability = enumOf<Availability>(r, "availability", availabilityFromId, Availability::Unknown);
        m.alternative = f(r, "alternative");
        m.details = f(r, "details");
        m.provenance = r.provenance;
        s.measures << m;
    }
    for (const auto& r : many("conduct")) {
        CriminalizedConduct c;
        c.iccs = f(r, "iccs");
        c.criminalized = enumOf<Tri>(r, "criminalized", triFromId, Tri::Unknown);
        c.provision = f(r, "provision");
        c.notes = f(r, "notes");
        c.provenance = r.provenance;
        s.conduct << c;
    }
    for (const auto& r : selectRecords(d->db, *kinds::find(QStringLiteral("treaty")),
                                       QStringLiteral("state_a = ? OR state_b = ?"), {iso3, iso3}))
        s.treaties << treatyOf(r);
    for (const auto& r : many("certificate")) {
        Certificate c;
        c.iso3 = iso3;
        c.sha256 = f(r, "sha256");
        c.pem = f(r, "pem").toUtf8();
        c.subject = f(r, "subject");
        c.provenance = r.provenance;
        s.certificates << c;
    }
    return s;
}

QList<StateSummary> Database::states() const
{
    QList<StateSummary> out;
    for (const auto& r : selectRecords(d->db, *kinds::find(QStringLiteral("state"))))
        out << StateSummary{f(r, "iso3"), f(r, "m49"), namesOf(r)};
    std::sort(out.begin(), out.end(), [](const StateSummary& a, const StateSummary& b) {
        return QString::localeAwareCompare(a.names.value(QStringLiteral("en")),
                                           b.names.value(QStringLiteral("en"))) < 0;
    });
    return out;
}

QList<QByteArray> Database::trustedCertificatesPem() const
{
    QList<QByteArray> out;
    for (const auto& r : selectRecords(d->db, *kinds::find(QStringLiteral("certificate"))))
        out << f(r, "pem").toUtf8();
    return out;
}

QList<IccsCode> Database::iccs(const QString& search) const
{
    if (!d->iccsCache) {
        QList<IccsCode> all;
        for (const auto& r : selectRecords(d->db, *kinds::find(QStringLiteral("iccs")))) {
            IccsCode c;
            c.code = f(r, "code");
            c.level = f(r, "level").toInt();
            c.parent = f(r, "parent");
            c.names = namesOf(r);
            c.source = r.provenance.source;
            all << c;
        }
        d->iccsCache = all;
    }
    const QString needle = search.trimmed();
    if (needle.isEmpty())
        return *d->iccsCache;
    QList<IccsCode> out;
    for (const auto& c : *d->iccsCache) {
        bool hit = c.code.startsWith(needle);
        for (auto it = c.names.cbegin(); !hit && it != c.names.cend(); ++it)
            hit = it.value().contains(needle, Qt::CaseInsensitive);
        if (hit)
            out << c;
    }
    return out;
}

std::optional<IccsCode> Database::iccsCode(const QString& code) const
{
    for (const auto& c : iccs())
        if (c.code == code)
            return c;
    return std::nullopt;
}

QList<Treaty> Database::treaties(const QString& a, const QString& b) const
{
    QString x = a.toUpper(), y = b.toUpper();
    if (y < x)
        std::swap(x, y);
    QList<Treaty> out;
    for (const auto& r : selectRecords(d->db, *kinds::find(QStringLiteral("treaty")),
                                       QStringLiteral("state_a = ? AND state_b = ?"), {x, y}))
        out << treatyOf(r);
    return out;
}

QList<Record> Database::records(const QString& kind, const QStringList& statesIn) const
{
    QStringList states;
    for (const auto& s : statesIn)
        states << s.trimmed().toUpper();
    QList<Record> out;
    for (const auto& k : kinds::all()) {
        if (kind.isEmpty() ? !k.inPackage : k.kind != kind)
            continue;
        for (const auto& r : selectRecords(d->db, k)) {
            if (!states.isEmpty()) {
                const bool match = states.contains(r.fields.value(QStringLiteral("iso3"))) ||
                                   states.contains(r.fields.value(QStringLiteral("state_a"))) ||
                                   states.contains(r.fields.value(QStringLiteral("state_b")));
                if (!match)
                    continue;
            }
            out << r;
        }
    }
    return out;
}

Status Database::put(const Record& in)
{
    Record r = kinds::normalized(in);
    if (const QString why = kinds::validate(r); !why.isEmpty())
        return Error{QStringLiteral("requirements.invalid"), why, d->path, 0, 0};
    r.provenance.updated = QDateTime::currentDateTimeUtc();
    r.provenance.origin = QStringLiteral("local");
    QSqlError e;
    if (!writeRecord(d->db, *kinds::find(r.kind), r, "REPLACE", &e))
        return sqlError(d->path, QStringLiteral("cannot save the record"), e);
    if (r.kind == QLatin1String("iccs"))
        d->iccsCache.reset();
    return {};
}

Status Database::remove(const Record& in)
{
    const Record r = kinds::normalized(in);
    const kinds::Kind* k = kinds::find(r.kind);
    if (!k)
        return Error{QStringLiteral("requirements.invalid"), QStringLiteral("unknown record kind"), d->path,
                     0, 0};
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(k->table, keyCondition(*k)));
    for (const auto& v : keyValues(*k, r))
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(d->path, QStringLiteral("cannot remove the record"), q.lastError());
    d->iccsCache.reset();
    return {};
}

QByteArray Database::exportPackage(const QStringList& states) const
{
    return RequirementsPackage::serialize(records({}, states));
}

Status Database::exportPackageFile(const QString& file, const QStringList& states) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("requirements.export"), out.errorString(), file, 0, 0};
    const QByteArray bytes = exportPackage(states);
    if (out.write(bytes) != bytes.size() || !out.commit())
        return Error{QStringLiteral("requirements.export"), out.errorString(), file, 0, 0};
    return {};
}

Result<ImportReport> Database::importPackageFile(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("requirements.import"), in.errorString(), file, 0, 0};
    if (in.size() > RequirementsPackage::maxBytes)
        return Error{QStringLiteral("xml.too-large"),
                     QStringLiteral("file is %1 bytes; the limit is %2 bytes")
                         .arg(in.size())
                         .arg(RequirementsPackage::maxBytes),
                     file, 0, 0};
    return importPackage(in.readAll(), file);
}

Result<ImportReport> Database::importPackage(const QByteArray& bytes, const QString& fileName)
{
    auto parsed = RequirementsPackage::parse(bytes, fileName);
    if (!parsed)
        return parsed.error();
    using O = ImportReport::Outcome;
    ImportReport report;
    if (!d->db.transaction())
        return sqlError(fileName, QStringLiteral("cannot start the import"), d->db.lastError());
    QSet<QString> seen;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& item : parsed.value()) {
        ImportReport::Entry e;
        e.kind = item.record.kind;
        e.line = item.line;
        Record r = kinds::normalized(item.record);
        const kinds::Kind* k = kinds::find(r.kind);
        if (k)
            e.key = kinds::keyOf(*k, r);
        QString why = kinds::validate(r);
        if (why.isEmpty() && !k->inPackage)
            why = QStringLiteral("'%1' records are not exchanged in packages").arg(r.kind);
        if (why.isEmpty() && seen.contains(r.kind + u'|' + e.key))
            why = QStringLiteral("the package holds this record twice");
        if (!why.isEmpty()) {
            e.outcome = O::Rejected;
            e.reason = why;
            report.entries << e;
            continue;
        }
        seen.insert(r.kind + u'|' + e.key);
        r.provenance.origin = QStringLiteral("import");
        if (!r.provenance.updated.isValid())
            r.provenance.updated = now;
        const auto local = findByKey(d->db, *k, r);
        if (local) {
            if (sameContent(*k, r, *local)) {
                e.outcome = O::Kept;
                e.reason = QStringLiteral("identical to the local record");
                report.entries << e;
                continue;
            }
            if (!incomingNewer(r.provenance, local->provenance)) {
                e.outcome = O::Kept;
                e.reason =
                    QStringLiteral(
                        "the local record is newer (verified %1, changed %2; package: verified %3, "
                        "changed %4)")
                        .arg(local->provenance.verified.isValid()
                                 ? local->provenance.verified.toString(Qt::ISODate)
                                 : QStringLiteral("never"),
                             isoTime(local->provenance.updated),
                             r.provenance.verified.isValid() ? r.provenance.verified.toString(Qt::ISODate)
                                                             : QStringLiteral("never"),
                             isoTime(r.provenance.updated));
                report.entries << e;
                continue;
            }
        }
        QSqlError err;
        if (!writeRecord(d->db, *k, r, "REPLACE", &err)) {
            d->db.rollback();
            return sqlError(fileName, QStringLiteral("import failed at line %1").arg(item.line), err);
        }
        e.outcome = local ? O::Updated : O::Added;
        report.entries << e;
    }
    if (!d->db.commit()) {
        const Error err = sqlError(fileName, QStringLiteral("import failed"), d->db.lastError());
        d->db.rollback();
        return err;
    }
    return report;
}

} // namespace mla::requirements
