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
#include <QJsonDocument>
#include <QJsonObject>
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
    r.provenance.sourceDate = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    r.provenance.originSigner = q.value(i++).toString();
    r.provenance.originDate = QDateTime::fromString(q.value(i++).toString(), Qt::ISODateWithMs).toUTC();
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
    q.addBindValue(r.provenance.sourceDate.isValid() ? r.provenance.sourceDate.toString(Qt::ISODate)
                                                     : QString());
    q.addBindValue(r.provenance.originSigner);
    q.addBindValue(isoTime(r.provenance.originDate));
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
           a.provenance.verifiedBy == b.provenance.verifiedBy &&
           a.provenance.sourceDate == b.provenance.sourceDate;
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

namespace {

QString systemUser()
{
    QString u = qEnvironmentVariable("USER");
    if (u.isEmpty())
        u = qEnvironmentVariable("USERNAME");
    return u.isEmpty() ? QStringLiteral("unknown user") : u;
}

QString recordJson(const Record& r)
{
    QJsonObject o;
    QJsonObject fields;
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    o.insert(QStringLiteral("fields"), fields);
    o.insert(QStringLiteral("source"), r.provenance.source);
    o.insert(QStringLiteral("sourceDate"), r.provenance.sourceDate.toString(Qt::ISODate));
    o.insert(QStringLiteral("verified"), r.provenance.verified.toString(Qt::ISODate));
    o.insert(QStringLiteral("verifiedBy"), r.provenance.verifiedBy);
    o.insert(QStringLiteral("origin"), r.provenance.origin);
    if (!r.provenance.originSigner.isEmpty())
        o.insert(QStringLiteral("originSigner"), r.provenance.originSigner);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool writeHistory(QSqlDatabase& db, const QString& kind, const QString& key, const QString& action,
                  const QString& who, const QString& package, const QString& oldValue,
                  const QString& newValue, QSqlError* err)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO history (at, kind, record_key, action, who, package, old_value, "
                             "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString& v : {isoTime(QDateTime::currentDateTimeUtc()), kind, key, action,
                             who.isEmpty() ? systemUser() : who, package, oldValue, newValue})
        q.addBindValue(v.isNull() ? QStringLiteral("") : v);
    if (!q.exec()) {
        if (err)
            *err = q.lastError();
        return false;
    }
    return true;
}

QString shown(const QString& v)
{
    return v.isEmpty() ? QStringLiteral("(empty)") : v.left(200);
}

// "field: old → new" for every value and provenance item that differs.
QStringList changesOf(const kinds::Kind& k, const Record& local, const Record& in)
{
    QStringList out;
    for (const QString& c : k.columnNames()) {
        const QString a = local.fields.value(c), b = in.fields.value(c);
        if (a != b)
            out << QStringLiteral("%1: %2 → %3").arg(c, shown(a), shown(b));
    }
    auto item = [&](const char* name, const QString& a, const QString& b) {
        if (a != b)
            out << QStringLiteral("%1: %2 → %3").arg(QString::fromLatin1(name), shown(a), shown(b));
    };
    item("source", local.provenance.source, in.provenance.source);
    item("sourceDate", local.provenance.sourceDate.toString(Qt::ISODate),
         in.provenance.sourceDate.toString(Qt::ISODate));
    item("verified", local.provenance.verified.toString(Qt::ISODate),
         in.provenance.verified.toString(Qt::ISODate));
    item("verifiedBy", local.provenance.verifiedBy, in.provenance.verifiedBy);
    return out;
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
    for (const auto& r : many("declaration"))
        s.declarations << Declaration{f(r, "topic"), f(r, "scope"), f(r, "text"), f(r, "quote"),
                                      r.provenance};
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

Status Database::put(const Record& in, const QString& who)
{
    Record r = kinds::normalized(in);
    if (const QString why = kinds::validate(r); !why.isEmpty())
        return Error{QStringLiteral("requirements.invalid"), why, d->path, 0, 0};
    r.provenance.updated = QDateTime::currentDateTimeUtc();
    r.provenance.origin = QStringLiteral("local");
    r.provenance.originSigner.clear();
    r.provenance.originDate = {};
    const kinds::Kind* k = kinds::find(r.kind);
    const auto before = findByKey(d->db, *k, r);
    QSqlError e;
    if (!d->db.transaction())
        return sqlError(d->path, QStringLiteral("cannot save the record"), d->db.lastError());
    if (!writeRecord(d->db, *k, r, "REPLACE", &e) ||
        !writeHistory(d->db, r.kind, kinds::keyOf(*k, r),
                      before ? QStringLiteral("updated") : QStringLiteral("added"), who, QString(),
                      before ? recordJson(*before) : QString(), recordJson(r), &e) ||
        !d->db.commit()) {
        d->db.rollback();
        return sqlError(d->path, QStringLiteral("cannot save the record"), e);
    }
    if (r.kind == QLatin1String("iccs"))
        d->iccsCache.reset();
    return {};
}

Status Database::remove(const Record& in, const QString& who)
{
    const Record r = kinds::normalized(in);
    const kinds::Kind* k = kinds::find(r.kind);
    if (!k)
        return Error{QStringLiteral("requirements.invalid"), QStringLiteral("unknown record kind"), d->path,
                     0, 0};
    const auto before = findByKey(d->db, *k, r);
    if (!d->db.transaction())
        return sqlError(d->path, QStringLiteral("cannot remove the record"), d->db.lastError());
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(k->table, keyCondition(*k)));
    for (const auto& v : keyValues(*k, r))
        q.addBindValue(v);
    QSqlError e;
    if (!q.exec() ||
        (before && !writeHistory(d->db, r.kind, kinds::keyOf(*k, r), QStringLiteral("removed"), who,
                                 QString(), recordJson(*before), QString(), &e)) ||
        !d->db.commit()) {
        const QSqlError qe = q.lastError().isValid() ? q.lastError() : e;
        d->db.rollback();
        return sqlError(d->path, QStringLiteral("cannot remove the record"), qe);
    }
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

Result<QByteArray> Database::readPackageFile(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("requirements.import"), in.errorString(), file, 0, 0};
    // The cap leaves room for the signature around the XML of an enveloping package.
    const qint64 cap = RequirementsPackage::maxBytes + PackageSignature::maxSignatureBytes;
    if (in.size() > cap)
        return Error{QStringLiteral("xml.too-large"),
                     QStringLiteral("file is %1 bytes; the limit is %2 bytes").arg(in.size()).arg(cap), file,
                     0, 0};
    return in.read(cap);
}

Result<ImportReport> Database::importPackageFile(const QString& file)
{
    ImportOptions o;
    o.allowUnsigned = true;
    return importPackageFile(file, o);
}

Result<ImportReport> Database::importPackageFile(const QString& file, const ImportOptions& options)
{
    auto bytes = readPackageFile(file);
    if (!bytes)
        return bytes.error();
    return importPackage(bytes.value(), file, options);
}

Result<ImportReport> Database::importPackage(const QByteArray& bytes, const QString& fileName)
{
    ImportOptions o;
    o.allowUnsigned = true;
    return importPackage(bytes, fileName, o);
}

Result<ImportReport> Database::importPackage(const QByteArray& bytes, const QString& fileName,
                                             const ImportOptions& options)
{
    auto plan = previewImport(bytes, fileName, options);
    if (!plan)
        return plan.error();
    return commitImport(plan.value(), options);
}

Result<ImportReport> Database::previewImport(const QByteArray& bytes, const QString& fileName,
                                             const ImportOptions& options) const
{
    ImportReport report;
    report.fileName = fileName;
    QByteArray xmlBytes = bytes;
    const bool enveloping = PackageSignature::looksSigned(bytes);
    if (enveloping || !options.detachedSignature.isEmpty()) {
        QStringList trusted;
        for (const auto& p : publishers())
            trusted << p.sha256;
        auto v = enveloping ? PackageSignature::verify(bytes, nullptr, trusted, fileName, options.now)
                            : PackageSignature::verify(options.detachedSignature, &bytes, trusted, fileName,
                                                       options.now);
        if (!v)
            return v.error();
        xmlBytes = v.value().content;
        report.signedPackage = true;
        report.signer = QStringLiteral("%1 (SHA-256 %2)")
                            .arg(v.value().signer.subject, v.value().signer.displayFingerprint());
        report.signedAt = v.value().signedAt;
    } else if (!options.allowUnsigned) {
        return Error{QStringLiteral("requirements.unsigned"),
                     QStringLiteral("the package is not signed, so its origin cannot be checked: nothing was "
                                    "imported (accept an unsigned package explicitly with --allow-unsigned)"),
                     fileName, 0, 0};
    }
    auto parsed = RequirementsPackage::parse(xmlBytes, fileName);
    if (!parsed)
        return parsed.error();
    using O = ImportReport::Outcome;
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
        if (report.signedPackage) {
            r.provenance.originSigner = report.signer;
            r.provenance.originDate = report.signedAt.isValid() ? report.signedAt : now;
        } else {
            r.provenance.originSigner = QStringLiteral("unsigned package (accepted by the user)");
            r.provenance.originDate = now;
        }
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
            e.changes = changesOf(*k, *local, r);
        }
        e.outcome = local ? O::Updated : O::Added;
        e.incoming = r;
        e.local = local;
        report.entries << e;
    }
    return report;
}

Result<ImportReport> Database::commitImport(const ImportReport& planIn, const ImportOptions& options)
{
    using O = ImportReport::Outcome;
    ImportReport plan = planIn;
    const QString fileName = plan.fileName;
    if (!d->db.transaction())
        return sqlError(fileName, QStringLiteral("cannot start the import"), d->db.lastError());
    const QString package = QStringLiteral("%1 (%2)").arg(
        fileName,
        plan.signedPackage ? QStringLiteral("signed by ") + plan.signer : QStringLiteral("unsigned"));
    for (const auto& e : plan.entries) {
        if (e.outcome != O::Added && e.outcome != O::Updated)
            continue;
        const kinds::Kind* k = kinds::find(e.incoming.kind);
        if (!k || !kinds::validate(e.incoming).isEmpty()) {
            d->db.rollback();
            return Error{QStringLiteral("requirements.import.plan"),
                         QStringLiteral("the import plan holds an invalid record (line %1)").arg(e.line),
                         fileName, e.line, 0};
        }
        const auto now = findByKey(d->db, *k, e.incoming);
        if (now != e.local) {
            d->db.rollback();
            return Error{QStringLiteral("requirements.import.changed"),
                         QStringLiteral("the %1 record %2 changed since the preview: nothing was imported; "
                                        "preview again")
                             .arg(e.kind, e.key),
                         fileName, e.line, 0};
        }
        QSqlError err;
        if (!writeRecord(d->db, *k, e.incoming, "REPLACE", &err) ||
            !writeHistory(d->db, e.kind, e.key, e.local ? QStringLiteral("updated") : QStringLiteral("added"),
                          options.who, package, e.local ? recordJson(*e.local) : QString(),
                          recordJson(e.incoming), &err)) {
            d->db.rollback();
            return sqlError(fileName, QStringLiteral("import failed at line %1").arg(e.line), err);
        }
    }
    if (!d->db.commit()) {
        const Error err = sqlError(fileName, QStringLiteral("import failed"), d->db.lastError());
        d->db.rollback();
        return err;
    }
    plan.committed = true;
    return plan;
}

Result<QByteArray> Database::exportSignedPackage(const pdf::Identity& identity, bool detached,
                                                 const QStringList& states) const
{
    return PackageSignature::sign(identity, exportPackage(states), detached);
}

QList<Database::HistoryEntry> Database::history(const QString& kind, const QString& key) const
{
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT at, kind, record_key, action, who, package, old_value, new_value FROM history");
    if (!kind.isEmpty())
        sql += QStringLiteral(" WHERE kind = ? AND record_key = ?");
    sql += QStringLiteral(" ORDER BY id DESC");
    QList<HistoryEntry> out;
    if (!q.prepare(sql))
        return out;
    if (!kind.isEmpty()) {
        q.addBindValue(kind);
        q.addBindValue(key);
    }
    if (!q.exec())
        return out;
    while (q.next())
        out << HistoryEntry{QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs).toUTC(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            q.value(5).toString(),
                            q.value(6).toString(),
                            q.value(7).toString()};
    return out;
}

Result<CertificateInfo> Database::addPublisher(const QByteArray& bytes, const QString& fileName)
{
    auto info = PackageSignature::certificate(bytes, fileName);
    if (!info)
        return info.error();
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO publisher (sha256, subject, pem, not_after, added_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(info.value().sha256);
    q.addBindValue(info.value().subject);
    q.addBindValue(QString::fromLatin1(info.value().pem));
    q.addBindValue(isoTime(info.value().notAfter));
    q.addBindValue(isoTime(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return sqlError(d->path, QStringLiteral("cannot add the publisher"), q.lastError());
    return info;
}

Result<bool> Database::removePublisher(const QString& fingerprint)
{
    QString fp = fingerprint.trimmed().toLower();
    fp.remove(u':');
    QSqlQuery q(d->db);
    q.prepare(QStringLiteral("DELETE FROM publisher WHERE sha256 = ?"));
    q.addBindValue(fp);
    if (!q.exec())
        return sqlError(d->path, QStringLiteral("cannot remove the publisher"), q.lastError());
    return q.numRowsAffected() > 0;
}

QList<CertificateInfo> Database::publishers() const
{
    QList<CertificateInfo> out;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT pem FROM publisher ORDER BY subject, sha256")))
        return out;
    while (q.next()) {
        auto info = PackageSignature::certificate(q.value(0).toString().toLatin1(), d->path);
        if (info)
            out << info.value();
    }
    return out;
}

} // namespace mla::requirements
