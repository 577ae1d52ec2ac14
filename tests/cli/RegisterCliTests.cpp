// `mlawriter register …` as a user or a script runs it, on SQLite and on PostgreSQL: the
// samples' lives, the JSON fields the README documents, two processes racing on one case,
// chasers in the case's language, digest reports, and registers that cannot be opened.
#include "CliRunner.h"
#include "RegisterTestSupport.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace mla::test;

namespace {

const QString today = QStringLiteral("2026-12-01");

QStringList samples()
{
    const QDir dir(sourcePath(QStringLiteral("templates/samples")));
    QStringList out;
    for (const auto& f : dir.entryList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

CliRun reg(const QString& url, QStringList args)
{
    args.prepend(QStringLiteral("register"));
    args << QStringLiteral("--register") << url << QStringLiteral("--today") << today;
    return runCli(args, 60000);
}

QJsonObject json(const CliRun& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonDocument d = QJsonDocument::fromJson(r.out);
    REQUIRE(d.isObject());
    return d.object();
}

} // namespace

TEST_CASE("register: each sample is registered, moved through its life, chased and counted",
          "[cli][register]")
{
    QTemporaryDir tmp;
    for (const Engine& engine : freshEngines()) {
        INFO(engine.name.toStdString());
        QStringList refs;
        for (const QString& s : samples()) {
            const QJsonObject added =
                json(reg(engine.url, {QStringLiteral("add"), s, QStringLiteral("--json")}));
            CHECK(added.value(QStringLiteral("status")).toString() == QLatin1String("draft"));
            refs << added.value(QStringLiteral("ourRef")).toString();
        }
        REQUIRE(refs.size() == 3);
        // The same draft twice is refused (exit 1) and changes nothing.
        CHECK(reg(engine.url, {QStringLiteral("add"), samples().first()}).exitCode == 1);
        for (int i = 0; i < refs.size(); ++i) {
            const QString& ref = refs[i];
            INFO(ref.toStdString());
            for (const QStringList& ev :
                 {QStringList{QStringLiteral("submitted"), QStringLiteral("--date"),
                              QStringLiteral("2026-11-03")},
                  QStringList{QStringLiteral("approved"), QStringLiteral("--date"),
                              QStringLiteral("2026-11-04")},
                  QStringList{QStringLiteral("signed"), QStringLiteral("--date"),
                              QStringLiteral("2026-11-05")},
                  QStringList{QStringLiteral("sent"), QStringLiteral("--date"), QStringLiteral("2026-11-06"),
                              QStringLiteral("--channel"), QStringLiteral("central-authority"),
                              QStringLiteral("--next-date"), QStringLiteral("2026-11-27"),
                              QStringLiteral("--next"), QStringLiteral("chase if no acknowledgement")}}) {
                auto r = reg(engine.url, QStringList{QStringLiteral("event"), ref} + ev);
                INFO(r.err.toStdString());
                REQUIRE(r.exitCode == 0);
            }
            // The chaser, in the case's language, recorded as an event with its PDF.
            const QJsonObject shown =
                json(reg(engine.url, {QStringLiteral("show"), ref, QStringLiteral("--json")}));
            const QString lang = shown.value(QStringLiteral("language")).toString();
            const QString pdf = tmp.filePath(QStringLiteral("%1-%2-chaser.pdf").arg(engine.name).arg(i));
            auto chaser = reg(engine.url, {QStringLiteral("chaser"), ref, QStringLiteral("--lang"), lang,
                                           QStringLiteral("--out"), pdf});
            INFO(chaser.err.toStdString());
            REQUIRE(chaser.exitCode == 0);
            CHECK(readAll(pdf).startsWith("%PDF-"));
        }
        // Overdue now: all three were to be chased by 2026-11-27.
        const QJsonObject overdue = json(
            reg(engine.url, {QStringLiteral("list"), QStringLiteral("--overdue"), QStringLiteral("--json")}));
        CHECK(overdue.value(QStringLiteral("matching")).toInt() == 3);
        const QJsonObject counts = overdue.value(QStringLiteral("counts")).toObject();
        CHECK(counts.value(QStringLiteral("all")).toInt() == 3);
        CHECK(counts.value(QStringLiteral("overdue")).toInt() == 3);
        const QJsonObject first = overdue.value(QStringLiteral("cases")).toArray().first().toObject();
        for (const char* field :
             {"ourRef",         "theirRef",   "direction", "status",   "open",           "requestingState",
              "requestedState", "legalBasis", "measures",  "iccs",     "urgent",         "deadline",
              "confidential",   "handler",    "language",  "sent",     "nextActionDate", "nextAction",
              "overdue",        "version",    "updatedAt", "updatedBy"})
            CHECK(first.contains(QLatin1String(field)));
        CHECK(first.value(QStringLiteral("overdue")).toBool());

        // A digest report only once the case has ended.
        CHECK(reg(engine.url, {QStringLiteral("report"), refs[0], QStringLiteral("--out"),
                               tmp.filePath(QStringLiteral("early"))})
                  .exitCode == 1);
        CHECK_FALSE(QFile::exists(tmp.filePath(QStringLiteral("early/case-report.json"))));
        // Outcomes: executed, refused (with its ground and reasons), withdrawn.
        CHECK(reg(engine.url,
                  {QStringLiteral("event"), refs[0], QStringLiteral("acknowledged"), QStringLiteral("--date"),
                   QStringLiteral("2026-11-10"), QStringLiteral("--their-ref"), QStringLiteral("X-1")})
                  .exitCode == 0);
        CHECK(reg(engine.url, {QStringLiteral("event"), refs[0], QStringLiteral("executed"),
                               QStringLiteral("--date"), QStringLiteral("2026-11-28")})
                  .exitCode == 0);
        CHECK(reg(engine.url,
                  {QStringLiteral("event"), refs[1], QStringLiteral("refused"), QStringLiteral("--date"),
                   QStringLiteral("2026-11-20"), QStringLiteral("--ground"), QStringLiteral("d"),
                   QStringLiteral("--reasons"), QStringLiteral("Contrary to the legal system (test).")})
                  .exitCode == 0);
        CHECK(reg(engine.url, {QStringLiteral("event"), refs[2], QStringLiteral("withdrawn"),
                               QStringLiteral("--date"), QStringLiteral("2026-11-21")})
                  .exitCode == 0);
        const QJsonObject stats = json(reg(engine.url, {QStringLiteral("stats"), QStringLiteral("--json")}));
        QMap<QString, int> outcomes;
        for (const auto& v : stats.value(QStringLiteral("outcomes")).toArray())
            outcomes[v.toObject().value(QStringLiteral("key")).toString()] +=
                v.toObject().value(QStringLiteral("count")).toInt();
        CHECK(outcomes.value(QStringLiteral("executed")) == 1);
        CHECK(outcomes.value(QStringLiteral("refused")) == 1);
        CHECK(outcomes.value(QStringLiteral("withdrawn")) == 1);
        const QJsonArray durations = stats.value(QStringLiteral("durations")).toArray();
        bool sawAck = false;
        for (const auto& v : durations)
            if (v.toObject().value(QStringLiteral("until")).toString() == QLatin1String("acknowledged")) {
                CHECK(v.toObject().value(QStringLiteral("medianDays")).toInt() == 4);
                sawAck = true;
            }
        CHECK(sawAck);
        const CliRun csv = reg(engine.url, {QStringLiteral("stats"), QStringLiteral("--csv"),
                                            QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                            QStringLiteral("--to"), QStringLiteral("2026-12-31")});
        CHECK(csv.exitCode == 0);
        CHECK(csv.out.startsWith("section,direction,key,detail,value\n"));
        CHECK(csv.out.contains("total,outgoing,all,,3\n"));

        // The statistical report, in the requested States' languages too.
        const QString statsPdf = tmp.filePath(engine.name + QStringLiteral("-stats-fr.pdf"));
        auto statsRun = reg(engine.url, {QStringLiteral("stats"), QStringLiteral("--pdf"), statsPdf,
                                         QStringLiteral("--lang"), QStringLiteral("fr")});
        CHECK(statsRun.exitCode == 0);
        CHECK(statsRun.err.contains("page(s), fr"));
        CHECK(readAll(statsPdf).startsWith("%PDF-"));
        // The digest report, without references.
        const QString dir = tmp.filePath(engine.name + QStringLiteral("-report"));
        CHECK(reg(engine.url, {QStringLiteral("event"), refs[0], QStringLiteral("closed"),
                               QStringLiteral("--date"), QStringLiteral("2026-11-30")})
                  .exitCode == 0);
        auto report =
            reg(engine.url, {QStringLiteral("report"), refs[0], QStringLiteral("--out"), dir,
                             QStringLiteral("--lessons"), QStringLiteral("Early preservation helped.")});
        INFO(report.err.toStdString());
        REQUIRE(report.exitCode == 0);
        const QByteArray reportJson = readAll(dir + QStringLiteral("/case-report.json"));
        CHECK(reportJson.contains("\"outcome\": \"executed\""));
        CHECK_FALSE(reportJson.contains(refs[0].toUtf8()));
        CHECK_FALSE(reportJson.contains("X-1"));
    }
}

TEST_CASE("register: two processes changing the same case at once, one is told of the conflict",
          "[cli][register]")
{
    for (const Engine& engine : freshEngines()) {
        INFO(engine.name.toStdString());
        const QJsonObject added =
            json(reg(engine.url, {QStringLiteral("add"), samples().first(), QStringLiteral("--json")}));
        const QString ref = added.value(QStringLiteral("ourRef")).toString();
        const QString version = QString::number(added.value(QStringLiteral("version")).toInt());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess a, b;
        int n = 0;
        for (QProcess* p : {&a, &b}) {
            p->setProcessEnvironment(env);
            p->start(cliBinary(),
                     {QStringLiteral("register"), QStringLiteral("next"), ref, QStringLiteral("--date"),
                      QStringLiteral("2026-12-1%1").arg(n++), QStringLiteral("--what"),
                      QStringLiteral("call"), QStringLiteral("--expect-version"), version,
                      QStringLiteral("--register"), engine.url});
        }
        REQUIRE(a.waitForFinished(60000));
        REQUIRE(b.waitForFinished(60000));
        const int ok = (a.exitCode() == 0) + (b.exitCode() == 0);
        const int conflicts = (a.exitCode() == 1) + (b.exitCode() == 1);
        const QByteArray errs = a.readAllStandardError() + b.readAllStandardError();
        INFO(errs.toStdString());
        CHECK(ok == 1);
        CHECK(conflicts == 1);
        CHECK(errs.contains("was changed by"));
        CHECK(errs.contains("reload"));
        const QJsonObject shown =
            json(reg(engine.url, {QStringLiteral("show"), ref, QStringLiteral("--json")}));
        CHECK(shown.value(QStringLiteral("version")).toInt() == version.toInt() + 1);
        CHECK(shown.value(QStringLiteral("audit")).toArray().size() == 2);
    }
}

TEST_CASE("register: bad input exits 2 with a message naming it, and writes nothing", "[cli][register]")
{
    QTemporaryDir tmp;
    const QString notes = tmp.filePath(QStringLiteral("notes.txt"));
    REQUIRE(writeAll(notes, "not a register\n"));
    auto r = reg(notes, {QStringLiteral("list")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(notes.toUtf8()));
    CHECK(r.err.contains("not a register"));
    CHECK(readAll(notes) == "not a register\n");
    r = reg(QStringLiteral("postgresql:///mla?host=") + tmp.filePath(QStringLiteral("nowhere")),
            {QStringLiteral("list")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("cannot connect"));
    const QString url = tmp.filePath(QStringLiteral("r.sqlite"));
    CHECK(reg(url, {QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(reg(url, {QStringLiteral("list"), QStringLiteral("--overdue"), QStringLiteral("--no-next-action")})
              .exitCode == 2);
    CHECK(reg(url, {QStringLiteral("show"), QStringLiteral("NOPE")}).exitCode == 2);
    const QString ref = json(reg(url, {QStringLiteral("add"), samples().first(), QStringLiteral("--json")}))
                            .value(QStringLiteral("ourRef"))
                            .toString();
    r = reg(url, {QStringLiteral("event"), ref, QStringLiteral("frobnicated")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("unknown event kind"));
    r = reg(url, {QStringLiteral("event"), ref, QStringLiteral("sent"), QStringLiteral("--date"),
                  QStringLiteral("2027-01-01")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("in the future"));
    r = reg(url, {QStringLiteral("event"), ref, QStringLiteral("executed"), QStringLiteral("--date"),
                  QStringLiteral("2026-11-20")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("needs the request sent"));
    r = reg(url, {QStringLiteral("event"), ref, QStringLiteral("sent"), QStringLiteral("--date"),
                  QStringLiteral("2026-13-45")});
    CHECK(r.exitCode == 2);
    CHECK(json(reg(url, {QStringLiteral("show"), ref, QStringLiteral("--json")}))
              .value(QStringLiteral("events"))
              .toArray()
              .size() == 1);
    // Letters that do not fit the case are refused.
    r = reg(url, {QStringLiteral("letter"), ref, QStringLiteral("acknowledgement"), QStringLiteral("--lang"),
                  QStringLiteral("en"), QStringLiteral("--out"), tmp.filePath(QStringLiteral("a.pdf"))});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFile::exists(tmp.filePath(QStringLiteral("a.pdf"))));
}
