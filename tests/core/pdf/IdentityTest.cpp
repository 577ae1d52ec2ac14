// Loading PKCS#12 identities: clear errors for every way an identity can be unusable.
#include "PdfTestSupport.h"
#include "TestSupport.h"

#include "pdf/DemoIdentity.h"
#include "pdf/Identity.h"
#include "pdf/Signer.h"
#include "pdf/Verifier.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

using namespace mla;
using namespace mla::test;

namespace {

QByteArray demoP12(const pdf::DemoIdentityOptions& options)
{
    Result<pdf::DemoIdentity> demo = pdf::createDemoIdentity(testPassword, options);
    REQUIRE(demo.ok());
    return demo.value().p12;
}

// A PKCS#12 file whose key is not the certificate's (PKCS12_create refuses to make one, so the
// bags are assembled by hand).
QByteArray mismatchedP12()
{
    const QByteArray a = signerIdentity().demo.p12, b = reviewerIdentity().demo.p12;
    auto parse = [](const QByteArray& der, EVP_PKEY** key, X509** cert) {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(der.constData());
        PKCS12* p12 = d2i_PKCS12(nullptr, &p, long(der.size()));
        STACK_OF(X509)* ca = nullptr;
        PKCS12_parse(p12, testPassword.constData(), key, cert, &ca);
        sk_X509_pop_free(ca, X509_free);
        PKCS12_free(p12);
    };
    EVP_PKEY *keyA = nullptr, *keyB = nullptr;
    X509 *certA = nullptr, *certB = nullptr;
    parse(a, &keyA, &certA);
    parse(b, &keyB, &certB);
    STACK_OF(PKCS7)* safes = nullptr;
    STACK_OF(PKCS12_SAFEBAG)* bags = nullptr;
    PKCS12_add_cert(&bags, certA);
    PKCS12_add_safe(&safes, bags, -1, 0, nullptr);
    sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    bags = nullptr;
    PKCS12_add_key(&bags, keyB, 0, PKCS12_DEFAULT_ITER, NID_aes_256_cbc, testPassword.constData());
    PKCS12_add_safe(&safes, bags, -1, 0, nullptr);
    sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    PKCS12* p12 = PKCS12_add_safes(safes, 0);
    sk_PKCS7_pop_free(safes, PKCS7_free);
    PKCS12_set_mac(p12, testPassword.constData(), -1, nullptr, 0, PKCS12_DEFAULT_ITER, EVP_sha256());
    unsigned char* der = nullptr;
    const int len = i2d_PKCS12(p12, &der);
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    PKCS12_free(p12);
    EVP_PKEY_free(keyA);
    EVP_PKEY_free(keyB);
    X509_free(certA);
    X509_free(certB);
    return out;
}

} // namespace

TEST_CASE("a DEMO identity loads with its names, validity and chain", "[pdf][identity]")
{
    const pdf::Identity& id = signerIdentity().identity;
    CHECK(id.commonName() == QLatin1String("DEMO Prosecutor"));
    CHECK(id.subject().contains(QLatin1String("O=DEMO Central Authority")));
    CHECK(id.issuer().contains(QLatin1String("CN=DEMO mlawriter CA")));
    CHECK(id.chainLength() == 1);
    CHECK(id.notBefore() < QDateTime::currentDateTimeUtc());
    CHECK(id.notAfter() > QDateTime::currentDateTimeUtc());
    CHECK(id.fingerprint().size() == 64);
    CHECK(id.certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
}

TEST_CASE("unusable identities give clear errors that never contain the password", "[pdf][identity][errors]")
{
    auto load = [](const QByteArray& p12, const QByteArray& password = testPassword) {
        return pdf::loadIdentityFromBytes(p12, password, QStringLiteral("id.p12"));
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SECTION("wrong password")
    {
        Result<pdf::Identity> id = load(signerIdentity().demo.p12, "wrong password 7");
        REQUIRE(!id.ok());
        CHECK(id.error().code == QLatin1String("pdf.identity.password"));
        CHECK(id.error().detail.contains(QLatin1String("wrong password")));
        CHECK(id.error().file == QLatin1String("id.p12"));
        CHECK(!id.error().toString().contains(QLatin1String("wrong password 7")));
        CHECK(!id.error().toString().contains(QString::fromLatin1(testPassword)));
    }
    SECTION("expired certificate")
    {
        pdf::DemoIdentityOptions options;
        options.notBefore = now.addYears(-3);
        options.notAfter = now.addYears(-1);
        Result<pdf::Identity> id = load(demoP12(options));
        REQUIRE(!id.ok());
        CHECK(id.error().code == QLatin1String("pdf.identity.expired"));
        CHECK(id.error().detail.contains(QLatin1String("expired on")));
        CHECK(id.error().detail.contains(QString::number(now.addYears(-1).date().year())));
    }
    SECTION("certificate not yet valid")
    {
        pdf::DemoIdentityOptions options;
        options.notBefore = now.addYears(1);
        options.notAfter = now.addYears(2);
        Result<pdf::Identity> id = load(demoP12(options));
        REQUIRE(!id.ok());
        CHECK(id.error().code == QLatin1String("pdf.identity.notyetvalid"));
        CHECK(id.error().detail.contains(QLatin1String("not valid before")));
    }
    SECTION("certificate without a signing key usage")
    {
        pdf::DemoIdentityOptions options;
        options.signingUsage = false;
        Result<pdf::Identity> id = load(demoP12(options));
        REQUIRE(!id.ok());
        CHECK(id.error().code == QLatin1String("pdf.identity.usage"));
        CHECK(id.error().detail.contains(QLatin1String("digitalSignature")));
    }
    SECTION("key that does not match the certificate")
    {
        Result<pdf::Identity> id = load(mismatchedP12());
        REQUIRE(!id.ok());
        CHECK(id.error().code == QLatin1String("pdf.identity.keymismatch"));
    }
    SECTION("not a PKCS#12 file")
    {
        Result<pdf::Identity> id = load(QByteArray("%PDF-1.4 this is not an identity"));
        REQUIRE(!id.ok());
        CHECK(id.error().code == QLatin1String("pdf.identity.format"));
    }
    SECTION("missing file")
    {
        Result<pdf::Identity> id = pdf::loadIdentity(scratch(QStringLiteral("nowhere.p12")), testPassword);
        REQUIRE(!id.ok());
        CHECK(id.error().code == QLatin1String("pdf.identity.read"));
    }
}

TEST_CASE("writeDemoIdentity writes the identity (owner-only) and the CA certificate next to it",
          "[pdf][identity][demo]")
{
    const QString p12 = scratch(QStringLiteral("demo.p12"));
    Result<QString> caPath = pdf::writeDemoIdentity(p12, testPassword);
    REQUIRE(caPath.ok());
    CHECK(caPath.value() == p12 + QStringLiteral(".ca.pem"));
    CHECK(QFileInfo(p12).permissions().testFlag(QFileDevice::ReadOwner));
    CHECK(!QFileInfo(p12).permissions().testFlag(QFileDevice::ReadOther));
    Result<pdf::Identity> id = pdf::loadIdentity(p12, testPassword);
    REQUIRE(id.ok());
    CHECK(id.value().commonName().contains(QLatin1String("DEMO")));
    CHECK(id.value().issuer().contains(QLatin1String("DEMO")));
    const QByteArray ca = readAll(caPath.value());
    CHECK(ca.startsWith("-----BEGIN CERTIFICATE-----"));

    // A request signed with it verifies against that CA file.
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(1), id.value(), {});
    REQUIRE(signedPdf.ok());
    Result<pdf::VerifyReport> report = pdf::verifyPdf(signedPdf.value(), {ca});
    REQUIRE(report.ok());
    CHECK(report.value().allValid());
}

TEST_CASE("a signing time outside the certificate's validity is reported", "[pdf][verify][validity]")
{
    pdf::SignOptions options;
    options.signingTime = QDateTime::currentDateTimeUtc().addYears(5); // after the demo certificate ends
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(1), signerIdentity().identity, options);
    REQUIRE(signedPdf.ok());
    Result<pdf::VerifyReport> report = pdf::verifyPdf(signedPdf.value(), bothCas());
    REQUIRE(report.ok());
    REQUIRE(report.value().signatures.size() == 1);
    const pdf::SignatureCheck& s = report.value().signatures.front();
    CHECK(s.digestOk);
    CHECK(s.cmsSignatureOk);
    CHECK(!s.valid()); // the claimed time lies after the certificate's end: not credible
    CHECK(s.problems.join(u' ').contains(QLatin1String("after its certificate expired")));
}
