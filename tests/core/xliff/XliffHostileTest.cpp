#include "XliffFixtures.h"
#include "xliff/XliffImport.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace mla;

// Every file in tests/data/xliff/malformed/ must be refused as a whole, with the error code its
// name starts with ("<code>__<what>.xlf"), a file name, and no crash. Adding a case adds a file.
TEST_CASE("hostile and malformed XLIFF files are refused with a clear error", "[xliff][import][hostile]")
{
    const QDir dir(test::dataPath(QStringLiteral("xliff/malformed")));
    const QStringList files = dir.entryList({QStringLiteral("*.xlf")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 8);
    for (const auto& name : files) {
        INFO(name.toStdString());
        Request req = test::xliffRequest();
        const Request before = req;
        const auto r = xliff::XliffImport::apply(req, test::readAll(dir.filePath(name)), name);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == name.section(QStringLiteral("__"), 0, 0));
        CHECK(r.error().file == name);
        CHECK(req == before);
    }
}
