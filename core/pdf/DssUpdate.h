#pragma once
// Internal to core/pdf: PAdES B-LT validation data as a further incremental update (ETSI EN
// 319 142-1 §5.4): the catalog gets a /DSS (kept and extended when there is one) whose /Certs hold
// the signer's certificate and chain and the TSA's certificates, whose /CRLs and /OCSPs hold the
// given CRLs and OCSP responses, and whose /VRI has an entry for the signature (key: upper case hex SHA-1 of
// its /Contents bytes) listing them. CRLs must parse, and none may revoke the signer's certificate. Failure:
// "pdf.sign.crl" (unreadable CRL), "pdf.sign.revoked", "pdf.sign.damaged". Reentrant.

#include "base/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mla::pdf {

class IdentityData;

struct DssInput
{
    QByteArray contents;          // the signature's /Contents bytes (zero padding included)
    QByteArray timestampTokenDer; // the signature's timestamp token (its certificates are added)
    QList<QByteArray> crls;       // DER or PEM
    QList<QByteArray> ocsps;      // DER OCSPResponse (checked by whoever fetched them)
    QList<QByteArray> extraCertsPem;
    QDateTime when;            // /TU of the VRI entry
    bool refuseRevoked = true; // false only to build hostile test files
};

Result<QByteArray> appendDss(const QByteArray& pdf, const IdentityData& signer, const DssInput& input,
                             const QString& label);

} // namespace mla::pdf
