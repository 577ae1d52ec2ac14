// Rule-level behaviour that is not a matter of one draft: the rule list, the messages, and the
// "unknown is never a pass" guarantee across every State of the seed.
#include "CheckFixtures.h"
#include "TestSupport.h"

#include "checks/Checker.h"
#include "draft/DraftFile.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

using namespace mla;

TEST_CASE("the rules have distinct ids and cover the article 18 checks", "[checks]")
{
    const QStringList ids = checks::ruleIds();
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == ids.size());
    for (const char* id :
         {"completeness", "measure-details", "scope", "party", "treaty", "dual-criminality", "reciprocity",
          "language", "channel", "urgency", "confidentiality", "use-limitation", "persons", "text-hygiene",
          "legal-terms", "untranslated", "electronic"})
        CHECK(ids.contains(QString::fromLatin1(id)));
}

TEST_CASE("every message renders with its arguments and leaves no placeholder", "[checks][messages]")
{
    const QRegularExpression placeholder(QStringLiteral("%[0-9]"));
    for (const QString& key : checks::messageKeys()) {
        checks::Finding f;
        f.messageKey = key;
        f.args = {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A4")};
        const QString text = checks::messageText(f);
        INFO(key.toStdString() << ": " << text.toStdString());
        CHECK_FALSE(text.contains(placeholder));
        CHECK(text.size() > 10);
    }
}

TEST_CASE("an argument that contains a placeholder is not expanded again", "[checks][messages]")
{
    checks::Finding f;
    f.messageKey = QStringLiteral("persons.badNationality");
    f.args = {QStringLiteral("%2"), QStringLiteral("XY")};
    CHECK(checks::messageText(f) == QStringLiteral("Person %2: 'XY' is not an ISO 3166 alpha-3 code."));
}

TEST_CASE("hasBlocking is true only with a blocking finding", "[checks]")
{
    checks::Finding info;
    info.severity = checks::Severity::Info;
    checks::Finding warning;
    warning.severity = checks::Severity::Warning;
    checks::Finding blocking;
    blocking.severity = checks::Severity::Blocking;
    CHECK_FALSE(checks::hasBlocking({}));
    CHECK_FALSE(checks::hasBlocking({info, warning}));
    CHECK(checks::hasBlocking({info, blocking}));
}

TEST_CASE("for every Member State of the seed, a State-dependent check is never a silent pass",
          "[checks][unknown]")
{
    requirements::Database* db = test::checksDatabase();
    REQUIRE(db != nullptr);
    auto base = draft::DraftFile::read(test::dataPath(QStringLiteral("checks/base-complete/input.mlar")));
    REQUIRE(base.ok());
    int states = 0;
    for (const auto& s : db->states()) {
        if (s.iso3.startsWith(QLatin1String("XX")))
            continue; // fictitious fixture States
        ++states;
        Request r = base.value();
        r.requestedState = s.iso3;
        const auto findings = checks::runChecks(r, db);
        const auto record = db->state(s.iso3);
        REQUIRE(record.has_value());
        INFO(s.iso3.toStdString() << "\n" << test::describe(findings).toStdString());
        // The seed records no reciprocity policy for any State, and a dual-criminality policy only
        // where a declaration states it.
        bool dualUnknown = false, reciprocityUnknown = false, languageKnownOrWarned = false;
        for (const auto& f : findings) {
            dualUnknown = dualUnknown || f.messageKey == QLatin1String("dual.policyUnknown");
            reciprocityUnknown =
                reciprocityUnknown || f.messageKey.startsWith(QLatin1String("reciprocity.unknown"));
            if (f.ruleId == QLatin1String("language"))
                languageKnownOrWarned = f.severity != checks::Severity::Info ||
                                        record->languages.codes.contains(QStringLiteral("en"));
            if (f.messageKey == QLatin1String("party.party"))
                CHECK(record->untoc.provenance.known());
        }
        // Only what a source records may replace "unknown" (Panama's dual-criminality declaration).
        CHECK(dualUnknown == !record->dualCriminality.provenance.known());
        CHECK(reciprocityUnknown);
        CHECK(languageKnownOrWarned);
    }
    CHECK(states == 193);
}

// The draft reader refuses these, so they cannot come from a case folder; a Request built in
// code (e.g. by the wizard) can still hold them.
TEST_CASE("a measure naming an unknown person or an unknown choice is blocking", "[checks][measure-details]")
{
    auto base = draft::DraftFile::read(test::dataPath(QStringLiteral("checks/base-complete/input.mlar")));
    REQUIRE(base.ok());
    Request r = base.value();
    r.measures[0].personIds = {QStringLiteral("p9")};
    Measure stored;
    stored.id = QStringLiteral("m3");
    stored.type = MeasureType::StoredData;
    stored.personIds = {QStringLiteral("p1")};
    stored.details.insert(QStringLiteral("dataCategories"), FieldValue{{}, {QStringLiteral("metadata")}, {}});
    r.measures << stored;
    const auto findings = checks::runChecks(r, test::checksDatabase());
    auto has = [&](const char* key, const char* path) {
        for (const auto& f : findings)
            if (f.messageKey == QLatin1String(key) && f.path == QLatin1String(path))
                return f.severity == checks::Severity::Blocking;
        return false;
    };
    INFO(test::describe(findings).toStdString());
    CHECK(has("measure-details.unknownPerson", "measures[m1].persons"));
    CHECK(has("measure-details.badChoice", "measures[m3].details.dataCategories"));
    CHECK(has("measure-details.required", "measures[m3].details.provider"));
}

TEST_CASE("the bundled sample drafts have no blocking finding against the shipped seed", "[checks][samples]")
{
    requirements::Database* db = test::checksDatabase();
    REQUIRE(db != nullptr);
    const QDir samples(test::sourcePath(QStringLiteral("templates/samples")));
    const QStringList files = samples.entryList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        auto r = draft::DraftFile::read(samples.filePath(name));
        INFO(name.toStdString() << (r ? "" : qPrintable(r.error().toString())));
        REQUIRE(r.ok());
        const auto findings = checks::runChecks(r.value(), db);
        INFO(test::describe(findings).toStdString());
        CHECK_FALSE(checks::hasBlocking(findings));
        CHECK_FALSE(findings.isEmpty()); // the State-dependent checks always say something
    }
}
