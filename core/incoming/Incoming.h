#pragma once
// An incoming request registered from what was received: an opened request package (every
// check passed) or a signed request PDF that carries its draft (every signature valid and
// trusted). The case is incoming, with their reference, the requesting State and the documents
// received, each with its SHA-256; the draft, read with the safe reader of any draft, is handed
// back for the handler to open read-only. Fails closed: an unverified package or PDF registers
// nothing. Reentrant; never throws.

#include "base/Error.h"
#include "model/Request.h"
#include "register/CaseRecord.h"
#include "transmit/Package.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mla::incoming {

struct IncomingOptions
{
    QString ourRef;  // our own reference for the case (required)
    QString handler; // who handles it
    QDate received = QDate::currentDate();
};

struct IncomingRequest
{
    reg::NewCase newCase;         // direction incoming, one "received" event, the documents
    std::optional<Request> draft; // the request's draft, when the package or PDF carries one
    QByteArray draftBytes;        // its canonical bytes
    QStringList warnings;         // e.g. the manifest and the draft name different States
};

// From an opened package (transmit::openPackage) read from `packagePath`. Documents: the
// package itself and each file of its manifest (path `<packagePath>#<name>`, or the file in
// `extractedDir` when it was extracted there). Errors: incoming.unverified (a check failed),
// incoming.reference (no our reference), incoming.draft (the draft in it does not read).
Result<IncomingRequest> incomingFromPackage(const transmit::OpenedPackage& opened, const QString& packagePath,
                                            const IncomingOptions& options, const QString& extractedDir = {});

// From the bytes of a received PDF at `pdfPath`: its signatures are verified against
// `trustPem` (an unsigned PDF, or one whose signature does not verify, is refused:
// incoming.unverified) and its embedded draft is read (incoming.draft). Documents: the PDF and
// the draft it carries (path `<pdfPath>#request.mlar`).
Result<IncomingRequest> incomingFromPdf(const QByteArray& pdf, const QString& pdfPath,
                                        const QList<QByteArray>& trustPem, const IncomingOptions& options);

} // namespace mla::incoming
