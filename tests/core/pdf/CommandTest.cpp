// The sign, verify and demo-identity commands: exit codes, messages and files.
#include "PdfTestSupport.h"
#include "TestSupport.h"

#include "cli/Cli.h"
#include "cli/Commands.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace mla;
using namespace mla::test;

namespace {

struct CommandRun
{
    int exitCode;
    QString out;
    QString err;
};

CommandRun run(cli::CommandFn command, const QStringList& args)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const int code = command(args, outStream, errStream);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

QString passFile(const QByteArray& password)
{
    const QString path = scratch(QStringLiteral("pass-%1.txt").arg(QString::fromLatin1(password.toHex())));
    write(path, password + '\n');
    return path;
}

} // namespace

TEST_CASE("demo-identity, sign, countersign and verify from the command line", "[pdf][cli]")
{
    const QString pass = passFile(testPassword);
    const QString p12 = scratch(QStringLiteral("cli-demo.p12"));
    CommandRun demo =
        run(cli::demoIdentityCommand, {QStringLiteral("--out"), p12, QStringLiteral("--pass-file"), pass});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == cli::Ok);
    CHECK(demo.out.contains(QLatin1String("DEMO")));
    REQUIRE(QFile::exists(p12));
    REQUIRE(QFile::exists(p12 + QStringLiteral(".ca.pem")));
    const QString reviewerP12 = scratch(QStringLiteral("cli-reviewer.p12"));
    REQUIRE(
        run(cli::demoIdentityCommand, {QStringLiteral("--out"), reviewerP12, QStringLiteral("--pass-file"),
                                       pass, QStringLiteral("--name"), QStringLiteral("Reviewer")})
            .exitCode == cli::Ok);

    const QString plain = scratch(QStringLiteral("cli-plain.pdf"));
    REQUIRE(write(plain, makeTextPdf(6)));
    const QString signedPath = scratch(QStringLiteral("cli-signed.pdf"));
    CommandRun sign = run(
        cli::signCommand,
        {plain, QStringLiteral("--p12"), p12, QStringLiteral("--pass-file"), pass, QStringLiteral("--reason"),
         QStringLiteral("Request under article 18"), QStringLiteral("--location"), QStringLiteral("Vienna"),
         QStringLiteral("--contact"), QStringLiteral("ca@example.org"), QStringLiteral("--out"), signedPath});
    INFO(sign.err.toStdString());
    REQUIRE(sign.exitCode == cli::Ok);

    // Trusted through --trust: exit 0; without it: exit 1 and a reason on stderr.
    const QString trust = p12 + QStringLiteral(".ca.pem");
    CommandRun ok = run(cli::verifyCommand, {signedPath, QStringLiteral("--trust"), trust});
    INFO(ok.out.toStdString() + ok.err.toStdString());
    CHECK(ok.exitCode == cli::Ok);
    CHECK(ok.out.contains(QLatin1String("VALID")));
    CHECK(ok.out.contains(QLatin1String("Request under article 18")));
    CommandRun untrusted = run(cli::verifyCommand, {signedPath});
    CHECK(untrusted.exitCode == cli::Invalid);
    CHECK(untrusted.err.contains(QLatin1String("not trusted")));

    // Countersigned by the reviewer (password from the environment), both CAs in one --trust file.
    const QString countersigned = scratch(QStringLiteral("cli-countersigned.pdf"));
    qputenv("MLAWRITER_P12_PASSWORD", testPassword);
    CommandRun counter =
        run(cli::signCommand, {signedPath, QStringLiteral("--p12"), reviewerP12,
                               QStringLiteral("--invisible"), QStringLiteral("--out"), countersigned});
    qunsetenv("MLAWRITER_P12_PASSWORD");
    INFO(counter.err.toStdString());
    REQUIRE(counter.exitCode == cli::Ok);
    const QString bothTrust = scratch(QStringLiteral("cli-both.pem"));
    REQUIRE(write(bothTrust, readAll(trust) + readAll(reviewerP12 + QStringLiteral(".ca.pem"))));
    CommandRun json = run(cli::verifyCommand,
                          {countersigned, QStringLiteral("--json"), QStringLiteral("--trust"), bothTrust});
    INFO(json.out.toStdString() + json.err.toStdString());
    CHECK(json.exitCode == cli::Ok);
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8());
    CHECK(doc.object().value(QStringLiteral("valid")).toBool());
    CHECK(doc.object().value(QStringLiteral("signatures")).toArray().size() == 2);

    // Tampered: exit 1, saying what.
    QByteArray bytes = readAll(countersigned);
    const qsizetype at = bytes.indexOf("/CreationDate (D:") + 17;
    REQUIRE(at > 17);
    bytes[at] = bytes[at] == '1' ? '2' : '1';
    const QString tampered = scratch(QStringLiteral("cli-tampered.pdf"));
    REQUIRE(write(tampered, bytes));
    CommandRun bad = run(cli::verifyCommand, {tampered, QStringLiteral("--trust"), bothTrust});
    CHECK(bad.exitCode == cli::Invalid);
    CHECK(bad.err.contains(QLatin1String("changed after signing")));
}

TEST_CASE("command errors: wrong password, no password, unreadable PDF, bad usage", "[pdf][cli][errors]")
{
    const QString p12 = scratch(QStringLiteral("cli-errors.p12"));
    write(p12, signerIdentity().demo.p12);
    const QString plain = scratch(QStringLiteral("cli-errors.pdf"));
    write(plain, makeTextPdf(1));
    const QString out = scratch(QStringLiteral("cli-errors-out.pdf"));

    CommandRun wrong =
        run(cli::signCommand, {plain, QStringLiteral("--p12"), p12, QStringLiteral("--pass-file"),
                               passFile("not the password"), QStringLiteral("--out"), out});
    CHECK(wrong.exitCode == cli::BadInput);
    CHECK(wrong.err.contains(QLatin1String("wrong password")));
    CHECK(wrong.err.contains(p12));
    CHECK(!wrong.err.contains(QLatin1String("not the password")));
    CHECK(!QFile::exists(out));

    qunsetenv("MLAWRITER_P12_PASSWORD");
    CommandRun none =
        run(cli::signCommand, {plain, QStringLiteral("--p12"), p12, QStringLiteral("--out"), out});
    CHECK(none.exitCode == cli::BadInput);
    CHECK(none.err.contains(QLatin1String("MLAWRITER_P12_PASSWORD")));

    const QString garbage = scratch(QStringLiteral("cli-garbage.pdf"));
    write(garbage, QByteArray("this is not a PDF"));
    CommandRun unreadable = run(cli::verifyCommand, {garbage});
    CHECK(unreadable.exitCode == cli::BadInput);
    CHECK(unreadable.err.startsWith(garbage));

    CHECK(run(cli::verifyCommand, {}).exitCode == cli::BadInput);
    CHECK(run(cli::verifyCommand, {plain, QStringLiteral("--bogus")}).exitCode == cli::BadInput);
    CHECK(run(cli::signCommand, {plain}).exitCode == cli::BadInput);
    CHECK(run(cli::demoIdentityCommand, {}).exitCode == cli::BadInput);

    // An unsigned PDF: readable, but nothing valid in it.
    CommandRun unsignedRun = run(cli::verifyCommand, {plain});
    CHECK(unsignedRun.exitCode == cli::Invalid);
    CHECK(unsignedRun.err.contains(QLatin1String("no signatures")));
}
