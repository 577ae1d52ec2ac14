#pragma once
// Internal to core/pdf: one HTTP exchange with a server the signer chose or the signer's own
// certificates name (a timestamp authority, an OCSP responder, a CRL distribution point): GET, or
// POST of a body, with a deadline for the whole exchange, no redirects, the answer capped while it
// downloads, and the content type checked. Runs a local event loop; call from one thread.
// Errors: "<codePrefix>url|timeout|unreachable|http|format|toolarge", the detail beginning with
// "<who> <url>: " ("timestamp authority http://…: no answer within 20 seconds").

#include "base/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mla::pdf {

struct HttpExchange
{
    QString url;             // http:// or https:// only
    QByteArray body;         // empty: GET; else POST with `contentType`
    QString contentType;     // of the body
    QStringList acceptTypes; // the answer's content type must start with one of these; empty: any
    int timeoutMs = 20000;
    qint64 maxBytes = 1024 * 1024;
    QString who;        // "timestamp authority", "revocation server"
    QString codePrefix; // e.g. "pdf.tsa."
    QString typeName;   // what the answer should be, for the message: "a timestamp reply"
};

Result<QByteArray> httpFetch(const HttpExchange& exchange);

} // namespace mla::pdf
