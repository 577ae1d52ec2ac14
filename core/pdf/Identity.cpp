#include "Identity.h"

#include "IdentityData.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/provider.h>

namespace mla::pdf {

namespace {

Error identityError(const QString& code, const QString& detail, const QString& file)
{
    return Error{code, detail, file, 0, 0};
}

constexpr qint64 maxP12Size = 1024 * 1024;

} // namespace

Identity::Identity() = default;
Identity::~Identity() = default;
Identity::Identity(const Identity&) = default;
Identity& Identity::operator=(const Identity&) = default;
Identity::Identity(std::shared_ptr<const IdentityData> d) : m_d(std::move(d)) {}

Identity Identity::fromData(std::shared_ptr<const IdentityData> d)
{
    return Identity(std::move(d));
}
QString Identity::source() const
{
    return m_d ? m_d->source : QString();
}
bool Identity::onToken() const
{
    return m_d && m_d->tokenSession;
}

bool Identity::isNull() const
{
    return !m_d;
}
QString Identity::commonName() const
{
    return m_d ? ossl::commonName(X509_get_subject_name(m_d->cert.get())) : QString();
}
QString Identity::subject() const
{
    return m_d ? ossl::nameToString(X509_get_subject_name(m_d->cert.get())) : QString();
}
QString Identity::issuer() const
{
    return m_d ? ossl::nameToString(X509_get_issuer_name(m_d->cert.get())) : QString();
}
QDateTime Identity::notBefore() const
{
    return m_d ? ossl::asn1TimeToDateTime(X509_get0_notBefore(m_d->cert.get())) : QDateTime();
}
QDateTime Identity::notAfter() const
{
    return m_d ? ossl::asn1TimeToDateTime(X509_get0_notAfter(m_d->cert.get())) : QDateTime();
}
QByteArray Identity::fingerprint() const
{
    return m_d ? ossl::sha256Fingerprint(m_d->cert.get()) : QByteArray();
}
int Identity::chainLength() const
{
    return m_d && m_d->chain ? sk_X509_num(m_d->chain.get()) : 0;
}
QByteArray Identity::certificatePem() const
{
    return m_d ? ossl::toPem(m_d->cert.get()) : QByteArray();
}

Result<Identity> loadIdentity(const QString& p12Path, const QByteArray& password, const QDateTime& now)
{
    QFile file(p12Path);
    if (!file.open(QIODevice::ReadOnly))
        return identityError(QStringLiteral("pdf.identity.read"),
                             QStringLiteral("cannot read the identity file: %1").arg(file.errorString()),
                             p12Path);
    if (file.size() > maxP12Size)
        return identityError(QStringLiteral("pdf.identity.format"),
                             QStringLiteral("not a PKCS#12 identity (file larger than 1 MiB)"), p12Path);
    return loadIdentityFromBytes(file.readAll(), password, p12Path, now);
}

Result<Identity> loadIdentityFromBytes(const QByteArray& p12Bytes, const QByteArray& password,
                                       const QString& fileLabel, const QDateTime& nowIn)
{
    ossl::clearErrors();
    // PKCS#12 files exported by older tools use RC2/3DES: make the legacy provider available
    // (alongside the default one) when the system has it.
    // Loaded once and kept for the life of the process.
    static OSSL_PROVIDER* const defaultProvider = OSSL_PROVIDER_try_load(nullptr, "default", 1);
    static OSSL_PROVIDER* const legacyProvider = OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
    (void)defaultProvider;
    (void)legacyProvider;
    ossl::clearErrors();

    ossl::Ptr<BIO> bio = ossl::memBio(p12Bytes);
    ossl::Ptr<PKCS12> p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12) {
        ossl::clearErrors();
        return identityError(QStringLiteral("pdf.identity.format"),
                             QStringLiteral("not a PKCS#12 identity file"), fileLabel);
    }
    // The password is passed as a C string: copy it into a buffer that is wiped afterwards.
    QByteArray pass = password;
    pass.append('\0');
    const char* passC = pass.constData();
    const int passLen = int(password.size());
    if (PKCS12_mac_present(p12.get()) && PKCS12_verify_mac(p12.get(), passC, passLen) != 1) {
        pass.fill('\0');
        ossl::clearErrors();
        return identityError(QStringLiteral("pdf.identity.password"),
                             QStringLiteral("wrong password for the identity file"), fileLabel);
    }
    EVP_PKEY* keyRaw = nullptr;
    X509* certRaw = nullptr;
    STACK_OF(X509)* caRaw = nullptr;
    const int parsed = PKCS12_parse(p12.get(), passC, &keyRaw, &certRaw, &caRaw);
    pass.fill('\0');
    auto d = std::make_shared<IdentityData>();
    d->source = QStringLiteral("PKCS#12 file %1").arg(fileLabel);
    d->key.reset(keyRaw);
    d->cert.reset(certRaw);
    d->chain.reset(caRaw ? caRaw : sk_X509_new_null());
    if (parsed != 1) {
        const QString why = ossl::lastError();
        return identityError(QStringLiteral("pdf.identity.password"),
                             QStringLiteral("cannot decrypt the identity file (wrong password or unsupported "
                                            "encryption: %1)")
                                 .arg(why),
                             fileLabel);
    }
    if (!d->key)
        return identityError(QStringLiteral("pdf.identity.nokey"),
                             QStringLiteral("the identity file holds no private key"), fileLabel);
    if (!d->cert && d->key) {
        // No certificate was tied to the key by a local key id: take the one that matches it.
        for (int i = 0; i < sk_X509_num(d->chain.get()); ++i) {
            X509* candidate = sk_X509_value(d->chain.get(), i);
            if (X509_check_private_key(candidate, d->key.get()) == 1) {
                d->cert.reset(sk_X509_delete(d->chain.get(), i));
                break;
            }
        }
        ossl::clearErrors();
        if (!d->cert && sk_X509_num(d->chain.get()) > 0)
            return identityError(
                QStringLiteral("pdf.identity.keymismatch"),
                QStringLiteral("the private key matches none of the certificates in the file"), fileLabel);
    }
    if (!d->cert)
        return identityError(QStringLiteral("pdf.identity.nocert"),
                             QStringLiteral("the identity file holds no certificate for its key"), fileLabel);
    if (X509_check_private_key(d->cert.get(), d->key.get()) != 1) {
        ossl::clearErrors();
        return identityError(QStringLiteral("pdf.identity.keymismatch"),
                             QStringLiteral("the private key does not match the certificate of '%1'")
                                 .arg(ossl::commonName(X509_get_subject_name(d->cert.get()))),
                             fileLabel);
    }
    const QDateTime now = nowIn.isValid() ? nowIn.toUTC() : QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = ossl::asn1TimeToDateTime(X509_get0_notBefore(d->cert.get()));
    const QDateTime notAfter = ossl::asn1TimeToDateTime(X509_get0_notAfter(d->cert.get()));
    const QString who = ossl::commonName(X509_get_subject_name(d->cert.get()));
    if (notAfter.isValid() && now > notAfter)
        return identityError(
            QStringLiteral("pdf.identity.expired"),
            QStringLiteral("the certificate of '%1' expired on %2").arg(who, notAfter.toString(Qt::ISODate)),
            fileLabel);
    if (notBefore.isValid() && now < notBefore)
        return identityError(QStringLiteral("pdf.identity.notyetvalid"),
                             QStringLiteral("the certificate of '%1' is not valid before %2")
                                 .arg(who, notBefore.toString(Qt::ISODate)),
                             fileLabel);
    const uint32_t usage = X509_get_key_usage(d->cert.get());
    if (usage != UINT32_MAX && !(usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
        return identityError(QStringLiteral("pdf.identity.usage"),
                             QStringLiteral("the certificate of '%1' is not meant for signing (its key usage "
                                            "has neither digitalSignature nor nonRepudiation)")
                                 .arg(who),
                             fileLabel);
    ossl::clearErrors();
    return Identity(std::move(d));
}

} // namespace mla::pdf
