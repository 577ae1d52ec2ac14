// The shipped seed (data/seed, embedded): every UN Member State in the six languages, the sourced
// UNTOC notifications with their sources, the ICCS taxonomy, and nothing invented.
#include "TestSupport.h"

#include "requirements/Database.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::requirements;

namespace {
std::unique_ptr<Database> fresh(QTemporaryDir& dir)
{
    auto db = Database::open(dir.filePath(QStringLiteral("r.sqlite")));
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}
} // namespace

TEST_CASE("a new database holds every UN Member State with its names in the six languages",
          "[requirements][seed]")
{
    QTemporaryDir dir;
    auto db = fresh(dir);
    const auto states = db->states();
    CHECK(states.size() == 193);
    for (const auto& s : states) {
        INFO(s.iso3.toStdString());
        CHECK(s.names.size() == 6);
        CHECK(s.m49.size() == 3);
    }
    CHECK(db->stateName(QStringLiteral("FRA"), QStringLiteral("fr")) == QStringLiteral("France"));
    CHECK(db->stateName(QStringLiteral("CHN"), QStringLiteral("zh")) == QStringLiteral("中国"));
    CHECK(db->stateName(QStringLiteral("RUS"), QStringLiteral("ru")) ==
          QStringLiteral("Российская Федерация"));
    CHECK(db->stateName(QStringLiteral("EGY"), QStringLiteral("ar")) == QStringLiteral("مصر"));
    CHECK(db->stateName(QStringLiteral("CIV"), QStringLiteral("en")) == QStringLiteral("Côte d'Ivoire"));
    CHECK(db->stateName(QStringLiteral("MEX"), QStringLiteral("de")).isEmpty());
    CHECK(
        db->stateName(QStringLiteral("VAT"), QStringLiteral("en")).isEmpty()); // observer, not a Member State
    CHECK(states.first().names.value(QStringLiteral("en")) == QStringLiteral("Afghanistan"));
}

TEST_CASE("the seeded UNTOC notifications keep their source and are marked unverified",
          "[requirements][seed]")
{
    QTemporaryDir dir;
    auto db = fresh(dir);
    const auto mex = db->state(QStringLiteral("MEX"));
    REQUIRE(mex.has_value());
    CHECK(mex->untoc.status == UntocStatus::Party);
    CHECK(mex->untoc.statusNote.startsWith(QStringLiteral("party: ratification")));
    CHECK(mex->untoc.provenance.source.contains(QStringLiteral("untoc-parties.csv")));
    CHECK(mex->untoc.provenance.source.contains(QStringLiteral("untoc-notifications.csv")));
    CHECK(mex->untoc.conventionAsExtraditionBasis == Tri::Yes);
    CHECK(mex->centralAuthority.name == QStringLiteral("Office of the Attorney-General of the Republic"));
    CHECK(mex->languages.codes == QStringList{QStringLiteral("es")});
    CHECK(mex->languages.conditions ==
          QStringLiteral("Spanish; or the language of the requesting State with a Spanish translation"));
    CHECK(mex->languages.provenance.source.contains(
        QStringLiteral("https://zaki.ru/pagesnew.php?id=58378&page=28")));
    CHECK(mex->languages.provenance.source.contains(QStringLiteral("2010-09-16")));
    CHECK_FALSE(mex->languages.provenance.verified.isValid());
    CHECK(mex->languages.provenance.verifiedBy.contains(QStringLiteral("not verified")));
    CHECK(mex->languages.provenance.origin == QStringLiteral("seed"));

    const auto ukr = db->state(QStringLiteral("UKR"));
    REQUIRE(ukr.has_value());
    // The UN depositary date (parties file) wins over the date of Ukraine's national law.
    CHECK(ukr->untoc.date.isValid());
    CHECK(ukr->untoc.status == UntocStatus::Party);
    CHECK(ukr->languages.codes == QStringList{QStringLiteral("uk"), QStringLiteral("ru"),
                                              QStringLiteral("en"), QStringLiteral("fr")});
    CHECK(ukr->channels.notes.contains(QStringLiteral("Two central authorities")));
    CHECK(ukr->channels.interpol == ChannelPolicy::Unknown);

    // Andorra: a central authority, but the language notification was cut off in the source.
    const auto andorra = db->state(QStringLiteral("AND"));
    REQUIRE(andorra.has_value());
    CHECK(andorra->languages.codes.isEmpty());
    CHECK(andorra->languages.conditions.contains(QStringLiteral("cut off")));
}

TEST_CASE("what the seed does not source is unknown, never 'not required'", "[requirements][seed]")
{
    QTemporaryDir dir;
    auto db = fresh(dir);
    int withUntoc = 0;
    for (const auto& summary : db->states()) {
        const auto s = db->state(summary.iso3);
        REQUIRE(s.has_value());
        if (summary.iso3 == QLatin1String("PAN")) {
            CHECK(s->dualCriminality.policy == DualCriminalityPolicy::RequiredForAll);
        } else {
            CHECK(s->dualCriminality.policy == DualCriminalityPolicy::Unknown);
            CHECK_FALSE(s->dualCriminality.provenance.known());
        }
        CHECK(s->reciprocity.policy == ReciprocityPolicy::Unknown);
        CHECK(s->electronic.transmission == Tri::Unknown);
        CHECK(s->electronic.signature == Tri::Unknown);
        CHECK(s->conduct.isEmpty());
        CHECK(s->measures.isEmpty());
        const QStringList withTreaty{QStringLiteral("ARG"), QStringLiteral("CHN"), QStringLiteral("PER"),
                                     QStringLiteral("KOR"), QStringLiteral("URY"), QStringLiteral("POL"),
                                     QStringLiteral("THA"), QStringLiteral("CYP"), QStringLiteral("USA")};
        CHECK(s->treaties.isEmpty() == !withTreaty.contains(summary.iso3));
        CHECK(s->certificates.isEmpty());
        CHECK(s->untoc.status != UntocStatus::NotParty);
        if (s->untoc.provenance.known())
            ++withUntoc;
        else
            CHECK(s->untoc.status == UntocStatus::Unknown);
    }
    CHECK(withUntoc == 183); // 186 UNTOC records, three of them for non-members (COK, NIU, VAT)
    CHECK(db->trustedCertificatesPem().isEmpty());
}

TEST_CASE("the ICCS taxonomy is seeded and searchable in any language", "[requirements][seed][iccs]")
{
    QTemporaryDir dir;
    auto db = fresh(dir);
    const auto all = db->iccs();
    CHECK(all.size() == 320);
    for (const auto& c : all) {
        INFO(c.code.toStdString());
        CHECK_FALSE(c.names.value(QStringLiteral("en")).isEmpty());
        CHECK_FALSE(c.source.isEmpty());
        CHECK(c.level == (c.code.size() == 2 ? 1 : c.code.size() - 2));
    }
    const auto homicide = db->iccsCode(QStringLiteral("0101"));
    REQUIRE(homicide.has_value());
    CHECK(homicide->names.value(QStringLiteral("en")) == QStringLiteral("Intentional homicide"));
    CHECK(homicide->names.value(QStringLiteral("es")) == QStringLiteral("Homicidio intencional"));
    CHECK(homicide->parent == QStringLiteral("01"));
    CHECK(db->iccs(QStringLiteral("money laundering")).first().code == QStringLiteral("07041"));
    CHECK_FALSE(db->iccs(QStringLiteral("HOMICIDIO")).isEmpty()); // Spanish, any case
    CHECK(db->iccs(QStringLiteral("0704")).size() == 4);          // by code prefix
    CHECK(db->iccs(QStringLiteral("no such conduct")).isEmpty());
    CHECK(IccsCode::covers(QStringLiteral("0704"), QStringLiteral("07041")));
    CHECK_FALSE(IccsCode::covers(QStringLiteral("07041"), QStringLiteral("0704")));
}

TEST_CASE("every sourced cell of the notifications becomes a record", "[requirements][seed]")
{
    QTemporaryDir dir;
    auto db = fresh(dir);
    CHECK(db->records(QStringLiteral("state")).size() == 193);
    CHECK(db->records(QStringLiteral("untoc")).size() == 186);
    CHECK(db->records(QStringLiteral("treaty")).size() == 5);
    CHECK(db->records(QStringLiteral("iccs")).size() == 320);
    for (const auto& r : db->records())
        CHECK(r.provenance.source.startsWith(QStringLiteral("data/seed/")));
}

TEST_CASE("the seed files are the project's reference data, unchanged", "[requirements][seed]")
{
    for (const char* f :
         {"un-country-names.csv", "untoc-notifications.csv", "iccs.csv", "un-country-names.notes.md",
          "untoc-notifications.notes.md", "iccs.notes.md", "untoc-parties.csv", "untoc-parties.notes.md",
          "untoc-notifications-2.csv", "untoc-notifications-2.notes.md", "bilateral-mla-treaties.csv",
          "bilateral-mla-treaties.notes.md"}) {
        const QString name = QString::fromLatin1(f);
        const QByteArray shared = test::readAll(test::sharedDataPath(name));
        if (shared.isEmpty()) {
            WARN("reference data not available here: " << name.toStdString());
            continue;
        }
        INFO(name.toStdString());
        CHECK(test::readAll(test::sourcePath(QStringLiteral("data/seed/") + name)) == shared);
    }
}
