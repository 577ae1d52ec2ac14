#pragma once
// Verifies every signature of a PDF: byte ranges (whole file? what was appended after, and is it
// only later signatures?), digest, CMS signature, signer certificate, chain to the trust anchors
// at the signing time. The PDF is hostile input: read with qpdf, never crashes, size-capped.
// Failure: an Error (code "pdf.verify.read") only when the file cannot be read as a PDF at all;
// everything else is in the report. Reentrant.

#include "VerifyReport.h"

#include "base/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mla::pdf {

struct VerifyOptions
{
    QDateTime now; // the time to validate at when no trusted timestamp says otherwise; invalid = now
};

// `trustPem`: trust anchors, each entry one or more PEM certificates (central authority
// certificates plus any --trust file). Malformed entries are an Error ("pdf.verify.trust").
// Costs are linear in the file: at most 100 signatures, 10,000 form fields and 1,000 revisions
// are examined; past that the file is refused (VerifyReport::refused, not valid).
Result<VerifyReport> verify(const QString& path, const QList<QByteArray>& trustPem,
                            const VerifyOptions& options = {});
Result<VerifyReport> verifyPdf(const QByteArray& pdf, const QList<QByteArray>& trustPem,
                               const QString& label = QStringLiteral("PDF"),
                               const VerifyOptions& options = {});

} // namespace mla::pdf
