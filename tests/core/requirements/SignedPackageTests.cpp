// Signed requirements packages: CMS export by a signing identity, trusted publishers, preview
// before import (nothing written), commit of exactly what the preview showed, origin and history
// of imported records, and the hostile corpus of signed packages, each compared against a dump of
// every table before and after.
#include "TestSupport.h"

#include "pdf/DemoIdentity.h"
#include "pdf/Identity.h"
#include "requirements/Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
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

struct Signer
{
    pdf::DemoIdentity demo;
    pdf::Identity identity;
};

Signer makeSigner(const QString& name, const QDateTime& notBefore = {}, const QDateTime& notAfter = {})
{
    pdf::DemoIdentityOptions o;
    o.signerName = name;
    o.notBefore = notBefore;
    o.notAfter = notAfter;
    auto demo = pdf::createDemoIdentity("secret", o);
    REQUIRE(demo.ok());
    const QDateTime at = notBefore.isValid() ? notBefore.addSecs(3600) : QDateTime();
    auto id = pdf::loadIdentityFromBytes(demo.value().p12, "secret", QStringLiteral("demo.p12"), at);
    INFO((id ? QString() : id.error().toString()).toStdString());
    REQUIRE(id.ok());
    return {demo.value(), id.value()};
}

// Every row of every table (schema order), as text: what "changes nothing" is checked against.
QString dump(const QString& path)
{
    const QString name = QStringLiteral("dump-") + path;
    QString out;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery tables(raw);
        REQUIRE(
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        REQUIRE(names.contains(QStringLiteral("history")));
        REQUIRE(names.contains(QStringLiteral("publisher")));
        for (const QString& t : names) {
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(t)));
            out += QStringLiteral("== %1\n").arg(t);
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                out += cells.join(u'|') + u'\n';
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

Record rec(const char* kind, std::initializer_list<std::pair<const char*, const char*>> fields,
           const char* source, const QDate& verified = QDate(2026, 11, 2))
{
    Record r;
    r.kind = QString::fromLatin1(kind);
    for (const auto& [k, v] : fields)
        r.fields.insert(QString::fromLatin1(k), QString::fromUtf8(v));
    r.provenance.source = QString::fromUtf8(source);
    r.provenance.sourceDate = QDate(2026, 10, 1);
    r.provenance.verified = verified;
    r.provenance.verifiedBy = QStringLiteral("central authority desk (test)");
    return r;
}

// The administrator's side: Bhutan's dual-criminality policy and three criminalized conducts.
void recordKnowledge(Database& db)
{
    REQUIRE(db.put(rec("dual-criminality", {{"iso3", "BTN"}, {"policy", "required-for-coercive"}},
                       "Test source: letter of the central authority, 2026-10-01"),
                   QStringLiteral("administrator A"))
                .ok());
    REQUIRE(db.put(rec("conduct",
                       {{"iso3", "BTN"},
                        {"iccs", "07041"},
                        {"criminalized", "yes"},
                        {"provision", "Penal Code (test), s. 1"}},
                       "Test source: penal code (test edition)"))
                .ok());
    REQUIRE(db.put(rec("conduct",
                       {{"iso3", "BTN"},
                        {"iccs", "0101"},
                        {"criminalized", "yes"},
                        {"provision", "Penal Code (test), s. 2"}},
                       "Test source: penal code (test edition)"))
                .ok());
    REQUIRE(db.put(rec("conduct",
                       {{"iso3", "BTN"},
                        {"iccs", "0501"},
                        {"criminalized", "yes"},
                        {"provision", "Penal Code (test), s. 3"}},
                       "Test source: penal code (test edition)"))
                .ok());
}

} // namespace

TEST_CASE("a signed package from a trusted publisher is previewed, then imported with its origin",
          "[requirements][signed]")
{
    QTemporaryDir dir;
    const Signer signer = makeSigner(QStringLiteral("DEMO Administrator A"));
    auto a = openOk(dir.filePath(QStringLiteral("a.sqlite")));
    recordKnowledge(*a);
    for (const bool detached : {false, true}) {
        DYNAMIC_SECTION((detached ? "detached" : "enveloping"))
        {
            const QString bPath =
                dir.filePath(detached ? QStringLiteral("b1.sqlite") : QStringLiteral("b2.sqlite"));
            auto b = openOk(bPath);
            auto added = b->addPublisher(signer.demo.signerPem, QStringLiteral("a.pem"));
            REQUIRE(added.ok());
            CHECK(added.value().sha256 == QString::fromLatin1(signer.identity.fingerprint()).toLower());
            CHECK(added.value().displayFingerprint().count(u':') == 31);
            REQUIRE(b->publishers().size() == 1);

            auto sig = a->exportSignedPackage(signer.identity, detached, {QStringLiteral("BTN")});
            REQUIRE(sig.ok());
            const QByteArray xml = a->exportPackage({QStringLiteral("BTN")});
            Database::ImportOptions opt;
            QByteArray bytes = sig.value();
            if (detached) {
                opt.detachedSignature = sig.value();
                bytes = xml;
            } else {
                CHECK(PackageSignature::looksSigned(bytes));
            }
            const QString before = dump(bPath);
            auto plan = b->previewImport(bytes, QStringLiteral("btn.mlreq"), opt);
            INFO((plan ? QString() : plan.error().toString()).toStdString());
            REQUIRE(plan.ok());
            CHECK_FALSE(plan.value().committed);
            CHECK(plan.value().signedPackage);
            CHECK(plan.value().signer.contains(QStringLiteral("DEMO Administrator A")));
            // Dual criminality and three conducts; the state row is identical and kept.
            CHECK(plan.value().count(O::Added) == 4);
            CHECK(dump(bPath) == before); // a preview writes nothing

            auto done = b->commitImport(plan.value(), opt);
            REQUIRE(done.ok());
            CHECK(done.value().committed);
            const auto btn = b->state(QStringLiteral("BTN"));
            REQUIRE(btn.has_value());
            CHECK(btn->dualCriminality.policy == DualCriminalityPolicy::RequiredForCoercive);
            CHECK(btn->conduct.size() == 3);
            CHECK(btn->dualCriminality.provenance.origin == QStringLiteral("import"));
            CHECK(btn->dualCriminality.provenance.originSigner.contains(
                QStringLiteral("DEMO Administrator A")));
            CHECK(btn->dualCriminality.provenance.originDate.isValid());
            CHECK(btn->dualCriminality.provenance.sourceDate == QDate(2026, 10, 1));
            const auto h = b->history(QStringLiteral("dual-criminality"), QStringLiteral("BTN"));
            REQUIRE(h.size() == 1);
            CHECK(h.first().action == QStringLiteral("added"));
            CHECK(h.first().package.contains(QStringLiteral("signed by")));
            CHECK(h.first().newValue.contains(QStringLiteral("required-for-coercive")));
        }
    }
    // The exporting side recorded who changed what.
    const auto h = a->history(QStringLiteral("dual-criminality"), QStringLiteral("BTN"));
    REQUIRE(h.size() == 1);
    CHECK(h.first().who == QStringLiteral("administrator A"));
}

TEST_CASE("hostile signed packages are refused and change no table", "[requirements][signed][hostile]")
{
    QTemporaryDir dir;
    const Signer trusted = makeSigner(QStringLiteral("DEMO Trusted Publisher"));
    const Signer stranger = makeSigner(QStringLiteral("DEMO Stranger"));
    const QDateTime past = QDateTime::currentDateTimeUtc().addYears(-3);
    const Signer expired = makeSigner(QStringLiteral("DEMO Expired Publisher"), past, past.addYears(1));
    auto a = openOk(dir.filePath(QStringLiteral("a.sqlite")));
    recordKnowledge(*a);
    const QString bPath = dir.filePath(QStringLiteral("b.sqlite"));
    auto b = openOk(bPath);
    REQUIRE(b->addPublisher(trusted.demo.signerPem, QStringLiteral("t.pem")).ok());
    REQUIRE(b->addPublisher(expired.demo.signerPem, QStringLiteral("e.pem")).ok());
    const QByteArray xml = a->exportPackage({QStringLiteral("BTN")});
    QByteArray other = xml;
    other.replace("required-for-coercive", "not-required");

    struct Case
    {
        const char* name;
        QByteArray bytes;
        QByteArray detached;
        const char* code;
    };
    const QByteArray good = PackageSignature::sign(trusted.identity, xml, false).value();
    const QList<Case> cases{
        {"valid signature over different bytes", other,
         PackageSignature::sign(trusted.identity, xml, true).value(), "requirements.signature.invalid"},
        {"untrusted publisher",
         PackageSignature::sign(stranger.identity, xml, false).value(),
         {},
         "requirements.signature.untrusted"},
        {"truncated signature", good.left(good.size() / 2), {}, "requirements.signature.broken"},
        {"truncated detached signature", xml,
         PackageSignature::sign(trusted.identity, xml, true).value().left(40),
         "requirements.signature.broken"},
        {"expired signer certificate",
         PackageSignature::sign(expired.identity, xml, false).value(),
         {},
         "requirements.signature.expired"},
        {"unsigned package", xml, {}, "requirements.unsigned"},
        {"garbage", QByteArray("\x30\x82\xff\xff garbage", 12), {}, "requirements.signature.broken"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            const QString before = dump(bPath);
            Database::ImportOptions opt;
            opt.detachedSignature = c.detached;
            auto result = b->importPackage(c.bytes, QStringLiteral("hostile.mlreq"), opt);
            REQUIRE_FALSE(result.ok());
            INFO(result.error().toString().toStdString());
            CHECK(result.error().code == QString::fromLatin1(c.code));
            CHECK(result.error().file == QStringLiteral("hostile.mlreq"));
            CHECK(result.error().detail.contains(QStringLiteral("nothing was imported")) ==
                  (QByteArray(c.code) != "requirements.signature.invalid"));
            CHECK(dump(bPath) == before);
        }
    }

    SECTION("a trusted publisher's package with invalid records: rejected per record, the rest imported")
    {
        QByteArray bad = xml;
        bad.replace("<field name=\"iccs\">0101</field>", "<field name=\"iccs\">01 01!</field>");
        bad.replace("<field name=\"policy\">required-for-coercive</field>",
                    "<field name=\"policy\">sometimes</field>");
        auto result = b->importPackage(PackageSignature::sign(trusted.identity, bad, false).value(),
                                       QStringLiteral("bad.mlreq"), {});
        REQUIRE(result.ok());
        CHECK(result.value().count(O::Rejected) == 2);
        CHECK(result.value().count(O::Added) == 2);
        const auto btn = b->state(QStringLiteral("BTN"));
        CHECK(btn->dualCriminality.policy == DualCriminalityPolicy::Unknown);
        CHECK(btn->conduct.size() == 2);
    }
}

TEST_CASE("a preview lists old and new values, and the commit writes exactly the preview",
          "[requirements][signed][preview]")
{
    QTemporaryDir dir;
    auto a = openOk(dir.filePath(QStringLiteral("a.sqlite")));
    auto b = openOk(dir.filePath(QStringLiteral("b.sqlite")));
    recordKnowledge(*a);
    REQUIRE(b->put(rec("dual-criminality", {{"iso3", "BTN"}, {"policy", "required-for-all"}},
                       "older local note", QDate(2025, 1, 1)))
                .ok());
    REQUIRE(b->put(rec("conduct",
                       {{"iso3", "BTN"}, {"iccs", "0101"}, {"criminalized", "yes"}, {"provision", "newer"}},
                       "newer local note", QDate(2026, 11, 30)))
                .ok());
    Database::ImportOptions opt;
    opt.allowUnsigned = true;
    auto plan = b->previewImport(a->exportPackage({QStringLiteral("BTN")}), QStringLiteral("p.xml"), opt);
    REQUIRE(plan.ok());
    const ImportReport::Entry* dual = nullptr;
    const ImportReport::Entry* kept = nullptr;
    for (const auto& e : plan.value().entries) {
        if (e.kind == QLatin1String("dual-criminality"))
            dual = &e;
        if (e.kind == QLatin1String("conduct") && e.key == QLatin1String("BTN/0101"))
            kept = &e;
    }
    REQUIRE(dual);
    CHECK(dual->outcome == O::Updated);
    CHECK(dual->changes.contains(QStringLiteral("policy: required-for-all → required-for-coercive")));
    REQUIRE(kept);
    CHECK(kept->outcome == O::Kept);
    CHECK(kept->reason.contains(QStringLiteral("local record is newer")));

    // A change after the preview: the commit refuses and writes nothing.
    REQUIRE(b->put(rec("dual-criminality", {{"iso3", "BTN"}, {"policy", "not-required"}},
                       "edit after preview", QDate(2025, 2, 1)))
                .ok());
    const QString before = dump(dir.filePath(QStringLiteral("b.sqlite")));
    auto refused = b->commitImport(plan.value(), opt);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("requirements.import.changed"));
    CHECK(dump(dir.filePath(QStringLiteral("b.sqlite"))) == before);

    auto again = b->previewImport(a->exportPackage({QStringLiteral("BTN")}), QStringLiteral("p.xml"), opt);
    REQUIRE(again.ok());
    REQUIRE(b->commitImport(again.value(), opt).ok());
    CHECK(b->state(QStringLiteral("BTN"))->dualCriminality.policy ==
          DualCriminalityPolicy::RequiredForCoercive);
    CHECK(b->state(QStringLiteral("BTN"))->conduct.size() == 3);
    const auto h = b->history(QStringLiteral("dual-criminality"), QStringLiteral("BTN"));
    REQUIRE(h.size() == 3); // added, updated locally, updated by the import
    CHECK(h.first().package.contains(QStringLiteral("unsigned")));
    CHECK(h.first().oldValue.contains(QStringLiteral("not-required")));
}

TEST_CASE("publishers are added with their fingerprint, listed and removed", "[requirements][signed]")
{
    QTemporaryDir dir;
    auto db = openOk(dir.filePath(QStringLiteral("r.sqlite")));
    const Signer s = makeSigner(QStringLiteral("DEMO Publisher"));
    auto info = db->addPublisher(s.demo.signerPem, QStringLiteral("p.pem"));
    REQUIRE(info.ok());
    CHECK(info.value().subject.contains(QStringLiteral("DEMO Publisher")));
    CHECK(db->publishers().size() == 1);
    CHECK_FALSE(db->addPublisher("not a certificate", QStringLiteral("x.pem")).ok());
    CHECK_FALSE(db->addPublisher(s.demo.signerPem + s.demo.caPem, QStringLiteral("two.pem")).ok());
    CHECK(db->removePublisher(info.value().displayFingerprint()).value());
    CHECK_FALSE(db->removePublisher(info.value().sha256).value());
    CHECK(db->publishers().isEmpty());
}

TEST_CASE("a certificate value with a long run of spaces is checked in linear time",
          "[requirements][hostile]")
{
    // The former regular expression backtracked quadratically on this shape (issue: 1.9 s per record).
    QTemporaryDir dir;
    auto db = openOk(dir.filePath(QStringLiteral("r.sqlite")));
    Record r;
    r.kind = QStringLiteral("certificate");
    r.fields.insert(QStringLiteral("iso3"), QStringLiteral("BTN"));
    r.fields.insert(QStringLiteral("sha256"), QString(64, u'a'));
    r.fields.insert(QStringLiteral("pem"),
                    QStringLiteral("-----BEGIN CERTIFICATE-----") + QString(60000, u' ') + u'!');
    r.provenance.source = QStringLiteral("test");
    const auto s = db->put(r);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().detail.contains(QStringLiteral("not one PEM certificate")));
}
