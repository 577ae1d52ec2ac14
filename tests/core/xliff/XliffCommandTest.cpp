#include "XliffFixtures.h"

#include "TestSupport.h"
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "draft/DraftFile.h"
#include "xliff/XliffSchema.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QTextStream>

using namespace mla;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
Run run(const QStringList& args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::xliffCommand(args, out, err);
    out.flush();
    err.flush();
    return r;
}
} // namespace

TEST_CASE("mlawriter xliff export and import and status work on a draft file", "[xliff][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString draftPath = dir.filePath(QStringLiteral("case.mlar"));
    const QString xlf = dir.filePath(QStringLiteral("case-es.xlf"));
    Request req = test::xliffRequest();
    req.summaryOfFacts.text = QStringLiteral("Plain facts.");
    REQUIRE(draft::DraftFile::write(req, draftPath).ok());

    const Run e = run({QStringLiteral("export"), draftPath, QStringLiteral("--target"), QStringLiteral("es"),
                       QStringLiteral("--out"), xlf});
    INFO(e.err.toStdString());
    REQUIRE(e.code == 0);
    CHECK(e.out.contains(QStringLiteral("10 field(s) from en to es")));
    CHECK(e.out.contains(QStringLiteral("skipped dualCriminalityNote")));
    const QByteArray exported = test::readAll(xlf);
    CHECK(xliff::XliffSchema::validate(exported, xlf).ok());

    Run s = run({QStringLiteral("status"), draftPath, QStringLiteral("--target"), QStringLiteral("es")});
    CHECK(s.code == 1); // not translated yet
    CHECK(s.out.contains(QStringLiteral("missing     summaryOfFacts")));

    REQUIRE(test::writeAll(
        xlf, test::translate(exported, {{QStringLiteral("summaryOfFacts"), QStringLiteral("Hechos.")}})));
    const Run i = run({QStringLiteral("import"), draftPath, xlf});
    INFO(i.err.toStdString());
    CHECK(i.code == 0);
    CHECK(i.out.contains(QStringLiteral("es: 1 applied")));
    s = run({QStringLiteral("status"), draftPath, QStringLiteral("--target"), QStringLiteral("es"),
             QStringLiteral("--json")});
    CHECK(s.out.contains(QStringLiteral("\"state\": \"translated\"")));

    // Change the original, then import the same file again: refused, exit 1, file:line on stderr.
    auto changed = draft::DraftFile::read(draftPath);
    REQUIRE(changed.ok());
    changed.value().summaryOfFacts.text = QStringLiteral("Other facts.");
    REQUIRE(draft::DraftFile::write(changed.value(), draftPath).ok());
    const Run stale = run({QStringLiteral("import"), draftPath, xlf});
    CHECK(stale.code == 1);
    CHECK(stale.err.contains(xlf + QLatin1Char(':')));
    CHECK(stale.err.contains(QStringLiteral("stale-source: summaryOfFacts")));
}

TEST_CASE("mlawriter xliff reports usage errors and unreadable files with exit code 2", "[xliff][cli]")
{
    CHECK(run({}).code == 2);
    CHECK(run({QStringLiteral("translate")}).code == 2);
    CHECK(run({QStringLiteral("export"), QStringLiteral("x.mlar")}).code == 2);
    const Run r =
        run({QStringLiteral("import"), QStringLiteral("/nonexistent/x.mlar"), QStringLiteral("y.xlf")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("/nonexistent/x.mlar")));
    const Run bad = run({QStringLiteral("import"), QStringLiteral("x.mlar"), QStringLiteral("y.xlf"),
                         QStringLiteral("--force")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("unknown option")));
}
