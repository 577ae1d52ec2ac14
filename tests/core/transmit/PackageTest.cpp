#include "TransmitTestSupport.h"

#include "transmit/Cms.h"
#include "transmit/PackageFormat.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

namespace {

transmit::OpenedPackage openOk(const QByteArray& bytes, const transmit::TransmitIdentity& who)
{
    Result<transmit::OpenedPackage> opened =
        transmit::openPackage(bytes, who, trustAll(), QStringLiteral("pkg"));
    if (!opened.ok())
        FAIL(opened.error().toString().toStdString());
    INFO(opened.value().toText().toStdString());
    CHECK(opened.value().allPassed());
    return opened.value();
}

} // namespace

TEST_CASE("a package addressed to an RSA and an EC authority opens for each and for the sender",
          "[transmit][package]")
{
    transmit::PackageSpec spec = sampleSpec({recipientRsa().demo.signerPem, recipientEc().demo.signerPem});
    Result<transmit::CreatedPackage> created = transmit::createPackage(spec, sender().identity);
    REQUIRE(created.ok());
    CHECK(created.value().senderCanReopen);
    CHECK(created.value().manifest.recipientCertificates.size() == 3);
    for (const transmit::TransmitIdentity* who :
         {&recipientRsa().identity, &recipientEc().identity, &sender().identity}) {
        const transmit::OpenedPackage p = openOk(created.value().bytes, *who);
        CHECK(p.manifest.packageId == created.value().manifest.packageId);
        CHECK(p.manifest.reference == QStringLiteral("OUR-2026-0042"));
        CHECK(p.files.size() == 4);
        CHECK(p.manifestJson == created.value().manifestJson);
    }
}

TEST_CASE("EnvelopedData with AES-256-CBC opens as well", "[transmit][package]")
{
    const QByteArray bytes = samplePackage(transmit::Cipher::Aes256Cbc);
    openOk(bytes, recipientRsa().identity);
}

TEST_CASE("opening extracts the checked files and the signed manifest into a new folder",
          "[transmit][package]")
{
    const transmit::OpenedPackage p = openOk(samplePackage(), recipientRsa().identity);
    const QString dir = scratch(QStringLiteral("extract"));
    const QString out = dir + QStringLiteral("/case");
    REQUIRE(transmit::extractPackage(p, out).ok());
    CHECK(filesUnder(dir) ==
          QStringList{QStringLiteral("case"), QStringLiteral("case/evidence.txt"),
                      QStringLiteral("case/manifest.json"), QStringLiteral("case/manifest.p7m"),
                      QStringLiteral("case/request.en.pdf"), QStringLiteral("case/request.fr.pdf"),
                      QStringLiteral("case/request.mlar")});
    CHECK(readBytes(out + QStringLiteral("/evidence.txt")) == attachmentBytes);
    SECTION("an existing folder is never written into")
    {
        const Status again = transmit::extractPackage(p, out);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == QStringLiteral("transmit.extract.exists"));
    }
}

TEST_CASE("creating refuses unsigned PDFs and attachments that differ from the draft", "[transmit][package]")
{
    SECTION("unsigned request")
    {
        transmit::PackageSpec spec = sampleSpec();
        spec.files[0].bytes = QByteArrayLiteral("%PDF-1.4\n%%EOF\n");
        Result<transmit::CreatedPackage> created = transmit::createPackage(spec, sender().identity);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().code == QStringLiteral("transmit.package.input"));
    }
    SECTION("attachment changed")
    {
        transmit::PackageSpec spec = sampleSpec();
        spec.files[3].bytes = QByteArrayLiteral("another statement\n");
        Result<transmit::CreatedPackage> created = transmit::createPackage(spec, sender().identity);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().detail.contains(QStringLiteral("differs from the draft")));
    }
    SECTION("attachment missing")
    {
        transmit::PackageSpec spec = sampleSpec();
        spec.files.removeLast();
        Result<transmit::CreatedPackage> created = transmit::createPackage(spec, sender().identity);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().detail.contains(QStringLiteral("is not in the package")));
    }
    SECTION("a certificate that may not encrypt")
    {
        transmit::PackageSpec spec = sampleSpec();
        pdf::DemoIdentityOptions signOnly;
        Result<pdf::DemoIdentity> demo = pdf::createDemoIdentity(transmitPassword, signOnly);
        REQUIRE(demo.ok());
        spec.recipientPems = {demo.value().signerPem};
        Result<transmit::CreatedPackage> created = transmit::createPackage(spec, sender().identity);
        REQUIRE_FALSE(created.ok());
        CHECK(created.error().code == QStringLiteral("transmit.cms.recipient"));
        CHECK(created.error().detail.contains(QStringLiteral("keyEncipherment")));
    }
}

TEST_CASE("openssl cms decrypts the package, tar lists it and openssl cms verifies the manifest",
          "[transmit][package][interop]")
{
    transmit::PackageSpec spec = sampleSpec({recipientRsa().demo.signerPem, recipientEc().demo.signerPem});
    Result<transmit::CreatedPackage> created = transmit::createPackage(spec, sender().identity);
    REQUIRE(created.ok());
    const QString dir = scratch(QStringLiteral("openssl"));
    const QString pkg = dir + QStringLiteral("/request.mlap");
    REQUIRE(writeBytes(pkg, created.value().bytes));
    for (const Party* who : {&recipientRsa(), &recipientEc()}) {
        // The private key out of the PKCS#12, the way an independent user would.
        const QString key = dir + QStringLiteral("/key.pem");
        Tool k = runTool(QStringLiteral("openssl"),
                         {QStringLiteral("pkcs12"), QStringLiteral("-in"), who->p12Path,
                          QStringLiteral("-nocerts"), QStringLiteral("-nodes"), QStringLiteral("-passin"),
                          QStringLiteral("pass:") + QString::fromLatin1(transmitPassword),
                          QStringLiteral("-out"), key});
        REQUIRE(k.exitCode == 0);
        const QString payload = dir + QStringLiteral("/payload.tar");
        Tool d = runTool(QStringLiteral("openssl"),
                         {QStringLiteral("cms"), QStringLiteral("-decrypt"), QStringLiteral("-binary"),
                          QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), pkg,
                          QStringLiteral("-inkey"), key, QStringLiteral("-recip"), who->certPath,
                          QStringLiteral("-out"), payload});
        INFO(d.err.toStdString());
        REQUIRE(d.exitCode == 0);
        Tool t = runTool(QStringLiteral("tar"), {QStringLiteral("-tf"), payload});
        REQUIRE(t.exitCode == 0);
        CHECK(QString::fromUtf8(t.out).split(u'\n', Qt::SkipEmptyParts) ==
              QStringList{QStringLiteral("manifest.p7m"), QStringLiteral("request.en.pdf"),
                          QStringLiteral("request.fr.pdf"), QStringLiteral("request.mlar"),
                          QStringLiteral("evidence.txt")});
        const QString unpacked = dir + QStringLiteral("/unpacked");
        QDir().mkpath(unpacked);
        REQUIRE(
            runTool(QStringLiteral("tar"), {QStringLiteral("-xf"), payload, QStringLiteral("-C"), unpacked})
                .exitCode == 0);
        Tool v =
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                     QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                     unpacked + QStringLiteral("/manifest.p7m"), QStringLiteral("-CAfile"), sender().caPath});
        INFO(v.err.toStdString());
        REQUIRE(v.exitCode == 0);
        CHECK(v.out == created.value().manifestJson);
        CHECK(readBytes(unpacked + QStringLiteral("/evidence.txt")) == attachmentBytes);
        QDir(unpacked).removeRecursively();
    }
    SECTION("the algorithms are the announced ones")
    {
        Tool p = runTool(QStringLiteral("openssl"),
                         {QStringLiteral("cms"), QStringLiteral("-cmsout"), QStringLiteral("-print"),
                          QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), pkg});
        REQUIRE(p.exitCode == 0);
        const QString text = QString::fromUtf8(p.out);
        CHECK(text.contains(QStringLiteral("aes-256-gcm")));
        CHECK(text.contains(QStringLiteral("rsaesOaep")));
        CHECK(text.contains(QStringLiteral("dhSinglePass-stdDH-sha256kdf-scheme")));
    }
}

TEST_CASE("a package made by openssl cms from our payload opens", "[transmit][package][interop]")
{
    // The reverse direction: decrypt with our key what openssl encrypted (AES-256-GCM, OAEP).
    const QString dir = scratch(QStringLiteral("openssl-enc"));
    Result<transmit::CreatedPackage> created = transmit::createPackage(sampleSpec(), sender().identity);
    REQUIRE(created.ok());
    Result<QByteArray> payload =
        transmit::decryptContent(created.value().bytes, recipientRsa().identity, QStringLiteral("pkg"));
    REQUIRE(payload.ok());
    REQUIRE(writeBytes(dir + QStringLiteral("/payload.tar"), payload.value()));
    Tool e =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-encrypt"), QStringLiteral("-binary"),
                 QStringLiteral("-aes-256-gcm"), QStringLiteral("-in"), dir + QStringLiteral("/payload.tar"),
                 QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                 dir + QStringLiteral("/byopenssl.mlap"), QStringLiteral("-recip"), recipientRsa().certPath,
                 QStringLiteral("-keyopt"), QStringLiteral("rsa_padding_mode:oaep")});
    INFO(e.err.toStdString());
    REQUIRE(e.exitCode == 0);
    openOk(readBytes(dir + QStringLiteral("/byopenssl.mlap")), recipientRsa().identity);
}
