// The malformed-input corpus of tests/data/draft/malformed, read in-process. Files that point
// at a "canary" get the path of a real file holding a secret: the secret must never appear in
// the result, the error or anywhere else. (tests/cli checks the same through the command line
// with a named pipe, which would block a reader that tried to open it.)
#include "draft/DraftFile.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace mla;
using mla::draft::DraftFile;

namespace {
struct Case
{
    const char* file;
    const char* code;    // expected Error::code
    const char* mention; // the message must mention this (case-insensitive)
};

const Case cases[] = {
    {"xxe-local-file.mlar", "xml.dtd", "DTD"},
    {"billion-laughs.mlar", "xml.dtd", "DTD"},
    {"external-dtd.mlar", "xml.dtd", "DTD"},
    {"xinclude.mlar", "xml.xinclude", "XInclude"},
    {"truncated.mlar", "xml.malformed", ""},
    {"wrong-namespace.mlar", "draft.not-a-draft", "namespace"},
    {"newer-version.mlar", "draft.newer-version", "version 7"},
    {"invalid-utf8.mlar", "xml.encoding", "UTF-8"},
    {"deep-nesting.mlar", "xml.depth", "deeper"},
    {"schema-violation.mlar", "xml.schema", "requestedState"},
    {"unknown-person-ref.mlar", "draft.person-ref", "p9"},
};
} // namespace

TEST_CASE("hostile and malformed drafts are refused with a named problem quickly and without reading files",
          "[draft][security]")
{
    QTemporaryDir tmp;
    const QString canary = tmp.filePath(QStringLiteral("canary.txt"));
    const QByteArray secret = "CANARY-SECRET-7f3e";
    REQUIRE(test::writeAll(canary, secret));

    for (const Case& c : cases) {
        INFO(c.file);
        QByteArray bytes =
            test::readAll(test::dataPath(QStringLiteral("draft/malformed/") + QLatin1String(c.file)));
        REQUIRE_FALSE(bytes.isEmpty());
        bytes.replace("@CANARY@", canary.toUtf8());
        const QString name = QLatin1String(c.file);
        QElapsedTimer t;
        t.start();
        const auto r = DraftFile::parse(bytes, name);
        const qint64 ms = t.elapsed();
        REQUIRE_FALSE(r.ok());
        const Error& e = r.error();
        INFO(e.toString().toStdString());
        CHECK(e.code == QLatin1String(c.code));
        CHECK(e.file == name);
        CHECK(e.toString().contains(QLatin1String(c.mention), Qt::CaseInsensitive));
        CHECK_FALSE(e.toString().toUtf8().contains(secret));
        CHECK(ms < 500);
    }
}

TEST_CASE("errors carry line numbers where the file has them", "[draft]")
{
    const QByteArray bytes =
        test::readAll(test::dataPath(QStringLiteral("draft/malformed/schema-violation.mlar")));
    const auto r = DraftFile::parse(bytes, QStringLiteral("s.mlar"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().line == 3);
    CHECK(r.error().toString().startsWith(QStringLiteral("s.mlar:3")));
}

TEST_CASE("a file over the size cap is refused before it is parsed", "[draft][security]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("huge.mlar"));
    QByteArray big("<?xml version=\"1.0\"?><request xmlns=\"urn:x-mlawriter:draft\" version=\"1\" id=\"x\" "
                   "status=\"draft\">");
    big.append(QByteArray(DraftFile::maxBytes, ' '));
    big.append("</request>");
    REQUIRE(test::writeAll(path, big));
    QElapsedTimer t;
    t.start();
    const auto r = DraftFile::read(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("xml.too-large"));
    CHECK(r.error().file == path);
    CHECK(t.elapsed() < 500);
}

TEST_CASE("an empty file and a directory and a missing file give distinct clear errors", "[draft]")
{
    QTemporaryDir tmp;
    const QString empty = tmp.filePath(QStringLiteral("empty.mlar"));
    REQUIRE(test::writeAll(empty, {}));
    CHECK(DraftFile::read(empty).error().code == QStringLiteral("xml.empty"));
    CHECK(DraftFile::read(tmp.path()).error().code == QStringLiteral("draft.not-a-file"));
    CHECK(DraftFile::read(tmp.filePath(QStringLiteral("none.mlar"))).error().code ==
          QStringLiteral("draft.not-found"));
}

TEST_CASE("an undeclared entity and a measure field of the wrong kind are refused", "[draft]")
{
    const QByteArray entity =
        "<?xml version=\"1.0\"?>\n<request xmlns=\"urn:x-mlawriter:draft\" version=\"1\" id=\"x\" "
        "status=\"draft\"><requestedState>&xxe;</requestedState></request>";
    CHECK(DraftFile::parse(entity, QStringLiteral("e")).error().code == QStringLiteral("xml.entity"));
    const QByteArray wrongKind = "<?xml version=\"1.0\"?>\n<request xmlns=\"urn:x-mlawriter:draft\" "
                                 "version=\"1\" id=\"x\" status=\"draft\">"
                                 "<measures><measure id=\"m1\" type=\"bank-records\"><field "
                                 "key=\"accounts\"><plain>1</plain></field></measure>"
                                 "</measures></request>";
    const auto r = DraftFile::parse(wrongKind, QStringLiteral("k"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("draft.field"));
    const QByteArray badDate = "<?xml version=\"1.0\"?>\n<request xmlns=\"urn:x-mlawriter:draft\" "
                               "version=\"1\" id=\"x\" status=\"draft\">"
                               "<measures><measure id=\"m1\" type=\"bank-records\"><field "
                               "key=\"periodFrom\"><plain>yesterday</plain></field>"
                               "</measure></measures></request>";
    CHECK(DraftFile::parse(badDate, QStringLiteral("d")).error().code == QStringLiteral("draft.field"));
    const QByteArray dupIds = "<?xml version=\"1.0\"?>\n<request xmlns=\"urn:x-mlawriter:draft\" "
                              "version=\"1\" id=\"x\" status=\"draft\">"
                              "<persons><person id=\"p1\" role=\"witness\"/><person id=\"p1\" "
                              "role=\"victim\"/></persons></request>";
    CHECK(DraftFile::parse(dupIds, QStringLiteral("u")).error().code == QStringLiteral("draft.duplicate-id"));
}
