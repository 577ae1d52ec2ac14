#pragma once
// A signing identity: private key, signer certificate and chain, loaded from a PKCS#12 file (here)
// or found on a PKCS#11 token (Token.h).
// Ownership: Identity is a cheap, shared, immutable handle (copies share the key material).
// Failure: loadIdentity() returns an Error with a stable code ("pdf.identity.*").
// Thread-safety: an Identity may be used from one thread at a time.
// The password is used once to decrypt and is never stored, logged or copied into an Error.

#include "base/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

namespace mla::pdf {

class IdentityData; // internal (OpenSSL types live there)

class Identity
{
public:
    Identity();
    ~Identity();
    Identity(const Identity&);
    Identity& operator=(const Identity&);

    bool isNull() const;
    QString commonName() const;     // signer's CN
    QString subject() const;        // RFC 2253 distinguished name
    QString issuer() const;         // RFC 2253 distinguished name of the issuer
    QDateTime notBefore() const;    // UTC
    QDateTime notAfter() const;     // UTC
    QByteArray fingerprint() const; // SHA-256 of the signer certificate, hex
    int chainLength() const;        // certificates besides the signer's
    QByteArray certificatePem() const;

    QString source() const; // where the key lives: a PKCS#12 file or a PKCS#11 token
    bool onToken() const;   // the key is on a PKCS#11 token (smart card, HSM)

    const IdentityData* data() const { return m_d.get(); }           // internal use by core/pdf
    static Identity fromData(std::shared_ptr<const IdentityData> d); // internal use by core/pdf

private:
    explicit Identity(std::shared_ptr<const IdentityData> d);
    std::shared_ptr<const IdentityData> m_d;
    friend Result<Identity> loadIdentityFromBytes(const QByteArray&, const QByteArray&, const QString&,
                                                  const QDateTime&);
};

// Loads and checks a PKCS#12 identity. Errors: pdf.identity.read (file unreadable),
// pdf.identity.format (not PKCS#12), pdf.identity.password (wrong password),
// pdf.identity.nokey / pdf.identity.nocert, pdf.identity.keymismatch, pdf.identity.expired,
// pdf.identity.notyetvalid, pdf.identity.usage (no digitalSignature/nonRepudiation key usage).
// `now` is the moment the validity is checked against (current time when invalid).
Result<Identity> loadIdentity(const QString& p12Path, const QByteArray& password, const QDateTime& now = {});
Result<Identity> loadIdentityFromBytes(const QByteArray& p12, const QByteArray& password,
                                       const QString& fileLabel, const QDateTime& now = {});

} // namespace mla::pdf
