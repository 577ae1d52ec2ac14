#pragma once
// Internal to core/pdf: an RFC 3161 timestamp client (HTTP POST of application/timestamp-query,
// SHA-256 message imprint, random nonce, certReq). Before a token is returned, the response is
// checked: HTTP status and content type, PKIStatus granted, nonce and imprint equal to the
// request's, and the token's CMS signature verified with the TSA certificate it carries (which
// must have the timeStamping extended key usage), chained to `trustPem` when given.
// Failure: an Error whose code is "pdf.tsa.*" (url, unreachable, timeout, http, toolarge, format,
// status, nonce, imprint, signature) and whose detail names the TSA URL. Blocks the calling thread
// with a local event loop (needs a QCoreApplication). Reentrant.

#include "base/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mla::pdf {

struct TsaSettings
{
    QString url;                // http:// or https://
    int timeoutMs = 20000;      // the whole exchange
    QList<QByteArray> trustPem; // optional anchors for the TSA's certificate chain
};

struct TimestampToken
{
    QByteArray der;    // the TimeStampToken (CMS ContentInfo), as embedded
    QDateTime genTime; // UTC
    QString tsaName;   // the common name of the TSA's certificate
};

// Timestamps SHA-256(`data`).
Result<TimestampToken> requestTimestamp(const TsaSettings& tsa, QByteArrayView data);

} // namespace mla::pdf
