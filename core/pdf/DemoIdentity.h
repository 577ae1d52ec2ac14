#pragma once
// DEMO signing identities for trying the product: a fresh demo CA and a signer certificate it
// issues, both labelled DEMO in their names. Never meant for real requests.
// Failure: an Error with code "pdf.demo.*". Thread-safety: reentrant.

#include "base/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mla::pdf {

struct DemoIdentityOptions
{
    QString signerName = QStringLiteral("DEMO Signer (not for real requests)");
    QString organization = QStringLiteral("DEMO Central Authority");
    QString country = QStringLiteral("XX"); // a user-assigned ISO 3166 code: no real State
    QDateTime notBefore;                    // default: now - 1 hour
    QDateTime notAfter;                     // default: notBefore + 2 years
    bool signingUsage = true;               // false: keyUsage keyEncipherment only (for tests)
};

struct DemoIdentity
{
    QByteArray p12;       // PKCS#12 (AES-256, SHA-256 MAC) holding key, signer and CA certificate
    QByteArray caPem;     // the demo CA certificate, PEM: a trust anchor for verify --trust
    QByteArray signerPem; // the signer certificate, PEM
};

Result<DemoIdentity> createDemoIdentity(const QByteArray& password, const DemoIdentityOptions& options = {});

// Writes `p12Path` and `<p12Path>.ca.pem` (atomically). Returns the CA PEM path on success.
Result<QString> writeDemoIdentity(const QString& p12Path, const QByteArray& password,
                                  const DemoIdentityOptions& options = {});

} // namespace mla::pdf
