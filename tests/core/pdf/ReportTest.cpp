// The validation report PDF: what pdftotext reads back from it in English, French and Arabic.
#include "PdfTestSupport.h"
#include "TestPki.h"

#include "pdf/Signer.h"
#include "pdf/ValidationReportPdf.h"
#include "pdf/Verifier.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

namespace {

QString textOf(const QByteArray& pdf, const QString& name)
{
    const QString path = scratch(name);
    if (!write(path, pdf))
        return {};
    // Lines are joined, ligatures and Arabic presentation forms undone (NFKC), direction marks
    // dropped, so that wrapped sentences compare whole.
    QString text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).output;
    text = text.normalized(QString::NormalizationForm_KC);
    for (const char16_t mark : {u'\u202A', u'\u202B', u'\u202C', u'\u200F', u'\u200E'})
        text.remove(QChar(mark));
    return text.simplified();
}

// The same without any space (for hexadecimal digests wrapped anywhere).
QString packed(const QString& text)
{
    return QString(text).remove(QLatin1Char(' '));
}

} // namespace

TEST_CASE("validation report: a signed request's report in English, French and Arabic", "[pdf][report]")
{
    const QByteArray& signedPdf = signedSample();
    Result<pdf::VerifyReport> report = pdf::verifyPdf(signedPdf, {signerIdentity().demo.caPem});
    REQUIRE(report);
    report.value().file = QStringLiteral("/some/dir/request.signed.pdf");
    pdf::ValidationReportOptions o;
    o.fileSha256Hex = QCryptographicHash::hash(signedPdf, QCryptographicHash::Sha256).toHex();
    o.trustDescription = QStringLiteral("DEMO mlawriter CA");

    o.language = QStringLiteral("en");
    Result<QByteArray> en = pdf::validationReportPdf(report.value(), o);
    REQUIRE(en);
    CHECK(en.value().startsWith("%PDF-"));
    const QString enText = textOf(en.value(), QStringLiteral("report-en.pdf"));
    INFO(enText.toStdString());
    CHECK(enText.contains(QStringLiteral("Signature validation report")));
    CHECK(enText.contains(QStringLiteral("request.signed.pdf")));
    CHECK_FALSE(enText.contains(QStringLiteral("/some/dir")));
    CHECK(packed(enText).contains(QString::fromLatin1(o.fileSha256Hex)));
    CHECK(enText.contains(report.value().signatures.first().signerName));
    CHECK(enText.contains(QStringLiteral("B-B")));
    CHECK(enText.contains(report.value().allValid() ? QStringLiteral("All signatures valid and trusted")
                                                    : QStringLiteral("NOT VALID")));

    o.language = QStringLiteral("fr");
    const QString frText =
        textOf(pdf::validationReportPdf(report.value(), o).value(), QStringLiteral("report-fr.pdf"));
    CHECK(frText.contains(QStringLiteral("Rapport de validation des signatures")));
    CHECK(frText.contains(QStringLiteral("Signataire")));

    o.language = QStringLiteral("ar");
    const QString arText =
        textOf(pdf::validationReportPdf(report.value(), o).value(), QStringLiteral("report-ar.pdf"));
    INFO(arText.toStdString());
    CHECK(packed(arText).contains(QStringLiteral("التوقيعات")));
    CHECK(packed(arText).contains(QString::fromLatin1(o.fileSha256Hex)));
}

TEST_CASE("validation report: a forged or unsigned file is reported NOT VALID with its problems",
          "[pdf][report]")
{
    pdf::VerifyReport report;
    report.file = QStringLiteral("forged.pdf");
    report.fileSize = 1234;
    report.documentProblems << QStringLiteral("bytes after the last %%EOF are not a complete revision");
    pdf::SignatureCheck s;
    s.fieldName = QStringLiteral("Signature1");
    s.signerName = QStringLiteral("Prosecutor X");
    s.chainError = QStringLiteral("issued by 'Somebody', which is not a trusted central authority");
    s.problems << QStringLiteral("page 1's content was changed after signing");
    s.timestampPresent = true;
    s.timestampAuthority = QStringLiteral("Test TSA");
    s.timestampTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    report.signatures << s;
    pdf::ValidationReportOptions o;
    o.fileSha256Hex = QByteArray(64, 'a');
    const QString text =
        textOf(pdf::validationReportPdf(report, o).value(), QStringLiteral("report-forged.pdf"));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("NOT VALID")));
    CHECK(text.contains(QStringLiteral("not a complete revision")));
    CHECK(text.contains(QStringLiteral("which is not a trusted central authority")));
    CHECK(text.contains(QStringLiteral("page 1's content was changed")));
    CHECK(text.contains(QStringLiteral("Test TSA")));

    pdf::VerifyReport empty;
    empty.file = QStringLiteral("plain.pdf");
    const QString none =
        textOf(pdf::validationReportPdf(empty, o).value(), QStringLiteral("report-none.pdf"));
    CHECK(none.contains(QStringLiteral("The document holds no signature.")));
    CHECK(pdf::writeValidationReportPdf(empty, o, scratch(QStringLiteral("written-report.pdf"))).ok());
    CHECK_FALSE(
        pdf::writeValidationReportPdf(empty, o, QStringLiteral("/nonexistent-dir/x/report.pdf")).ok());
}
