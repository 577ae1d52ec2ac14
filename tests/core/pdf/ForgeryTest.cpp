// Forged signed requests, one test per class of forgery (not per file): every one is "not valid"
// with the change named by role, while the same tools that build them leave honest countersigned
// and certified requests valid. Each forgery is also written to tests/data/pdf/forged/ when
// MLAWRITER_WRITE_FORGERIES names a folder, to refresh the corpus the hostile test replays.
#include "PdfTestSupport.h"

#include "pdf/IncrementalUpdate.h"
#include "pdf/QpdfSupport.h"
#include "pdf/Signer.h"
#include "pdf/Verifier.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>

using namespace mla;
using namespace mla::test;

namespace {

QString problemsOf(const pdf::VerifyReport& report)
{
    QStringList all = report.documentProblems;
    for (const pdf::SignatureCheck& s : report.signatures)
        all << s.problems;
    return all.join(u'\n');
}

pdf::VerifyReport verified(const QByteArray& bytes, const pdf::VerifyOptions& options = {})
{
    Result<pdf::VerifyReport> report =
        pdf::verifyPdf(bytes, bothCas(), QStringLiteral("forged.pdf"), options);
    if (!report)
        FAIL(report.error().toString().toStdString());
    return report.value();
}

void keep(const char* name, const QByteArray& bytes)
{
    const QString dir = qEnvironmentVariable("MLAWRITER_WRITE_FORGERIES");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        write(dir + u'/' + QString::fromLatin1(name) + QStringLiteral(".pdf"), bytes);
        write(dir + QStringLiteral("/trust.pem"), bothCas().join());
    }
}

QByteArray ref(QPDFObjectHandle o)
{
    return QByteArray::number(o.getObjectID()) + ' ' + QByteArray::number(o.getGeneration()) + " R";
}
QByteArray ref(int number)
{
    return QByteArray::number(number) + " 0 R";
}

// An update on top of `bytes`; `build` adds objects, the trailer keeps /Root and /Info unless
// `trailer` is given.
template <typename F> QByteArray update(const QByteArray& bytes, F build, QByteArray trailer = {})
{
    std::unique_ptr<QPDF> doc = pdf::openPdf(bytes, QStringLiteral("signed"));
    pdf::IncrementalUpdate u(bytes, pdf::lastStartXref(bytes),
                             int(doc->getTrailer().getKey("/Size").getIntValue()), false);
    build(*doc, u);
    if (trailer.isEmpty()) {
        trailer = "/Root " + ref(doc->getTrailer().getKey("/Root"));
        if (doc->getTrailer().getKey("/Info").isIndirect())
            trailer += " /Info " + ref(doc->getTrailer().getKey("/Info"));
    }
    u.finish(trailer);
    return u.bytes();
}

QByteArray arrayWith(QPDFObjectHandle array, const QByteArray& item)
{
    QByteArray out = "[";
    if (array.isArray())
        for (QPDFObjectHandle o : array.getArrayAsVector())
            out += QByteArray::fromStdString(o.unparse()) + ' ';
    return out + item + ']';
}

// Adds `fieldBody` (a widget merged with its field) to page 1 and to the form, the way a signer does.
void addField(QPDF& doc, pdf::IncrementalUpdate& u, int fieldNum, const QByteArray& fieldBody)
{
    QPDFObjectHandle root = doc.getRoot();
    QPDFObjectHandle page = doc.getAllPages().front();
    u.addObject(fieldNum, 0, fieldBody);
    QPDFObjectHandle annots = page.getKey("/Annots");
    if (annots.isIndirect())
        u.addObject(annots.getObjectID(), annots.getGeneration(), arrayWith(annots, ref(fieldNum)));
    else
        u.addObject(page.getObjectID(), page.getGeneration(),
                    pdf::unparseDictWith(page, {{"/Annots", arrayWith(annots, ref(fieldNum))}}));
    QPDFObjectHandle form = root.getKey("/AcroForm");
    QPDFObjectHandle fields = form.getKey("/Fields");
    if (fields.isIndirect())
        u.addObject(fields.getObjectID(), fields.getGeneration(), arrayWith(fields, ref(fieldNum)));
    else if (form.isIndirect())
        u.addObject(form.getObjectID(), form.getGeneration(),
                    pdf::unparseDictWith(form, {{"/Fields", arrayWith(fields, ref(fieldNum))}}));
    else
        u.addObject(root.getObjectID(), root.getGeneration(),
                    pdf::unparseDictWith(
                        root, {{"/AcroForm", pdf::unparseDictWith(
                                                 form, {{"/Fields", arrayWith(fields, ref(fieldNum))}})}}));
}

const QByteArray withdrawn =
    "q 1 1 1 rg 0 0 612 792 re f Q BT /Helv 36 Tf 1 0 0 rg 60 400 Td (THIS REQUEST IS "
    "WITHDRAWN) Tj ET";

void expectNotValid(const pdf::VerifyReport& report, const QString& needle)
{
    INFO(report.toText().toStdString());
    CHECK(!report.allValid());
    CHECK(problemsOf(report).contains(needle));
}

} // namespace

TEST_CASE("a new catalog with a new page tree, every signed object untouched, is a change", "[pdf][forgery]")
{
    std::unique_ptr<QPDF> original = pdf::openPdf(signedSample(), QStringLiteral("signed"));
    const int size = int(original->getTrailer().getKey("/Size").getIntValue());
    // Objects are numbered from /Size in the order they are allocated: the catalog is the fourth.
    const QByteArray trailer =
        "/Root " + ref(size + 3) + " /Info " + ref(original->getTrailer().getKey("/Info"));
    const QByteArray bytes = update(
        signedSample(),
        [](QPDF& doc, pdf::IncrementalUpdate& u) {
            QPDFObjectHandle root = doc.getRoot();
            QPDFObjectHandle page = doc.getAllPages().front();
            const int content = u.allocate(), newPage = u.allocate(), pages = u.allocate(),
                      catalog = u.allocate();
            u.addStream(content, 0, "<< >>", withdrawn);
            u.addObject(
                newPage, 0,
                pdf::unparseDictWith(
                    page,
                    {{"/Contents", ref(content)},
                     {"/Parent", ref(pages)},
                     {"/Annots", ""},
                     {"/Resources",
                      "<< /Font << /Helv << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>"}}));
            u.addObject(pages, 0, "<< /Type /Pages /Kids [" + ref(newPage) + "] /Count 1 >>");
            u.addObject(catalog, 0, pdf::unparseDictWith(root, {{"/Pages", ref(pages)}}));
        },
        trailer);
    keep("new-root", bytes);
    const pdf::VerifyReport report = verified(bytes);
    expectNotValid(report, QStringLiteral("catalog was replaced"));
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures.front().signedVersionIntact());
    CHECK(report.signatures.front().verdict().contains(QLatin1String("the signed version is intact, but")));
    // What a viewer shows is the attacker's page: the forgery is real, not a broken file.
    const QString path = scratch(QStringLiteral("new-root.pdf"));
    write(path, bytes);
    const ToolRun text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    CHECK(text.output.contains(QLatin1String("WITHDRAWN")));
}

TEST_CASE("an empty signature field whose appearance covers the page is not a later signature",
          "[pdf][forgery]")
{
    const QByteArray bytes = update(signedSample(), [](QPDF& doc, pdf::IncrementalUpdate& u) {
        const int field = u.allocate(), ap = u.allocate();
        u.addStream(ap, 0, "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] >>", withdrawn);
        addField(doc, u, field,
                 "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Cover) /F 4 /Rect [0 0 612 792] /P " +
                     ref(doc.getAllPages().front()) + " /AP << /N " + ref(ap) + " >> >>");
    });
    keep("empty-signature-field", bytes);
    const pdf::VerifyReport report = verified(bytes);
    expectNotValid(report, QStringLiteral("an empty signature field 'Cover' was added"));
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures.front().laterSignatures == 0);
}

TEST_CASE("a new field reusing the signed signature dictionary counts for nothing", "[pdf][forgery]")
{
    std::unique_ptr<QPDF> original = pdf::openPdf(signedSample(), QStringLiteral("signed"));
    const QByteArray sigRef =
        ref(original->getRoot().getKey("/AcroForm").getKey("/Fields").getArrayItem(0).getKey("/V"));
    SECTION("one such field")
    {
        const QByteArray bytes = update(signedSample(), [&](QPDF& doc, pdf::IncrementalUpdate& u) {
            const int field = u.allocate();
            addField(doc, u, field,
                     "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Again) /F 132 /Rect [0 0 0 0] /P " +
                         ref(doc.getAllPages().front()) + " /V " + sigRef + " >>");
        });
        keep("reused-signature-dictionary", bytes);
        const pdf::VerifyReport report = verified(bytes);
        expectNotValid(report, QStringLiteral("share one signature value"));
        CHECK(report.signatures.size() == 1);
    }
    SECTION("twenty thousand of them are refused at once")
    {
        const QByteArray bytes = update(signedSample(), [&](QPDF& doc, pdf::IncrementalUpdate& u) {
            QPDFObjectHandle page = doc.getAllPages().front();
            QByteArray refs;
            for (int i = 0; i < 20000; ++i) {
                const int field = u.allocate();
                u.addObject(field, 0,
                            "<< /Type /Annot /Subtype /Widget /FT /Sig /T (F" + QByteArray::number(i) +
                                ") /F 132 /Rect [0 0 0 0] /P " + ref(page) + " /V " + sigRef + " >>");
                refs += ref(field) + ' ';
            }
            QPDFObjectHandle form = doc.getRoot().getKey("/AcroForm");
            QPDFObjectHandle fields = form.getKey("/Fields");
            QByteArray all = "[";
            for (QPDFObjectHandle o : fields.getArrayAsVector())
                all += QByteArray::fromStdString(o.unparse()) + ' ';
            all += refs + ']';
            if (fields.isIndirect())
                u.addObject(fields.getObjectID(), fields.getGeneration(), all);
            else if (form.isIndirect())
                u.addObject(form.getObjectID(), form.getGeneration(),
                            pdf::unparseDictWith(form, {{"/Fields", all}}));
        });
        QElapsedTimer timer;
        timer.start();
        const pdf::VerifyReport report = verified(bytes);
        WARN("verify of 20,001 signature fields: " << timer.elapsed() << " ms");
        expectNotValid(report, QStringLiteral("refused"));
        CHECK(report.refused);
        CHECK(report.signatures.size() <= 100);
    }
}

TEST_CASE("bytes after the last %%EOF that are not a complete revision make the file not valid",
          "[pdf][forgery]")
{
    SECTION("garbage")
    {
        const QByteArray bytes = signedSample() + "garbage that is not PDF\n";
        keep("garbage-after-eof", bytes);
        expectNotValid(verified(bytes), QStringLiteral("not a complete revision"));
    }
    SECTION("an object without a cross-reference section, which a repairing viewer would use")
    {
        std::unique_ptr<QPDF> doc = pdf::openPdf(signedSample(), QStringLiteral("signed"));
        QPDFObjectHandle contents = QPDFObjectHandle(doc->getAllPages().front()).getKey("/Contents");
        if (contents.isArray())
            contents = contents.getArrayItem(0);
        const QByteArray bytes = signedSample() + QByteArray::number(contents.getObjectID()) +
                                 " 0 obj\n<< /Length " + QByteArray::number(withdrawn.size()) +
                                 " >>\nstream\n" + withdrawn + "\nendstream\nendobj\n";
        keep("partial-revision-after-eof", bytes);
        expectNotValid(verified(bytes), QStringLiteral("not a complete revision"));
    }
}

TEST_CASE("a new /Info dictionary is a change to the document title", "[pdf][forgery]")
{
    const QByteArray bytes = update(
        signedSample(),
        [](QPDF& doc, pdf::IncrementalUpdate& u) {
            const int info = u.allocate();
            u.addObject(info, 0, "<< /Title (Request WITHDRAWN) >>");
            Q_UNUSED(doc);
        },
        [] {
            std::unique_ptr<QPDF> doc = pdf::openPdf(signedSample(), QStringLiteral("signed"));
            return "/Root " + ref(doc->getTrailer().getKey("/Root")) + " /Info " +
                   ref(int(doc->getTrailer().getKey("/Size").getIntValue()));
        }());
    keep("new-info", bytes);
    expectNotValid(verified(bytes), QStringLiteral("the document information (title, author) was replaced"));
}

TEST_CASE("a changed /Info title and changed XMP metadata are named", "[pdf][forgery]")
{
    std::unique_ptr<QPDF> original = pdf::openPdf(signedSample(), QStringLiteral("signed"));
    QPDFObjectHandle info = original->getTrailer().getKey("/Info");
    REQUIRE(info.isIndirect());
    const QByteArray bytes = update(signedSample(), [&](QPDF&, pdf::IncrementalUpdate& u) {
        u.addObject(info.getObjectID(), info.getGeneration(),
                    pdf::unparseDictWith(info, {{"/Title", "(Request WITHDRAWN)"}}));
    });
    keep("changed-title", bytes);
    expectNotValid(verified(bytes), QStringLiteral("the document title was changed"));
}

TEST_CASE("an xref that points an object back at its pre-signature version is a change", "[pdf][forgery]")
{
    // Revision 1: the first version of page 1; revision 2 corrects it; then it is signed.
    const QByteArray first = makeTextPdf(2);
    std::unique_ptr<QPDF> firstDoc = pdf::openPdf(first, QStringLiteral("first"));
    QPDFObjectHandle contents = QPDFObjectHandle(firstDoc->getAllPages().front()).getKey("/Contents");
    if (contents.isArray())
        contents = contents.getArrayItem(0);
    const QPDFObjGen og = contents.getObjGen();
    const qint64 oldOffset = firstDoc->getXRefTable().at(og).getOffset();
    const QByteArray corrected = update(first, [&](QPDF&, pdf::IncrementalUpdate& u) {
        u.addStream(og.getObj(), og.getGen(), "<< >>",
                    "BT /F1 12 Tf 72 700 Td (The corrected request) Tj ET");
    });
    Result<QByteArray> signedPdf = pdf::signPdf(corrected, signerIdentity().identity, {});
    REQUIRE(signedPdf.ok());
    REQUIRE(verified(signedPdf.value()).allValid());

    // The forger appends only a cross-reference section: object og at its first version's offset.
    QByteArray bytes = signedPdf.value();
    std::unique_ptr<QPDF> signedDoc = pdf::openPdf(bytes, QStringLiteral("signed"));
    QPDFObjectHandle trailer = signedDoc->getTrailer();
    const qint64 xrefAt = bytes.size();
    bytes += "xref\n" + QByteArray::number(og.getObj()) + " 1\n" +
             QByteArray::number(oldOffset).rightJustified(10, '0') + ' ' +
             QByteArray::number(og.getGen()).rightJustified(5, '0') + " n\r\ntrailer\n<< /Size " +
             QByteArray::number(trailer.getKey("/Size").getIntValue()) + " /Root " +
             ref(trailer.getKey("/Root"));
    if (trailer.getKey("/Info").isIndirect())
        bytes += " /Info " + ref(trailer.getKey("/Info"));
    bytes += " /Prev " + QByteArray::number(pdf::lastStartXref(signedPdf.value())) + " >>\nstartxref\n" +
             QByteArray::number(xrefAt) + "\n%%EOF\n";
    keep("xref-points-back", bytes);
    expectNotValid(verified(bytes), QStringLiteral("page 1's content was changed"));
}

TEST_CASE("a dangling reference of the signed version filled in later is a change", "[pdf][forgery]")
{
    // The signed version refers to an object it does not contain (it reads as null).
    const QByteArray base = makeTextPdf(1);
    std::unique_ptr<QPDF> baseDoc = pdf::openPdf(base, QStringLiteral("base"));
    QPDFObjectHandle page = baseDoc->getAllPages().front();
    const int missing = int(baseDoc->getTrailer().getKey("/Size").getIntValue()) + 50;
    const QByteArray contentsValue = QByteArray::fromStdString(page.getKey("/Contents").unparse());
    const QByteArray prepared = update(base, [&](QPDF&, pdf::IncrementalUpdate& u) {
        u.addObject(
            page.getObjectID(), page.getGeneration(),
            pdf::unparseDictWith(page, {{"/Contents", "[" + contentsValue + ' ' + ref(missing) + ']'}}));
    });
    Result<QByteArray> signedPdf = pdf::signPdf(prepared, signerIdentity().identity, {});
    REQUIRE(signedPdf.ok());
    REQUIRE(verified(signedPdf.value()).allValid());
    const QByteArray bytes = update(signedPdf.value(), [&](QPDF&, pdf::IncrementalUpdate& u) {
        u.addStream(missing, 0, "<< >>", withdrawn);
    });
    keep("dangling-reference-filled", bytes);
    expectNotValid(verified(bytes), QStringLiteral("did not contain, which was added later"));
}

TEST_CASE("a replaced font or resource of a page is a change to that page", "[pdf][forgery]")
{
    std::unique_ptr<QPDF> doc = pdf::openPdf(signedSample(), QStringLiteral("signed"));
    QPDFObjectHandle resources = QPDFObjectHandle(doc->getAllPages().front()).getKey("/Resources");
    QPDFObjectHandle target = resources;
    if (!target.isIndirect() && resources.getKey("/Font").isDictionary())
        for (const auto& [name, font] : resources.getKey("/Font").getDictAsMap())
            if (font.isIndirect()) {
                target = font;
                break;
            }
    REQUIRE(target.isIndirect());
    const QByteArray bytes = update(signedSample(), [&](QPDF&, pdf::IncrementalUpdate& u) {
        u.addObject(target.getObjectID(), target.getGeneration(),
                    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    });
    keep("replaced-font", bytes);
    expectNotValid(verified(bytes), QStringLiteral("page 1's resources"));
}

TEST_CASE("an annotation is allowed only where the certification says so", "[pdf][forgery][certify]")
{
    auto withNote = [](const QByteArray& signedBytes) {
        return update(signedBytes, [](QPDF& doc, pdf::IncrementalUpdate& u) {
            QPDFObjectHandle page = doc.getAllPages().front();
            const int note = u.allocate();
            u.addObject(
                note, 0,
                "<< /Type /Annot /Subtype /FreeText /Rect [0 0 612 792] /Contents (WITHDRAWN) /DA (/Helv 40 "
                "Tf 1 0 0 rg) >>");
            QPDFObjectHandle annots = page.getKey("/Annots");
            if (annots.isIndirect())
                u.addObject(annots.getObjectID(), annots.getGeneration(), arrayWith(annots, ref(note)));
            else
                u.addObject(page.getObjectID(), page.getGeneration(),
                            pdf::unparseDictWith(page, {{"/Annots", arrayWith(annots, ref(note))}}));
        });
    };
    SECTION("an approval signature allows none")
    {
        const QByteArray bytes = withNote(signedSample());
        keep("annotation-after-approval", bytes);
        expectNotValid(verified(bytes), QStringLiteral("an annotation or form field was added to page 1"));
    }
    SECTION("a certification with P=2 allows none")
    {
        pdf::SignOptions options;
        options.certify = true;
        Result<QByteArray> certified = pdf::signPdf(makeTextPdf(1), signerIdentity().identity, options);
        REQUIRE(certified.ok());
        const QByteArray bytes = withNote(certified.value());
        keep("annotation-after-certification", bytes);
        expectNotValid(verified(bytes), QStringLiteral("an annotation or form field was added to page 1"));
    }
}

TEST_CASE("an expired certificate is not rescued by the time the signer wrote", "[pdf][forgery][time]")
{
    pdf::VerifyOptions later;
    later.now = QDateTime::currentDateTimeUtc().addYears(10); // past the demo certificate's end
    const pdf::VerifyReport report = verified(signedSample(), later);
    expectNotValid(report, QStringLiteral("without a trusted timestamp nothing proves"));
    REQUIRE(report.signatures.size() == 1);
    CHECK(report.signatures.front().signedVersionIntact());
    CHECK(!report.signatures.front().certificateValidAtTime);
    CHECK(report.signatures.front().level == QLatin1String("B-B"));
}

TEST_CASE("a countersignature claiming an earlier time than the signature it follows is refused",
          "[pdf][forgery][time]")
{
    pdf::SignOptions options;
    options.signingTime = QDateTime::currentDateTimeUtc().addDays(-2);
    Result<QByteArray> countersigned = pdf::signPdf(signedSample(), reviewerIdentity().identity, options);
    REQUIRE(countersigned.ok());
    keep("countersignature-backdated", countersigned.value());
    const pdf::VerifyReport report = verified(countersigned.value());
    expectNotValid(report, QStringLiteral("before the signature it follows"));
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.signatures.at(0).valid());
    CHECK(!report.signatures.at(1).valid());
}

TEST_CASE("a second signature by an untrusted identity makes the document not valid", "[pdf][forgery][trust]")
{
    Result<pdf::DemoIdentity> stranger = pdf::createDemoIdentity(testPassword);
    REQUIRE(stranger.ok());
    Result<pdf::Identity> identity =
        pdf::loadIdentityFromBytes(stranger.value().p12, testPassword, QStringLiteral("stranger.p12"), {});
    REQUIRE(identity.ok());
    Result<QByteArray> countersigned = pdf::signPdf(signedSample(), identity.value(), {});
    REQUIRE(countersigned.ok());
    keep("second-signature-untrusted", countersigned.value());
    const pdf::VerifyReport report = verified(countersigned.value());
    INFO(report.toText().toStdString());
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.signatures.at(0).valid()); // a later signature is an allowed change …
    CHECK(!report.signatures.at(1).chainTrusted);
    CHECK(report.signatures.at(1).chainError.contains(QLatin1String("not a trusted central authority")));
    CHECK(!report.allValid()); // … but the document is valid only when every signature is
}

TEST_CASE("a certificate without signing key usage cannot sign", "[pdf][forgery][usage]")
{
    pdf::DemoIdentityOptions options;
    options.signingUsage = false;
    Result<pdf::DemoIdentity> demo = pdf::createDemoIdentity(testPassword, options);
    REQUIRE(demo.ok());
    Result<pdf::Identity> identity =
        pdf::loadIdentityFromBytes(demo.value().p12, testPassword, QStringLiteral("no-usage.p12"), {});
    REQUIRE(!identity.ok()); // refused before any signature is made; verify refuses it too (key usage)
}

TEST_CASE("honest updates stay valid: countersignature, certification then countersignature",
          "[pdf][forgery][honest]")
{
    CHECK(verified(countersignedSample()).allValid());
    pdf::SignOptions options;
    options.certify = true;
    Result<QByteArray> certified = pdf::signPdf(makeTextPdf(2), signerIdentity().identity, options);
    REQUIRE(certified.ok());
    Result<QByteArray> countersigned = pdf::signPdf(certified.value(), reviewerIdentity().identity, {});
    REQUIRE(countersigned.ok());
    const pdf::VerifyReport report = verified(countersigned.value());
    INFO(report.toText().toStdString());
    CHECK(report.allValid());
    CHECK(report.signatures.at(0).laterSignatures == 1);
}

TEST_CASE("a new signature dictionary copying an earlier signature is not a second signature",
          "[pdf][forgery]")
{
    std::unique_ptr<QPDF> original = pdf::openPdf(signedSample(), QStringLiteral("signed"));
    QPDFObjectHandle sig =
        original->getRoot().getKey("/AcroForm").getKey("/Fields").getArrayItem(0).getKey("/V");
    const QByteArray copy = QByteArray::fromStdString(sig.unparseResolved());
    const QByteArray bytes = update(signedSample(), [&](QPDF& doc, pdf::IncrementalUpdate& u) {
        const int field = u.allocate(), dict = u.allocate();
        u.addObject(dict, 0, copy);
        addField(doc, u, field,
                 "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Copy) /F 132 /Rect [0 0 0 0] /P " +
                     ref(doc.getAllPages().front()) + " /V " + ref(dict) + " >>");
    });
    keep("copied-signature-value", bytes);
    const pdf::VerifyReport report = verified(bytes);
    expectNotValid(report, QStringLiteral("copy of an earlier signature"));
    CHECK(problemsOf(report).contains(QLatin1String("carry the same signature value")));
}
