#pragma once
// Signs a PDF (PAdES baseline B-B, ETSI.CAdES.detached, SHA-256) as an incremental update: the
// original bytes stay untouched, so an already signed PDF is countersigned and its earlier
// signatures stay valid. Optional certification (DocMDP P=2) for the first signature.
// B-T: the signature value is timestamped by options.timestamp.url (the placeholder is sized from
// a first token of the same TSA); B-LT: a further incremental update adds the /DSS with the
// signer's and the TSA's certificates, the given CRLs and a /VRI entry for the signature.
// Failure: Status/Result with codes "pdf.sign.*" (read, encrypted, damaged, page, certify, cms,
// size, write, level, crl, revoked) or "pdf.tsa.*" (the TSA failed; see Timestamp.h). A visible appearance
// needs a QGuiApplication. Reentrant; no shared state.

#include "Identity.h"
#include "SignOptions.h"

#include "base/Error.h"

#include <QByteArray>
#include <QString>

namespace mla::pdf {

// Reads `inPath`, writes the signed file to `outPath` atomically (the two may be the same).
Status sign(const QString& inPath, const QString& outPath, const Identity& identity,
            const SignOptions& options, SignOutcome* outcome = nullptr);

// The same on bytes: returns the whole signed file. `label` names the input in errors.
Result<QByteArray> signPdf(const QByteArray& pdf, const Identity& identity, const SignOptions& options,
                           const QString& label = QStringLiteral("PDF"), SignOutcome* outcome = nullptr);

// Appends a document timestamp (PAdES B-LTA: an invisible field whose /DocTimeStamp holds an RFC
// 3161 token over the byte ranges, /SubFilter /ETSI.RFC3161) as a further incremental update.
Result<QByteArray> addDocumentTimestamp(const QByteArray& pdf, const TimestampOptions& timestamp,
                                        const QString& label = QStringLiteral("PDF"),
                                        SignOutcome* outcome = nullptr);

} // namespace mla::pdf
