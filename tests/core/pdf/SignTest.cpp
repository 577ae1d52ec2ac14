// Signed requests as independent validators see them: poppler's pdfsig, mupdf's mutool, qpdf and
// the openssl cms command.
#include "PdfTestSupport.h"

#include "pdf/Signer.h"
#include "pdf/Verifier.h"

#include <catch2/catch.hpp>

#include <QPdfWriter>
#include <QRegularExpression>
#include <QTimeZone>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

using namespace mla;
using namespace mla::test;

namespace {

int countOf(const QString& haystack, const QString& needle)
{
    return int(haystack.count(needle));
}

} // namespace

TEST_CASE("pdfsig accepts a signed request as valid and wholly signed", "[pdf][sign][pdfsig]")
{
    const QString path = scratch(QStringLiteral("signed.pdf"));
    REQUIRE(write(path, signedSample()));
    const ToolRun run = runTool(QStringLiteral("pdfsig"), {path});
    INFO(run.output.toStdString());
    CHECK(countOf(run.output, QStringLiteral("Signature is Valid.")) == 1);
    CHECK(run.output.contains(QStringLiteral("Total document signed")));
    CHECK(!run.output.contains(QStringLiteral("Not total document signed")));
    CHECK(run.output.contains(QStringLiteral("ETSI.CAdES.detached")));
    CHECK(run.output.contains(QStringLiteral("SHA-256")));
}

TEST_CASE("the original bytes are kept untouched by signing", "[pdf][sign][incremental]")
{
    const QByteArray plain = makeTextPdf(6);
    Result<QByteArray> signedPdf = pdf::signPdf(plain, signerIdentity().identity, {});
    REQUIRE(signedPdf.ok());
    CHECK(signedPdf.value().startsWith(plain));
    CHECK(signedPdf.value().size() > plain.size());
}

TEST_CASE("the signed ranges and the CMS pass openssl cms -verify against the test CA",
          "[pdf][sign][openssl]")
{
    const QList<RawSignature> sigs = rawSignatures(countersignedSample());
    REQUIRE(sigs.size() == 2);
    const QByteArray cas[2] = {signerIdentity().demo.caPem, reviewerIdentity().demo.caPem};
    for (int i = 0; i < 2; ++i) {
        const QString cms = scratch(QStringLiteral("cms%1.der").arg(i));
        const QString data = scratch(QStringLiteral("data%1.bin").arg(i));
        const QString ca = scratch(QStringLiteral("ca%1.pem").arg(i));
        REQUIRE(write(cms, sigs[i].cmsDer));
        REQUIRE(write(data, sigs[i].signedBytes));
        REQUIRE(write(ca, cas[i]));
        const ToolRun verify =
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-inform"),
                     QStringLiteral("DER"), QStringLiteral("-in"), cms, QStringLiteral("-content"), data,
                     QStringLiteral("-CAfile"), ca, QStringLiteral("-binary"), QStringLiteral("-purpose"),
                     QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        INFO(verify.output.toStdString());
        CHECK(verify.exitCode == 0);
        CHECK(verify.output.contains(QStringLiteral("Verification successful")));

        // The other signer's CA does not vouch for this one.
        const QString otherCa = scratch(QStringLiteral("ca%1.pem").arg(1 - i));
        REQUIRE(write(otherCa, cas[1 - i]));
        const ToolRun wrongCa = runTool(
            QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-inform"),
             QStringLiteral("DER"), QStringLiteral("-in"), cms, QStringLiteral("-content"), data,
             QStringLiteral("-CAfile"), otherCa, QStringLiteral("-binary"), QStringLiteral("-purpose"),
             QStringLiteral("any"), QStringLiteral("-out"), QStringLiteral("/dev/null")});
        CHECK(wrongCa.exitCode != 0);

        const ToolRun print =
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                     QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), cms});
        INFO(print.output.toStdString());
        CHECK(print.exitCode == 0);
        CHECK(print.output.contains(QStringLiteral("signingCertificateV2")));
        CHECK(print.output.contains(QStringLiteral("messageDigest")));
        CHECK(print.output.contains(QStringLiteral("contentType")));
        CHECK(!print.output.contains(QStringLiteral("signingTime")));
        CHECK(print.output.contains(QStringLiteral("sha256")));
        // The chain is included: the signer and its CA certificate.
        CHECK(countOf(print.output, QStringLiteral("DEMO mlawriter CA")) >= 2);
    }
}

TEST_CASE("mutool finds the document unchanged since signing", "[pdf][sign][mutool]")
{
    const QString path = scratch(QStringLiteral("signed-mutool.pdf"));
    REQUIRE(write(path, signedSample()));
    const ToolRun run =
        runTool(QStringLiteral("mutool"), {QStringLiteral("sign"), QStringLiteral("-v"), path});
    INFO(run.output.toStdString());
    CHECK(run.output.contains(QStringLiteral("The document is unchanged since signing.")));
    CHECK(!run.output.contains(QStringLiteral("invalid"), Qt::CaseInsensitive));
}

TEST_CASE("qpdf --check passes on signed and countersigned requests", "[pdf][sign][qpdf]")
{
    for (const QByteArray* bytes : {&signedSample(), &countersignedSample()}) {
        const QString path = scratch(QStringLiteral("check.pdf"));
        REQUIRE(write(path, *bytes));
        const ToolRun run = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        INFO(run.output.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.output.contains(QStringLiteral("No syntax or stream encoding errors found")));
    }
}

TEST_CASE("a countersigned request keeps both signatures valid for pdfsig and mutool", "[pdf][countersign]")
{
    const QString path = scratch(QStringLiteral("countersigned.pdf"));
    REQUIRE(write(path, countersignedSample()));
    CHECK(countersignedSample().startsWith(signedSample()));
    const ToolRun run = runTool(QStringLiteral("pdfsig"), {path});
    INFO(run.output.toStdString());
    CHECK(countOf(run.output, QStringLiteral("Signature is Valid.")) == 2);
    CHECK(run.output.contains(QStringLiteral("DEMO Prosecutor")));
    CHECK(run.output.contains(QStringLiteral("DEMO Central Authority Reviewer")));
    // The first covers its revision only, the second the whole file.
    CHECK(countOf(run.output, QStringLiteral("Not total document signed")) == 1);

    const ToolRun mutool =
        runTool(QStringLiteral("mutool"), {QStringLiteral("sign"), QStringLiteral("-v"), path});
    INFO(mutool.output.toStdString());
    CHECK(countOf(mutool.output,
                  QStringLiteral("The signature is valid but there have been edits since signing.")) == 1);
    CHECK(countOf(mutool.output, QStringLiteral("The document is unchanged since signing.")) == 1);
}

TEST_CASE("a PDF with a cross-reference stream is signed with a cross-reference stream update",
          "[pdf][sign][xref]")
{
    // qpdf rewrites the QPdfWriter output with object and cross-reference streams.
    const QByteArray plain = makeTextPdf(2);
    QPDF in;
    in.processMemoryFile("plain", plain.constData(), size_t(plain.size()));
    QPDFWriter w(in);
    w.setOutputMemory();
    w.setObjectStreamMode(qpdf_o_generate);
    w.write();
    const std::shared_ptr<Buffer> buffer = w.getBufferSharedPointer();
    const QByteArray xrefStreamPdf(reinterpret_cast<const char*>(buffer->getBuffer()),
                                   qsizetype(buffer->getSize()));
    REQUIRE(xrefStreamPdf.contains("/XRef"));

    Result<QByteArray> signedPdf = pdf::signPdf(xrefStreamPdf, signerIdentity().identity, {});
    REQUIRE(signedPdf.ok());
    const QByteArray update = signedPdf.value().mid(xrefStreamPdf.size());
    CHECK(update.contains("/Type /XRef"));
    CHECK(!update.contains("\nxref\n"));
    const QString path = scratch(QStringLiteral("xrefstream-signed.pdf"));
    REQUIRE(write(path, signedPdf.value()));
    const ToolRun pdfsig = runTool(QStringLiteral("pdfsig"), {path});
    INFO(pdfsig.output.toStdString());
    CHECK(pdfsig.output.contains(QStringLiteral("Signature is Valid.")));
    CHECK(pdfsig.output.contains(QStringLiteral("Total document signed")));
    const ToolRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    INFO(check.output.toStdString());
    CHECK(check.exitCode == 0);
    Result<pdf::VerifyReport> report = pdf::verifyPdf(signedPdf.value(), bothCas());
    REQUIRE(report.ok());
    CHECK(report.value().allValid());
}

TEST_CASE("the placeholder is sized from the real chain and the signing time is in /M", "[pdf][sign]")
{
    pdf::SignOptions options;
    options.signingTime = QDateTime(QDate(2026, 3, 14), QTime(9, 26, 53), QTimeZone::utc());
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(1), signerIdentity().identity, options);
    REQUIRE(signedPdf.ok());
    CHECK(signedPdf.value().contains("/M (D:20260314092653+00'00')"));
    const QList<RawSignature> sigs = rawSignatures(signedPdf.value());
    REQUIRE(sigs.size() == 1);
    const qint64 capacity = (sigs[0].range[2] - sigs[0].range[1] - 2) / 2;
    // The DER and at most 512 spare bytes.
    const QByteArray trimmed = sigs[0].cmsDer;
    qsizetype used = trimmed.size();
    while (used > 0 && trimmed.at(used - 1) == '\0')
        --used;
    CHECK(capacity - used <= 520);
    CHECK(capacity > used);
}
