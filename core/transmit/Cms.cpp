#include "Cms.h"

#include "TransmitIdentityData.h"

#include <QCryptographicHash>

#include <openssl/pem.h>

namespace mla::transmit {

namespace ossl = pdf::ossl;

namespace {

Error cmsError(const char* code, const QString& detail, const QString& file = {})
{
    return Error{QString::fromLatin1(code), detail, file, 0, 0};
}

ossl::Ptr<X509_STORE> trustStore(const QList<QByteArray>& trustPem, int* count, bool* malformed)
{
    ossl::Ptr<X509_STORE> store(X509_STORE_new());
    *count = 0;
    *malformed = false;
    for (const QByteArray& pem : trustPem) {
        ossl::CertStack certs(sk_X509_new_null());
        if (!ossl::readPemCertificates(pem, certs.get())) {
            *malformed = true;
            return store;
        }
        for (int i = 0; i < sk_X509_num(certs.get()); ++i)
            if (X509_STORE_add_cert(store.get(), sk_X509_value(certs.get(), i)) == 1)
                ++*count;
    }
    ossl::clearErrors();
    return store;
}

QDateTime signingTimeOf(CMS_SignerInfo* si)
{
    const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    X509_ATTRIBUTE* attr = CMS_signed_get_attr(si, index);
    ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attr, 0);
    if (!value)
        return {};
    if (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME)
        return ossl::asn1TimeToDateTime(reinterpret_cast<const ASN1_TIME*>(value->value.asn1_string));
    return {};
}

} // namespace

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray certificateFingerprint(const QByteArray& pem)
{
    ossl::CertStack certs(sk_X509_new_null());
    if (!ossl::readPemCertificates(pem, certs.get()) || sk_X509_num(certs.get()) < 1)
        return {};
    return ossl::sha256Fingerprint(sk_X509_value(certs.get(), 0));
}

namespace {

QString subjectEntry(const QByteArray& pem, int nid)
{
    ossl::CertStack certs(sk_X509_new_null());
    if (!ossl::readPemCertificates(pem, certs.get()) || sk_X509_num(certs.get()) < 1)
        return {};
    const X509_NAME* name = X509_get_subject_name(sk_X509_value(certs.get(), 0));
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return nid == NID_organizationName ? ossl::commonName(name) : QString();
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

QString certificateOrganization(const QByteArray& pem)
{
    return subjectEntry(pem, NID_organizationName);
}

QString certificateCountry(const QByteArray& pem)
{
    return subjectEntry(pem, NID_countryName);
}

QList<QByteArray> certificateFingerprints(const QList<QByteArray>& pems)
{
    QList<QByteArray> out;
    for (const QByteArray& pem : pems) {
        ossl::CertStack certs(sk_X509_new_null());
        if (!ossl::readPemCertificates(pem, certs.get()))
            continue;
        for (int i = 0; i < sk_X509_num(certs.get()); ++i)
            out << ossl::sha256Fingerprint(sk_X509_value(certs.get(), i));
    }
    ossl::clearErrors();
    return out;
}

Result<QByteArray> signContent(const QByteArray& content, const TransmitIdentity& signer)
{
    ossl::clearErrors();
    if (signer.isNull())
        return cmsError("transmit.cms.sign", QStringLiteral("no signing identity"));
    if (!signer.canSign())
        return cmsError(
            "transmit.cms.sign",
            QStringLiteral("the certificate of '%1' is not meant for signing").arg(signer.commonName()));
    const TransmitIdentityData* d = signer.data();
    ossl::Ptr<BIO> in = ossl::memBio(content);
    ossl::Ptr<CMS_ContentInfo> cms(
        CMS_sign(d->cert.get(), d->key.get(), d->chain.get(), in.get(), CMS_BINARY | CMS_NOSMIMECAP));
    if (!cms)
        return cmsError("transmit.cms.sign", QStringLiteral("cannot sign: %1").arg(ossl::lastError()));
    ossl::Ptr<BIO> out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return cmsError("transmit.cms.sign", QStringLiteral("cannot encode: %1").arg(ossl::lastError()));
    return ossl::bioBytes(out.get());
}

Result<SignedContent> readSignedContent(const QByteArray& der, const QList<QByteArray>& trustPem,
                                        const QString& label, qint64 maxBytes)
{
    ossl::clearErrors();
    if (der.size() > maxBytes)
        return cmsError("transmit.cms.format",
                        QStringLiteral("signed data of %1 bytes exceeds the cap of %2 bytes")
                            .arg(der.size())
                            .arg(maxBytes),
                        label);
    ossl::Ptr<BIO> in = ossl::memBio(der);
    ossl::Ptr<CMS_ContentInfo> cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ossl::clearErrors();
        return cmsError("transmit.cms.format", QStringLiteral("not CMS SignedData (damaged or truncated)"),
                        label);
    }
    STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms.get());
    if (!infos || sk_CMS_SignerInfo_num(infos) != 1)
        return cmsError("transmit.cms.format",
                        QStringLiteral("SignedData with %1 signers (exactly one expected)")
                            .arg(infos ? sk_CMS_SignerInfo_num(infos) : 0),
                        label);
    ASN1_OCTET_STRING** contentPtr = CMS_get0_content(cms.get());
    if (!contentPtr || !*contentPtr)
        return cmsError("transmit.cms.format", QStringLiteral("SignedData without its content (detached)"),
                        label);
    SignedContent result;
    result.content = QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(*contentPtr)),
                                ASN1_STRING_length(*contentPtr));

    // The signer certificate must be inside the CMS: we never fetch one.
    CMS_set1_signers_certs(cms.get(), nullptr, 0);
    ossl::clearErrors();
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);
    X509* signerCert = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, &signerCert, nullptr, nullptr);
    result.signingTime = signingTimeOf(si);
    if (!signerCert) {
        result.trustProblem = QStringLiteral("the signer certificate is not included");
        return result;
    }
    result.signerSubject = ossl::nameToString(X509_get_subject_name(signerCert));
    result.signerCommonName = ossl::commonName(X509_get_subject_name(signerCert));
    result.signerFingerprint = ossl::sha256Fingerprint(signerCert);

    ossl::Ptr<BIO> sink(BIO_new(BIO_s_mem()));
    result.signatureOk = CMS_verify(cms.get(), nullptr, nullptr, nullptr, sink.get(),
                                    CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    ossl::clearErrors();
    if (result.signatureOk) {
        const uint32_t usage = X509_get_key_usage(signerCert);
        if (usage != UINT32_MAX && !(usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION))) {
            result.signatureOk = false;
            result.trustProblem = QStringLiteral("the signer certificate is not meant for signing");
            return result;
        }
    }

    int anchors = 0;
    bool malformed = false;
    ossl::Ptr<X509_STORE> store = trustStore(trustPem, &anchors, &malformed);
    if (malformed)
        return cmsError("transmit.cms.trust", QStringLiteral("malformed trust anchor certificate"), label);
    if (anchors == 0) {
        result.trustProblem = QStringLiteral("no trust anchors were given (--trust or the database's central "
                                             "authority certificates)");
        return result;
    }
    ossl::Ptr<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    STACK_OF(X509)* untrusted = CMS_get1_certs(cms.get());
    ossl::CertStack untrustedOwner(untrusted ? untrusted : sk_X509_new_null());
    if (X509_STORE_CTX_init(ctx.get(), store.get(), signerCert, untrustedOwner.get()) == 1) {
        result.signerTrusted = X509_verify_cert(ctx.get()) == 1;
        if (!result.signerTrusted)
            result.trustProblem =
                QStringLiteral("the signer certificate does not chain to a trust anchor: %1")
                    .arg(QString::fromUtf8(
                        X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get()))));
    } else {
        result.trustProblem = QStringLiteral("cannot check the certificate chain: %1").arg(ossl::lastError());
    }
    ossl::clearErrors();
    return result;
}

Result<QByteArray> encryptContent(const QByteArray& content, const QList<QByteArray>& recipientPems,
                                  Cipher cipher)
{
    ossl::clearErrors();
    ossl::CertStack certs(sk_X509_new_null());
    for (const QByteArray& pem : recipientPems)
        if (!ossl::readPemCertificates(pem, certs.get()))
            return cmsError("transmit.cms.recipient",
                            QStringLiteral("unreadable recipient certificate (PEM expected)"));
    if (sk_X509_num(certs.get()) == 0)
        return cmsError("transmit.cms.recipient", QStringLiteral("no recipient certificate"));
    ossl::Ptr<CMS_ContentInfo> cms(cipher == Cipher::Aes256Gcm
                                       ? CMS_AuthEnvelopedData_create(EVP_aes_256_gcm())
                                       : CMS_EnvelopedData_create(EVP_aes_256_cbc()));
    if (!cms)
        return cmsError("transmit.cms.encrypt", QStringLiteral("cannot start: %1").arg(ossl::lastError()));
    for (int i = 0; i < sk_X509_num(certs.get()); ++i) {
        X509* cert = sk_X509_value(certs.get(), i);
        const QString who = ossl::commonName(X509_get_subject_name(cert));
        EVP_PKEY* key = X509_get0_pubkey(cert);
        if (!key)
            return cmsError("transmit.cms.recipient",
                            QStringLiteral("the certificate of '%1' has no readable key").arg(who));
        const bool rsa = EVP_PKEY_is_a(key, "RSA");
        const bool ec = EVP_PKEY_is_a(key, "EC");
        if (!rsa && !ec)
            return cmsError("transmit.cms.recipient",
                            QStringLiteral("the key of '%1' is neither RSA nor EC").arg(who));
        const uint32_t usage = X509_get_key_usage(cert);
        if (usage != UINT32_MAX && !(usage & (rsa ? KU_KEY_ENCIPHERMENT : KU_KEY_AGREEMENT)))
            return cmsError(
                "transmit.cms.recipient",
                QStringLiteral("the certificate of '%1' is not meant for encryption (its key usage lacks "
                               "%2)")
                    .arg(who, rsa ? QStringLiteral("keyEncipherment") : QStringLiteral("keyAgreement")));
        CMS_RecipientInfo* ri = CMS_add1_recipient_cert(cms.get(), cert, CMS_KEY_PARAM);
        EVP_PKEY_CTX* pctx = ri ? CMS_RecipientInfo_get0_pkey_ctx(ri) : nullptr;
        bool ok = pctx != nullptr;
        // The same parameters as `openssl cms -keyopt`.
        if (ok && rsa)
            ok = EVP_PKEY_CTX_ctrl_str(pctx, "rsa_padding_mode", "oaep") > 0 &&
                 EVP_PKEY_CTX_ctrl_str(pctx, "rsa_oaep_md", "sha256") > 0 &&
                 EVP_PKEY_CTX_ctrl_str(pctx, "rsa_mgf1_md", "sha256") > 0;
        else if (ok && ec)
            ok = EVP_PKEY_CTX_ctrl_str(pctx, "ecdh_kdf_md", "sha256") > 0;
        if (!ok)
            return cmsError("transmit.cms.recipient",
                            QStringLiteral("cannot add '%1' as a recipient: %2").arg(who, ossl::lastError()));
    }
    CMS_set_detached(cms.get(), 0); // as CMS_encrypt does: the ciphertext travels inside
    ossl::Ptr<BIO> in = ossl::memBio(content);
    if (CMS_final(cms.get(), in.get(), nullptr, CMS_BINARY) != 1)
        return cmsError("transmit.cms.encrypt", QStringLiteral("cannot encrypt: %1").arg(ossl::lastError()));
    ossl::Ptr<BIO> out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return cmsError("transmit.cms.encrypt", QStringLiteral("cannot encode: %1").arg(ossl::lastError()));
    return ossl::bioBytes(out.get());
}

Result<QByteArray> decryptContent(const QByteArray& der, const TransmitIdentity& recipient,
                                  const QString& label)
{
    ossl::clearErrors();
    if (recipient.isNull())
        return cmsError("transmit.cms.recipient", QStringLiteral("no identity to decrypt with"), label);
    ossl::Ptr<BIO> in = ossl::memBio(der);
    ossl::Ptr<CMS_ContentInfo> cms(d2i_CMS_bio(in.get(), nullptr));
    const int type = cms ? OBJ_obj2nid(CMS_get0_type(cms.get())) : NID_undef;
    if (!cms || (type != NID_pkcs7_enveloped && type != NID_id_smime_ct_authEnvelopedData)) {
        ossl::clearErrors();
        return cmsError("transmit.cms.format",
                        QStringLiteral("not an encrypted package (no CMS EnvelopedData or AuthEnvelopedData: "
                                       "damaged, truncated or another kind of file)"),
                        label);
    }
    const TransmitIdentityData* d = recipient.data();
    // Find our RecipientInfo first, so "not for us" and "altered" are told apart.
    STACK_OF(CMS_RecipientInfo)* infos = CMS_get0_RecipientInfos(cms.get());
    bool addressed = false;
    for (int i = 0; infos && i < sk_CMS_RecipientInfo_num(infos); ++i) {
        CMS_RecipientInfo* ri = sk_CMS_RecipientInfo_value(infos, i);
        const int kind = CMS_RecipientInfo_type(ri);
        if (kind == CMS_RECIPINFO_TRANS && CMS_RecipientInfo_ktri_cert_cmp(ri, d->cert.get()) == 0)
            addressed = true;
        if (kind == CMS_RECIPINFO_AGREE) {
            STACK_OF(CMS_RecipientEncryptedKey)* reks = CMS_RecipientInfo_kari_get0_reks(ri);
            for (int j = 0; reks && j < sk_CMS_RecipientEncryptedKey_num(reks); ++j)
                if (CMS_RecipientEncryptedKey_cert_cmp(sk_CMS_RecipientEncryptedKey_value(reks, j),
                                                       d->cert.get()) == 0)
                    addressed = true;
        }
    }
    ossl::clearErrors();
    if (!addressed)
        return cmsError(
            "transmit.cms.recipient",
            QStringLiteral("the package is not addressed to '%1' (no recipient matches its certificate)")
                .arg(recipient.commonName()),
            label);
    ossl::Ptr<BIO> out(BIO_new(BIO_s_mem()));
    if (CMS_decrypt(cms.get(), d->key.get(), d->cert.get(), nullptr, out.get(), CMS_BINARY) != 1)
        return cmsError("transmit.cms.decrypt",
                        QStringLiteral("decryption failed: the package was damaged or altered (%1)")
                            .arg(ossl::lastError(QStringLiteral("authentication failed"))),
                        label);
    ossl::clearErrors();
    return ossl::bioBytes(out.get());
}

} // namespace mla::transmit
