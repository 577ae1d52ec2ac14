// The check, state and requirements commands as the command line runs them (streams and exit
// codes), each against its own data directory (MLAWRITER_DATA_DIR).
#include "TestSupport.h"

#include "cli/Cli.h"
#include "cli/Commands.h"
#include "pdf/DemoIdentity.h"
#include "pdf/Identity.h"
#include "requirements/Database.h"

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
                {QStringLiteral("import"), test::dataPath(QStringLiteral("checks/requirements.xml")),
                 QStringLiteral("--allow-unsigned")})
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

    const Run unsignedRefused = run(cli::requirementsCommand, {QStringLiteral("import"), pkg});
    CHECK(unsignedRefused.code == 2);
    CHECK(unsignedRefused.err.contains(QStringLiteral("not signed")));
    CHECK(unsignedRefused.err.contains(QStringLiteral("nothing was imported")));
    const Run again =
        run(cli::requirementsCommand, {QStringLiteral("import"), pkg, QStringLiteral("--allow-unsigned")});
    CHECK(again.code == 0);
    CHECK(again.out.contains(QStringLiteral(" 0 added, 0 updated, ")));
    CHECK(again.out.contains(QStringLiteral("kept languages MEX: identical to the local record")));

    const Run hostile =
        run(cli::requirementsCommand,
            {QStringLiteral("import"),
             test::dataPath(QStringLiteral("requirements/malformed/xml.dtd__billion-laughs.xml")),
             QStringLiteral("--allow-unsigned")});
    CHECK(hostile.code == 2);
    CHECK(hostile.err.contains(QStringLiteral("nothing was imported")));
    const QString after = data.dir.filePath(QStringLiteral("after.xml"));
    REQUIRE(run(cli::requirementsCommand, {QStringLiteral("export"), after}).code == 0);
    CHECK(test::readAll(after) == before);

    const Run rejected =
        run(cli::requirementsCommand,
            {QStringLiteral("import"), test::dataPath(QStringLiteral("requirements/exampleland-v2.xml")),
             QStringLiteral("--allow-unsigned")});
    CHECK(rejected.code == 1); // some records rejected
    CHECK(rejected.out.contains(QStringLiteral("rejected")));
    CHECK(run(cli::requirementsCommand, {QStringLiteral("sideways"), pkg}).code == 2);
}

TEST_CASE("state shows party status, 16(5), declarations and practice notes with the source's date",
          "[cli][state][knowledge]")
{
    DataDir data;
    const Run afg = run(cli::stateCommand, {QStringLiteral("AFG")});
    INFO(afg.out.toStdString());
    CHECK(afg.code == 0);
    CHECK(afg.out.contains(
        QStringLiteral("UNTOC status: party (party: ratification 2003-09-24; signature 14 Dec "
                       "2000), 2003-09-24")));
    CHECK(afg.out.contains(QStringLiteral("data/seed/untoc-parties.csv: github:zmjones/untreaties")));
    CHECK(
        afg.out.contains(QStringLiteral("source date: 2014-01-27 — POSSIBLY OUTDATED (older than 5 years")));
    // A larger maximum age: no longer marked.
    const Run young =
        run(cli::stateCommand, {QStringLiteral("AFG"), QStringLiteral("--max-age"), QStringLiteral("50")});
    CHECK(young.out.contains(QStringLiteral("source date: 2014-01-27\n")));
    CHECK(run(cli::stateCommand, {QStringLiteral("AFG"), QStringLiteral("--max-age"), QStringLiteral("0")})
              .code == 2);

    const Run vnm = run(cli::stateCommand, {QStringLiteral("VNM")});
    INFO(vnm.out.toStdString());
    CHECK(vnm.out.contains(QStringLiteral("Convention as legal basis for extradition (16(5)): no")));
    CHECK(vnm.out.contains(QStringLiteral("UNTOC declaration/notification, art. 16(5)")));

    const Run usa = run(cli::stateCommand, {QStringLiteral("USA")});
    CHECK(usa.out.contains(
        QStringLiteral("national practice note (not a UNTOC notification), art. 18(13): Office of "
                       "International Affairs")));
    CHECK(usa.out.contains(QStringLiteral("Central authority (18(13)): unknown")));
    CHECK(usa.out.contains(QStringLiteral("CYP-USA: Instrument as contemplated by Article 3 (2)")));

    const Run json = run(cli::stateCommand, {QStringLiteral("RUS"), QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray decls = o.value(QStringLiteral("declarations")).toArray();
    REQUIRE_FALSE(decls.isEmpty());
    CHECK(decls.first().toObject().value(QStringLiteral("topic")).toString() == QStringLiteral("18-7"));
    const QJsonObject prov = decls.first().toObject().value(QStringLiteral("provenance")).toObject();
    CHECK(prov.value(QStringLiteral("sourceDate")).toString() == QStringLiteral("2013-11-18"));
    CHECK(prov.value(QStringLiteral("possiblyOutdated")).toBool());
}

TEST_CASE("an unknown finding names the record that would settle it and the authority to ask",
          "[cli][check][knowledge]")
{
    DataDir data;
    QTemporaryDir work;
    QByteArray draft = test::readAll(casePath("base-complete"));
    draft.replace("<requestedState>XXA</requestedState>", "<requestedState>IND</requestedState>");
    const QString file = work.filePath(QStringLiteral("ind.mlar"));
    REQUIRE(test::writeAll(file, draft));
    const Run r = run(cli::checkCommand, {file});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.out.contains(
        QStringLiteral("to settle: record the dual-criminality record of IND (mlawriter state IND;")));
    CHECK(r.out.contains(
        QStringLiteral("to settle: record the reciprocity record of IND (mlawriter state IND;")));
    CHECK(r.out.contains(
        QStringLiteral("ask: Secretary, Ministry of Home Affairs, Government of India (central "
                       "authority on record;")));
    const Run j = run(cli::checkCommand, {file, QStringLiteral("--json")});
    bool settled = false;
    for (const auto& v :
         QJsonDocument::fromJson(j.out.toUtf8()).object().value(QStringLiteral("findings")).toArray())
        settled = settled || v.toObject().value(QStringLiteral("settle")).toString() ==
                                 QStringLiteral("reciprocity record of IND");
    CHECK(settled);

    // Russian Federation: its 18(7) declaration reaches the treaty check.
    draft.replace("<requestedState>IND</requestedState>", "<requestedState>RUS</requestedState>");
    REQUIRE(test::writeAll(file, draft));
    const Run rus = run(cli::checkCommand, {file});
    CHECK(rus.out.contains(
        QStringLiteral("Russian Federation has made a declaration bearing on article 18(7)")));
}

TEST_CASE("knowledge recorded in one installation reaches another through a signed package",
          "[cli][requirements][signed][knowledge]")
{
    QTemporaryDir work;
    // The administrator's installation: an identity, and Bhutan's policy and three conducts.
    const QString p12 = work.filePath(QStringLiteral("admin.p12"));
    REQUIRE(pdf::writeDemoIdentity(p12, "secret").ok());
    const QString passFile = work.filePath(QStringLiteral("pass.txt"));
    REQUIRE(test::writeAll(passFile, "secret"));
    const QString pkg = work.filePath(QStringLiteral("btn.mlreq"));
    QByteArray signerPem;
    {
        DataDir admin;
        auto db = requirements::Database::openDefault();
        REQUIRE(db.ok());
        auto put = [&](const char* kind, QMap<QString, QString> fields, const char* source) {
            requirements::Record r;
            r.kind = QString::fromLatin1(kind);
            r.fields = fields;
            r.provenance.source = QString::fromLatin1(source);
            r.provenance.sourceDate = QDate(2026, 10, 1);
            r.provenance.verified = QDate(2026, 11, 2);
            r.provenance.verifiedBy = QStringLiteral("central authority desk (test)");
            REQUIRE(db.value()->put(r).ok());
        };
        put("dual-criminality",
            {{QStringLiteral("iso3"), QStringLiteral("BTN")},
             {QStringLiteral("policy"), QStringLiteral("required-for-all")}},
            "Test source: letter of the central authority");
        int n = 1;
        for (const char* code : {"07041", "0101", "0501"})
            put("conduct",
                {{QStringLiteral("iso3"), QStringLiteral("BTN")},
                 {QStringLiteral("iccs"), QString::fromLatin1(code)},
                 {QStringLiteral("criminalized"), QStringLiteral("yes")},
                 {QStringLiteral("provision"), QStringLiteral("Penal Code (test), s. %1").arg(n++)}},
                "Test source: penal code (test edition)");
        const Run exp = run(cli::requirementsCommand,
                            {QStringLiteral("export"), pkg, QStringLiteral("--state"), QStringLiteral("BTN"),
                             QStringLiteral("--p12"), p12, QStringLiteral("--pass-file"), passFile});
        INFO(exp.err.toStdString());
        REQUIRE(exp.code == 0);
        CHECK(exp.out.contains(QStringLiteral("signed (enveloping CMS)")));
        auto id = pdf::loadIdentity(p12, "secret");
        REQUIRE(id.ok());
        signerPem = id.value().certificatePem();
    }
    // The prosecutor's installation.
    DataDir office;
    QByteArray draft = test::readAll(casePath("base-complete"));
    draft.replace("<requestedState>XXA</requestedState>", "<requestedState>BTN</requestedState>");
    const QString file = work.filePath(QStringLiteral("btn.mlar"));
    REQUIRE(test::writeAll(file, draft));
    const QString dbFile = requirements::Database::defaultPath();
    REQUIRE(requirements::Database::openDefault().ok());
    const QByteArray pristine = test::readAll(dbFile);

    // Untrusted: refused, nothing changes.
    const Run untrusted = run(cli::requirementsCommand, {QStringLiteral("import"), pkg});
    CHECK(untrusted.code == 2);
    CHECK(untrusted.err.contains(QStringLiteral("not a trusted publisher")));
    CHECK(test::readAll(dbFile) == pristine);

    const QString pem = work.filePath(QStringLiteral("admin.pem"));
    REQUIRE(test::writeAll(pem, signerPem));
    const Run add = run(cli::requirementsCommand, {QStringLiteral("publishers"), QStringLiteral("add"), pem});
    CHECK(add.code == 0);
    CHECK(add.out.contains(QStringLiteral("SHA-256 fingerprint: ")));
    CHECK(run(cli::requirementsCommand, {QStringLiteral("publishers"), QStringLiteral("list")})
              .out.contains(QStringLiteral("DEMO")));

    // Tampered: one byte changed inside the signed content.
    QByteArray tampered = test::readAll(pkg);
    const qsizetype at = tampered.indexOf("required-for-all");
    REQUIRE(at > 0);
    tampered[at] = 'R';
    const QString bad = work.filePath(QStringLiteral("tampered.mlreq"));
    REQUIRE(test::writeAll(bad, tampered));
    const QByteArray beforeTamper = test::readAll(dbFile);
    const Run t = run(cli::requirementsCommand, {QStringLiteral("import"), bad});
    CHECK(t.code == 2);
    CHECK(t.err.contains(QStringLiteral("does not match the package")));
    CHECK(test::readAll(dbFile) == beforeTamper);

    const Run preview =
        run(cli::requirementsCommand, {QStringLiteral("import"), pkg, QStringLiteral("--dry-run")});
    INFO(preview.out.toStdString());
    CHECK(preview.code == 0);
    CHECK(preview.out.contains(QStringLiteral("would be added dual-criminality BTN")));
    CHECK(preview.out.contains(QStringLiteral("dry run, nothing written: 4 added")));
    CHECK(test::readAll(dbFile) == beforeTamper);
    const Run before = run(cli::checkCommand, {file});
    CHECK(before.out.contains(QStringLiteral("dual.policyUnknown")) == false); // text output, keys not shown
    CHECK(before.out.contains(QStringLiteral("The dual-criminality policy of Bhutan is unknown")));

    const Run imp = run(cli::requirementsCommand, {QStringLiteral("import"), pkg});
    CHECK(imp.code == 0);
    CHECK(imp.out.contains(QStringLiteral("4 added")));
    const Run after = run(cli::checkCommand, {file, QStringLiteral("--json")});
    bool satisfied = false;
    for (const auto& v :
         QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QStringLiteral("key")).toString() == QLatin1String("dual.satisfied")) {
            satisfied = true;
            CHECK(f.value(QStringLiteral("message"))
                      .toString()
                      .contains(QStringLiteral("Penal Code (test), s. 1")));
            CHECK(f.value(QStringLiteral("source"))
                      .toString()
                      .contains(QStringLiteral("Test source: penal code")));
        }
    }
    CHECK(satisfied);
    const Run state = run(cli::stateCommand, {QStringLiteral("BTN")});
    CHECK(state.out.contains(QStringLiteral("imported from: ")));
    const Run hist = run(cli::requirementsCommand, {QStringLiteral("history")});
    CHECK(hist.out.contains(QStringLiteral("added dual-criminality BTN")));
    CHECK(hist.out.contains(QStringLiteral("signed by")));
}
