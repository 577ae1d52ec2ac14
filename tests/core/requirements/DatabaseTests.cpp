// The database file: where it lives, its schema version, several open at once, local edits,
// and a newer shipped seed merged without losing them.
#include "TestSupport.h"

#include "requirements/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::requirements;

namespace {

std::unique_ptr<Database> openOk(const QString& path, const Database::OpenOptions& options = {})
{
    auto db = Database::open(path, options);
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

// Runs one statement on the file directly, as another program (or an older build) would.
void rawExec(const QString& path, const QString& sql)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

bool copySeed(const QString& to)
{
    QDir().mkpath(to);
    for (const char* f : {"un-country-names.csv", "untoc-notifications.csv", "untoc-notifications-2.csv",
                          "untoc-parties.csv", "bilateral-mla-treaties.csv", "iccs.csv"}) {
        const QString name = QString::fromLatin1(f);
        if (!QFile::copy(test::sourcePath(QStringLiteral("data/seed/") + name), to + u'/' + name))
            return false;
    }
    return true;
}

Record languages(const QString& iso3, const QString& codes, const QString& source, const QDate& verified)
{
    Record r;
    r.kind = QStringLiteral("languages");
    r.fields = {{QStringLiteral("iso3"), iso3}, {QStringLiteral("codes"), codes}};
    r.provenance.source = source;
    r.provenance.verified = verified;
    r.provenance.verifiedBy = QStringLiteral("central authority desk (test)");
    return r;
}

} // namespace

TEST_CASE("openDefault uses MLAWRITER_DATA_DIR and creates the directory", "[requirements][db]")
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(QStringLiteral("nested/data"));
    const QByteArray previous = qgetenv("MLAWRITER_DATA_DIR");
    qputenv("MLAWRITER_DATA_DIR", dataDir.toLocal8Bit());
    {
        auto db = Database::openDefault();
        REQUIRE(db.ok());
        CHECK(db.value()->path() == dataDir + QStringLiteral("/requirements.sqlite"));
        CHECK(QFile::exists(dataDir + QStringLiteral("/requirements.sqlite")));
        CHECK(db.value()->schemaVersion() == 2);
        CHECK_FALSE(db.value()->seedHash().isEmpty());
    }
    qputenv("MLAWRITER_DATA_DIR", previous);
}

TEST_CASE("several databases can be open at once, on the same file or different files", "[requirements][db]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    auto one = openOk(a);
    auto two = openOk(a);
    auto three = openOk(dir.filePath(QStringLiteral("b.sqlite")));
    REQUIRE(
        one->put(languages(QStringLiteral("BRA"), QStringLiteral("pt"), QStringLiteral("test"), {})).ok());
    CHECK(two->state(QStringLiteral("BRA"))->languages.codes == QStringList{QStringLiteral("pt")});
    CHECK(three->state(QStringLiteral("BRA"))->languages.codes.isEmpty());
    one.reset();
    CHECK(two->states().size() == 193); // closing one leaves the others working
}

TEST_CASE("a file that is not a database, or from a newer build, is refused with its name",
          "[requirements][db]")
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
    REQUIRE(test::writeAll(junk, QByteArray(4096, 'x')));
    auto bad = Database::open(junk);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().file == junk);
    CHECK(bad.error().code == QStringLiteral("requirements.not-a-database"));

    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    openOk(newer);
    rawExec(newer, QStringLiteral("PRAGMA user_version = 99"));
    auto refused = Database::open(newer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("requirements.newer"));
}

TEST_CASE("reopening a database keeps its content and does not seed again", "[requirements][db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.sqlite"));
    QString hash;
    {
        auto db = openOk(path);
        hash = db->seedHash();
        REQUIRE(db->put(languages(QStringLiteral("MEX"), QStringLiteral("es;en"),
                                  QStringLiteral("local note"), QDate(2026, 5, 1)))
                    .ok());
    }
    auto db = openOk(path);
    CHECK(db->seedHash() == hash);
    const auto mex = db->state(QStringLiteral("MEX"));
    CHECK(mex->languages.codes == QStringList({QStringLiteral("es"), QStringLiteral("en")}));
    CHECK(mex->languages.provenance.origin == QStringLiteral("local"));
    CHECK(mex->languages.provenance.verified == QDate(2026, 5, 1));
    CHECK(mex->languages.provenance.updated.isValid());
}

TEST_CASE("local edits are validated", "[requirements][db]")
{
    QTemporaryDir dir;
    auto db = openOk(dir.filePath(QStringLiteral("r.sqlite")));
    CHECK_FALSE(
        db->put(languages(QStringLiteral("MEX"), QStringLiteral("Spanish"), QStringLiteral("x"), {})).ok());
    CHECK_FALSE(
        db->put(languages(QStringLiteral("MEX"), QStringLiteral("es"), QString(), {})).ok()); // no source
    Record r;
    r.kind = QStringLiteral("dual-criminality");
    r.fields = {{QStringLiteral("iso3"), QStringLiteral("MEX")},
                {QStringLiteral("policy"), QStringLiteral("maybe")}};
    r.provenance.source = QStringLiteral("x");
    const Status s = db->put(r);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().detail.contains(QStringLiteral("not-required")));
    CHECK(db->state(QStringLiteral("MEX"))->dualCriminality.policy == DualCriminalityPolicy::Unknown);
}

TEST_CASE("a newer shipped seed is merged without losing local edits", "[requirements][db][seed]")
{
    QTemporaryDir dir;
    const QString seedA = dir.filePath(QStringLiteral("seedA"));
    const QString seedB = dir.filePath(QStringLiteral("seedB"));
    REQUIRE(copySeed(seedA));
    REQUIRE(copySeed(seedB));
    // Seed B: Mexico and Lesotho changed, South Africa's row gone.
    QByteArray csv = test::readAll(seedB + QStringLiteral("/untoc-notifications.csv"));
    csv.replace("Office of the Attorney-General of the Republic", "Attorney-General (seed B)");
    csv.replace("Office of the Attorney-General,,en,", "Attorney-General of Lesotho (seed B),,en,");
    QList<QByteArray> lines = csv.split('\n');
    lines.erase(
        std::remove_if(lines.begin(), lines.end(), [](const QByteArray& l) { return l.startsWith("ZAF,"); }),
        lines.end());
    REQUIRE(test::writeAll(seedB + QStringLiteral("/untoc-notifications.csv"), lines.join('\n')));

    const QString path = dir.filePath(QStringLiteral("r.sqlite"));
    QString hashA;
    {
        auto db = openOk(path, {seedA});
        hashA = db->seedHash();
        Record ca;
        ca.kind = QStringLiteral("central-authority");
        ca.fields = {
            {QStringLiteral("iso3"), QStringLiteral("MEX")},
            {QStringLiteral("name"), QStringLiteral("Fiscalía General de la República (local edit)")},
            {QStringLiteral("email"), QStringLiteral("mla@example.invalid")}};
        ca.provenance.source = QStringLiteral("telephone call with the central authority (test)");
        ca.provenance.verified = QDate(2026, 3, 1);
        ca.provenance.verifiedBy = QStringLiteral("central authority desk (test)");
        REQUIRE(db->put(ca).ok());
        CHECK(db->state(QStringLiteral("ZAF"))
                  ->centralAuthority.name.startsWith(QStringLiteral("Director-General")));
    }
    auto db = openOk(path, {seedB});
    CHECK(db->seedHash() != hashA);
    const auto mex = db->state(QStringLiteral("MEX"));
    CHECK(mex->centralAuthority.name == QStringLiteral("Fiscalía General de la República (local edit)"));
    CHECK(mex->centralAuthority.email == QStringLiteral("mla@example.invalid"));
    CHECK(mex->centralAuthority.provenance.origin == QStringLiteral("local"));
    CHECK(db->state(QStringLiteral("LSO"))->centralAuthority.name ==
          QStringLiteral("Attorney-General of Lesotho (seed B)"));
    CHECK(db->state(QStringLiteral("ZAF"))->centralAuthority.name.isEmpty());
    // South Africa's notification row is gone; its party status still comes from the parties file.
    CHECK_FALSE(db->state(QStringLiteral("ZAF"))
                    ->untoc.provenance.source.contains(QStringLiteral("untoc-notifications.csv")));
    CHECK(db->states().size() == 193);
}

TEST_CASE("records can be removed and listed by kind and State", "[requirements][db]")
{
    QTemporaryDir dir;
    auto db = openOk(dir.filePath(QStringLiteral("r.sqlite")));
    CHECK(db->records(QStringLiteral("untoc")).size() == 186);
    CHECK(db->records(QStringLiteral("untoc"), {QStringLiteral("mex")}).size() == 1);
    CHECK(db->records({}, {QStringLiteral("MEX")}).size() == 4); // state, untoc, central authority, languages
    Record key;
    key.kind = QStringLiteral("languages");
    key.fields = {{QStringLiteral("iso3"), QStringLiteral("MEX")}};
    REQUIRE(db->remove(key).ok());
    CHECK(db->state(QStringLiteral("MEX"))->languages.codes.isEmpty());
}

TEST_CASE("a broken seed file is reported with its name and line, and nothing is opened",
          "[requirements][seed]")
{
    QTemporaryDir dir;
    const QString seed = dir.filePath(QStringLiteral("seed"));
    REQUIRE(copySeed(seed));
    QByteArray csv = test::readAll(seed + QStringLiteral("/iccs.csv"));
    csv.append("9999,1,\"unterminated\n");
    REQUIRE(test::writeAll(seed + QStringLiteral("/iccs.csv"), csv));
    auto db = Database::open(dir.filePath(QStringLiteral("r.sqlite")), {seed});
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == QStringLiteral("csv.quote"));
    CHECK(db.error().file == seed + QStringLiteral("/iccs.csv"));
    CHECK(db.error().line == 322);
}
