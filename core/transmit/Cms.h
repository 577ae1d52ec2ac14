#pragma once
// Standard CMS (RFC 5652, RFC 5083, RFC 5084) for transmission: attached SignedData over a
// manifest or receipt, and AuthEnvelopedData (AES-256-GCM) or EnvelopedData (AES-256-CBC) to a
// list of recipient certificates, RSA-OAEP (SHA-256) for RSA keys and ECDH
// (dhSinglePass-stdDH, SHA-256 KDF, AES-256 key wrap) for EC keys. `openssl cms` reads all of it.
// The input is hostile: sizes are capped before parsing, OpenSSL never sees a file name.
// Failure: Error codes "transmit.cms.*". Reentrant.

#include "TransmitIdentity.h"

#include "base/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mla::transmit {

enum class Cipher
{
    Aes256Gcm, // AuthEnvelopedData (default)
    Aes256Cbc  // EnvelopedData, for recipients whose software lacks RFC 5083
};

QByteArray sha256Hex(const QByteArray& bytes); // lower-case hex

// SHA-256 (hex) of the DER of the first certificate in `pem`; empty when there is none.
QByteArray certificateFingerprint(const QByteArray& pem);

// O (or CN) and C of the first certificate in `pem`; empty when unreadable.
QString certificateOrganization(const QByteArray& pem);
QString certificateCountry(const QByteArray& pem);

// Attached SignedData (DER) over `content` by `signer` (SHA-256, signing time, the signer's
// certificate and chain). Errors: transmit.cms.sign.
Result<QByteArray> signContent(const QByteArray& content, const TransmitIdentity& signer);

struct SignedContent
{
    QByteArray content;         // the signed bytes (also when the signature does not verify)
    bool signatureOk = false;   // the signature verifies with the signer certificate in the CMS
    bool signerTrusted = false; // that certificate chains to one of the trust anchors, now
    QString trustProblem;       // why not, when not
    QString signerSubject;      // RFC 2253
    QString signerCommonName;
    QByteArray signerFingerprint; // SHA-256 hex of the signer certificate
    QDateTime signingTime;        // the signed attribute, UTC; invalid when absent
};

// Reads attached SignedData (at most `maxBytes`). Errors (transmit.cms.format) only when it is
// not readable SignedData with exactly one signer and attached content; everything else is in
// the result. Malformed trust anchors: transmit.cms.trust.
Result<SignedContent> readSignedContent(const QByteArray& der, const QList<QByteArray>& trustPem,
                                        const QString& label, qint64 maxBytes);

// Encrypts `content` to every certificate in `recipientPems` (each entry one or more PEM
// certificates). Errors: transmit.cms.recipient (unreadable certificate, unsupported key, key
// usage that forbids encryption), transmit.cms.encrypt.
Result<QByteArray> encryptContent(const QByteArray& content, const QList<QByteArray>& recipientPems,
                                  Cipher cipher = Cipher::Aes256Gcm);

// Decrypts a package with `recipient`'s key. Errors: transmit.cms.format (not enveloped CMS,
// truncated), transmit.cms.recipient (not addressed to this key), transmit.cms.decrypt
// (authentication or decryption failed: damaged or altered).
Result<QByteArray> decryptContent(const QByteArray& der, const TransmitIdentity& recipient,
                                  const QString& label);

// The certificates' SHA-256 fingerprints (hex) of every PEM certificate in `pems`.
QList<QByteArray> certificateFingerprints(const QList<QByteArray>& pems);

} // namespace mla::transmit
