// The verifier on intact, countersigned, certified and tampered requests, and pdfsig on the same
// tampered files.
#include "PdfTestSupport.h"
#include "TestSupport.h"

#include "cli/Commands.h"
#include "pdf/IncrementalUpdate.h"
#include "pdf/QpdfSupport.h"
#include "pdf/Signer.h"
#include "pdf/Verifier.h"

#include <QCryptographicHash>
#include <QTextStream>

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mla;
using namespace mla::test;

namespace {

QString problemsOf(const pdf::VerifyReport& report)
{
    QStringList all;
    for (const pdf::SignatureCheck& s : report.signatures)
        all << s.problems;
    return all.join(u'\n');
}

pdf::VerifyReport verified(const QByteArray& bytes, const QList<QByteArray>& trust = bothCas())
{
    Result<pdf::VerifyReport> report = pdf::verifyPdf(bytes, trust);
    if (!report)
        FAIL(report.error().toString().toStdString());
    return report.value();
}

// An incremental update that replaces the content stream of the first page.
QByteArray appendContentChange(const QByteArray& pdfBytes)
{
    std::unique_ptr<QPDF> doc = pdf::openPdf(pdfBytes, QStringLiteral("sample"));
    QPDFObjectHandle page = doc->getAllPages().front();
    QPDFObjectHandle contents = page.getKey("/Contents");
    if (contents.isArray())
        contents = contents.getArrayItem(0);
    pdf::IncrementalUpdate update(pdfBytes, pdf::lastStartXref(pdfBytes),
                                  int(doc->getTrailer().getKey("/Size").getIntValue()), false);
    update.addStream(contents.getObjectID(), contents.getGeneration(), "<< >>",
                     "BT /F1 24 Tf 72 700 Td (The facts are different) Tj ET");
    update.finish("/Root " + QByteArray::fromStdString(doc->getTrailer().getKey("/Root").unparse()));
    return update.bytes();
}

bool pdfsigCallsAllValidAndWhole(const QByteArray& bytes, QString* output)
{
    const QString path = scratch(QStringLiteral("tampered.pdf"));
    write(path, bytes);
    const ToolRun run = runTool(QStringLiteral("pdfsig"), {path});
    *output = run.output;
    const int signatures = int(run.output.count(QStringLiteral("Signature #")));
    return signatures > 0 && int(run.output.count(QStringLiteral("Signature is Valid."))) == signatures &&
           !run.output.contains(QStringLiteral("Not total document signed"));
}

} // namespace

TEST_CASE("a signed request verifies as valid, whole and trusted", "[pdf][verify]")
{
    const pdf::VerifyReport report = verified(signedSample());
    INFO(report.toText().toStdString());
    REQUIRE(report.signatures.size() == 1);
    const pdf::SignatureCheck& s = report.signatures.front();
    CHECK(s.valid());
    CHECK(s.byteRangeOk);
    CHECK(s.coversWholeFile);
    CHECK(s.digestOk);
    CHECK(s.cmsSignatureOk);
    CHECK(s.chainTrusted);
    CHECK(s.certificateValidAtTime);
    CHECK(s.subFilter == QLatin1String("ETSI.CAdES.detached"));
    CHECK(s.digestAlgorithm.contains(QLatin1String("SHA"), Qt::CaseInsensitive));
    CHECK(s.signerName == QLatin1String("DEMO Prosecutor"));
    CHECK(s.reason == QLatin1String("Request for mutual legal assistance under article 18 UNTOC"));
    CHECK(s.location == QLatin1String("Vienna"));
    CHECK(s.contact == QLatin1String("central.authority@example.org"));
    CHECK(s.signingTime.isValid());
    CHECK(qAbs(s.signingTime.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    CHECK(report.allValid());
}

TEST_CASE("a countersigned request: the first signature is followed only by the second",
          "[pdf][verify][countersign]")
{
    const pdf::VerifyReport report = verified(countersignedSample());
    INFO(report.toText().toStdString());
    REQUIRE(report.signatures.size() == 2);
    const pdf::SignatureCheck& first = report.signatures.at(0);
    const pdf::SignatureCheck& second = report.signatures.at(1);
    CHECK(first.signerName == QLatin1String("DEMO Prosecutor"));
    CHECK(second.signerName == QLatin1String("DEMO Central Authority Reviewer"));
    CHECK(first.valid());
    CHECK(!first.coversWholeFile);
    CHECK(first.appendedOnlySignatures);
    CHECK(first.laterSignatures == 1);
    CHECK(second.valid());
    CHECK(second.coversWholeFile);
    CHECK(report.allValid());
}

TEST_CASE("trust comes only from the given anchors", "[pdf][verify][trust]")
{
    SECTION("no anchors: intact but not trusted")
    {
        const pdf::VerifyReport report = verified(signedSample(), {});
        REQUIRE(report.signatures.size() == 1);
        CHECK(report.signatures.front().intact());
        CHECK(!report.signatures.front().chainTrusted);
        CHECK(!report.allValid());
    }
    SECTION("another CA: not trusted, and said so")
    {
        const pdf::VerifyReport report = verified(signedSample(), {reviewerIdentity().demo.caPem});
        REQUIRE(report.signatures.size() == 1);
        CHECK(!report.signatures.front().chainTrusted);
        CHECK(!report.signatures.front().chainError.isEmpty());
        CHECK(problemsOf(report).contains(QLatin1String("not trusted")));
        CHECK(!report.allValid());
    }
    SECTION("the countersignature's CA alone trusts only the countersignature")
    {
        const pdf::VerifyReport report = verified(countersignedSample(), {reviewerIdentity().demo.caPem});
        REQUIRE(report.signatures.size() == 2);
        CHECK(!report.signatures.at(0).chainTrusted);
        CHECK(report.signatures.at(1).chainTrusted);
        CHECK(!report.allValid());
    }
    SECTION("a malformed anchor is an error")
    {
        Result<pdf::VerifyReport> report = pdf::verifyPdf(signedSample(), {QByteArray("not a certificate")});
        REQUIRE(!report.ok());
        CHECK(report.error().code == QLatin1String("pdf.verify.trust"));
    }
}

TEST_CASE("tampering is detected by verify and by pdfsig", "[pdf][verify][tamper]")
{
    const QByteArray original = countersignedSample();
    const QList<RawSignature> raw = rawSignatures(original);
    REQUIRE(raw.size() == 2);
    QString pdfsigOutput;
    REQUIRE(pdfsigCallsAllValidAndWhole(signedSample(), &pdfsigOutput));

    SECTION("a byte changed inside the first signed range")
    {
        QByteArray bytes = signedSample();
        const qsizetype at = bytes.indexOf("/CreationDate (D:") + 17;
        REQUIRE(at > 17);
        REQUIRE(at < raw[0].range[1]);
        bytes[at] = bytes[at] == '2' ? '3' : '2';
        const pdf::VerifyReport report = verified(bytes);
        INFO(report.toText().toStdString());
        REQUIRE(report.signatures.size() == 1);
        CHECK(!report.signatures.front().digestOk);
        CHECK(!report.allValid());
        CHECK(problemsOf(report).contains(QLatin1String("changed after signing")));
        CHECK(!pdfsigCallsAllValidAndWhole(bytes, &pdfsigOutput));
        INFO(pdfsigOutput.toStdString());
        CHECK(!pdfsigOutput.contains(QStringLiteral("Signature is Valid.")));
    }
    SECTION("a byte changed inside the second signed range")
    {
        QByteArray bytes = signedSample();
        const qsizetype at = bytes.indexOf("/M (D:", raw[0].range[2]) + 8;
        REQUIRE(at > raw[0].range[2]);
        bytes[at] = bytes[at] == '1' ? '0' : '1';
        const pdf::VerifyReport report = verified(bytes);
        INFO(report.toText().toStdString());
        REQUIRE(report.signatures.size() == 1);
        CHECK(!report.signatures.front().digestOk);
        CHECK(!report.allValid());
        CHECK(!pdfsigCallsAllValidAndWhole(bytes, &pdfsigOutput));
        INFO(pdfsigOutput.toStdString());
        CHECK(!pdfsigOutput.contains(QStringLiteral("Signature is Valid.")));
    }
    SECTION("a changed /Contents (the signature value)")
    {
        QByteArray bytes = signedSample();
        qsizetype end = raw[0].range[1] + 1 + raw[0].cmsDer.size() * 2;
        while (bytes.at(end - 1) == '0')
            --end; // the end of the DER, inside the RSA signature value
        const qsizetype at = end - 10;
        bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
        const pdf::VerifyReport report = verified(bytes);
        INFO(report.toText().toStdString());
        REQUIRE(report.signatures.size() == 1);
        CHECK(!report.signatures.front().cmsSignatureOk);
        CHECK(problemsOf(report).contains(QLatin1String("CMS signature does not verify")));
        CHECK(!report.allValid());
        CHECK(!pdfsigCallsAllValidAndWhole(bytes, &pdfsigOutput));
        INFO(pdfsigOutput.toStdString());
        CHECK(!pdfsigOutput.contains(QStringLiteral("Signature is Valid.")));
    }
    SECTION("a truncated file")
    {
        const QByteArray bytes = signedSample().left(signedSample().size() - 300);
        Result<pdf::VerifyReport> report = pdf::verifyPdf(bytes, bothCas());
        REQUIRE(report.ok()); // qpdf recovers the objects; the signature no longer fits the file
        INFO(report.value().toText().toStdString());
        REQUIRE(report.value().signatures.size() == 1);
        CHECK(!report.value().allValid());
        CHECK(problemsOf(report.value()).contains(QLatin1String("truncated")));
        CHECK(report.value().documentProblems.join(u' ').contains(QLatin1String("truncated")));
        CHECK(!pdfsigCallsAllValidAndWhole(bytes, &pdfsigOutput));
    }
    SECTION("an appended update that changes the page content")
    {
        const QByteArray bytes = appendContentChange(original);
        const pdf::VerifyReport report = verified(bytes);
        INFO(report.toText().toStdString());
        REQUIRE(report.signatures.size() == 2);
        for (const pdf::SignatureCheck& s : report.signatures) {
            CHECK(s.digestOk);                // the signed bytes are intact …
            CHECK(!s.appendedOnlySignatures); // … but the document shown is not what was signed
            CHECK(!s.valid());
        }
        CHECK(problemsOf(report).contains(QLatin1String("page 1's content was changed")));
        CHECK(!report.allValid());
        // pdfsig cannot judge the change, but tells that the signatures no longer cover the file.
        CHECK(!pdfsigCallsAllValidAndWhole(bytes, &pdfsigOutput));
        INFO(pdfsigOutput.toStdString());
        CHECK(int(pdfsigOutput.count(QStringLiteral("Not total document signed"))) == 2);
    }
}

TEST_CASE("a certification signature allows a later countersignature", "[pdf][verify][certify]")
{
    pdf::SignOptions options;
    options.certify = true;
    options.reason = QStringLiteral("Certified request");
    Result<QByteArray> certified = pdf::signPdf(makeTextPdf(2), signerIdentity().identity, options);
    REQUIRE(certified.ok());
    CHECK(certified.value().contains("/TransformMethod /DocMDP"));
    CHECK(certified.value().contains("/Perms << /DocMDP"));

    SECTION("certification only once")
    {
        Result<QByteArray> again = pdf::signPdf(certified.value(), reviewerIdentity().identity, options);
        REQUIRE(!again.ok());
        CHECK(again.error().code == QLatin1String("pdf.sign.certify"));
    }
    SECTION("countersigned: both valid, the certification with P=2")
    {
        Result<QByteArray> countersigned = pdf::signPdf(certified.value(), reviewerIdentity().identity, {});
        REQUIRE(countersigned.ok());
        const pdf::VerifyReport report = verified(countersigned.value());
        INFO(report.toText().toStdString());
        REQUIRE(report.signatures.size() == 2);
        CHECK(report.signatures.at(0).certification);
        CHECK(report.signatures.at(0).docMdpPermissions == 2);
        CHECK(report.allValid());
        const QString path = scratch(QStringLiteral("certified-countersigned.pdf"));
        REQUIRE(write(path, countersigned.value()));
        const ToolRun run = runTool(QStringLiteral("pdfsig"), {path});
        INFO(run.output.toStdString());
        CHECK(int(run.output.count(QStringLiteral("Signature is Valid."))) == 2);
    }
}

TEST_CASE("the JSON report lists every signature with its checks", "[pdf][verify][json]")
{
    const pdf::VerifyReport report = verified(countersignedSample());
    const QJsonDocument doc = QJsonDocument::fromJson(report.toJson());
    REQUIRE(doc.isObject());
    CHECK(doc.object().value(QStringLiteral("valid")).toBool());
    const QJsonArray sigs = doc.object().value(QStringLiteral("signatures")).toArray();
    REQUIRE(sigs.size() == 2);
    CHECK(sigs.at(0).toObject().value(QStringLiteral("laterSignatures")).toInt() == 1);
    CHECK(sigs.at(1).toObject().value(QStringLiteral("coversWholeFile")).toBool());
    CHECK(sigs.at(0).toObject().value(QStringLiteral("byteRange")).toArray().size() == 4);
}

TEST_CASE("an unsigned PDF has no signatures and is not valid", "[pdf][verify]")
{
    const pdf::VerifyReport report = verified(makeTextPdf(1));
    CHECK(report.signatures.isEmpty());
    CHECK(!report.allValid());
}

TEST_CASE("verify --extract-signed gives back the signed version; --report writes a validation report",
          "[pdf][verify][cli]")
{
    // A countersigned request whose first page was then changed.
    const QByteArray tampered = appendContentChange(countersignedSample());
    const QString in = scratch(QStringLiteral("tampered-for-cli.pdf"));
    REQUIRE(write(in, tampered));
    const QString trust = scratch(QStringLiteral("both-cas.pem"));
    REQUIRE(write(trust, bothCas().join()));
    auto run = [](const QStringList& args, QString* out, QString* err) {
        QTextStream o(out), e(err);
        const int code = cli::verifyCommand(args, o, e);
        o.flush();
        e.flush();
        return code;
    };
    QString out, err;
    CHECK(run({in, QStringLiteral("--trust"), trust}, &out, &err) == 1);
    CHECK(out.contains(
        QLatin1String("the signed version is intact, but the document was changed after signing")));

    const QString extracted = scratch(QStringLiteral("extracted-signed-1.pdf"));
    out.clear();
    err.clear();
    REQUIRE(run({in, QStringLiteral("--trust"), trust, QStringLiteral("--extract-signed"),
                 QStringLiteral("1"), QStringLiteral("--out"), extracted},
                &out, &err) == 0);
    const QByteArray first = readAll(extracted);
    CHECK(countersignedSample().startsWith(first));
    const pdf::VerifyReport firstReport = verified(first);
    INFO(firstReport.toText().toStdString());
    CHECK(firstReport.allValid());
    CHECK(firstReport.signatures.size() == 1);
    CHECK(
        run({in, QStringLiteral("--extract-signed"), QStringLiteral("9"), QStringLiteral("--out"), extracted},
            &out, &err) == 2);

    const QString reportPdf = scratch(QStringLiteral("validation-report.pdf"));
    CHECK(run({in, QStringLiteral("--trust"), trust, QStringLiteral("--report"), reportPdf,
               QStringLiteral("--lang"), QStringLiteral("en")},
              &out, &err) == 1);
    const ToolRun text = runTool(QStringLiteral("pdftotext"), {reportPdf, QStringLiteral("-")});
    INFO(text.output.toStdString());
    CHECK(text.output.contains(QLatin1String("page 1's content was changed")));
    CHECK(text.output.contains(QString::fromLatin1(
        QCryptographicHash::hash(tampered, QCryptographicHash::Sha256).toHex().left(16))));
}
