#include "PackageSignature.h"

#include "pdf/Identity.h"
#include "pdf/IdentityData.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace mla::requirements {
namespace {

namespace ossl = mla::pdf::ossl;

Error fail(const char* code, const QString& message, const QString& file)
{
    ossl::clearErrors();
    return Error{QString::fromLatin1(code), message, file, 0, 0};
}

CertificateInfo infoOf(X509* cert)
{
    CertificateInfo i;
    i.sha256 = QString::fromLatin1(ossl::sha256Fingerprint(cert)).toLower();
    i.subject = ossl::nameToString(X509_get_subject_name(cert));
    i.notBefore = ossl::asn1TimeToDateTime(X509_get0_notBefore(cert));
    i.notAfter = ossl::asn1TimeToDateTime(X509_get0_notAfter(cert));
    i.pem = ossl::toPem(cert);
    return i;
}

} // namespace

QString CertificateInfo::displayFingerprint() const
{
    QString out;
    for (qsizetype i = 0; i + 1 < sha256.size(); i += 2) {
        if (!out.isEmpty())
            out += u':';
        out += sha256.mid(i, 2).toUpper();
    }
    return out;
}

bool PackageSignature::looksSigned(const QByteArray& bytes)
{
    return !bytes.isEmpty() && static_cast<unsigned char>(bytes.at(0)) == 0x30;
}

Result<CertificateInfo> PackageSignature::certificate(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.size() > maxSignatureBytes)
        return fail("requirements.certificate", QStringLiteral("a certificate file larger than 64 KiB"),
                    fileName);
    ossl::Ptr<X509> cert;
    if (bytes.contains("-----BEGIN CERTIFICATE-----")) {
        if (bytes.count("-----BEGIN CERTIFICATE-----") != 1)
            return fail("requirements.certificate",
                        QStringLiteral("the file holds more than one certificate"), fileName);
        auto bio = ossl::memBio(bytes);
        cert.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.constData());
        cert.reset(d2i_X509(nullptr, &p, long(bytes.size())));
    }
    if (!cert)
        return fail("requirements.certificate",
                    QStringLiteral("not an X.509 certificate (PEM or DER): ") +
                        ossl::lastError(QStringLiteral("unreadable")),
                    fileName);
    return infoOf(cert.get());
}

Result<QByteArray> PackageSignature::sign(const pdf::Identity& identity, const QByteArray& content,
                                          bool detached)
{
    if (identity.isNull() || !identity.data())
        return fail("requirements.sign", QStringLiteral("no signing identity"), QString());
    const auto* d = identity.data();
    auto in = ossl::memBio(content);
    int flags = CMS_BINARY | CMS_NOSMIMECAP;
    if (detached)
        flags |= CMS_DETACHED;
    ossl::Ptr<CMS_ContentInfo> cms(CMS_sign(d->cert.get(), d->key.get(), d->chain.get(), in.get(), flags));
    if (!cms)
        return fail("requirements.sign", QStringLiteral("cannot sign the package: ") + ossl::lastError(),
                    QString());
    ossl::Ptr<BIO> out(BIO_new(BIO_s_mem()));
    if (!i2d_CMS_bio(out.get(), cms.get()))
        return fail("requirements.sign", QStringLiteral("cannot encode the signature: ") + ossl::lastError(),
                    QString());
    return ossl::bioBytes(out.get());
}

Result<VerifiedPackage> PackageSignature::verify(const QByteArray& bytes, const QByteArray* detachedContent,
                                                 const QStringList& trusted, const QString& fileName,
                                                 const QDateTime& nowIn)
{
    const QDateTime now = nowIn.isValid() ? nowIn.toUTC() : QDateTime::currentDateTimeUtc();
    auto in = ossl::memBio(bytes);
    ossl::Ptr<CMS_ContentInfo> cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return fail("requirements.signature.broken",
                    QStringLiteral("the package's signature cannot be read (truncated or corrupt): nothing "
                                   "was imported"),
                    fileName);
    const bool hasContent = CMS_get0_content(cms.get()) && *CMS_get0_content(cms.get());
    if (detachedContent ? hasContent : !hasContent)
        return fail("requirements.signature.broken",
                    detachedContent ? QStringLiteral("expected a detached signature, found an enveloping one")
                                    : QStringLiteral("the signature holds no package (a detached signature: "
                                                     "give the package XML with --signature)"),
                    fileName);
    STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms.get());
    if (!infos || sk_CMS_SignerInfo_num(infos) != 1)
        return fail("requirements.signature.broken",
                    QStringLiteral("the package must have exactly one signer"), fileName);
    ossl::Ptr<BIO> out(BIO_new(BIO_s_mem()));
    ossl::BioChain dcont;
    if (detachedContent)
        dcont = ossl::cmsContentBio(*detachedContent);
    // The signature is checked over the exact bytes; the signer is pinned below (no chain).
    if (CMS_verify(cms.get(), nullptr, nullptr, dcont.get(), out.get(),
                   CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) != 1)
        return fail("requirements.signature.invalid",
                    QStringLiteral("the signature does not match the package (altered after signing, or "
                                   "signed over other bytes): ") +
                        ossl::lastError(QStringLiteral("verification failed")),
                    fileName);
    ossl::CertView signers(CMS_get0_signers(cms.get()));
    if (!signers || sk_X509_num(signers.get()) != 1)
        return fail("requirements.signature.broken", QStringLiteral("the signer's certificate is missing"),
                    fileName);
    VerifiedPackage v;
    v.signer = infoOf(sk_X509_value(signers.get(), 0));
    v.content = detachedContent ? *detachedContent : ossl::bioBytes(out.get());
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);
    const int idx = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (idx >= 0) {
        X509_ATTRIBUTE* attr = CMS_signed_get_attr(si, idx);
        ASN1_TYPE* t = attr ? X509_ATTRIBUTE_get0_type(attr, 0) : nullptr;
        if (t && (t->type == V_ASN1_UTCTIME || t->type == V_ASN1_GENERALIZEDTIME))
            v.signedAt = ossl::asn1TimeToDateTime(t->value.utctime);
    }
    const QString who =
        QStringLiteral("%1 (SHA-256 %2)").arg(v.signer.subject, v.signer.displayFingerprint());
    if (!trusted.contains(v.signer.sha256))
        return fail(
            "requirements.signature.untrusted",
            QStringLiteral("signed by %1, who is not a trusted publisher: nothing was imported. Check "
                           "the fingerprint with the publisher, then add the certificate with "
                           "'mlawriter requirements publishers add CERT'")
                .arg(who),
            fileName);
    if (!v.signer.notAfter.isValid() || now > v.signer.notAfter)
        return fail("requirements.signature.expired",
                    QStringLiteral("the signer's certificate (%1) expired on %2: nothing was imported")
                        .arg(who, v.signer.notAfter.toString(Qt::ISODate)),
                    fileName);
    if (!v.signer.notBefore.isValid() || now < v.signer.notBefore)
        return fail(
            "requirements.signature.notyetvalid",
            QStringLiteral("the signer's certificate (%1) is not valid before %2: nothing was imported")
                .arg(who, v.signer.notBefore.toString(Qt::ISODate)),
            fileName);
    ossl::clearErrors();
    return v;
}

} // namespace mla::requirements
