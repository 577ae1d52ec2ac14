#pragma once
// A short validation report a central authority can file with a received request (like the
// "trust-OK" document e-CODEX attaches): the file (name, size, SHA-256), the overall verdict, the
// document's problems, and for each signature its signer, issuer, claimed and timestamped time,
// level, chain and verdict. Written as PDF with QTextDocument and QPdfWriter in the interface
// language (ar, zh, en, fr, ru, es; Arabic right to left; Noto fonts); the labels are translated
// here, the verdicts are the VerifyReport's own sentences. Needs a QGuiApplication.
// Failure: "pdf.report.write". Reentrant.

#include "VerifyReport.h"

#include "base/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace mla::pdf {

struct ValidationReportOptions
{
    QString language = QStringLiteral("en"); // interface language; unknown: English
    QByteArray fileSha256Hex;                // of the verified file
    QDateTime generated;                     // default: now
    QString trustDescription;                // e.g. the trust anchors' names; may be empty
    // Each signature's verdict in the report's language (the GUI's translation); empty: verdict().
    std::function<QString(const SignatureCheck&)> verdictText;
};

Result<QByteArray> validationReportPdf(const VerifyReport& report, const ValidationReportOptions& options);
Status writeValidationReportPdf(const VerifyReport& report, const ValidationReportOptions& options,
                                const QString& outPath);

} // namespace mla::pdf
