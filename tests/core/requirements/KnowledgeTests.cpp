// The newly sourced reference data in the seed: UNTOC parties with dates, the second
// notifications file (fact scope kept: national practice is never a UNTOC notification), bilateral
// treaties; and the age of every fact.
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

TEST_CASE("party status and consent dates come from the UN participant table with its source and date",
          "[requirements][seed][knowledge]")
{
    QTemporaryDir dir;
    auto db = fresh(dir);
    const auto afg = db->state(QStringLiteral("AFG"));
    REQUIRE(afg.has_value());
    CHECK(afg->untoc.status == UntocStatus::Party);
    CHECK(afg->untoc.date == QDate(2003, 9, 24));
    CHECK(afg->untoc.statusNote.contains(QStringLiteral("ratification 2003-09-24")));
    CHECK(afg->untoc.provenance.source.startsWith(QStringLiteral("data/seed/untoc-parties.csv: ")));
    CHECK(afg->untoc.provenance.source.contains(QStringLiteral("zmjones/untreaties")));
    CHECK(afg->untoc.provenance.sourceDate == QDate(2014, 1, 27));
    CHECK(afg->untoc.provenance.possiblyOutdated(QDate(2026, 12, 1), 5));
    CHECK_FALSE(afg->untoc.provenance.possiblyOutdated(QDate(2015, 1, 1), 5));

    // A signatory without a consent date is unknown now, never "not a party".
    const auto jpn = db->state(QStringLiteral("JPN"));
    CHECK(jpn->untoc.status == UntocStatus::Unknown);
    CHECK(jpn->untoc.statusNote.contains(QStringLiteral("unknown now")));
    CHECK(jpn->untoc.provenance.known());
    // Barbados: the later, dated row wins over the January 2014 row without consent.
    const auto brb = db->state(QStringLiteral("BRB"));
    CHECK(brb->untoc.status == UntocStatus::Party);
    CHECK(brb->untoc.date == QDate(2014, 11, 11));
    CHECK(brb->untoc.provenance.source.contains(QStringLiteral("BGBl. III Nr. 232/2014")));
    CHECK(brb->untoc.provenance.sourceDate == QDate(2014, 1, 1));
    // Not in the file: unknown.
    CHECK_FALSE(db->state(QStringLiteral("BTN"))->untoc.provenance.known());
    for (const auto& s : db->states())
        CHECK(db->state(s.iso3)->untoc.status != UntocStatus::NotParty);
}

TEST_CASE("UNTOC declarations reach the records the checks read; national practice stays a note",
          "[requirements][seed][knowledge]")
{
    QTemporaryDir dir;
    auto db = fresh(dir);
    const auto vnm = db->state(QStringLiteral("VNM"));
    CHECK(vnm->untoc.conventionAsExtraditionBasis == Tri::No);
    CHECK(vnm->untoc.date == QDate(2012, 6, 8));
    REQUIRE(vnm->declarationsOn(QStringLiteral("16-5")).size() == 1);
    CHECK(vnm->declarationsOn(QStringLiteral("16-5"))
              .first()
              .quote.contains(QStringLiteral("direct legal basis")));

    const auto rus = db->state(QStringLiteral("RUS"));
    REQUIRE(rus->declarationsOn(QStringLiteral("18-7")).size() == 1);
    CHECK(rus->declarationsOn(QStringLiteral("18-7")).first().isUntoc());
    CHECK(rus->declarationsOn(QStringLiteral("18-7")).first().text.contains(QStringLiteral("paras 9-29")));

    const auto pan = db->state(QStringLiteral("PAN"));
    CHECK(pan->dualCriminality.policy == DualCriminalityPolicy::RequiredForAll);
    CHECK(pan->dualCriminality.notes.contains(QStringLiteral("Panamanian")));
    CHECK(pan->dualCriminality.provenance.source.contains(QStringLiteral("untoc-notifications-2.csv")));
    CHECK(pan->dualCriminality.provenance.sourceDate == QDate(2013, 11, 18));

    // The United States' Office of International Affairs is national practice, not a notification.
    const auto usa = db->state(QStringLiteral("USA"));
    CHECK(usa->centralAuthority.name.isEmpty());
    REQUIRE(usa->declarationsOn(QStringLiteral("18-13")).size() == 1);
    const auto note = usa->declarationsOn(QStringLiteral("18-13")).first();
    CHECK(note.scope == QStringLiteral("national-practice"));
    CHECK_FALSE(note.isUntoc());
    CHECK(note.text.contains(QStringLiteral("Office of International Affairs")));
    CHECK(note.provenance.source.contains(QStringLiteral("fact scope: national MLA practice")));
    // China: its law's translation rule is a practice note, its languages record stays unknown.
    const auto chn = db->state(QStringLiteral("CHN"));
    CHECK(chn->languages.codes.isEmpty());
    CHECK_FALSE(chn->declarationsOn(QStringLiteral("18-14")).isEmpty());
    // Germany has both: a UNTOC declaration and a practice note, never merged.
    const auto deu = db->state(QStringLiteral("DEU"));
    CHECK(deu->centralAuthority.name.isEmpty()); // cut off in the source: not filled
    CHECK(deu->declarationsOn(QStringLiteral("other")).first().isUntoc());
    CHECK(deu->declarationsOn(QStringLiteral("18-13")).first().scope == QStringLiteral("national-practice"));
    // India's UNTOC notification fills the central authority and languages.
    const auto ind = db->state(QStringLiteral("IND"));
    CHECK(ind->centralAuthority.name ==
          QStringLiteral("Secretary, Ministry of Home Affairs, Government of India"));
    CHECK(ind->languages.codes == QStringList{QStringLiteral("en"), QStringLiteral("hi")});
}

TEST_CASE("the five registered bilateral treaties are recorded in force with their source",
          "[requirements][seed][knowledge]")
{
    QTemporaryDir dir;
    auto db = fresh(dir);
    const auto t = db->treaties(QStringLiteral("CHN"), QStringLiteral("ARG"));
    REQUIRE(t.size() == 1);
    CHECK(t.first().inForce == Tri::Yes);
    CHECK(t.first().date == QDate(2015, 3, 6));
    CHECK(t.first().name.startsWith(QStringLiteral("Treaty on mutual legal assistance in criminal matters")));
    CHECK(t.first().provenance.source.contains(QStringLiteral("ST/LEG/SER.A/851")));
    CHECK(t.first().provenance.sourceDate == QDate(2018, 1, 1));
    CHECK(db->treaties(QStringLiteral("PER"), QStringLiteral("KOR")).size() == 1);
    CHECK(db->treaties(QStringLiteral("URY"), QStringLiteral("PER")).size() == 1);
    CHECK(db->treaties(QStringLiteral("POL"), QStringLiteral("THA")).size() == 1);
    const auto cyp = db->treaties(QStringLiteral("USA"), QStringLiteral("CYP"));
    REQUIRE(cyp.size() == 1);
    CHECK(cyp.first().date == QDate(2010, 2, 1));
    CHECK(db->treaties(QStringLiteral("ARG"), QStringLiteral("PER")).isEmpty());
}

TEST_CASE("the seed is reproducible: the same files give the same records", "[requirements][seed][knowledge]")
{
    QTemporaryDir a, b;
    auto x = fresh(a);
    auto y = fresh(b);
    CHECK(x->seedHash() == y->seedHash());
    // Identical but for the time each seed was merged.
    auto withoutTimes = [](const QByteArray& bytes) {
        QList<QByteArray> lines = bytes.split('\n');
        lines.removeIf([](const QByteArray& l) { return l.trimmed().startsWith("<updated>"); });
        return lines.join('\n');
    };
    CHECK(withoutTimes(x->exportPackage()) == withoutTimes(y->exportPackage()));
}
