#pragma once
// Internal to core/pdf: revocation data fetched at signing time for PAdES B-LT, from the addresses
// the signer's own certificates carry — the OCSP responder of their Authority Information Access
// extension first, else the CRL distribution points (http:// and https:// only; ldap:// and
// file:// are never followed). Only when the signer asked for it (sign --fetch-revocation): a
// signature is never the reason the program goes online unasked. Each answer is checked before it
// is kept: an OCSP response must be successful, name the certificate, and be signed by its
// issuer or by a responder the issuer authorised (id-kp-OCSPSigning); a CRL must be signed by the
// issuer. Sizes are capped (1 MiB per OCSP response, 10 MiB per CRL), at most 4 addresses per
// certificate are tried. Errors: "pdf.sign.revocation" (no usable answer; the detail names each
// address and what went wrong), "pdf.sign.revoked" (the data says the certificate is revoked).

#include "OpenSslSupport.h"
#include "base/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mla::pdf {

struct FetchedRevocation
{
    QList<QByteArray> crls;  // DER
    QList<QByteArray> ocsps; // DER OCSPResponse
    QStringList sources;     // "OCSP http://… for 'X'", "CRL http://… for 'X'"
    QStringList notes;       // certificates that name no address (nothing to fetch)
};

// Fetches revocation data for `cert`, issued by `issuer`, into `out`. A certificate that names no
// http(s) address adds a note and no error.
Status fetchRevocation(X509* cert, X509* issuer, int timeoutMs, FetchedRevocation& out);

// The OCSP responder and CRL addresses `cert` names (http and https only), for tests and messages.
QStringList ocspUrls(X509* cert);
QStringList crlUrls(X509* cert);

} // namespace mla::pdf
