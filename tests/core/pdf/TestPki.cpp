#include "TestPki.h"

#include "PdfTestSupport.h"

#include "pdf/DssUpdate.h"
#include "pdf/IdentityData.h"
#include "pdf/Signer.h"

#include <QDir>
#include <QFile>

#include <openssl/pem.h>
#include <openssl/rand.h>

namespace mla::test {

namespace {

std::shared_ptr<EVP_PKEY> newKey(bool ec)
{
    EVP_PKEY* key = ec ? EVP_EC_gen("P-256") : EVP_RSA_gen(2048);
    if (!key)
        qFatal("key generation failed");
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

void addExt(X509* cert, X509* issuer, int nid, const QString& value)
{
    if (value.isEmpty())
        return;
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    const QByteArray v = value.toLatin1();
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, v.constData());
    if (!ext || X509_add_ext(cert, ext, -1) != 1)
        qFatal("cannot add extension %s", v.constData());
    X509_EXTENSION_free(ext);
}

std::shared_ptr<X509> newCert(const QString& name, EVP_PKEY* key, const QDateTime& notBefore,
                              const QDateTime& notAfter)
{
    X509* cert = X509_new();
    unsigned char serial[12];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert));
    BN_free(bn);
    X509_set_version(cert, 2);
    ASN1_TIME_set(X509_getm_notBefore(cert), time_t(notBefore.toSecsSinceEpoch()));
    ASN1_TIME_set(X509_getm_notAfter(cert), time_t(notAfter.toSecsSinceEpoch()));
    const QByteArray cn = name.toUtf8();
    X509_NAME_add_entry_by_txt(X509_get_subject_name(cert), "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>("mlawriter tests"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(cert), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()), -1, -1, 0);
    X509_set_pubkey(cert, key);
    return std::shared_ptr<X509>(cert, X509_free);
}

QDateTime orNow(const QDateTime& t, qint64 offsetSecs)
{
    return t.isValid() ? t : QDateTime::currentDateTimeUtc().addSecs(offsetSecs);
}

} // namespace

QByteArray PkiCert::certPem() const
{
    return ossl::toPem(cert.get());
}
QByteArray PkiCert::certDer() const
{
    return ossl::toDer(cert.get());
}
QByteArray PkiCert::keyPkcs8Pem() const
{
    ossl::Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PKCS8PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    return ossl::bioBytes(bio.get());
}
QString PkiCert::name() const
{
    return ossl::commonName(X509_get_subject_name(cert.get()));
}

PkiCert makeCa(const QString& name, const QDateTime& notBefore, const QDateTime& notAfter)
{
    PkiCert ca;
    ca.key = newKey(false);
    ca.cert =
        newCert(name, ca.key.get(), orNow(notBefore, -3650 * 86400LL), orNow(notAfter, 5 * 365 * 86400));
    X509_set_issuer_name(ca.cert.get(), X509_get_subject_name(ca.cert.get()));
    addExt(ca.cert.get(), ca.cert.get(), NID_basic_constraints, QStringLiteral("critical,CA:TRUE"));
    addExt(ca.cert.get(), ca.cert.get(), NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign"));
    addExt(ca.cert.get(), ca.cert.get(), NID_subject_key_identifier, QStringLiteral("hash"));
    X509_sign(ca.cert.get(), ca.key.get(), EVP_sha256());
    return ca;
}

PkiCert issue(const PkiCert& issuer, const LeafOptions& o)
{
    PkiCert leaf;
    leaf.key = newKey(o.ec);
    leaf.cert = newCert(o.name, leaf.key.get(), orNow(o.notBefore, -86400), orNow(o.notAfter, 365 * 86400));
    X509_set_issuer_name(leaf.cert.get(), X509_get_subject_name(issuer.cert.get()));
    addExt(leaf.cert.get(), issuer.cert.get(), NID_basic_constraints, QStringLiteral("critical,CA:FALSE"));
    addExt(leaf.cert.get(), issuer.cert.get(), NID_key_usage, o.keyUsage);
    addExt(leaf.cert.get(), issuer.cert.get(), NID_ext_key_usage, o.extendedKeyUsage);
    addExt(leaf.cert.get(), issuer.cert.get(), NID_subject_key_identifier, QStringLiteral("hash"));
    addExt(leaf.cert.get(), issuer.cert.get(), NID_authority_key_identifier, QStringLiteral("keyid"));
    if (!o.ocspUrl.isEmpty())
        addExt(leaf.cert.get(), issuer.cert.get(), NID_info_access, QStringLiteral("OCSP;URI:") + o.ocspUrl);
    if (!o.crlUrl.isEmpty())
        addExt(leaf.cert.get(), issuer.cert.get(), NID_crl_distribution_points,
               QStringLiteral("URI:") + o.crlUrl);
    X509_sign(leaf.cert.get(), issuer.key.get(), EVP_sha256());
    return leaf;
}

QByteArray makeCrl(const PkiCert& issuer, const QList<Revocation>& revoked, const QDateTime& thisUpdate,
                   const QDateTime& nextUpdate)
{
    X509_CRL* crl = X509_CRL_new();
    X509_CRL_set_version(crl, 1);
    X509_CRL_set_issuer_name(crl, X509_get_subject_name(issuer.cert.get()));
    ASN1_TIME* t = ASN1_TIME_new();
    ASN1_TIME_set(t, time_t(orNow(thisUpdate, -3600).toSecsSinceEpoch()));
    X509_CRL_set1_lastUpdate(crl, t);
    ASN1_TIME_set(t, time_t(orNow(nextUpdate, 30 * 86400).toSecsSinceEpoch()));
    X509_CRL_set1_nextUpdate(crl, t);
    for (const Revocation& r : revoked) {
        X509_REVOKED* rev = X509_REVOKED_new();
        X509_REVOKED_set_serialNumber(rev, X509_get_serialNumber(r.cert));
        ASN1_TIME_set(t, time_t(r.when.toSecsSinceEpoch()));
        X509_REVOKED_set_revocationDate(rev, t);
        X509_CRL_add0_revoked(crl, rev);
    }
    ASN1_TIME_free(t);
    X509_CRL_sort(crl);
    X509_CRL_sign(crl, issuer.key.get(), EVP_sha256());
    unsigned char* der = nullptr;
    const int len = i2d_X509_CRL(crl, &der);
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    X509_CRL_free(crl);
    return out;
}

ossl::Ptr<X509_CRL> parseCrl(const QByteArray& der)
{
    const unsigned char* p = reinterpret_cast<const unsigned char*>(der.constData());
    return ossl::Ptr<X509_CRL>(d2i_X509_CRL(nullptr, &p, long(der.size())));
}

QByteArray makeP12(const PkiCert& leaf, const QList<PkiCert>& chain, const QByteArray& password)
{
    STACK_OF(X509)* ca = sk_X509_new_null();
    for (const PkiCert& c : chain)
        sk_X509_push(ca, c.cert.get());
    PKCS12* p12 = PKCS12_create(password.constData(), "test", leaf.key.get(), leaf.cert.get(), ca,
                                NID_aes_256_cbc, NID_aes_256_cbc, 0, 0, 0);
    sk_X509_free(ca);
    unsigned char* der = nullptr;
    const int len = i2d_PKCS12(p12, &der);
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    PKCS12_free(p12);
    return out;
}

// ---- LocalTsa ---------------------------------------------------------------------------------

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

LocalTsa::LocalTsa(const QString& dir) : m_dir(dir)
{
    QDir().mkpath(dir);
    m_ca = makeCa(QStringLiteral("Test TSA Root"));
    LeafOptions o;
    o.name = QStringLiteral("Test Timestamp Authority");
    o.keyUsage = QStringLiteral("critical,digitalSignature,nonRepudiation");
    o.extendedKeyUsage = QStringLiteral("critical,timeStamping");
    m_tsa = issue(m_ca, o);
    writeFile(dir + QStringLiteral("/tsa.pem"), m_tsa.certPem());
    writeFile(dir + QStringLiteral("/tsa.key"), m_tsa.keyPkcs8Pem());
    writeFile(dir + QStringLiteral("/tsa-ca.pem"), m_ca.certPem());
    writeFile(dir + QStringLiteral("/tsaserial"), "01\n");
    const QByteArray cfg = "[ tsa ]\ndefault_tsa = tsa1\n[ tsa1 ]\ndir = " + dir.toUtf8() +
                           "\nserial = $dir/tsaserial\ncrypto_device = builtin\nsigner_cert = $dir/tsa.pem\n"
                           "certs = $dir/tsa-ca.pem\nsigner_key = $dir/tsa.key\nsigner_digest = sha256\n"
                           "default_policy = 1.2.3.4.1\nother_policies = 1.2.3.4.5\n"
                           "digests = sha1, sha256, sha384, sha512\naccuracy = secs:1\nordering = no\n"
                           "tsa_name = no\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n";
    writeFile(dir + QStringLiteral("/tsa.cnf"), cfg);
    m_server.setProcessChannelMode(QProcess::SeparateChannels);
    m_server.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral(MLAWRITER_TEST_SOURCE_DIR "/tsa_server.py"), dir + QStringLiteral("/tsa.cnf"), dir});
    if (!m_server.waitForStarted(10000) || !m_server.waitForReadyRead(10000))
        return;
    m_port = m_server.readLine().trimmed().toInt();
}

LocalTsa::~LocalTsa()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.closeWriteChannel();
        if (!m_server.waitForFinished(3000)) {
            m_server.kill();
            m_server.waitForFinished(3000);
        }
    }
}

QString LocalTsa::url(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

QString LocalTsa::caPemPath() const
{
    return m_dir + QStringLiteral("/tsa-ca.pem");
}

} // namespace mla::test

namespace mla::test {

SoftHsm::SoftHsm(const QString& dir) : m_dir(dir)
{
    QDir().mkpath(dir + QStringLiteral("/tokens"));
    writeFile(dir + QStringLiteral("/softhsm2.conf"),
              "directories.tokendir = " + dir.toUtf8() +
                  "/tokens\nobjectstore.backend = file\nlog.level = ERROR\n");
    qputenv("SOFTHSM2_CONF", (dir + QStringLiteral("/softhsm2.conf")).toUtf8());
}

bool SoftHsm::addToken(const QString& label, const QByteArray& pin)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("softhsm2-util"),
            {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), label,
             QStringLiteral("--pin"), QString::fromUtf8(pin), QStringLiteral("--so-pin"),
             QStringLiteral("87654321")});
    p.waitForFinished(60000);
    lastOutput = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool SoftHsm::import(const QString& token, const QByteArray& pin, const PkiCert& cert, const QString& label,
                     const QString& idHex, bool certOnly)
{
    const QString base = m_dir + QStringLiteral("/obj%1").arg(++m_files);
    writeFile(base + QStringLiteral(".key"), cert.keyPkcs8Pem());
    writeFile(base + QStringLiteral(".der"), cert.certDer());
    const auto run = [&](const QString& program, const QStringList& args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        p.waitForFinished(60000);
        lastOutput = QString::fromUtf8(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    if (!certOnly && !run(QStringLiteral("softhsm2-util"),
                          {QStringLiteral("--import"), base + QStringLiteral(".key"),
                           QStringLiteral("--token"), token, QStringLiteral("--label"), label,
                           QStringLiteral("--id"), idHex, QStringLiteral("--pin"), QString::fromUtf8(pin)}))
        return false;
    const bool ok =
        run(QStringLiteral("pkcs11-tool"),
            {QStringLiteral("--module"), QString::fromLatin1(module), QStringLiteral("--token-label"), token,
             QStringLiteral("--login"), QStringLiteral("--pin"), QString::fromUtf8(pin),
             QStringLiteral("--write-object"), base + QStringLiteral(".der"), QStringLiteral("--type"),
             QStringLiteral("cert"), QStringLiteral("--id"), idHex, QStringLiteral("--label"), label});
    QFile::remove(base + QStringLiteral(".key"));
    return ok;
}

} // namespace mla::test

namespace mla::test {

LocalTsa& sharedTsa()
{
    static LocalTsa instance(scratch(QStringLiteral("tsa")));
    return instance;
}

pdf::Identity identityOf(const PkiCert& leaf, const QList<PkiCert>& chain)
{
    auto d = std::make_shared<pdf::IdentityData>();
    EVP_PKEY_up_ref(leaf.key.get());
    d->key.reset(leaf.key.get());
    X509_up_ref(leaf.cert.get());
    d->cert.reset(leaf.cert.get());
    d->chain.reset(sk_X509_new_null());
    for (const PkiCert& c : chain) {
        X509_up_ref(c.cert.get());
        sk_X509_push(d->chain.get(), c.cert.get());
    }
    d->source = QStringLiteral("test");
    return pdf::Identity::fromData(std::move(d));
}

QByteArray replaceTimestampToken(const QByteArray& signedPdf, const QByteArray& tokenDer)
{
    const QList<RawSignature> sigs = rawSignatures(signedPdf);
    if (sigs.isEmpty())
        return {};
    const RawSignature& sig = sigs.first();
    const unsigned char* p = reinterpret_cast<const unsigned char*>(sig.cmsDer.constData());
    ossl::Ptr<CMS_ContentInfo> cms(d2i_CMS_ContentInfo(nullptr, &p, long(sig.cmsDer.size())));
    if (!cms)
        return {};
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    for (int loc; (loc = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1)) >= 0;)
        X509_ATTRIBUTE_free(CMS_unsigned_delete_attr(si, loc));
    if (CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                      tokenDer.constData(), int(tokenDer.size())) != 1)
        return {};
    unsigned char* der = nullptr;
    const int len = i2d_CMS_ContentInfo(cms.get(), &der);
    const QByteArray hex = QByteArray(reinterpret_cast<const char*>(der), len).toHex().toUpper();
    OPENSSL_free(der);
    const qint64 start = sig.range[1] + 1, capacity = sig.range[2] - sig.range[1] - 2;
    if (hex.size() > capacity)
        return {};
    QByteArray out = signedPdf;
    out.replace(start, capacity, hex + QByteArray(capacity - hex.size(), '0'));
    return out;
}

} // namespace mla::test

namespace mla::test {

QByteArray makeBltWithRevokingCrl(const PkiCert& signer, const PkiCert& ca)
{
    const pdf::Identity id = identityOf(signer, {ca});
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(6), id, {});
    if (!signedPdf)
        return {};
    const QList<RawSignature> sigs = rawSignatures(signedPdf.value());
    pdf::DssInput input;
    input.contents = QByteArray::fromHex(
        signedPdf.value().mid(sigs[0].range[1] + 1, sigs[0].range[2] - sigs[0].range[1] - 2));
    input.crls = {makeCrl(ca, {{signer.cert.get(), QDateTime::currentDateTimeUtc().addDays(-1)}})};
    input.refuseRevoked = false;
    Result<QByteArray> out = pdf::appendDss(signedPdf.value(), *id.data(), input, QStringLiteral("hostile"));
    return out ? out.value() : QByteArray();
}

} // namespace mla::test
