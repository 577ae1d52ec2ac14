// The check, state and requirements commands as the command line runs them (streams and exit
// codes), each against its own data directory (MLAWRITER_DATA_DIR).
#include "TestSupport.h"

#include "cli/Cli.h"
#include "cli/Commands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace mla;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(cli::CommandFn fn, const QStringList& args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = fn(args, out, err);
    out.flush();
    err.flush();
    return r;
}

// A fresh data directory for the duration of a test.
struct DataDir
{
    QTemporaryDir dir;
    QByteArray previous = qgetenv("MLAWRITER_DATA_DIR");
    DataDir() { qputenv("MLAWRITER_DATA_DIR", dir.path().toLocal8Bit()); }
    ~DataDir() { qputenv("MLAWRITER_DATA_DIR", previous); }
};

QString casePath(const char* name)
{
    return test::dataPath(QStringLiteral("checks/%1/input.mlar").arg(QString::fromLatin1(name)));
}

} // namespace

TEST_CASE("check exits 0 without blocking findings and 1 with them, one finding per line", "[cli][check]")
{
    DataDir data;
    REQUIRE(run(cli::requirementsCommand,
                {QStringLiteral("import"), test::dataPath(QStringLiteral("checks/requirements.xml"))})
                .code == 0);
    const Run ok = run(cli::checkCommand, {casePath("base-complete")});
    INFO(ok.out.toStdString() << ok.err.toStdString());
    CHECK(ok.code == 0);
    CHECK(
        ok.out.contains(casePath("base-complete") + QStringLiteral(": info [art. 18(1)] requestedState: ")));

    const Run bad = run(cli::checkCommand, {casePath("facts-missing")});
    CHECK(bad.code == 1);
    CHECK(bad.out.contains(
        casePath("facts-missing") +
        QStringLiteral(": blocking [18(15)(c)] summaryOfFacts: A summary of the relevant facts is "
                       "missing.\n")));
}

TEST_CASE("check --json gives the findings as data", "[cli][check]")
{
    DataDir data;
    const Run r = run(cli::checkCommand, {casePath("facts-missing"), QStringLiteral("--json")});
    CHECK(r.code == 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("blocking")).toInt() >= 1);
    bool found = false;
    for (const auto& v : o.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("path")).toString() == QLatin1String("summaryOfFacts")) {
            found = true;
            CHECK(f.value(QStringLiteral("rule")).toString() == QLatin1String("completeness"));
            CHECK(f.value(QStringLiteral("severity")).toString() == QLatin1String("blocking"));
            CHECK(f.value(QStringLiteral("article")).toString() == QLatin1String("18(15)(c)"));
            CHECK(f.value(QStringLiteral("key")).toString() == QLatin1String("completeness.facts"));
            CHECK_FALSE(f.value(QStringLiteral("source")).toString().isEmpty());
        }
    }
    CHECK(found);
}

TEST_CASE("check exits 2 on an unreadable draft or bad usage", "[cli][check]")
{
    DataDir data;
    const Run missing = run(cli::checkCommand, {data.dir.filePath(QStringLiteral("nope.mlar"))});
    CHECK(missing.code == 2);
    CHECK(missing.err.contains(QStringLiteral("nope.mlar")));
    const QString garbage = data.dir.filePath(QStringLiteral("garbage.mlar"));
    REQUIRE(test::writeAll(garbage, "<request xmlns=\"urn:x-mlawriter:draft\" version=\"1\"><oops"));
    const Run broken = run(cli::checkCommand, {garbage});
    CHECK(broken.code == 2);
    CHECK(broken.err.contains(QStringLiteral("garbage.mlar:1:")));
    CHECK(run(cli::checkCommand, {}).code == 2);
    CHECK(run(cli::checkCommand, {casePath("base-complete"), QStringLiteral("--frobnicate")}).code == 2);
}

TEST_CASE("state shows the seeded notification with its source, and unknown where nothing is recorded",
          "[cli][state]")
{
    DataDir data;
    const Run mex = run(cli::stateCommand, {QStringLiteral("MEX")});
    INFO(mex.out.toStdString());
    CHECK(mex.code == 0);
    CHECK(mex.out.startsWith(QStringLiteral("MEX  Mexico  (M49 484)")));
    CHECK(mex.out.contains(QStringLiteral("Languages (18(14)): es")));
    CHECK(mex.out.contains(QStringLiteral(
        "conditions: Spanish; or the language of the requesting State with a Spanish translation")));
    CHECK(mex.out.contains(QStringLiteral("Office of the Attorney-General of the Republic")));
    CHECK(mex.out.contains(QStringLiteral("https://zaki.ru/pagesnew.php?id=58378&page=28")));
    CHECK(mex.out.contains(
        QStringLiteral("Dual criminality (18(9)): unknown — verify with the central authority")));

    const Run zh =
        run(cli::stateCommand, {QStringLiteral("mex"), QStringLiteral("--lang"), QStringLiteral("zh")});
    CHECK(zh.out.startsWith(QStringLiteral("MEX  墨西哥")));

    const Run json = run(cli::stateCommand, {QStringLiteral("FRA"), QStringLiteral("--json")});
    CHECK(json.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("names")).toObject().value(QStringLiteral("ru")).toString() ==
          QStringLiteral("Франция"));
    CHECK(o.value(QStringLiteral("dualCriminality")).toObject().value(QStringLiteral("policy")).toString() ==
          QLatin1String("unknown"));

    CHECK(run(cli::stateCommand, {QStringLiteral("ZZZ")}).code == 2);
    CHECK(run(cli::stateCommand, {QStringLiteral("FRA"), QStringLiteral("--lang"), QStringLiteral("de")})
              .code == 2);
}

TEST_CASE("requirements export and import round-trip; a hostile package changes nothing",
          "[cli][requirements]")
{
    DataDir data;
    const QString pkg = data.dir.filePath(QStringLiteral("export.xml"));
    const Run exp = run(cli::requirementsCommand, {QStringLiteral("export"), pkg});
    INFO(exp.err.toStdString());
    CHECK(exp.code == 0);
    const QByteArray before = test::readAll(pkg);
    CHECK(before.contains("urn:x-mlawriter:requirements"));

    const Run again = run(cli::requirementsCommand, {QStringLiteral("import"), pkg});
    CHECK(again.code == 0);
    CHECK(again.out.contains(QStringLiteral(" 0 added, 0 updated, ")));
    CHECK(again.out.contains(QStringLiteral("kept languages MEX: identical to the local record")));

    const Run hostile =
        run(cli::requirementsCommand,
            {QStringLiteral("import"),
             test::dataPath(QStringLiteral("requirements/malformed/xml.dtd__billion-laughs.xml"))});
    CHECK(hostile.code == 2);
    CHECK(hostile.err.contains(QStringLiteral("nothing was imported")));
    const QString after = data.dir.filePath(QStringLiteral("after.xml"));
    REQUIRE(run(cli::requirementsCommand, {QStringLiteral("export"), after}).code == 0);
    CHECK(test::readAll(after) == before);

    const Run rejected =
        run(cli::requirementsCommand,
            {QStringLiteral("import"), test::dataPath(QStringLiteral("requirements/exampleland-v2.xml"))});
    CHECK(rejected.code == 1); // some records rejected
    CHECK(rejected.out.contains(QStringLiteral("rejected")));
    CHECK(run(cli::requirementsCommand, {QStringLiteral("sideways"), pkg}).code == 2);
}
