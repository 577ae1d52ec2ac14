#pragma once
// A PKCS#12 identity as transmission uses it: the key and certificate that sign manifests and
// receipts and that decrypt packages addressed to it. Unlike pdf::Identity it accepts
// encryption-only certificates (keyEncipherment or keyAgreement), which a central authority may
// hold apart from its signing certificate; canSign()/canDecrypt() say what the key usage allows.
// Ownership: a cheap shared immutable handle. Failure: Error codes "transmit.identity.*".
// Thread-safety: one thread at a time per handle. The password is never stored or logged.

#include "base/Error.h"
#include "pdf/DemoIdentity.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace mla::transmit {

class TransmitIdentityData; // internal: OpenSSL types

class TransmitIdentity
{
public:
    TransmitIdentity();
    ~TransmitIdentity();
    TransmitIdentity(const TransmitIdentity&);
    TransmitIdentity& operator=(const TransmitIdentity&);

    bool isNull() const;
    QString commonName() const;
    QString organization() const; // O of the subject, or the CN when there is none
    QString country() const;      // C of the subject (ISO 3166 alpha-2), may be empty
    QString subject() const;      // RFC 2253
    QByteArray certificatePem() const;
    QByteArray fingerprint() const; // SHA-256 of the certificate, hex
    bool canSign() const;           // key usage absent or digitalSignature/nonRepudiation
    bool canDecrypt() const;        // key usage absent, keyEncipherment (RSA) or keyAgreement (EC)

    const TransmitIdentityData* data() const { return m_d.get(); } // internal use by core/transmit

private:
    explicit TransmitIdentity(std::shared_ptr<const TransmitIdentityData> d);
    std::shared_ptr<const TransmitIdentityData> m_d;
    friend Result<TransmitIdentity> loadTransmitIdentity(const QByteArray&, const QByteArray&,
                                                         const QString&);
};

// Errors: transmit.identity.read, .format, .password, .nokey, .keymismatch, .expired.
Result<TransmitIdentity> loadTransmitIdentity(const QByteArray& p12, const QByteArray& password,
                                              const QString& label);
Result<TransmitIdentity> loadTransmitIdentityFile(const QString& path, const QByteArray& password);

enum class KeyType
{
    Rsa, // RSA 2048: RSA-OAEP key transport
    Ec   // EC P-256: ECDH key agreement
};

struct DemoAuthorityOptions
{
    QString name = QStringLiteral("DEMO Central Authority (not for real requests)");
    QString organization = QStringLiteral("DEMO Central Authority");
    QString country = QStringLiteral("XX"); // user-assigned ISO 3166 code: no real State
    KeyType keyType = KeyType::Rsa;
};

// A DEMO central authority: its own demo CA and one certificate for signing (receipts, PDFs)
// and encryption (keyEncipherment for RSA, keyAgreement for EC). signerPem is the certificate
// to give to `package create --to`. Errors: transmit.demo.create.
Result<pdf::DemoIdentity> createDemoAuthority(const QByteArray& password,
                                              const DemoAuthorityOptions& options = {});

} // namespace mla::transmit
