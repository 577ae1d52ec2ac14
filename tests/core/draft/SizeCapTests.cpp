// The documented caps are the real ones (issue 11): a draft of exactly 16 MiB is read, one byte
// more is refused, libxml2's own 10 MB limits ("Huge input lookup", "Comment too big", text
// nodes) no longer apply below the cap, and an element with too many attributes (which
// libxml2 checks pairwise) is refused before parsing.
#include "base/SafeXml.h"
#include "draft/DraftFile.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace mla;
using mla::draft::DraftFile;

namespace {

const qint64 cap = 16 * 1024 * 1024;

// The sample draft padded with a comment after the root element to exactly `size` bytes.
QByteArray paddedDraft(qint64 size)
{
    QByteArray bytes = test::readAll(
        test::sourcePath(QStringLiteral("templates/samples/online-fraud-electronic-evidence-en.mlar")));
    REQUIRE(!bytes.isEmpty());
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    const qint64 padding = size - bytes.size() - qint64(sizeof("<!---->\n") - 1);
    REQUIRE(padding > 0);
    bytes += "<!--" + QByteArray(padding, 'p') + "-->\n";
    REQUIRE(bytes.size() == size);
    return bytes;
}

QByteArray elementWithAttributes(int n)
{
    QByteArray b = "<?xml version=\"1.0\"?>\n<!-- a=1 b=2 c=3 -->\n<root>\n  <e";
    for (int i = 0; i < n; ++i)
        b += " a" + QByteArray::number(i) + "=\"x=y>z\"";
    return b + "/>\n</root>\n";
}

} // namespace

TEST_CASE("a draft of exactly 16 MiB is read and one byte more is refused", "[draft][limits][hostile]")
{
    REQUIRE(DraftFile::maxBytes == cap);
    const QByteArray atCap = paddedDraft(cap);
    const auto ok = DraftFile::parse(atCap, QStringLiteral("at-cap.mlar"));
    INFO((ok.ok() ? QString() : ok.error().detail).toStdString());
    CHECK(ok.ok());

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("at-cap.mlar"));
    REQUIRE(test::writeAll(path, atCap));
    CHECK(DraftFile::read(path).ok());

    const QByteArray over = paddedDraft(cap + 1);
    const auto refused = DraftFile::parse(over, QStringLiteral("over.mlar"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("xml.too-large"));
    const QString overPath = dir.filePath(QStringLiteral("over.mlar"));
    REQUIRE(test::writeAll(overPath, over));
    const auto refusedFile = DraftFile::read(overPath);
    REQUIRE_FALSE(refusedFile.ok());
    CHECK(refusedFile.error().code == QStringLiteral("xml.too-large"));
}

TEST_CASE("a text node larger than libxml2's 10 MB default is read below the cap", "[xml][limits]")
{
    const QByteArray doc = "<root>" + QByteArray(12 * 1024 * 1024, 't') + "</root>";
    const auto r = xml::parse(doc, QStringLiteral("big-text.xml"));
    INFO((r.ok() ? QString() : r.error().detail).toStdString());
    REQUIRE(r.ok());
    CHECK(xml::text(xmlDocGetRootElement(r.value().get())).size() == 12 * 1024 * 1024);
}

TEST_CASE("an element with more attributes than the cap is refused with its line", "[xml][limits][hostile]")
{
    // Quoted '=' and '>' and the comment's '=' are not attributes: 256 is accepted.
    const auto ok = xml::parse(elementWithAttributes(256), QStringLiteral("attrs.xml"));
    INFO((ok.ok() ? QString() : ok.error().detail).toStdString());
    CHECK(ok.ok());

    const auto r = xml::parse(elementWithAttributes(257), QStringLiteral("attrs.xml"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("xml.attributes"));
    CHECK(r.error().file == QStringLiteral("attrs.xml"));
    CHECK(r.error().line == 4);
    CHECK(r.error().detail.contains(QStringLiteral("256")));

    // The hostile case libxml2 alone would spend minutes on: 16 MiB of attributes on one element.
    QByteArray hostile = "<r";
    while (hostile.size() < cap - 64)
        hostile += " a" + QByteArray::number(hostile.size()) + "=''";
    hostile += "/>";
    const auto h = xml::parse(hostile, QStringLiteral("hostile.xml"));
    REQUIRE_FALSE(h.ok());
    CHECK(h.error().code == QStringLiteral("xml.attributes"));
}
