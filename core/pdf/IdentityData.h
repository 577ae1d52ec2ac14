#pragma once
// Internal to core/pdf: the OpenSSL objects behind an Identity. Owned by the shared handle;
// immutable after loading.

#include "OpenSslSupport.h"

#include <QString>

#include <memory>

namespace mla::pdf {

class IdentityData
{
public:
    // For a key on a PKCS#11 token: the loaded module and the logged-in session. Declared first
    // so that it is released last, after the key that refers to it.
    std::shared_ptr<void> tokenSession;
    ossl::Ptr<EVP_PKEY> key;
    ossl::Ptr<X509> cert;
    ossl::CertStack chain; // the other certificates of the PKCS#12 file or token (CA chain)
    QString source;        // "PKCS#12 file …" or "PKCS#11 token '…'" (for messages)
};

} // namespace mla::pdf
