// `mlawriter register …` as a user or a script runs it, on SQLite and on PostgreSQL: the
// samples' lives, the JSON fields the README documents, two processes racing on one case,
// chasers in the case's language, digest reports, registers that cannot be opened, and incoming
// cases registered from a received package or signed PDF.
#include "CliRunner.h"
#include "RegisterTestSupport.h"
#include "TestSupport.h"

#include "draft/DraftFile.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
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

TEST_CASE("register incoming: a received package and a received signed PDF become incoming cases",
          "[cli][register][incoming]")
{
    QTemporaryDir tmp;
    const auto path = [&](const QString& name) { return tmp.filePath(name); };
    REQUIRE(writeAll(path(QStringLiteral("pw")), "incoming test 9"));
    for (const QString& who : {QStringLiteral("sender"), QStringLiteral("recipient")}) {
        const CliRun made =
            runCli({QStringLiteral("package"), QStringLiteral("demo-authority"), QStringLiteral("--out"),
                    path(who + QStringLiteral(".p12")), QStringLiteral("--pass-file"),
                    path(QStringLiteral("pw")), QStringLiteral("--name"), who},
                   60000);
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }
    // the sample, without its listed attachments (they are not shipped), rendered and signed
    // (--force: a test document, signed although it carries the DRAFT watermark)
    auto request = mla::draft::DraftFile::read(samples().first());
    REQUIRE(request.ok());
    mla::Request r = request.value();
    r.attachments.clear();
    const QString draft = path(QStringLiteral("request.mlar"));
    REQUIRE(mla::draft::DraftFile::write(r, draft).ok());
    const CliRun rendered =
        runCli({QStringLiteral("render"), draft, QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--out"), path(QStringLiteral("rendered.pdf"))},
               120000);
    INFO(rendered.err.toStdString());
    REQUIRE(QFileInfo::exists(path(QStringLiteral("rendered.pdf"))));
    const QString pdf = path(QStringLiteral("request.en.pdf"));
    const CliRun signedRun =
        runCli({QStringLiteral("sign"), path(QStringLiteral("rendered.pdf")), QStringLiteral("--p12"),
                path(QStringLiteral("sender.p12")), QStringLiteral("--pass-file"), path(QStringLiteral("pw")),
                QStringLiteral("--invisible"), QStringLiteral("--force"), QStringLiteral("--out"), pdf},
               120000);
    INFO(signedRun.err.toStdString());
    REQUIRE(signedRun.exitCode == 0);
    const QString trust = path(QStringLiteral("sender.p12.ca.pem"));

    for (const Engine& engine : freshEngines()) {
        INFO(engine.name.toStdString());
        // from the signed PDF: its signature verified, its embedded draft read
        const QString draftOut = path(QStringLiteral("received-") + engine.name + QStringLiteral(".mlar"));
        const QJsonObject fromPdf =
            json(reg(engine.url, {QStringLiteral("incoming"), pdf, QStringLiteral("--ref"),
                                  QStringLiteral("IN-PDF-1"), QStringLiteral("--trust"), trust,
                                  QStringLiteral("--draft-out"), draftOut, QStringLiteral("--json")}));
        CHECK(fromPdf.value(QStringLiteral("direction")).toString() == QLatin1String("incoming"));
        CHECK(fromPdf.value(QStringLiteral("theirRef")).toString() == r.authority.reference);
        CHECK(fromPdf.value(QStringLiteral("requestingState")).toString() == r.requestingState);
        CHECK(fromPdf.value(QStringLiteral("status")).toString() == QLatin1String("received"));
        CHECK(fromPdf.value(QStringLiteral("checks")).toObject().value(QStringLiteral("run")).toBool());
        const QJsonArray pdfDocs = fromPdf.value(QStringLiteral("documents")).toArray();
        REQUIRE(pdfDocs.size() == 2);
        CHECK(pdfDocs.at(0).toObject().value(QStringLiteral("kind")).toString() ==
              QLatin1String("signed-pdf"));
        CHECK(
            pdfDocs.at(0).toObject().value(QStringLiteral("sha256")).toString() ==
            QString::fromLatin1(QCryptographicHash::hash(readAll(pdf), QCryptographicHash::Sha256).toHex()));
        CHECK(pdfDocs.at(1).toObject().value(QStringLiteral("sha256")).toString() ==
              QString::fromLatin1(
                  QCryptographicHash::hash(readAll(draftOut), QCryptographicHash::Sha256).toHex()));
        auto received = mla::draft::DraftFile::read(draftOut);
        REQUIRE(received.ok());
        CHECK(received.value().id == r.id);

        // the same PDF without trusting its signer: refused, nothing registered (exit 1)
        const CliRun untrusted = reg(engine.url, {QStringLiteral("incoming"), pdf, QStringLiteral("--ref"),
                                                  QStringLiteral("IN-PDF-2")});
        CHECK(untrusted.exitCode == 1);
        CHECK(untrusted.err.contains("nothing registered"));
        // an unsigned PDF: refused
        const CliRun unsignedRun =
            reg(engine.url,
                {QStringLiteral("incoming"), path(QStringLiteral("rendered.pdf")), QStringLiteral("--ref"),
                 QStringLiteral("IN-PDF-3"), QStringLiteral("--trust"), trust});
        CHECK(unsignedRun.exitCode == 1);
        CHECK(unsignedRun.err.contains("not signed"));
        CHECK(reg(engine.url, {QStringLiteral("show"), QStringLiteral("IN-PDF-2")}).exitCode == 2);

        // from a package addressed to the recipient
        const QString pkg = path(QStringLiteral("request-") + engine.name + QStringLiteral(".mlap"));
        const CliRun created =
            runCli({QStringLiteral("package"), QStringLiteral("create"), pdf, QStringLiteral("--draft"),
                    draft, QStringLiteral("--to"), path(QStringLiteral("recipient.p12.cert.pem")),
                    QStringLiteral("--p12"), path(QStringLiteral("sender.p12")),
                    QStringLiteral("--pass-file"), path(QStringLiteral("pw")), QStringLiteral("--out"), pkg},
                   120000);
        INFO(created.err.toStdString());
        REQUIRE(created.exitCode == 0);
        const QStringList open{QStringLiteral("--p12"),       path(QStringLiteral("recipient.p12")),
                               QStringLiteral("--pass-file"), path(QStringLiteral("pw")),
                               QStringLiteral("--trust"),     trust};
        const QJsonObject fromPkg =
            json(reg(engine.url, QStringList{QStringLiteral("incoming"), pkg, QStringLiteral("--ref"),
                                             QStringLiteral("IN-PKG-1"), QStringLiteral("--handler"),
                                             QStringLiteral("h.one"), QStringLiteral("--json")} +
                                     open));
        CHECK(fromPkg.value(QStringLiteral("direction")).toString() == QLatin1String("incoming"));
        CHECK(fromPkg.value(QStringLiteral("theirRef")).toString() == r.authority.reference);
        CHECK(fromPkg.value(QStringLiteral("handler")).toString() == QLatin1String("h.one"));
        const QJsonArray pkgDocs = fromPkg.value(QStringLiteral("documents")).toArray();
        REQUIRE(pkgDocs.size() == 3); // the package, the signed PDF, the draft
        CHECK(pkgDocs.at(0).toObject().value(QStringLiteral("kind")).toString() == QLatin1String("package"));
        CHECK(
            pkgDocs.at(0).toObject().value(QStringLiteral("sha256")).toString() ==
            QString::fromLatin1(QCryptographicHash::hash(readAll(pkg), QCryptographicHash::Sha256).toHex()));
        bool pdfListed = false;
        for (const QJsonValue& d : pkgDocs)
            pdfListed |= d.toObject().value(QStringLiteral("sha256")).toString() ==
                         QString::fromLatin1(
                             QCryptographicHash::hash(readAll(pdf), QCryptographicHash::Sha256).toHex());
        CHECK(pdfListed);
        // the list shows what the cases hold (measures and ICCS codes are not empty)
        const QJsonObject listed = json(reg(engine.url, {QStringLiteral("list"), QStringLiteral("--json")}));
        for (const QJsonValue& c : listed.value(QStringLiteral("cases")).toArray()) {
            CHECK_FALSE(c.toObject().value(QStringLiteral("measures")).toArray().isEmpty());
            CHECK_FALSE(c.toObject().value(QStringLiteral("iccs")).toArray().isEmpty());
        }
        const CliRun text = reg(engine.url, {QStringLiteral("list")});
        REQUIRE(text.exitCode == 0);
        for (const QByteArray& line : text.out.split('\n'))
            if (line.startsWith("IN-")) {
                INFO(line.toStdString());
                CHECK(line.contains("measures: "));
                CHECK_FALSE(line.contains("measures: -"));
                CHECK_FALSE(line.contains("ICCS: -"));
            }
        // without the identity, or with someone else's: refused
        CHECK(reg(engine.url,
                  {QStringLiteral("incoming"), pkg, QStringLiteral("--ref"), QStringLiteral("IN-PKG-2")})
                  .exitCode == 2);
        const CliRun stranger = reg(engine.url, {QStringLiteral("incoming"), pkg, QStringLiteral("--ref"),
                                                 QStringLiteral("IN-PKG-3"), QStringLiteral("--p12"),
                                                 path(QStringLiteral("sender.p12")),
                                                 QStringLiteral("--pass-file"), path(QStringLiteral("pw"))});
        CHECK(stranger.exitCode != 0);
        CHECK(reg(engine.url, {QStringLiteral("show"), QStringLiteral("IN-PKG-3")}).exitCode == 2);
    }
}
