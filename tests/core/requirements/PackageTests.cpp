// Requirements packages: export, import record by record (added / updated / kept / rejected),
// and malformed or hostile packages that must change nothing.
#include "TestSupport.h"

#include "requirements/Database.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::requirements;
using O = ImportReport::Outcome;

namespace {

std::unique_ptr<Database> openOk(const QString& path)
{
    auto db = Database::open(path);
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

const ImportReport::Entry* entry(const ImportReport& r, const char* kind, const char* key)
{
    for (const auto& e : r.entries)
        if (e.kind == QLatin1String(kind) && e.key == QLatin1String(key))
            return &e;
    return nullptr;
}

} // namespace

TEST_CASE("an exported package imports into another database unchanged", "[requirements][package]")
{
    QTemporaryDir dir;
    auto a = openOk(dir.filePath(QStringLiteral("a.sqlite")));
    REQUIRE(a->importPackageFile(test::dataPath(QStringLiteral("requirements/exampleland-v1.xml"))).ok());
    const QString file = dir.filePath(QStringLiteral("out.xml"));
    REQUIRE(a->exportPackageFile(file).ok());

    auto b = openOk(dir.filePath(QStringLiteral("b.sqlite")));
    auto report = b->importPackageFile(file);
    REQUIRE(report.ok());
    CHECK(report.value().count(O::Rejected) == 0);
    CHECK(report.value().count(O::Added) == 9); // the Exampleland records
    CHECK(report.value().count(O::Updated) == 0);
    const auto xa = a->state(QStringLiteral("XXA"));
    const auto xb = b->state(QStringLiteral("XXA"));
    REQUIRE(xb.has_value());
    CHECK(xb->centralAuthority.name == xa->centralAuthority.name);
    CHECK(xb->centralAuthority.provenance.source == xa->centralAuthority.provenance.source);
    CHECK(xb->centralAuthority.provenance.verified == QDate(2025, 1, 1));
    CHECK(xb->centralAuthority.provenance.verifiedBy == QStringLiteral("test fixture"));
    CHECK(xb->centralAuthority.provenance.origin == QStringLiteral("import"));
    CHECK(xb->languages.codes == QStringList({QStringLiteral("en"), QStringLiteral("fr")})); // normalized
    CHECK(xb->treaties.size() == 1);
    CHECK(xb->treaties.first().stateA == QStringLiteral("XXA")); // sorted
    CHECK(b->treaties(QStringLiteral("XXB"), QStringLiteral("XXA")).size() == 1);
    CHECK(b->exportPackage({QStringLiteral("XXA")}) == a->exportPackage({QStringLiteral("XXA")}));
}

TEST_CASE("a certificate record feeds the trusted certificates", "[requirements][package][certificates]")
{
    QTemporaryDir dir;
    auto db = openOk(dir.filePath(QStringLiteral("r.sqlite")));
    REQUIRE(db->importPackageFile(test::dataPath(QStringLiteral("requirements/exampleland-v1.xml"))).ok());
    const QByteArray pem =
        test::readAll(test::dataPath(QStringLiteral("requirements/test-central-authority.pem")));
    const auto certs = db->trustedCertificatesPem();
    REQUIRE(certs.size() == 1);
    CHECK(certs.first().trimmed() == pem.trimmed());
    // The fingerprint is computed over the DER bytes (as `openssl x509 -outform der | sha256sum`).
    CHECK(Database::certificateFingerprint(pem) ==
          QStringLiteral("f39baa3f53a1950ea89fab9beaf47a6d26d2c5ef0d8a5a0f2ab4dab54117d7fd"));
    CHECK(db->state(QStringLiteral("XXA"))->certificates.first().sha256 ==
          Database::certificateFingerprint(pem));
}

TEST_CASE("import reports each record as added, updated, kept or rejected with a reason",
          "[requirements][package]")
{
    QTemporaryDir dir;
    auto db = openOk(dir.filePath(QStringLiteral("r.sqlite")));
    auto v1 = db->importPackageFile(test::dataPath(QStringLiteral("requirements/exampleland-v1.xml")));
    REQUIRE(v1.ok());
    CHECK(v1.value().count(O::Added) == 9);

    auto v2 = db->importPackageFile(test::dataPath(QStringLiteral("requirements/exampleland-v2.xml")));
    REQUIRE(v2.ok());
    const ImportReport& r = v2.value();
    CHECK(r.entries.size() == 10);
    CHECK(r.count(O::Updated) == 1);
    CHECK(r.count(O::Kept) == 2);
    CHECK(r.count(O::Added) == 1);
    CHECK(r.count(O::Rejected) == 6);

    REQUIRE(entry(r, "central-authority", "XXA"));
    CHECK(entry(r, "central-authority", "XXA")->outcome == O::Updated);
    CHECK(db->state(QStringLiteral("XXA"))->centralAuthority.name ==
          QStringLiteral("Central Authority of Exampleland (renamed)"));

    // An older record never replaces a newer local one.
    REQUIRE(entry(r, "languages", "XXA"));
    CHECK(entry(r, "languages", "XXA")->outcome == O::Kept);
    CHECK(entry(r, "languages", "XXA")->reason.contains(QStringLiteral("newer")));
    CHECK(db->state(QStringLiteral("XXA"))->languages.codes.size() == 2);
    CHECK(db->state(QStringLiteral("XXA"))->languages.provenance.source == QStringLiteral("test fixture v1"));

    CHECK(entry(r, "untoc", "XXA")->outcome == O::Kept);
    CHECK(entry(r, "untoc", "XXA")->reason.contains(QStringLiteral("identical")));
    CHECK(entry(r, "reciprocity", "XXA")->outcome == O::Added);

    QStringList reasons;
    for (const auto& e : r.entries)
        if (e.outcome == O::Rejected) {
            CHECK(e.line > 0);
            reasons << e.reason;
        }
    const QString all = reasons.join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("not an ISO 3166 alpha-3 code")));
    CHECK(all.contains(QStringLiteral("has value 'sometimes'")));
    CHECK(all.contains(QStringLiteral("unknown field 'colour'")));
    CHECK(all.contains(QStringLiteral("no source")));
    CHECK(all.contains(QStringLiteral("two different States")));
    CHECK(all.contains(QStringLiteral("sha256 does not match")));
    CHECK(db->records(QStringLiteral("dual-criminality"), {QStringLiteral("XXB")}).isEmpty());
}

TEST_CASE("a local edit newer than the package is kept; an older one is replaced", "[requirements][package]")
{
    QTemporaryDir dir;
    auto db = openOk(dir.filePath(QStringLiteral("r.sqlite")));
    Record local;
    local.kind = QStringLiteral("central-authority");
    local.fields = {{QStringLiteral("iso3"), QStringLiteral("XXA")},
                    {QStringLiteral("name"), QStringLiteral("Local")}};
    local.provenance.source = QStringLiteral("local knowledge (test)");
    local.provenance.verified = QDate(2027, 1, 1);
    REQUIRE(db->put(local).ok());
    auto kept = db->importPackageFile(test::dataPath(QStringLiteral("requirements/exampleland-v1.xml")));
    REQUIRE(kept.ok());
    CHECK(entry(kept.value(), "central-authority", "XXA")->outcome == O::Kept);
    CHECK(db->state(QStringLiteral("XXA"))->centralAuthority.name == QStringLiteral("Local"));

    local.provenance.verified = QDate(2020, 1, 1);
    REQUIRE(db->put(local).ok());
    auto replaced = db->importPackageFile(test::dataPath(QStringLiteral("requirements/exampleland-v1.xml")));
    REQUIRE(replaced.ok());
    CHECK(entry(replaced.value(), "central-authority", "XXA")->outcome == O::Updated);
    CHECK(db->state(QStringLiteral("XXA"))->centralAuthority.name ==
          QStringLiteral("Ministry of Justice of Exampleland"));
}

TEST_CASE("a malformed or hostile package is refused as a whole and changes nothing",
          "[requirements][package][hostile]")
{
    QTemporaryDir dir;
    auto db = openOk(dir.filePath(QStringLiteral("r.sqlite")));
    const QByteArray before = db->exportPackage();
    const QDir corpus(test::dataPath(QStringLiteral("requirements/malformed")));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 12);
    for (const QString& name : files) {
        // File names are "<expected error code>__<what>.xml".
        const QString code = name.section(QStringLiteral("__"), 0, 0);
        DYNAMIC_SECTION(name.toStdString())
        {
            auto result = db->importPackageFile(corpus.filePath(name));
            REQUIRE_FALSE(result.ok());
            INFO(result.error().toString().toStdString());
            CHECK(result.error().code == code);
            CHECK(result.error().file == corpus.filePath(name));
            CHECK(db->exportPackage() == before);
        }
    }
}

TEST_CASE("a package larger than the limit is refused before it is read", "[requirements][package][hostile]")
{
    QTemporaryDir dir;
    auto db = openOk(dir.filePath(QStringLiteral("r.sqlite")));
    const QString big = dir.filePath(QStringLiteral("big.xml"));
    QFile f(big);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.resize(17 * 1024 * 1024));
    f.close();
    auto result = db->importPackageFile(big);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == QStringLiteral("xml.too-large"));
}
