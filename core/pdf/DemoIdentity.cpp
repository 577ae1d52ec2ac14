#include "DemoIdentity.h"

#include "OpenSslSupport.h"

#include <QSaveFile>

#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace mla::pdf {

namespace {

Error demoError(const QString& detail, const QString& file = {})
{
    return Error{QStringLiteral("pdf.demo.create"), detail, file, 0, 0};
}

ossl::Ptr<EVP_PKEY> newKey()
{
    return ossl::Ptr<EVP_PKEY>(EVP_RSA_gen(2048));
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
    serial[0] &= 0x7f; // positive
    ossl::Ptr<BIGNUM> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    ossl::Ptr<ASN1_INTEGER> sn(BN_to_ASN1_INTEGER(bn.get(), nullptr));
    return sn && X509_set_version(cert, 2) == 1 && X509_set_serialNumber(cert, sn.get()) == 1 &&
           ASN1_TIME_set(X509_getm_notBefore(cert), time_t(notBefore.toSecsSinceEpoch())) &&
           ASN1_TIME_set(X509_getm_notAfter(cert), time_t(notAfter.toSecsSinceEpoch()));
}

} // namespace

Result<DemoIdentity> createDemoIdentity(const QByteArray& password, const DemoIdentityOptions& options)
{
    ossl::clearErrors();
    const QDateTime notBefore =
        options.notBefore.isValid() ? options.notBefore : QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDateTime notAfter = options.notAfter.isValid() ? options.notAfter : notBefore.addYears(2);

    ossl::Ptr<EVP_PKEY> caKey = newKey();
    ossl::Ptr<EVP_PKEY> signerKey = newKey();
    if (!caKey || !signerKey)
        return demoError(QStringLiteral("key generation failed: %1").arg(ossl::lastError()));

    // The CA outlives the signer on both sides so the signer's validity decides.
    ossl::Ptr<X509> ca(X509_new());
    if (!setSerialAndValidity(ca.get(), notBefore.addDays(-1), notAfter.addYears(1)) ||
        !setName(X509_get_subject_name(ca.get()), QStringLiteral("DEMO mlawriter CA (not for real requests)"),
                 options.organization, options.country) ||
        X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get())) != 1 ||
        X509_set_pubkey(ca.get(), caKey.get()) != 1 ||
        !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0)
        return demoError(QStringLiteral("cannot create the demo CA: %1").arg(ossl::lastError()));

    ossl::Ptr<X509> signer(X509_new());
    const char* usage =
        options.signingUsage ? "critical,digitalSignature,nonRepudiation" : "critical,keyEncipherment";
    if (!setSerialAndValidity(signer.get(), notBefore, notAfter) ||
        !setName(X509_get_subject_name(signer.get()), options.signerName, options.organization,
                 options.country) ||
        X509_set_issuer_name(signer.get(), X509_get_subject_name(ca.get())) != 1 ||
        X509_set_pubkey(signer.get(), signerKey.get()) != 1 ||
        !addExtension(signer.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(signer.get(), ca.get(), NID_key_usage, usage) ||
        !addExtension(signer.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(signer.get(), ca.get(), NID_authority_key_identifier, "keyid:always") ||
        X509_sign(signer.get(), caKey.get(), EVP_sha256()) <= 0)
        return demoError(QStringLiteral("cannot create the demo signer: %1").arg(ossl::lastError()));

    ossl::CertStack chain(sk_X509_new_null());
    X509_up_ref(ca.get());
    sk_X509_push(chain.get(), ca.get());
    QByteArray pass = password;
    pass.append('\0');
    const QByteArray friendly = options.signerName.toUtf8();
    // OpenSSL 3 defaults: PBES2/AES-256-CBC for key and certificates, SHA-256 MAC.
    ossl::Ptr<PKCS12> p12(PKCS12_create(pass.constData(), friendly.constData(), signerKey.get(), signer.get(),
                                        chain.get(), NID_aes_256_cbc, NID_aes_256_cbc, 0, 0, 0));
    pass.fill('\0');
    if (!p12)
        return demoError(QStringLiteral("cannot write the PKCS#12 identity: %1").arg(ossl::lastError()));
    ossl::Ptr<BIO> out(BIO_new(BIO_s_mem()));
    if (i2d_PKCS12_bio(out.get(), p12.get()) != 1)
        return demoError(QStringLiteral("cannot encode the PKCS#12 identity: %1").arg(ossl::lastError()));
    DemoIdentity result;
    result.p12 = ossl::bioBytes(out.get());
    result.caPem = ossl::toPem(ca.get());
    result.signerPem = ossl::toPem(signer.get());
    return result;
}

Result<QString> writeDemoIdentity(const QString& p12Path, const QByteArray& password,
                                  const DemoIdentityOptions& options)
{
    Result<DemoIdentity> demo = createDemoIdentity(password, options);
    if (!demo)
        return demo.error();
    const QString caPath = p12Path + QStringLiteral(".ca.pem");
    for (const auto& [path, bytes] :
         {std::pair{p12Path, demo.value().p12}, std::pair{caPath, demo.value().caPem}}) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return demoError(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
        if (path == p12Path) // the private key: owner only
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(bytes) != bytes.size() || !file.commit())
            return demoError(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    }
    return caPath;
}

} // namespace mla::pdf
