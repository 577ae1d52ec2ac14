#include "TransmitIdentity.h"

#include "TransmitIdentityData.h"

#include <QDateTime>
#include <QFile>

#include <openssl/ec.h>
#include <openssl/provider.h>
#include <openssl/rand.h>

namespace mla::transmit {

namespace ossl = pdf::ossl;

namespace {

Error idError(const char* code, const QString& detail, const QString& file)
{
    return Error{QString::fromLatin1(code), detail, file, 0, 0};
}

QString nameEntry(const X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

TransmitIdentity::TransmitIdentity() = default;
TransmitIdentity::~TransmitIdentity() = default;
TransmitIdentity::TransmitIdentity(const TransmitIdentity&) = default;
TransmitIdentity& TransmitIdentity::operator=(const TransmitIdentity&) = default;
TransmitIdentity::TransmitIdentity(std::shared_ptr<const TransmitIdentityData> d) : m_d(std::move(d)) {}

bool TransmitIdentity::isNull() const
{
    return !m_d;
}
QString TransmitIdentity::commonName() const
{
    return m_d ? ossl::commonName(X509_get_subject_name(m_d->cert.get())) : QString();
}
QString TransmitIdentity::organization() const
{
    if (!m_d)
        return {};
    const QString o = nameEntry(X509_get_subject_name(m_d->cert.get()), NID_organizationName);
    return o.isEmpty() ? commonName() : o;
}
QString TransmitIdentity::country() const
{
    return m_d ? nameEntry(X509_get_subject_name(m_d->cert.get()), NID_countryName) : QString();
}
QString TransmitIdentity::subject() const
{
    return m_d ? ossl::nameToString(X509_get_subject_name(m_d->cert.get())) : QString();
}
QByteArray TransmitIdentity::certificatePem() const
{
    return m_d ? ossl::toPem(m_d->cert.get()) : QByteArray();
}
QByteArray TransmitIdentity::fingerprint() const
{
    return m_d ? ossl::sha256Fingerprint(m_d->cert.get()) : QByteArray();
}
bool TransmitIdentity::canSign() const
{
    if (!m_d)
        return false;
    const uint32_t usage = X509_get_key_usage(m_d->cert.get());
    return usage == UINT32_MAX || (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION));
}
bool TransmitIdentity::canDecrypt() const
{
    if (!m_d)
        return false;
    const uint32_t usage = X509_get_key_usage(m_d->cert.get());
    if (usage == UINT32_MAX)
        return true;
    return EVP_PKEY_is_a(m_d->key.get(), "EC") ? (usage & KU_KEY_AGREEMENT) : (usage & KU_KEY_ENCIPHERMENT);
}

Result<TransmitIdentity> loadTransmitIdentityFile(const QString& path, const QByteArray& password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return idError("transmit.identity.read",
                       QStringLiteral("cannot read the identity file: %1").arg(file.errorString()), path);
    if (file.size() > 1024 * 1024)
        return idError("transmit.identity.format",
                       QStringLiteral("not a PKCS#12 identity (larger than 1 MiB)"), path);
    return loadTransmitIdentity(file.readAll(), password, path);
}

Result<TransmitIdentity> loadTransmitIdentity(const QByteArray& p12Bytes, const QByteArray& password,
                                              const QString& label)
{
    static OSSL_PROVIDER* const defaultProvider = OSSL_PROVIDER_try_load(nullptr, "default", 1);
    static OSSL_PROVIDER* const legacyProvider = OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
    (void)defaultProvider;
    (void)legacyProvider;
    ossl::clearErrors();
    ossl::Ptr<BIO> bio = ossl::memBio(p12Bytes);
    ossl::Ptr<PKCS12> p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12) {
        ossl::clearErrors();
        return idError("transmit.identity.format", QStringLiteral("not a PKCS#12 identity file"), label);
    }
    QByteArray pass = password;
    pass.append('\0');
    if (PKCS12_mac_present(p12.get()) &&
        PKCS12_verify_mac(p12.get(), pass.constData(), int(password.size())) != 1) {
        pass.fill('\0');
        ossl::clearErrors();
        return idError("transmit.identity.password", QStringLiteral("wrong password for the identity file"),
                       label);
    }
    EVP_PKEY* keyRaw = nullptr;
    X509* certRaw = nullptr;
    STACK_OF(X509)* caRaw = nullptr;
    const int parsed = PKCS12_parse(p12.get(), pass.constData(), &keyRaw, &certRaw, &caRaw);
    pass.fill('\0');
    auto d = std::make_shared<TransmitIdentityData>();
    d->key.reset(keyRaw);
    d->cert.reset(certRaw);
    d->chain.reset(caRaw ? caRaw : sk_X509_new_null());
    if (parsed != 1)
        return idError("transmit.identity.password",
                       QStringLiteral("cannot decrypt the identity file: %1").arg(ossl::lastError()), label);
    if (!d->key)
        return idError("transmit.identity.nokey", QStringLiteral("the identity file holds no private key"),
                       label);
    if (!d->cert || X509_check_private_key(d->cert.get(), d->key.get()) != 1) {
        ossl::clearErrors();
        return idError("transmit.identity.keymismatch",
                       QStringLiteral("the identity file holds no certificate for its private key"), label);
    }
    const QDateTime notAfter = ossl::asn1TimeToDateTime(X509_get0_notAfter(d->cert.get()));
    if (notAfter.isValid() && QDateTime::currentDateTimeUtc() > notAfter)
        return idError(
            "transmit.identity.expired",
            QStringLiteral("the certificate of '%1' expired on %2")
                .arg(ossl::commonName(X509_get_subject_name(d->cert.get())), notAfter.toString(Qt::ISODate)),
            label);
    ossl::clearErrors();
    return TransmitIdentity(std::move(d));
}

// ---- DEMO central authority --------------------------------------------------------------------

namespace {

Error demoError(const QString& detail)
{
    return Error{QStringLiteral("transmit.demo.create"), detail, {}, 0, 0};
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ossl::Ptr<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setName(X509_NAME* name, const QString& cn, const QString& org, const QString& country)
{
    const QByteArray c = country.toUtf8(), o = org.toUtf8(), n = cn.toUtf8();
    return X509_NAME_add_entry_by_txt(name, "C", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(c.data()), -1, -1, 0) == 1 &&
           X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(o.data()), -1, -1, 0) == 1 &&
           X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(n.data()), -1, -1, 0) == 1;
}

bool setSerialAndValidity(X509* cert, const QDateTime& notBefore, const QDateTime& notAfter)
{
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return false;
    serial[0] &= 0x7f;
    ossl::Ptr<BIGNUM> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    ossl::Ptr<ASN1_INTEGER> sn(BN_to_ASN1_INTEGER(bn.get(), nullptr));
    return sn && X509_set_version(cert, 2) == 1 && X509_set_serialNumber(cert, sn.get()) == 1 &&
           ASN1_TIME_set(X509_getm_notBefore(cert), time_t(notBefore.toSecsSinceEpoch())) &&
           ASN1_TIME_set(X509_getm_notAfter(cert), time_t(notAfter.toSecsSinceEpoch()));
}

} // namespace

Result<pdf::DemoIdentity> createDemoAuthority(const QByteArray& password, const DemoAuthorityOptions& options)
{
    ossl::clearErrors();
    const QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDateTime notAfter = notBefore.addYears(2);
    const bool ec = options.keyType == KeyType::Ec;
    ossl::Ptr<EVP_PKEY> caKey(ec ? EVP_EC_gen("P-256") : EVP_RSA_gen(2048));
    ossl::Ptr<EVP_PKEY> key(ec ? EVP_EC_gen("P-256") : EVP_RSA_gen(2048));
    if (!caKey || !key)
        return demoError(QStringLiteral("key generation failed: %1").arg(ossl::lastError()));

    ossl::Ptr<X509> ca(X509_new());
    if (!setSerialAndValidity(ca.get(), notBefore.addDays(-1), notAfter.addYears(1)) ||
        !setName(X509_get_subject_name(ca.get()),
                 QStringLiteral("DEMO mlawriter authority CA (not for real requests)"), options.organization,
                 options.country) ||
        X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get())) != 1 ||
        X509_set_pubkey(ca.get(), caKey.get()) != 1 ||
        !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0)
        return demoError(QStringLiteral("cannot create the demo CA: %1").arg(ossl::lastError()));

    // One certificate signs (receipts, PDFs) and receives (key transport or key agreement).
    const char* usage = ec ? "critical,digitalSignature,nonRepudiation,keyAgreement"
                           : "critical,digitalSignature,nonRepudiation,keyEncipherment";
    ossl::Ptr<X509> cert(X509_new());
    if (!setSerialAndValidity(cert.get(), notBefore, notAfter) ||
        !setName(X509_get_subject_name(cert.get()), options.name, options.organization, options.country) ||
        X509_set_issuer_name(cert.get(), X509_get_subject_name(ca.get())) != 1 ||
        X509_set_pubkey(cert.get(), key.get()) != 1 ||
        !addExtension(cert.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), ca.get(), NID_key_usage, usage) ||
        !addExtension(cert.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(cert.get(), ca.get(), NID_authority_key_identifier, "keyid:always") ||
        X509_sign(cert.get(), caKey.get(), EVP_sha256()) <= 0)
        return demoError(QStringLiteral("cannot create the demo certificate: %1").arg(ossl::lastError()));

    ossl::CertStack chain(sk_X509_new_null());
    X509_up_ref(ca.get());
    sk_X509_push(chain.get(), ca.get());
    QByteArray pass = password;
    pass.append('\0');
    const QByteArray friendly = options.name.toUtf8();
    ossl::Ptr<PKCS12> p12(PKCS12_create(pass.constData(), friendly.constData(), key.get(), cert.get(),
                                        chain.get(), NID_aes_256_cbc, NID_aes_256_cbc, 0, 0, 0));
    pass.fill('\0');
    if (!p12)
        return demoError(QStringLiteral("cannot write the PKCS#12 identity: %1").arg(ossl::lastError()));
    ossl::Ptr<BIO> out(BIO_new(BIO_s_mem()));
    if (i2d_PKCS12_bio(out.get(), p12.get()) != 1)
        return demoError(QStringLiteral("cannot encode the PKCS#12 identity: %1").arg(ossl::lastError()));
    pdf::DemoIdentity result;
    result.p12 = ossl::bioBytes(out.get());
    result.caPem = ossl::toPem(ca.get());
    result.signerPem = ossl::toPem(cert.get());
    return result;
}

} // namespace mla::transmit
