#include "CadesSignature.h"

#include "IdentityData.h"

#include <algorithm>
#include <vector>

namespace mla::pdf {

namespace {

Error cmsError(const QString& what)
{
    return Error{
        QStringLiteral("pdf.sign.cms"), QStringLiteral("%1: %2").arg(what, ossl::lastError()), {}, 0, 0};
}

QByteArray derLength(qsizetype n)
{
    QByteArray out;
    if (n < 0x80) {
        out.append(char(n));
        return out;
    }
    QByteArray digits;
    while (n > 0) {
        digits.prepend(char(n & 0xff));
        n >>= 8;
    }
    out.append(char(0x80 | digits.size()));
    out.append(digits);
    return out;
}

// The DER "SET OF Attribute" that the signature covers (RFC 5652 §5.4): elements sorted by their
// encodings, universal SET tag.
QByteArray signedAttributesDer(CMS_SignerInfo* si)
{
    std::vector<QByteArray> encoded;
    const int count = CMS_signed_get_attr_count(si);
    for (int i = 0; i < count; ++i) {
        X509_ATTRIBUTE* attr = CMS_signed_get_attr(si, i);
        unsigned char* der = nullptr;
        const int len = i2d_X509_ATTRIBUTE(attr, &der);
        if (len <= 0)
            return {};
        encoded.emplace_back(reinterpret_cast<const char*>(der), len);
        OPENSSL_free(der);
    }
    std::sort(encoded.begin(), encoded.end(), [](const QByteArray& a, const QByteArray& b) {
        const int c = memcmp(a.constData(), b.constData(), size_t(std::min(a.size(), b.size())));
        return c != 0 ? c < 0 : a.size() < b.size();
    });
    QByteArray body;
    for (const QByteArray& e : encoded)
        body += e;
    return QByteArray(1, char(0x31)) + derLength(body.size()) + body;
}

} // namespace

Result<QByteArray> createCadesSignature(const IdentityData& identity, const QList<QByteArrayView>& parts,
                                        const TimestampFunction& timestamp)
{
    ossl::clearErrors();
    // The message digest of the detached content.
    ossl::Ptr<EVP_MD_CTX> contentMd(EVP_MD_CTX_new());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLen = 0;
    if (EVP_DigestInit_ex(contentMd.get(), EVP_sha256(), nullptr) != 1)
        return cmsError(QStringLiteral("cannot hash the document"));
    for (const QByteArrayView& part : parts)
        if (EVP_DigestUpdate(contentMd.get(), part.data(), size_t(part.size())) != 1)
            return cmsError(QStringLiteral("cannot hash the document"));
    if (EVP_DigestFinal_ex(contentMd.get(), digest, &digestLen) != 1)
        return cmsError(QStringLiteral("cannot hash the document"));

    // The structure is built without letting OpenSSL sign (CMS_PARTIAL, no CMS_final): the
    // attributes are completed here and signed once below.
    constexpr unsigned int flags = CMS_PARTIAL | CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP;
    ossl::Ptr<CMS_ContentInfo> cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    if (!cms)
        return cmsError(QStringLiteral("cannot start the CMS structure"));
    // CMS_CADES adds the ESS signing-certificate-v2 attribute (SHA-256 hash of the signer
    // certificate with issuer and serial), which binds the signature to that certificate.
    CMS_SignerInfo* si =
        CMS_add1_signer(cms.get(), identity.cert.get(), identity.key.get(), EVP_sha256(), flags | CMS_CADES);
    if (!si)
        return cmsError(QStringLiteral("cannot add the signer"));
    for (int i = 0; identity.chain && i < sk_X509_num(identity.chain.get()); ++i)
        if (CMS_add1_cert(cms.get(), sk_X509_value(identity.chain.get(), i)) != 1)
            return cmsError(QStringLiteral("cannot add the certificate chain"));
    if (CMS_set_detached(cms.get(), 1) != 1 ||
        CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data),
                                    -1) != 1 ||
        CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, digest,
                                    int(digestLen)) != 1)
        return cmsError(QStringLiteral("cannot add the signed attributes"));
    // No signingTime (PAdES B-B: the time is claimed in /M).
    for (int loc; (loc = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1)) >= 0;)
        X509_ATTRIBUTE_free(CMS_signed_delete_attr(si, loc));

    const QByteArray tbs = signedAttributesDer(si);
    if (tbs.isEmpty())
        return cmsError(QStringLiteral("cannot encode the signed attributes"));
    ossl::Ptr<EVP_MD_CTX> md(EVP_MD_CTX_new());
    size_t sigLen = 0;
    if (EVP_DigestSignInit(md.get(), nullptr, EVP_sha256(), nullptr, identity.key.get()) != 1 ||
        EVP_DigestSignUpdate(md.get(), tbs.constData(), size_t(tbs.size())) != 1 ||
        EVP_DigestSignFinal(md.get(), nullptr, &sigLen) != 1)
        return cmsError(QStringLiteral("cannot sign the attributes"));
    std::vector<unsigned char> sig(sigLen);
    if (EVP_DigestSignFinal(md.get(), sig.data(), &sigLen) != 1)
        return cmsError(QStringLiteral("the signing key refused to sign"));
    if (ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), sig.data(), int(sigLen)) != 1)
        return cmsError(QStringLiteral("cannot store the signature"));

    if (timestamp) {
        Result<QByteArray> token =
            timestamp(QByteArray(reinterpret_cast<const char*>(sig.data()), qsizetype(sigLen)));
        if (!token)
            return token.error();
        // An attribute value of type SEQUENCE is stored as its whole DER encoding.
        if (CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                          token.value().constData(), int(token.value().size())) != 1)
            return cmsError(QStringLiteral("cannot add the timestamp"));
    }

    unsigned char* der = nullptr;
    const int derLen = i2d_CMS_ContentInfo(cms.get(), &der);
    if (derLen <= 0)
        return cmsError(QStringLiteral("cannot encode the CMS structure"));
    QByteArray out(reinterpret_cast<const char*>(der), derLen);
    OPENSSL_free(der);
    return out;
}

qsizetype cadesSizeBound(const IdentityData& identity)
{
    // Structure, algorithms and attributes (about 300 bytes), the signature value, the signer
    // certificate, its issuer name again in the signing-certificate-v2 attribute, and the chain.
    qsizetype total = 600 + EVP_PKEY_get_size(identity.key.get());
    total += ossl::toDer(identity.cert.get()).size() +
             i2d_X509_NAME(X509_get_issuer_name(identity.cert.get()), nullptr);
    for (int i = 0; identity.chain && i < sk_X509_num(identity.chain.get()); ++i)
        total += ossl::toDer(sk_X509_value(identity.chain.get(), i)).size();
    return total;
}

} // namespace mla::pdf
