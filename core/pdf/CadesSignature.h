#pragma once
// Internal to core/pdf: the CMS SignedData of a PAdES baseline B-B signature (ETSI.CAdES.detached):
// SHA-256, signed attributes content-type, message-digest and signing-certificate-v2 only (no
// signingTime: the signing time is the /M entry of the signature dictionary), the signer
// certificate and its chain included. Reentrant.

#include "base/Error.h"

#include <QByteArray>
#include <QList>

namespace mla::pdf {

class IdentityData;

// DER-encoded CMS ContentInfo signing `parts` (concatenated) as detached content.
Result<QByteArray> createCadesSignature(const IdentityData& identity, const QList<QByteArrayView>& parts);

} // namespace mla::pdf
