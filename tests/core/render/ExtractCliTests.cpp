// mlawriter extract as a user runs it: the draft comes out of a signed request PDF with the same
// canonical bytes that were embedded, only after the signatures verify; an unsigned PDF needs
// --unsigned-ok; a changed, untrusted or hostile PDF is refused and nothing is written.
#include "CliRunner.h"
#include "TestSupport.h"
#include "pdf/EmbeddedFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

namespace {

const QString kSample = QStringLiteral("templates/samples/money-laundering-bank-records-es.mlar");

// The child processes get a requirements database of their own (never the user's).
void isolate(const QTemporaryDir& dir)
{
    qputenv("MLAWRITER_DATA_DIR", dir.filePath(QStringLiteral("data")).toUtf8());
}

struct Signed
{
    QTemporaryDir dir;
    QString p12, pass, ca, pdf;
};

void makeSigned(Signed& s)
{
    isolate(s.dir);
    s.p12 = s.dir.filePath(QStringLiteral("id.p12"));
    s.pass = s.dir.filePath(QStringLiteral("pass.txt"));
    s.ca = s.p12 + QStringLiteral(".ca.pem");
    s.pdf = s.dir.filePath(QStringLiteral("es.pdf"));
    REQUIRE(writeAll(s.pass, "demo-password\n"));
    const auto id = runCli({QStringLiteral("demo-identity"), QStringLiteral("--out"), s.p12,
                            QStringLiteral("--pass-file"), s.pass});
    INFO(id.err.toStdString());
    REQUIRE(id.exitCode == 0);
    const auto r = runCli({QStringLiteral("render"), sourcePath(kSample), QStringLiteral("--lang"),
                           QStringLiteral("es"), QStringLiteral("--out"), s.pdf, QStringLiteral("--sign"),
                           s.p12, QStringLiteral("--pass-file"), s.pass},
                          120000);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

CliRun extract(const QString& pdf, const QString& out, const QStringList& more = {})
{
    return runCli(QStringList{QStringLiteral("extract"), pdf, QStringLiteral("--out"), out} + more);
}

} // namespace

TEST_CASE("extract gives back the signed request's draft byte for byte, after verifying", "[cli][extract]")
{
    Signed s;
    makeSigned(s);
    const QByteArray embedded = pdf::embeddedSourceDraft(readAll(s.pdf)).value();
    const QString out = s.dir.filePath(QStringLiteral("out.mlar"));

    // untrusted signer: refused, nothing written
    const auto untrusted = extract(s.pdf, out);
    CHECK(untrusted.exitCode == 1);
    CHECK(untrusted.err.contains("nothing extracted"));
    CHECK_FALSE(QFile::exists(out));

    const auto ok = extract(s.pdf, out, {QStringLiteral("--trust"), s.ca});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(readAll(out) == embedded);
    // the same bytes as the canonical form of the sample (format writes canonically)
    const QString copy = s.dir.filePath(QStringLiteral("copy.mlar"));
    REQUIRE(QFile::copy(sourcePath(kSample), copy));
    REQUIRE(runCli({QStringLiteral("format"), copy}).exitCode == 0);
    CHECK(readAll(out) == readAll(copy));
    // and the extracted draft validates
    CHECK(runCli({QStringLiteral("validate"), out}).exitCode == 0);
}

TEST_CASE("extract refuses a PDF changed after signing and hostile embedded drafts",
          "[cli][extract][hostile]")
{
    Signed s;
    makeSigned(s);
    const QString out = s.dir.filePath(QStringLiteral("out.mlar"));
    const QByteArray bytes = readAll(s.pdf);

    SECTION("one byte of the embedded stream changed in the signed file")
    {
        // the embedded file stream sits inside the signed range: change a byte of its data
        QByteArray changed = bytes;
        const qsizetype at = changed.indexOf("/Type /EmbeddedFile");
        REQUIRE(at > 0);
        const qsizetype data = changed.indexOf("stream\n", at) + 7 + 10;
        changed[data] = char(changed[data] ^ 0x01);
        const QString bad = s.dir.filePath(QStringLiteral("changed.pdf"));
        REQUIRE(writeAll(bad, changed));
        const auto r = extract(bad, out, {QStringLiteral("--trust"), s.ca});
        CHECK(r.exitCode == 1);
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("an unsigned PDF whose embedded draft is hostile")
    {
        const QString bad = s.dir.filePath(QStringLiteral("hostile.pdf"));
        QPDF pdf;
        pdf.processMemoryFile("signed", bytes.constData(), size_t(bytes.size()));
        // drop the signature field so that only --unsigned-ok lets it through to the draft reader
        QPDFObjectHandle root = pdf.getRoot();
        root.removeKey("/AcroForm");
        for (QPDFObjectHandle page : pdf.getAllPages())
            page.removeKey("/Annots");
        QPDFObjectHandle ef = root.getKey("/AF").getArrayItem(0).getKey("/EF").getKey("/F");
        const QByteArray hostile =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE request SYSTEM \"file:///etc/passwd\">\n"
            "<request xmlns=\"urn:x-mlawriter:draft\" version=\"1\"/>\n";
        ef.replaceStreamData(hostile.toStdString(), QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
        QPDFObjectHandle params = ef.getDict().getKey("/Params");
        params.replaceKey("/Size", QPDFObjectHandle::newInteger(hostile.size()));
        params.replaceKey("/CheckSum",
                          QPDFObjectHandle::newString(
                              QCryptographicHash::hash(hostile, QCryptographicHash::Md5).toStdString()));
        const std::string outName = bad.toStdString(); // QPDFWriter keeps the pointer until write()
        QPDFWriter w(pdf, outName.c_str());
        w.write();
        const auto withoutFlag = extract(bad, out);
        CHECK(withoutFlag.exitCode == 1);
        CHECK(withoutFlag.err.contains("no signatures"));
        const auto r = extract(bad, out, {QStringLiteral("--unsigned-ok")});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("embedded draft is refused"));
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("not a PDF")
    {
        const QString bad = s.dir.filePath(QStringLiteral("garbage.pdf"));
        REQUIRE(writeAll(bad, "%PDF-1.7\nnot really\n"));
        CHECK(extract(bad, out, {QStringLiteral("--unsigned-ok")}).exitCode == 2);
        CHECK_FALSE(QFile::exists(out));
    }
    SECTION("usage")
    {
        CHECK(runCli({QStringLiteral("extract"), s.pdf}).exitCode == 2);
    }
}

TEST_CASE("extract takes the draft out of an unsigned rendering only with --unsigned-ok", "[cli][extract]")
{
    QTemporaryDir dir;
    isolate(dir);
    const QString pdfPath = dir.filePath(QStringLiteral("fr.pdf"));
    const auto r = runCli({QStringLiteral("render"), sourcePath(kSample), QStringLiteral("--lang"),
                           QStringLiteral("fr"), QStringLiteral("--out"), pdfPath},
                          120000);
    REQUIRE(r.exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("out.mlar"));
    CHECK(extract(pdfPath, out).exitCode == 1);
    CHECK_FALSE(QFile::exists(out));
    const auto ok = extract(pdfPath, out, {QStringLiteral("--unsigned-ok")});
    INFO(ok.err.toStdString());
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.err.contains("not signed"));
    CHECK(readAll(out) == pdf::embeddedSourceDraft(readAll(pdfPath)).value());
}
