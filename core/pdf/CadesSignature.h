#pragma once
// Internal to core/pdf: the CMS SignedData of a PAdES baseline signature (ETSI.CAdES.detached):
// SHA-256, signed attributes content-type, message-digest and signing-certificate-v2 only (no
// signingTime: the signing time is the /M entry of the signature dictionary), the signer
// certificate and its chain included. The private key is used exactly once per signature (a
// token that asks for the PIN at every signature is asked once). For PAdES B-T the caller passes
// a function that timestamps the signature value; its token becomes the signature-time-stamp
// unsigned attribute (RFC 3161 appendix A, id-aa-signatureTimeStampToken). Reentrant.

#include "base/Error.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace mla::pdf {

class IdentityData;

// Returns the DER of a TimeStampToken (a CMS ContentInfo) over `signatureValue`, or an Error.
using TimestampFunction = std::function<Result<QByteArray>(const QByteArray& signatureValue)>;

// DER-encoded CMS ContentInfo signing `parts` (concatenated) as detached content.
Result<QByteArray> createCadesSignature(const IdentityData& identity, const QList<QByteArrayView>& parts,
                                        const TimestampFunction& timestamp = {});

// An upper bound of the DER size of createCadesSignature()'s result without a timestamp, computed
// from the certificates and the key size without using the private key.
qsizetype cadesSizeBound(const IdentityData& identity);

} // namespace mla::pdf
