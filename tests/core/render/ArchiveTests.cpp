// The archival PDF: the request's draft travels inside as a PDF/A-3 associated file (and the
// usual tools list it), XMP matches the document information, an sRGB output intent, a unique
// /ID per rendering, PDF 1.7; the embedded draft reads back to the same canonical bytes, and
// hostile embedded drafts are refused.
#include "SampleRequest.h"
#include "TestSupport.h"
#include "draft/DraftFile.h"
#include "model/Vocabulary.h"
#include "pdf/DemoIdentity.h"
#include "pdf/EmbeddedFiles.h"
#include "pdf/Identity.h"
#include "pdf/Signer.h"
#include "render/PdfFinisher.h"
#include "render/Renderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <catch2/catch.hpp>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <iostream>
#include <memory>

using namespace mla;
using namespace mla::render;

namespace {

const QString kSample = QStringLiteral("templates/samples/money-laundering-bank-records-es.mlar");

struct Sample
{
    QString path;
    QByteArray canonical;
};

Sample renderDraftSample(const QTemporaryDir& dir, const QString& lang, const QString& name = {})
{
    auto req = draft::DraftFile::read(test::sourcePath(kSample));
    REQUIRE(req.ok());
    RenderContext ctx = test::sampleContext(lang);
    Sample s;
    s.path = dir.filePath((name.isEmpty() ? lang : name) + QStringLiteral(".pdf"));
    auto res = renderPdf(req.value(), ctx, s.path);
    INFO((res.ok() ? QString() : res.error().toString()).toStdString());
    REQUIRE(res.ok());
    s.canonical = draft::DraftFile::serialize(req.value());
    return s;
}

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString& program, const QStringList& args)
{
    Run r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return r;
}

bool have(const QString& program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

QString xpathText(xmlDocPtr doc, const char* expr)
{
    std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> ctx(xmlXPathNewContext(doc),
                                                                         xmlXPathFreeContext);
    const std::pair<const char*, const char*> ns[] = {{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
                                                      {"dc", "http://purl.org/dc/elements/1.1/"},
                                                      {"pdf", "http://ns.adobe.com/pdf/1.3/"},
                                                      {"xmp", "http://ns.adobe.com/xap/1.0/"},
                                                      {"xmpMM", "http://ns.adobe.com/xap/1.0/mm/"},
                                                      {"pdfaid", "http://www.aiim.org/pdfa/ns/id/"},
                                                      {"pdfuaid", "http://www.aiim.org/pdfua/ns/id/"},
                                                      {"mla", "urn:x-mlawriter:pdf:1#"}};
    for (const auto& [p, u] : ns)
        xmlXPathRegisterNs(ctx.get(), reinterpret_cast<const xmlChar*>(p),
                           reinterpret_cast<const xmlChar*>(u));
    std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> obj(
        xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(expr), ctx.get()), xmlXPathFreeObject);
    if (!obj || !obj->nodesetval || obj->nodesetval->nodeNr < 1)
        return {};
    xmlChar* c = xmlNodeGetContent(obj->nodesetval->nodeTab[0]);
    const QString s = QString::fromUtf8(reinterpret_cast<const char*>(c));
    xmlFree(c);
    return s;
}

// "D:20261201204500Z" and "2026-12-01T20:45:00Z" name the same instant.
QString pdfDateAsXmp(const std::string& d)
{
    const QString s = QString::fromStdString(d);
    static const QRegularExpression re(
        QStringLiteral("^D:(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})Z$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return s;
    return QStringLiteral("%1-%2-%3T%4:%5:%6Z")
        .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5), m.captured(6));
}

// Replaces the embedded draft of `pdfPath` by `data` (keeping a consistent /Params), written to
// `outPath`: a PDF as a hostile sender could make it.
void replaceEmbedded(const QString& pdfPath, const QByteArray& data, const QString& outPath,
                     bool fixParams = true)
{
    QPDF pdf;
    pdf.processFile(pdfPath.toStdString().c_str());
    QPDFObjectHandle spec = pdf.getRoot().getKey("/AF").getArrayItem(0);
    QPDFObjectHandle ef = spec.getKey("/EF").getKey("/F");
    ef.replaceStreamData(data.toStdString(), QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    if (fixParams) {
        QPDFObjectHandle params = ef.getDict().getKey("/Params");
        params.replaceKey("/Size", QPDFObjectHandle::newInteger(data.size()));
        params.replaceKey("/CheckSum",
                          QPDFObjectHandle::newString(
                              QCryptographicHash::hash(data, QCryptographicHash::Md5).toStdString()));
    }
    const std::string outName = outPath.toStdString(); // QPDFWriter keeps the pointer until write()
    QPDFWriter w(pdf, outName.c_str());
    w.write();
}

} // namespace

TEST_CASE("the canonical draft is embedded as a PDF/A-3 associated file", "[render][pdfa][embedded]")
{
    QTemporaryDir dir;
    const Sample s = renderDraftSample(dir, QStringLiteral("fr"));
    QPDF pdf;
    pdf.processFile(s.path.toStdString().c_str());
    QPDFObjectHandle root = pdf.getRoot();
    QPDFObjectHandle af = root.getKey("/AF");
    REQUIRE(af.isArray());
    REQUIRE(af.getArrayNItems() == 1);
    QPDFObjectHandle spec = af.getArrayItem(0);
    CHECK(spec.isIndirect());
    CHECK(spec.getKey("/Type").isNameAndEquals("/Filespec"));
    CHECK(spec.getKey("/AFRelationship").isNameAndEquals("/Source"));
    CHECK(spec.getKey("/F").getUTF8Value() == "request.mlar");
    CHECK(spec.getKey("/UF").getUTF8Value() == "request.mlar");
    CHECK_FALSE(spec.getKey("/Desc").getUTF8Value().empty());
    QPDFObjectHandle ef = spec.getKey("/EF").getKey("/F");
    REQUIRE(ef.isStream());
    QPDFObjectHandle dict = ef.getDict();
    CHECK(dict.getKey("/Type").isNameAndEquals("/EmbeddedFile"));
    CHECK(dict.getKey("/Subtype").isNameAndEquals("/application/xml"));
    QPDFObjectHandle params = dict.getKey("/Params");
    REQUIRE(params.isDictionary());
    CHECK(params.getKey("/Size").getIntValue() == s.canonical.size());
    CHECK(QByteArray::fromStdString(params.getKey("/CheckSum").getStringValue()) ==
          QCryptographicHash::hash(s.canonical, QCryptographicHash::Md5));
    CHECK(params.getKey("/ModDate").isString());
    CHECK(params.getKey("/CreationDate").isString());
    std::shared_ptr<Buffer> data = ef.getStreamData();
    CHECK(QByteArray(reinterpret_cast<const char*>(data->getBuffer()), qsizetype(data->getSize())) ==
          s.canonical);
    // the /EmbeddedFiles name tree lists the same file specification
    QPDFObjectHandle names = root.getKey("/Names").getKey("/EmbeddedFiles").getKey("/Names");
    REQUIRE(names.isArray());
    REQUIRE(names.getArrayNItems() == 2);
    CHECK(names.getArrayItem(0).getUTF8Value() == "request.mlar");
    CHECK(names.getArrayItem(1).getObjGen() == spec.getObjGen());

    // and core/pdf's reader gives the same bytes back
    auto embedded = pdf::embeddedSourceDraft(test::readAll(s.path));
    INFO((embedded.ok() ? QString() : embedded.error().toString()).toStdString());
    REQUIRE(embedded.ok());
    CHECK(embedded.value() == s.canonical);
    auto list = pdf::embeddedFiles(test::readAll(s.path));
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 1);
    CHECK(list.value().first().associated);
    CHECK(list.value().first().relationship == QLatin1String("Source"));
    CHECK(list.value().first().mimeType == QLatin1String("application/xml"));
}

TEST_CASE("pdfdetach, qpdf and mutool list the embedded draft, and pdfdetach extracts the same bytes",
          "[render][pdfa][embedded][tools]")
{
    QTemporaryDir dir;
    const Sample s = renderDraftSample(dir, QStringLiteral("ar"));
    if (have(QStringLiteral("pdfdetach"))) {
        const Run list = run(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), s.path});
        INFO(list.out.toStdString());
        CHECK(list.exitCode == 0);
        CHECK(list.out.contains(QStringLiteral("1 embedded files")));
        CHECK(list.out.contains(QStringLiteral("request.mlar")));
        const QString saved = dir.filePath(QStringLiteral("detached.mlar"));
        CHECK(run(QStringLiteral("pdfdetach"),
                  {QStringLiteral("-save"), QStringLiteral("1"), QStringLiteral("-o"), saved, s.path})
                  .exitCode == 0);
        CHECK(test::readAll(saved) == s.canonical);
    } else {
        WARN("pdfdetach not installed (poppler-utils): skipped");
    }
    if (have(QStringLiteral("qpdf"))) {
        const Run list = run(QStringLiteral("qpdf"),
                             {QStringLiteral("--list-attachments"), QStringLiteral("--verbose"), s.path});
        INFO(list.out.toStdString());
        CHECK(list.exitCode == 0);
        CHECK(list.out.contains(QStringLiteral("request.mlar")));
        CHECK(list.out.contains(QStringLiteral("application/xml")));
        const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), s.path});
        INFO(check.out.toStdString());
        CHECK(check.exitCode == 0);
        CHECK(check.out.contains(QStringLiteral("No syntax or stream encoding errors")));
    }
    if (have(QStringLiteral("mutool"))) {
        const Run info =
            run(QStringLiteral("mutool"), {QStringLiteral("show"), s.path, QStringLiteral("Root/AF/1")});
        INFO(info.out.toStdString());
        CHECK(info.exitCode == 0);
        CHECK(info.out.contains(QStringLiteral("/AFRelationship /Source")));
        CHECK(info.out.contains(QStringLiteral("request.mlar")));
        const Run ef = run(QStringLiteral("mutool"), {QStringLiteral("show"), QStringLiteral("-b"), s.path,
                                                      QStringLiteral("Root/AF/1/EF/F")});
        CHECK(ef.out.toUtf8() == s.canonical);
    }
}

TEST_CASE("hostile embedded drafts are refused by the container reader or the draft reader",
          "[render][embedded][hostile]")
{
    QTemporaryDir dir;
    const Sample s = renderDraftSample(dir, QStringLiteral("en"));
    const QString bad = dir.filePath(QStringLiteral("bad.pdf"));

    SECTION("a changed byte without a matching checksum")
    {
        QByteArray changed = s.canonical;
        changed[changed.size() / 2] = 'X';
        replaceEmbedded(s.path, changed, bad, false);
        auto r = pdf::embeddedSourceDraft(test::readAll(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("pdf.embedded.checksum"));
    }
    SECTION("an entity expansion (billion laughs) passes the container but not the draft reader")
    {
        const QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
                                  "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                                  "<request xmlns=\"urn:x-mlawriter:draft\" version=\"1\">&b;</request>\n";
        replaceEmbedded(s.path, laughs, bad);
        auto r = pdf::embeddedSourceDraft(test::readAll(bad));
        REQUIRE(r.ok());
        auto parsed = draft::DraftFile::parse(r.value(), QStringLiteral("embedded"));
        CHECK_FALSE(parsed.ok());
    }
    SECTION("a compressed stream that inflates past the cap is stopped while decoding")
    {
        QPDF pdf;
        pdf.processFile(s.path.toStdString().c_str());
        QPDFObjectHandle ef = pdf.getRoot().getKey("/AF").getArrayItem(0).getKey("/EF").getKey("/F");
        // 17 MiB of zeros compress to a few kilobytes
        ef.replaceStreamData(std::string(17 * 1024 * 1024, '\0'), QPDFObjectHandle::newNull(),
                             QPDFObjectHandle::newNull());
        ef.getDict().getKey("/Params").removeKey("/Size");
        ef.getDict().getKey("/Params").removeKey("/CheckSum");
        const std::string outName = bad.toStdString(); // QPDFWriter keeps the pointer until write()
        QPDFWriter w(pdf, outName.c_str());
        w.setCompressStreams(true);
        w.write();
        const QByteArray bytes = test::readAll(bad);
        CHECK(bytes.size() < 1024 * 1024);
        auto r = pdf::embeddedSourceDraft(bytes);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("pdf.embedded.size"));
    }
    SECTION("a declared size of gigabytes")
    {
        QPDF pdf;
        pdf.processFile(s.path.toStdString().c_str());
        QPDFObjectHandle ef = pdf.getRoot().getKey("/AF").getArrayItem(0).getKey("/EF").getKey("/F");
        ef.getDict().getKey("/Params").replaceKey("/Size", QPDFObjectHandle::newInteger(qint64(8) << 30));
        const std::string outName = bad.toStdString(); // QPDFWriter keeps the pointer until write()
        QPDFWriter w(pdf, outName.c_str());
        w.write();
        auto r = pdf::embeddedSourceDraft(test::readAll(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("pdf.embedded.size"));
    }
    SECTION("two files claiming to be the source")
    {
        QPDF pdf;
        pdf.processFile(s.path.toStdString().c_str());
        QPDFObjectHandle af = pdf.getRoot().getKey("/AF");
        af.appendItem(pdf.makeIndirectObject(af.getArrayItem(0).shallowCopy()));
        const std::string outName = bad.toStdString(); // QPDFWriter keeps the pointer until write()
        QPDFWriter w(pdf, outName.c_str());
        w.write();
        auto r = pdf::embeddedSourceDraft(test::readAll(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QLatin1String("pdf.embedded.ambiguous"));
    }
    SECTION("no embedded draft, a truncated file, garbage")
    {
        QPDF pdf;
        pdf.processFile(s.path.toStdString().c_str());
        pdf.getRoot().removeKey("/AF");
        const std::string outName = bad.toStdString(); // QPDFWriter keeps the pointer until write()
        QPDFWriter w(pdf, outName.c_str());
        w.write();
        auto none = pdf::embeddedSourceDraft(test::readAll(bad));
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().code == QLatin1String("pdf.embedded.none"));
        const QByteArray bytes = test::readAll(s.path);
        for (const QByteArray& b :
             {bytes.left(bytes.size() / 3), QByteArray("%PDF-1.7\ngarbage"), QByteArray()}) {
            auto r = pdf::embeddedSourceDraft(b);
            CHECK_FALSE(r.ok());
        }
    }
}

TEST_CASE("XMP metadata matches the document information and declares PDF/A-3b", "[render][pdfa][xmp]")
{
    QTemporaryDir dir;
    for (const QString& lang : {QStringLiteral("ar"), QStringLiteral("zh"), QStringLiteral("es")}) {
        const Sample s = renderDraftSample(dir, lang);
        QPDF pdf;
        pdf.processFile(s.path.toStdString().c_str());
        CHECK(pdf.getPDFVersion() == "1.7");
        QPDFObjectHandle meta = pdf.getRoot().getKey("/Metadata");
        REQUIRE(meta.isStream());
        CHECK(meta.getDict().getKey("/Type").isNameAndEquals("/Metadata"));
        CHECK(meta.getDict().getKey("/Subtype").isNameAndEquals("/XML"));
        CHECK_FALSE(meta.getDict().hasKey("/Filter"));
        std::shared_ptr<Buffer> data = meta.getStreamData();
        const QByteArray x(reinterpret_cast<const char*>(data->getBuffer()), qsizetype(data->getSize()));
        std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
            xmlReadMemory(x.constData(), int(x.size()), "xmp", nullptr, XML_PARSE_NONET), xmlFreeDoc);
        REQUIRE(doc);
        QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
        CHECK(xpathText(doc.get(), "//dc:title/rdf:Alt/rdf:li") ==
              QString::fromStdString(info.getKey("/Title").getUTF8Value()));
        CHECK(xpathText(doc.get(), "//dc:creator/rdf:Seq/rdf:li") ==
              QString::fromStdString(info.getKey("/Author").getUTF8Value()));
        CHECK(xpathText(doc.get(), "//dc:description/rdf:Alt/rdf:li") ==
              QString::fromStdString(info.getKey("/Subject").getUTF8Value()));
        CHECK(xpathText(doc.get(), "//pdf:Keywords") ==
              QString::fromStdString(info.getKey("/Keywords").getUTF8Value()));
        CHECK(xpathText(doc.get(), "//pdf:Producer") ==
              QString::fromStdString(info.getKey("/Producer").getUTF8Value()));
        CHECK(xpathText(doc.get(), "//xmp:CreatorTool") ==
              QString::fromStdString(info.getKey("/Creator").getUTF8Value()));
        CHECK(xpathText(doc.get(), "//xmp:CreateDate") ==
              pdfDateAsXmp(info.getKey("/CreationDate").getUTF8Value()));
        CHECK(xpathText(doc.get(), "//xmp:ModifyDate") ==
              pdfDateAsXmp(info.getKey("/ModDate").getUTF8Value()));
        CHECK(xpathText(doc.get(), "//dc:language/rdf:Bag/rdf:li") == lang);
        CHECK(xpathText(doc.get(), "//pdfaid:part") == QLatin1String("3"));
        CHECK(xpathText(doc.get(), "//pdfaid:conformance") == QLatin1String("B"));
        CHECK(xpathText(doc.get(), "//mla:DraftID") == QLatin1String("5b0f3c1e-7a52-4d7e-9a61-0c3d2f1e8a01"));
        CHECK(xpathText(doc.get(), "//mla:DocumentFileName") == QLatin1String("request.mlar"));
        CHECK(xpathText(doc.get(), "//xmpMM:DocumentID").startsWith(QLatin1String("uuid:")));
    }
}

TEST_CASE("an sRGB output intent and a unique /ID per rendering", "[render][pdfa][id]")
{
    QTemporaryDir dir;
    const Sample a = renderDraftSample(dir, QStringLiteral("ru"), QStringLiteral("a"));
    const Sample b = renderDraftSample(dir, QStringLiteral("ru"), QStringLiteral("b"));
    QPDF pa, pb;
    pa.processFile(a.path.toStdString().c_str());
    pb.processFile(b.path.toStdString().c_str());
    QPDFObjectHandle intents = pa.getRoot().getKey("/OutputIntents");
    REQUIRE(intents.isArray());
    REQUIRE(intents.getArrayNItems() == 1);
    QPDFObjectHandle oi = intents.getArrayItem(0);
    CHECK(oi.getKey("/S").isNameAndEquals("/GTS_PDFA1"));
    QPDFObjectHandle icc = oi.getKey("/DestOutputProfile");
    REQUIRE(icc.isStream());
    CHECK(icc.getDict().getKey("/N").getIntValue() == 3);
    std::shared_ptr<Buffer> prof = icc.getStreamData();
    const QByteArray p(reinterpret_cast<const char*>(prof->getBuffer()), qsizetype(prof->getSize()));
    CHECK(p.mid(36, 4) == "acsp"); // ICC profile signature
    CHECK(p.mid(16, 4) == "RGB ");
    auto idA = pa.getTrailer().getKey("/ID");
    auto idB = pb.getTrailer().getKey("/ID");
    REQUIRE(idA.isArray());
    REQUIRE(idB.isArray());
    CHECK(idA.getArrayItem(0).getStringValue().size() == 16);
    CHECK(idA.getArrayItem(0).getStringValue() != idB.getArrayItem(0).getStringValue());
}

namespace {

// PDFBox's preflight (Debian: libpdfbox2-java) validates PDF/A-1b only. PDF/A-3b is PDF/A-2b
// plus associated files, so its findings are expected to be exactly the three that PDF/A-1
// forbids and PDF/A-3 requires: an embedded file (1.2.9, 1.4.7) and pdfaid:part 3 (7.11.2).
QStringList preflightFindings(const QString& pdf)
{
    const QStringList jars{QStringLiteral("preflight"),       QStringLiteral("pdfbox2"),
                           QStringLiteral("fontbox2"),        QStringLiteral("xmpbox"),
                           QStringLiteral("commons-logging"), QStringLiteral("javax.activation"),
                           QStringLiteral("jaxb-api")};
    QStringList cp;
    for (const QString& j : jars) {
        const QString path = QStringLiteral("/usr/share/java/%1.jar").arg(j);
        if (!QFile::exists(path))
            return {QStringLiteral("missing %1").arg(path)};
        cp << path;
    }
    const Run r =
        run(QStringLiteral("java"), {QStringLiteral("-cp"), cp.join(u':'),
                                     QStringLiteral("org.apache.pdfbox.preflight.Validator_A1b"), pdf});
    QStringList findings;
    for (const QString& line : r.out.split(u'\n')) {
        static const QRegularExpression code(QStringLiteral("^(\\d+(\\.\\d+)+) : "));
        const auto m = code.match(line);
        if (!m.hasMatch())
            continue;
        const QString c = m.captured(1);
        if (c == QLatin1String("1.2.9") || c == QLatin1String("1.4.7") || c == QLatin1String("7.11.2"))
            continue;
        findings << line;
    }
    return findings;
}

} // namespace

TEST_CASE("PDFBox preflight finds nothing beyond what PDF/A-3 allows over PDF/A-1",
          "[render][pdfa][preflight]")
{
    if (!have(QStringLiteral("java")) || !QFile::exists(QStringLiteral("/usr/share/java/preflight.jar"))) {
        WARN("PDFBox preflight not installed (libpdfbox2-java, libactivation-java, libjaxb-api-java): "
             "skipped");
        return;
    }
    QTemporaryDir dir;
    for (const QString& lang : unLanguages()) {
        const Sample s = renderDraftSample(dir, lang);
        const QStringList findings = preflightFindings(s.path);
        INFO(lang.toStdString() << ": " << findings.join(u'\n').toStdString());
        CHECK(findings.isEmpty());
    }
}

TEST_CASE("a signed request stays within PDF/A: no transparency from the signature appearance",
          "[render][pdfa][preflight][signed]")
{
    if (!have(QStringLiteral("java")) || !QFile::exists(QStringLiteral("/usr/share/java/preflight.jar"))) {
        WARN("PDFBox preflight not installed: skipped");
        return;
    }
    QTemporaryDir dir;
    const Sample s = renderDraftSample(dir, QStringLiteral("es"));
    auto demo = pdf::createDemoIdentity("demo-password");
    REQUIRE(demo.ok());
    auto identity = pdf::loadIdentityFromBytes(demo.value().p12, "demo-password", QStringLiteral("demo"), {});
    REQUIRE(identity.ok());
    pdf::SignOptions options;
    options.reason = QStringLiteral("Request for mutual legal assistance");
    const QString signedPath = dir.filePath(QStringLiteral("signed.pdf"));
    Status st = pdf::sign(s.path, signedPath, identity.value(), options);
    INFO((st ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
    const QStringList findings = preflightFindings(signedPath);
    std::cout << "preflight of the signed request: " << findings.size()
              << " finding(s) beyond PDF/A-3's own\n";
    for (const QString& f : findings)
        std::cout << "  " << f.toStdString() << "\n";
    // what the signature appearance (core/pdf) adds must not bring transparency in
    for (const QString& f : findings)
        CHECK_FALSE(f.contains(QStringLiteral("ransparen"), Qt::CaseInsensitive));
    // the draft is still there, inside the signed revision
    auto embedded = pdf::embeddedSourceDraft(test::readAll(signedPath));
    REQUIRE(embedded.ok());
    CHECK(embedded.value() == s.canonical);
}

// Not run by default: writes the sample in every language to $MLAWRITER_RENDER_DUMP (for
// inspecting the files with other tools).
TEST_CASE("dump the sample in every language", "[.dump]")
{
    const QString out = qEnvironmentVariable("MLAWRITER_RENDER_DUMP");
    REQUIRE_FALSE(out.isEmpty());
    QDir().mkpath(out);
    auto req = draft::DraftFile::read(test::sourcePath(kSample));
    REQUIRE(req.ok());
    for (const QString& lang : unLanguages()) {
        auto res = renderPdf(req.value(), test::sampleContext(lang),
                             QDir(out).filePath(lang + QStringLiteral(".pdf")));
        CHECK(res.ok());
    }
}
