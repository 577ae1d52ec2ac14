#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace mla::test;

namespace {
QStringList samples()
{
    const QDir dir(sourcePath(QStringLiteral("templates/samples")));
    QStringList out;
    for (const auto& f : dir.entryList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}
} // namespace

TEST_CASE("help and version answer with exit 0 and unknown commands and options are usage errors", "[cli]")
{
    auto help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("validate DRAFT"));
    CHECK(help.out.contains("Exit codes"));
    auto version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith("mlawriter "));
    CHECK(runCli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("--frobnicate")}).exitCode == 2);
    auto missing = runCli({QStringLiteral("validate")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains("Usage"));
}

TEST_CASE("validate accepts every sample", "[cli][samples]")
{
    for (const QString& s : samples()) {
        INFO(s.toStdString());
        const auto r = runCli({QStringLiteral("validate"), s});
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("valid draft"));
        CHECK(r.err.isEmpty());
    }
}

TEST_CASE(
    "the hostile corpus exits 2 with file:line: message, in well under a second, never opening the canary",
    "[cli][security]")
{
    QTemporaryDir tmp;
    // A named pipe: opening it for reading blocks until a writer comes, so a parser that tried to
    // fetch it would hang and the run would time out.
    const QString fifo = tmp.filePath(QStringLiteral("canary.fifo"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QDir corpus(dataPath(QStringLiteral("draft/malformed")));
    const auto files = corpus.entryList({QStringLiteral("*.mlar")}, QDir::Files);
    REQUIRE(files.size() >= 10);
    for (const QString& f : files) {
        INFO(f.toStdString());
        QByteArray bytes = readAll(corpus.filePath(f));
        bytes.replace("@CANARY@", fifo.toUtf8());
        const QString path = tmp.filePath(f);
        REQUIRE(writeAll(path, bytes));
        const auto r = runCli({QStringLiteral("validate"), path}, 10000);
        REQUIRE(r.finished);
        CHECK(r.exitCode == 2);
        INFO(r.err.toStdString());
        CHECK(r.err.startsWith(path.toUtf8() + ':'));
        CHECK(r.ms < 1000);
    }
}

TEST_CASE("format rewrites a valid draft canonically and refuses to touch an invalid one", "[cli]")
{
    QTemporaryDir tmp;
    const QString sample = samples().first();
    const QByteArray canonical = readAll(sample);
    // A non-canonical but equivalent version: no indentation.
    QByteArray compact = canonical;
    compact.replace("\n  ", "\n").replace("\n    ", "\n");
    QByteArray flat;
    for (const QByteArray& line : compact.split('\n'))
        flat += line.trimmed() + (line.trimmed().endsWith('>') ? "" : "\n");
    const QString path = tmp.filePath(QStringLiteral("d.mlar"));
    REQUIRE(writeAll(path, flat));
    const auto r = runCli({QStringLiteral("format"), path});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(readAll(path) == canonical);
    CHECK(runCli({QStringLiteral("format"), QStringLiteral("--check"), path}).exitCode == 0);

    const QString bad = tmp.filePath(QStringLiteral("bad.mlar"));
    const QByteArray truncated = canonical.left(canonical.size() / 2);
    REQUIRE(writeAll(bad, truncated));
    const auto b = runCli({QStringLiteral("format"), bad});
    CHECK(b.exitCode == 2);
    CHECK(readAll(bad) == truncated);
    CHECK_FALSE(QFile::exists(bad + QStringLiteral(".bak")));
}

TEST_CASE("render --sign refuses while blocking findings remain and signs a clean request", "[cli][sign]")
{
    QTemporaryDir tmp;
    const QString p12 = tmp.filePath(QStringLiteral("id.p12"));
    const QString pass = tmp.filePath(QStringLiteral("pass.txt"));
    REQUIRE(writeAll(pass, "demo-password\n"));
    const auto id = runCli(
        {QStringLiteral("demo-identity"), QStringLiteral("--out"), p12, QStringLiteral("--pass-file"), pass});
    INFO(id.err.toStdString());
    REQUIRE(id.exitCode == 0);

    const QString sample =
        sourcePath(QStringLiteral("templates/samples/money-laundering-bank-records-es.mlar"));
    // In English the Spanish free text has no translation: blocking, and nothing is written.
    const QString refused = tmp.filePath(QStringLiteral("en.pdf"));
    const auto r1 = runCli({QStringLiteral("render"), sample, QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("--out"), refused, QStringLiteral("--sign"), p12,
                            QStringLiteral("--pass-file"), pass},
                           120000);
    CHECK(r1.exitCode == 1);
    CHECK(r1.err.contains("blocking"));
    CHECK_FALSE(QFile::exists(refused));

    // In its own language it signs, and verifies against the demo CA.
    const QString signedPdf = tmp.filePath(QStringLiteral("es.pdf"));
    const auto r2 = runCli({QStringLiteral("render"), sample, QStringLiteral("--lang"), QStringLiteral("es"),
                            QStringLiteral("--out"), signedPdf, QStringLiteral("--sign"), p12,
                            QStringLiteral("--pass-file"), pass},
                           120000);
    INFO(r2.err.toStdString());
    REQUIRE(r2.exitCode == 0);
    const auto v = runCli(
        {QStringLiteral("verify"), signedPdf, QStringLiteral("--trust"), p12 + QStringLiteral(".ca.pem")});
    INFO(v.out.toStdString());
    CHECK(v.exitCode == 0);
    // Without the trust anchor the signature is intact but not trusted.
    CHECK(runCli({QStringLiteral("verify"), signedPdf}).exitCode == 1);

    // A wrong password is a clear error, and no file is written.
    REQUIRE(writeAll(pass, "wrong\n"));
    const QString other = tmp.filePath(QStringLiteral("other.pdf"));
    const auto r3 = runCli({QStringLiteral("render"), sample, QStringLiteral("--lang"), QStringLiteral("es"),
                            QStringLiteral("--out"), other, QStringLiteral("--sign"), p12,
                            QStringLiteral("--pass-file"), pass});
    CHECK(r3.exitCode == 2);
    CHECK(r3.err.contains("password"));
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("sign refuses a draft rendering and a countersignature over a changed document, --force says so",
          "[cli][sign]")
{
    QTemporaryDir tmp;
    const QString p12 = tmp.filePath(QStringLiteral("id.p12"));
    const QString pass = tmp.filePath(QStringLiteral("pass.txt"));
    REQUIRE(writeAll(pass, "demo-password\n"));
    REQUIRE(runCli({QStringLiteral("demo-identity"), QStringLiteral("--out"), p12,
                    QStringLiteral("--pass-file"), pass})
                .exitCode == 0);
    const QString sample =
        sourcePath(QStringLiteral("templates/samples/money-laundering-bank-records-es.mlar"));
    const QString ca = p12 + QStringLiteral(".ca.pem");

    // A rendering with the DRAFT watermark (and, in English, untranslated Spanish free text).
    const QString draftPdf = tmp.filePath(QStringLiteral("draft-en.pdf"));
    REQUIRE(runCli({QStringLiteral("render"), sample, QStringLiteral("--lang"), QStringLiteral("en"),
                    QStringLiteral("--out"), draftPdf},
                   120000)
                .exitCode == 0);
    const QString refused = tmp.filePath(QStringLiteral("refused.pdf"));
    const auto r1 = runCli({QStringLiteral("sign"), draftPdf, QStringLiteral("--p12"), p12,
                            QStringLiteral("--pass-file"), pass, QStringLiteral("--out"), refused});
    INFO(r1.err.toStdString());
    CHECK(r1.exitCode == 1);
    CHECK(r1.err.contains("DRAFT watermark"));
    CHECK(r1.err.contains("untranslated"));
    CHECK(r1.err.contains("--force"));
    CHECK_FALSE(QFile::exists(refused));

    // --force signs, and the signature's reason records what it was signed over.
    const QString forced = tmp.filePath(QStringLiteral("forced.pdf"));
    const auto r2 =
        runCli({QStringLiteral("sign"), draftPdf, QStringLiteral("--p12"), p12, QStringLiteral("--pass-file"),
                pass, QStringLiteral("--force"), QStringLiteral("--out"), forced});
    INFO(r2.err.toStdString());
    REQUIRE(r2.exitCode == 0);
    CHECK(r2.err.contains("--force"));
    const auto v2 =
        runCli({QStringLiteral("verify"), forced, QStringLiteral("--json"), QStringLiteral("--trust"), ca});
    CHECK(v2.out.contains("signed although: it was rendered as a draft"));

    // A request rendered for signing is countersigned without a word.
    const QString signedPdf = tmp.filePath(QStringLiteral("es.pdf"));
    REQUIRE(runCli({QStringLiteral("render"), sample, QStringLiteral("--lang"), QStringLiteral("es"),
                    QStringLiteral("--out"), signedPdf, QStringLiteral("--sign"), p12,
                    QStringLiteral("--pass-file"), pass},
                   120000)
                .exitCode == 0);
    const QString counter = tmp.filePath(QStringLiteral("counter.pdf"));
    const auto r3 = runCli({QStringLiteral("sign"), signedPdf, QStringLiteral("--p12"), p12,
                            QStringLiteral("--pass-file"), pass, QStringLiteral("--invisible"),
                            QStringLiteral("--out"), counter});
    INFO(r3.err.toStdString());
    CHECK(r3.exitCode == 0);
    CHECK_FALSE(r3.err.contains("DRAFT"));

    // The same document with one signed byte changed (in the first third of the file, inside the
    // first signed range): the countersignature is refused and nothing is written.
    QByteArray bytes = readAll(signedPdf);
    REQUIRE(bytes.size() > 3000);
    const qsizetype at = bytes.size() / 3;
    bytes[at] = bytes[at] == 'x' ? 'y' : 'x';
    const QString changed = tmp.filePath(QStringLiteral("changed.pdf"));
    REQUIRE(writeAll(changed, bytes));
    const QString counter2 = tmp.filePath(QStringLiteral("counter2.pdf"));
    const auto r4 = runCli({QStringLiteral("sign"), changed, QStringLiteral("--p12"), p12,
                            QStringLiteral("--pass-file"), pass, QStringLiteral("--out"), counter2});
    INFO(r4.err.toStdString());
    CHECK(r4.exitCode == 1);
    CHECK(r4.err.contains("does not verify"));
    CHECK_FALSE(QFile::exists(counter2));

    // Not a PDF: a usage error naming the file.
    const QString junk = tmp.filePath(QStringLiteral("junk.pdf"));
    REQUIRE(writeAll(junk, "not a pdf"));
    const auto r5 =
        runCli({QStringLiteral("sign"), junk, QStringLiteral("--p12"), p12, QStringLiteral("--pass-file"),
                pass, QStringLiteral("--out"), tmp.filePath(QStringLiteral("x.pdf"))});
    CHECK(r5.exitCode == 2);
    CHECK(r5.err.contains("junk.pdf"));
}

TEST_CASE("the headless demonstration renders signs countersigns and verifies every sample", "[cli][demo]")
{
    QTemporaryDir tmp;
    const auto r = runCli({QStringLiteral("demo"), QStringLiteral("--out"), tmp.path()}, 300000);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.count("verify: ") == 6);
    CHECK(r.out.count("all valid and trusted") == 6);
    CHECK(r.out.count("render ") == 18);
    const QDir out(tmp.path());
    CHECK(out.entryList({QStringLiteral("*.countersigned.pdf")}, QDir::Files).size() == 3);
}
