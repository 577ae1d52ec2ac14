#pragma once
// Internal to core/pdf: the OpenSSL objects behind an Identity. Owned by the shared handle;
// immutable after loading.

#include "OpenSslSupport.h"

namespace mla::pdf {

class IdentityData
{
public:
    ossl::Ptr<EVP_PKEY> key;
    ossl::Ptr<X509> cert;
    ossl::CertStack chain; // the other certificates of the PKCS#12 file (CA chain)
};

} // namespace mla::pdf
