#pragma once
// Internal to core/pdf: RAII owners for OpenSSL objects and the last OpenSSL error as text.
// Never included by a public header. Not thread-safe beyond what OpenSSL itself guarantees.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/pkcs12.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace mla::pdf::ossl {

struct Free
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(CMS_ContentInfo* p) const { CMS_ContentInfo_free(p); }
    void operator()(PKCS12* p) const { PKCS12_free(p); }
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
    void operator()(X509_NAME* p) const { X509_NAME_free(p); }
    void operator()(ASN1_INTEGER* p) const { ASN1_INTEGER_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
    void operator()(X509_CRL* p) const { X509_CRL_free(p); }
    void operator()(PKCS7* p) const { PKCS7_free(p); }
    void operator()(TS_REQ* p) const { TS_REQ_free(p); }
    void operator()(TS_RESP* p) const { TS_RESP_free(p); }
    void operator()(TS_TST_INFO* p) const { TS_TST_INFO_free(p); }
    void operator()(TS_MSG_IMPRINT* p) const { TS_MSG_IMPRINT_free(p); }
    void operator()(TS_VERIFY_CTX* p) const { TS_VERIFY_CTX_free(p); }
    void operator()(X509_ALGOR* p) const { X509_ALGOR_free(p); }
    void operator()(OCSP_RESPONSE* p) const { OCSP_RESPONSE_free(p); }
};

template <typename T> using Ptr = std::unique_ptr<T, Free>;

struct CertStackFree
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};
using CertStack = std::unique_ptr<STACK_OF(X509), CertStackFree>;
// A stack that does not own its certificates (sk_X509_free only).
struct CertViewFree
{
    void operator()(STACK_OF(X509) * s) const { sk_X509_free(s); }
};
using CertView = std::unique_ptr<STACK_OF(X509), CertViewFree>;

// The oldest pending OpenSSL error as text (and clears the queue); `fallback` when none.
QString lastError(const QString& fallback = {});
void clearErrors();

// X509 helpers.
QString nameToString(const X509_NAME* name);         // RFC 2253, UTF-8
QString commonName(const X509_NAME* name);           // CN, or the full name when there is none
QDateTime asn1TimeToDateTime(const ASN1_TIME* time); // UTC; invalid when unparsable
QByteArray toPem(X509* cert);
QByteArray sha256Fingerprint(X509* cert); // hex, lower case
Ptr<BIO> memBio(const QByteArray& bytes); // read-only view, `bytes` must outlive it
// The detached content for CMS_verify(): a read-only view of `bytes` behind a null filter, freed
// as a chain. OpenSSL 3.0's CMS_verify() copies a memory BIO into a temporary BIO that it never
// frees when CMS_dataInit() fails (fixed upstream in openssl/openssl#30471 and #30535); a
// filter on top is not a memory BIO, so no copy is made and nothing leaks on any path.
struct BioChainFree
{
    void operator()(BIO* p) const { BIO_free_all(p); }
};
using BioChain = std::unique_ptr<BIO, BioChainFree>;
BioChain cmsContentBio(const QByteArray& bytes); // `bytes` must outlive it
QByteArray bioBytes(BIO* bio);
QByteArray toDer(X509* cert);
QByteArray sha256(QByteArrayView data); // raw digest

// Certificates from concatenated PEM blocks; appended to `out`. False on a malformed block.
bool readPemCertificates(const QByteArray& pem, STACK_OF(X509) * out);

} // namespace mla::pdf::ossl
