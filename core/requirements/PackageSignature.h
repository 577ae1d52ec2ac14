#pragma once
// Signed requirements packages: CMS SignedData (RFC 5652) made with a signing identity
// (PKCS#12, core/pdf's Identity), in one of two forms:
//   - enveloping: one DER file holding the package XML inside the signature (the default export,
//     extension .mlreq);
//   - detached: the package XML unchanged plus a DER signature file beside it (.p7s), for
//     publishers who also want the XML readable as it is.
// Verification pins publishers: the signer's certificate must be one the user added to the
// trusted publishers (compared by SHA-256 of the DER), valid now, and the signature must hold
// over the exact bytes. No chain is built and nothing is fetched. Reentrant; never throws.

#include "base/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mla::pdf {
class Identity;
}

namespace mla::requirements {

struct CertificateInfo
{
    QString sha256;  // lowercase hex of the DER
    QString subject; // RFC 2253
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray pem;

    // "AB:CD:…" (upper case, colon-separated), as shown to users.
    QString displayFingerprint() const;
};

struct VerifiedPackage
{
    QByteArray content; // the signed package XML
    CertificateInfo signer;
    QDateTime signedAt; // signing time attribute (UTC); invalid when absent
};

class PackageSignature
{
public:
    static constexpr qint64 maxSignatureBytes = 64 * 1024; // a detached signature

    // One certificate, PEM or DER. Errors: requirements.certificate.
    static Result<CertificateInfo> certificate(const QByteArray& pemOrDer, const QString& fileName);
    // Whether `bytes` starts like DER (an enveloping signature) rather than XML.
    static bool looksSigned(const QByteArray& bytes);
    static Result<QByteArray> sign(const pdf::Identity& identity, const QByteArray& content, bool detached);
    // `detachedContent` null: `cms` is enveloping. Errors (all refusals, nothing is imported):
    // requirements.signature.broken (not a CMS signature: truncated or corrupt),
    // requirements.signature.invalid (the signature does not hold over these bytes),
    // requirements.signature.untrusted (the signer is not a trusted publisher),
    // requirements.signature.expired / .notyetvalid (the signer's certificate, at `now`).
    static Result<VerifiedPackage> verify(const QByteArray& cms, const QByteArray* detachedContent,
                                          const QStringList& trustedSha256, const QString& fileName,
                                          const QDateTime& now = {});
};

} // namespace mla::requirements
