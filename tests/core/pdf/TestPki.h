#pragma once
// A small certificate authority for the long-term validation tests, built with OpenSSL in memory:
// CA and leaf certificates with chosen key usages, validity and key type, CRLs revoking chosen
// certificates, PKCS#12 files, and a local RFC 3161 timestamp authority (openssl ts -reply behind
// tests/core/pdf/tsa_server.py on 127.0.0.1, started and stopped by the test).

#include "pdf/Identity.h"
#include "pdf/OpenSslSupport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QProcess>
#include <QString>

#include <memory>

namespace mla::test {
namespace ossl = mla::pdf::ossl;

struct PkiCert
{
    std::shared_ptr<EVP_PKEY> key;
    std::shared_ptr<X509> cert;
    QByteArray certPem() const;
    QByteArray certDer() const;
    QByteArray keyPkcs8Pem() const;
    QString name() const;
};

struct LeafOptions
{
    QString name = QStringLiteral("Test Signer");
    QString keyUsage = QStringLiteral("critical,digitalSignature,nonRepudiation");
    QString extendedKeyUsage; // e.g. "critical,timeStamping"
    QDateTime notBefore;      // default: now - 1 day
    QDateTime notAfter;       // default: now + 1 year
    bool ec = false;          // EC P-256 instead of RSA 2048
    QString ocspUrl;          // Authority Information Access: the OCSP responder, empty: none
    QString crlUrl;           // CRL distribution point, empty: none
};

PkiCert makeCa(const QString& name, const QDateTime& notBefore = {}, const QDateTime& notAfter = {});
PkiCert issue(const PkiCert& issuer, const LeafOptions& options);

struct Revocation
{
    X509* cert;
    QDateTime when;
};
// A CRL signed by `issuer` (DER).
QByteArray makeCrl(const PkiCert& issuer, const QList<Revocation>& revoked, const QDateTime& thisUpdate = {},
                   const QDateTime& nextUpdate = {});
ossl::Ptr<X509_CRL> parseCrl(const QByteArray& der);

// PKCS#12 holding the leaf key and certificate and the chain.
QByteArray makeP12(const PkiCert& leaf, const QList<PkiCert>& chain, const QByteArray& password);

// A local timestamp authority. Paths: /ok, /slow (answers after 5 s), /error (status rejection),
// /other-imprint (a token over another imprint), /http500, /html (wrong content type).
class LocalTsa
{
public:
    explicit LocalTsa(const QString& dir); // creates its CA and TSA certificate, starts the server
    ~LocalTsa();
    bool running() const { return m_port > 0; }
    QString url(const QString& path = QStringLiteral("/ok")) const;
    const PkiCert& ca() const { return m_ca; }
    const PkiCert& tsa() const { return m_tsa; }
    QString caPemPath() const;

private:
    QString m_dir;
    PkiCert m_ca, m_tsa;
    QProcess m_server;
    int m_port = 0;
};

} // namespace mla::test

namespace mla::test {

// A SoftHSM2 token store in a scratch directory (SOFTHSM2_CONF is set for the whole process).
// Tokens are created with softhsm2-util, keys imported with softhsm2-util --import and
// certificates with pkcs11-tool --write-object.
class SoftHsm
{
public:
    static constexpr const char* module = "/usr/lib/softhsm/libsofthsm2.so";
    explicit SoftHsm(const QString& dir);
    bool addToken(const QString& label, const QByteArray& pin);
    // Imports `cert` (and its key unless `certOnly`) under `label` and `idHex`.
    bool import(const QString& token, const QByteArray& pin, const PkiCert& cert, const QString& label,
                const QString& idHex, bool certOnly = false);
    QString lastOutput;

private:
    QString m_dir;
    int m_files = 0;
};

} // namespace mla::test

namespace mla::test {

// The TSA shared by the tests of one run (scratch directory "tsa").
LocalTsa& sharedTsa();

// An Identity over `leaf` without any of loadIdentity's checks (usage, validity): for hostile
// files (a certificate without signing key usage, expired or not yet valid at signing time).
pdf::Identity identityOf(const PkiCert& leaf, const QList<PkiCert>& chain);

// The signed PDF with the first signature's timestamp token replaced by `tokenDer` (the unsigned
// attribute is not covered by the signature, so the signature itself stays intact); the /Contents
// keeps its size. Hostile corpus: a timestamp token over another imprint. Empty on failure.
QByteArray replaceTimestampToken(const QByteArray& signedPdf, const QByteArray& tokenDer);

// A six-page PDF signed by `signer` (B-B) followed by a DSS update whose CRL from `ca` revokes the
// signer's certificate (since yesterday). Hostile corpus: a DSS with a revoked certificate's CRL.
QByteArray makeBltWithRevokingCrl(const PkiCert& signer, const PkiCert& ca);

} // namespace mla::test
