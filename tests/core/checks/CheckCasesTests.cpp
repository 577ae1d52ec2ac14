// Data-driven: every folder under tests/data/checks/ with an input.mlar is a case; its
// expected.txt lists findings that must ("SEVERITY RULE PATH") or must not ("not ...") appear.
// Adding a case is adding a folder.
#include "CheckFixtures.h"
#include "TestSupport.h"

#include "checks/Checker.h"
#include "draft/DraftFile.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace mla;

TEST_CASE("every check case folder yields its expected findings", "[checks][cases]")
{
    requirements::Database* db = test::checksDatabase();
    REQUIRE(db != nullptr);
    const QDir root(test::dataPath(QStringLiteral("checks")));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 30);
    for (const QString& name : cases) {
        const QString dir = root.filePath(name);
        if (!QFile::exists(dir + QStringLiteral("/input.mlar")))
            continue;
        DYNAMIC_SECTION("case " << name.toStdString())
        {
            auto request = draft::DraftFile::read(dir + QStringLiteral("/input.mlar"));
            INFO((request ? QString() : request.error().toString()).toStdString());
            REQUIRE(request.ok());
            const test::ExpectedFile expected = test::readExpected(dir + QStringLiteral("/expected.txt"));
            INFO(expected.error.toStdString());
            REQUIRE(expected.error.isEmpty());
            REQUIRE(!expected.lines.isEmpty());
            const auto findings =
                checks::runChecks(request.value(), expected.database == QLatin1String("none") ? nullptr : db);
            INFO("findings:\n" << test::describe(findings).toStdString());
            for (const auto& x : expected.lines) {
                bool found = false;
                for (const auto& f : findings)
                    found = found || x.matches(f);
                INFO(x.toString().toStdString());
                CHECK(found != x.negated);
            }
            for (const auto& f : findings)
                CHECK_FALSE(checks::messageTemplate(f.messageKey).isEmpty());
        }
    }
}
