#pragma once
// Internal to core/transmit: the OpenSSL objects behind a TransmitIdentity.

#include "pdf/OpenSslSupport.h"

namespace mla::transmit {

class TransmitIdentityData
{
public:
    pdf::ossl::Ptr<EVP_PKEY> key;
    pdf::ossl::Ptr<X509> cert;
    pdf::ossl::CertStack chain;
};

} // namespace mla::transmit
