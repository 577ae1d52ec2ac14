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
