// Signing with keys on PKCS#11 tokens: SoftHSM2 tokens made in a scratch directory, RSA and EC
// P-256 keys, certificate choice (signing vs authentication, expired), PIN errors; the signed
// PDFs checked with pdfsig and openssl cms -verify.
#include "PdfTestSupport.h"
#include "TestPki.h"

#include "cli/Commands.h"
#include "pdf/LongTerm.h"
#include "pdf/QpdfSupport.h"
#include "pdf/Signer.h"
#include "pdf/Token.h"

#include <QFile>
#include <QTextStream>

#include "pdf/Verifier.h"

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;
namespace ossl = mla::pdf::ossl;

namespace {

const QByteArray pin = "123456";

struct Tokens
{
    SoftHsm hsm{scratch(QStringLiteral("softhsm"))};
    PkiCert ca = makeCa(QStringLiteral("Central Authority of Testland"));
    PkiCert rsaSigner, ecSigner, auth, expired;
    bool ok = false;
    Tokens()
    {
        LeafOptions o;
        o.name = QStringLiteral("Prosecutor Token RSA");
        rsaSigner = issue(ca, o);
        o.name = QStringLiteral("Prosecutor Token EC");
        o.ec = true;
        ecSigner = issue(ca, o);
        o.ec = false;
        o.name = QStringLiteral("Prosecutor Authentication");
        o.keyUsage = QStringLiteral("critical,digitalSignature,keyEncipherment");
        o.extendedKeyUsage = QStringLiteral("clientAuth");
        auth = issue(ca, o);
        LeafOptions old;
        old.name = QStringLiteral("Prosecutor Old");
        old.notBefore = QDateTime::currentDateTimeUtc().addYears(-3);
        old.notAfter = QDateTime::currentDateTimeUtc().addYears(-1);
        expired = issue(ca, old);
        ok = hsm.addToken(QStringLiteral("mla-rsa"), pin) && hsm.addToken(QStringLiteral("mla-ec"), pin) &&
             hsm.addToken(QStringLiteral("mla-authonly"), pin) &&
             hsm.import(QStringLiteral("mla-rsa"), pin, rsaSigner, QStringLiteral("sign-rsa"),
                        QStringLiteral("01")) &&
             hsm.import(QStringLiteral("mla-rsa"), pin, auth, QStringLiteral("auth"), QStringLiteral("03")) &&
             hsm.import(QStringLiteral("mla-rsa"), pin, expired, QStringLiteral("old"),
                        QStringLiteral("04")) &&
             hsm.import(QStringLiteral("mla-rsa"), pin, ca, QStringLiteral("ca"), QStringLiteral("05"),
                        true) &&
             hsm.import(QStringLiteral("mla-ec"), pin, ecSigner, QStringLiteral("sign-ec"),
                        QStringLiteral("02")) &&
             hsm.import(QStringLiteral("mla-authonly"), pin, auth, QStringLiteral("auth"),
                        QStringLiteral("03"));
    }
};

Tokens& tokens()
{
    static Tokens t;
    if (!t.ok)
        FAIL("cannot set up SoftHSM2: " << t.hsm.lastOutput.toStdString());
    return t;
}

pdf::PinProvider pinIs(const QByteArray& value, int* calls = nullptr)
{
    return [value, calls](const pdf::TokenInfo&) -> Result<QByteArray> {
        if (calls)
            ++*calls;
        return value;
    };
}

pdf::TokenSelection on(const QString& token)
{
    pdf::TokenSelection s;
    s.module = QString::fromLatin1(SoftHsm::module);
    s.tokenLabel = token;
    return s;
}

void checkSignedWithOpenssl(const QByteArray& signedPdf, const PkiCert& ca, const QString& name)
{
    const QList<RawSignature> sigs = rawSignatures(signedPdf);
    REQUIRE(sigs.size() == 1);
    QByteArray der = sigs[0].cmsDer;
    const QString cmsPath = scratch(name + QStringLiteral(".p7s"));
    const QString contentPath = scratch(name + QStringLiteral(".content"));
    const QString caPath = scratch(name + QStringLiteral("-ca.pem"));
    REQUIRE(write(cmsPath, der));
    REQUIRE(write(contentPath, sigs[0].signedBytes));
    REQUIRE(write(caPath, ca.certPem()));
    const ToolRun run = runTool(QStringLiteral("openssl"),
                                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                                 cmsPath, QStringLiteral("-content"), contentPath, QStringLiteral("-CAfile"),
                                 caPath, QStringLiteral("-purpose"), QStringLiteral("any"),
                                 QStringLiteral("-out"), QStringLiteral("/dev/null")});
    INFO(run.output.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.output.contains(QStringLiteral("Verification successful")));
}

} // namespace

TEST_CASE("tokens are listed with their certificates classed for signing or authentication", "[pdf][token]")
{
    Tokens& t = tokens();
    (void)t;
    Result<QList<pdf::TokenInfo>> list = pdf::listTokens(QString::fromLatin1(SoftHsm::module));
    REQUIRE(list);
    QStringList labels;
    for (const pdf::TokenInfo& info : list.value())
        labels << info.label;
    CHECK(labels.contains(QStringLiteral("mla-rsa")));
    CHECK(labels.contains(QStringLiteral("mla-ec")));
    for (const pdf::TokenInfo& info : list.value()) {
        if (info.label != QStringLiteral("mla-rsa"))
            continue;
        CHECK(info.loginRequired);
        CHECK_FALSE(info.protectedAuthPath);
        QMap<QString, pdf::TokenCertificate::Purpose> purposes;
        for (const pdf::TokenCertificate& c : info.certificates)
            purposes.insert(c.label, c.purpose);
        CHECK(purposes.value(QStringLiteral("sign-rsa")) == pdf::TokenCertificate::Purpose::Signing);
        CHECK(purposes.value(QStringLiteral("auth")) == pdf::TokenCertificate::Purpose::Authentication);
        CHECK(purposes.value(QStringLiteral("old")) == pdf::TokenCertificate::Purpose::Unfit);
        CHECK(purposes.value(QStringLiteral("ca")) == pdf::TokenCertificate::Purpose::Unfit);
    }
    Result<QList<pdf::TokenInfo>> noModule = pdf::listTokens(QStringLiteral("/nonexistent/libpkcs11.so"));
    REQUIRE_FALSE(noModule);
    CHECK(noModule.error().code == QStringLiteral("pdf.token.module"));
}

TEST_CASE("an RSA key on a token signs a PDF that pdfsig and openssl accept", "[pdf][token]")
{
    Tokens& t = tokens();
    int calls = 0;
    Result<pdf::Identity> id = pdf::loadTokenIdentity(on(QStringLiteral("mla-rsa")), pinIs(pin, &calls));
    REQUIRE(id);
    CHECK(calls == 1);
    CHECK(id.value().onToken());
    CHECK(id.value().commonName() == QStringLiteral("Prosecutor Token RSA")); // not the authentication one
    CHECK(id.value().chainLength() == 1);                                     // the CA found on the token
    CHECK(id.value().source() == QStringLiteral("PKCS#11 token 'mla-rsa'"));
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(2), id.value(), {});
    REQUIRE(signedPdf);
    const QString path = scratch(QStringLiteral("token-rsa.pdf"));
    REQUIRE(write(path, signedPdf.value()));
    const ToolRun run = runTool(QStringLiteral("pdfsig"), {path});
    INFO(run.output.toStdString());
    CHECK(run.output.contains(QStringLiteral("Signature is Valid.")));
    CHECK(run.output.contains(QStringLiteral("Prosecutor Token RSA")));
    checkSignedWithOpenssl(signedPdf.value(), t.ca, QStringLiteral("token-rsa"));
    // The identity signs again (the session stays logged in), here a countersignature.
    Result<QByteArray> twice = pdf::signPdf(signedPdf.value(), id.value(), {});
    REQUIRE(twice);
}

TEST_CASE("an EC P-256 key on a token signs", "[pdf][token]")
{
    Tokens& t = tokens();
    pdf::TokenSelection sel = on(QStringLiteral("mla-ec"));
    sel.keyLabel = QStringLiteral("sign-ec");
    Result<pdf::Identity> id = pdf::loadTokenIdentity(sel, pinIs(pin));
    REQUIRE(id);
    CHECK(id.value().commonName() == QStringLiteral("Prosecutor Token EC"));
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(1), id.value(), {});
    REQUIRE(signedPdf);
    const QString path = scratch(QStringLiteral("token-ec.pdf"));
    REQUIRE(write(path, signedPdf.value()));
    const ToolRun run = runTool(QStringLiteral("pdfsig"), {path});
    INFO(run.output.toStdString());
    CHECK(run.output.contains(QStringLiteral("Signature is Valid.")));
    checkSignedWithOpenssl(signedPdf.value(), t.ca, QStringLiteral("token-ec"));
}

TEST_CASE("token choice and PIN errors have their own messages", "[pdf][token]")
{
    Tokens& t = tokens();
    (void)t;
    const auto code = [](const pdf::TokenSelection& sel, const pdf::PinProvider& p = pinIs(pin)) {
        Result<pdf::Identity> r = pdf::loadTokenIdentity(sel, p);
        REQUIRE_FALSE(r);
        INFO(r.error().detail.toStdString());
        CHECK_FALSE(r.error().detail.contains(QString::fromLatin1(pin)));
        return r.error();
    };
    SECTION("wrong PIN")
    {
        const Error e = code(on(QStringLiteral("mla-rsa")), pinIs("999999"));
        CHECK(e.code == QStringLiteral("pdf.token.pin"));
        CHECK(e.detail.contains(QStringLiteral("wrong PIN for the token 'mla-rsa'")));
        CHECK_FALSE(e.detail.contains(QStringLiteral("999999")));
    }
    SECTION("the PIN prompt cancelled")
    {
        const Error e = code(on(QStringLiteral("mla-rsa")), [](const pdf::TokenInfo&) -> Result<QByteArray> {
            return Error{QStringLiteral("pdf.token.cancelled"), QStringLiteral("cancelled"), {}, 0, 0};
        });
        CHECK(e.code == QStringLiteral("pdf.token.cancelled"));
    }
    SECTION("missing token")
    {
        const Error e = code(on(QStringLiteral("no-such-card")));
        CHECK(e.code == QStringLiteral("pdf.token.missing"));
        CHECK(e.detail.contains(QStringLiteral("'mla-rsa'")));
    }
    SECTION("several tokens and no label")
    {
        const Error e = code(on(QString()));
        CHECK(e.code == QStringLiteral("pdf.token.choose"));
    }
    SECTION("only an authentication certificate")
    {
        const Error e = code(on(QStringLiteral("mla-authonly")));
        CHECK(e.code == QStringLiteral("pdf.token.nocert"));
        CHECK(e.detail.contains(QStringLiteral("only authentication certificates")));
        // Chosen explicitly, it is the user's decision.
        pdf::TokenSelection sel = on(QStringLiteral("mla-authonly"));
        sel.keyId = QByteArray::fromHex("03");
        Result<pdf::Identity> id = pdf::loadTokenIdentity(sel, pinIs(pin));
        REQUIRE(id);
        CHECK(id.value().commonName() == QStringLiteral("Prosecutor Authentication"));
    }
    SECTION("an expired certificate")
    {
        pdf::TokenSelection sel = on(QStringLiteral("mla-rsa"));
        sel.keyLabel = QStringLiteral("old");
        int calls = 0;
        const Error e = code(sel, pinIs(pin, &calls));
        CHECK(e.code == QStringLiteral("pdf.token.expired"));
        CHECK(calls == 0); // refused before asking for the PIN
    }
    SECTION("a key id that is not there")
    {
        pdf::TokenSelection sel = on(QStringLiteral("mla-rsa"));
        sel.keyId = QByteArray::fromHex("7777");
        const Error e = code(sel);
        CHECK(e.code == QStringLiteral("pdf.token.nokey"));
    }
}

TEST_CASE("p11-kit's proxy module is the default and reaches the SoftHSM2 token", "[pdf][token]")
{
    Tokens& t = tokens();
    (void)t;
    REQUIRE_FALSE(pdf::defaultPkcs11Module().isEmpty()); // p11-kit's proxy (libp11-kit0) is installed
    pdf::TokenSelection sel;
    sel.tokenLabel = QStringLiteral("mla-ec");
    Result<pdf::Identity> id = pdf::loadTokenIdentity(sel, pinIs(pin));
    REQUIRE(id);
    CHECK(id.value().commonName() == QStringLiteral("Prosecutor Token EC"));
}

TEST_CASE("sign --pkcs11 --tsa --level b-lt: a SoftHSM2 key, a local TSA, a DSS; tokens lists the token",
          "[pdf][token][cli]")
{
    Tokens& t = tokens();
    REQUIRE(sharedTsa().running());
    const QString in = scratch(QStringLiteral("cli-in.pdf"));
    const QString outPath = scratch(QStringLiteral("cli-blt.pdf"));
    const QString pinFile = scratch(QStringLiteral("cli-pin.txt"));
    const QString crlFile = scratch(QStringLiteral("cli-ca.crl"));
    const QString tsaCrlFile = scratch(QStringLiteral("cli-tsa.crl"));
    REQUIRE(write(in, makeTextPdf(3)));
    REQUIRE(write(pinFile, pin + "\n"));
    REQUIRE(write(crlFile, makeCrl(t.ca, {})));
    REQUIRE(write(tsaCrlFile, makeCrl(sharedTsa().ca(), {})));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int rc = cli::signCommand({in,
                                     QStringLiteral("--pkcs11"),
                                     QString::fromLatin1(SoftHsm::module),
                                     QStringLiteral("--token"),
                                     QStringLiteral("mla-rsa"),
                                     QStringLiteral("--key-id"),
                                     QStringLiteral("01"),
                                     QStringLiteral("--pin-file"),
                                     pinFile,
                                     QStringLiteral("--tsa"),
                                     sharedTsa().url(),
                                     QStringLiteral("--tsa-trust"),
                                     sharedTsa().caPemPath(),
                                     QStringLiteral("--level"),
                                     QStringLiteral("b-lt"),
                                     QStringLiteral("--crl"),
                                     crlFile,
                                     QStringLiteral("--crl"),
                                     tsaCrlFile,
                                     QStringLiteral("--lang"),
                                     QStringLiteral("fr"),
                                     QStringLiteral("--out"),
                                     outPath},
                                    out, err);
    out.flush();
    err.flush();
    INFO(outText.toStdString() << errText.toStdString());
    REQUIRE(rc == 0);
    CHECK(outText.contains(QStringLiteral("signed by Prosecutor Token RSA (B-LT, timestamp ")));
    CHECK_FALSE(outText.contains(QString::fromLatin1(pin)));
    CHECK_FALSE(errText.contains(QString::fromLatin1(pin)));

    const ToolRun pdfsig = runTool(QStringLiteral("pdfsig"), {outPath});
    INFO(pdfsig.output.toStdString());
    CHECK(pdfsig.output.contains(QStringLiteral("Signature is Valid.")));
    CHECK(pdfsig.output.contains(QStringLiteral("Prosecutor Token RSA")));

    // The DSS holds both CRLs and a VRI entry; the signature's timestamp verifies.
    QFile f(outPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    std::unique_ptr<QPDF> doc = pdf::openPdf(bytes, outPath);
    pdf::DssData dss = pdf::readDss(*doc);
    CHECK(dss.crls.size() == 2);
    CHECK(dss.vriKeys.size() == 1);
    const QList<RawSignature> sigs = rawSignatures(bytes);
    REQUIRE(sigs.size() == 1);
    const unsigned char* p = reinterpret_cast<const unsigned char*>(sigs[0].cmsDer.constData());
    ossl::Ptr<CMS_ContentInfo> cms(d2i_CMS_ContentInfo(nullptr, &p, long(sigs[0].cmsDer.size())));
    REQUIRE(cms);
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    ossl::CertView anchors(sk_X509_new_null());
    sk_X509_push(anchors.get(), sharedTsa().ca().cert.get());
    pdf::TimestampCheck ts = pdf::checkSignatureTimestamp(si, anchors.get(), {}, dss.crls);
    INFO(ts.problems.join(QStringLiteral("; ")).toStdString());
    CHECK(ts.valid);
    CHECK(ts.chain.revocationChecked);
    // openssl ts -verify on the token extracted from the CMS.
    const int loc = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    REQUIRE(loc >= 0);
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, loc), 0);
    const QString tokenPath = scratch(QStringLiteral("cli-token.tst"));
    const QString valuePath = scratch(QStringLiteral("cli-sigvalue.bin"));
    REQUIRE(write(tokenPath,
                  QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value->value.sequence)),
                             ASN1_STRING_length(value->value.sequence))));
    const ASN1_OCTET_STRING* sv = CMS_SignerInfo_get0_signature(si);
    REQUIRE(write(valuePath, QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(sv)),
                                        ASN1_STRING_length(sv))));
    const ToolRun tsVerify = runTool(QStringLiteral("openssl"),
                                     {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"),
                                      tokenPath, QStringLiteral("-token_in"), QStringLiteral("-data"),
                                      valuePath, QStringLiteral("-CAfile"), sharedTsa().caPemPath()});
    INFO(tsVerify.output.toStdString());
    CHECK(tsVerify.output.contains(QStringLiteral("Verification: OK")));

    // Past the signer's expiry, the chain still holds at the timestamp's time from the DSS alone.
    ossl::CertView untrusted(dss.certStack());
    ossl::CertView signerAnchors(sk_X509_new_null());
    sk_X509_push(signerAnchors.get(), t.ca.cert.get());
    pdf::ChainCheck later = pdf::checkChainAt(t.rsaSigner.cert.get(), untrusted.get(), signerAnchors.get(),
                                              QDateTime::currentDateTimeUtc().addYears(2), dss.crls, false);
    CHECK(later.expired);
    pdf::ChainCheck atTimestamp = pdf::checkChainAt(t.rsaSigner.cert.get(), untrusted.get(),
                                                    signerAnchors.get(), ts.genTime, dss.crls, true);
    CHECK(atTimestamp.trusted);

    // verify itself: B-LT and valid (after the signer's expiry: VerifyLevelsTest, where the signer's
    // certificate ends before the TSA's).
    for (const QDateTime& at : {QDateTime()}) {
        pdf::VerifyOptions verifyAt;
        verifyAt.now = at;
        Result<pdf::VerifyReport> verified =
            pdf::verify(outPath, {t.ca.certPem(), sharedTsa().ca().certPem()}, verifyAt);
        REQUIRE(verified);
        INFO(verified.value().toText().toStdString());
        CHECK(verified.value().allValid());
        REQUIRE(verified.value().signatures.size() == 1);
        CHECK(verified.value().signatures.front().level == QStringLiteral("B-LT"));
    }

    // Usage errors.
    QString o2, e2;
    QTextStream out2(&o2), err2(&e2);
    CHECK(
        cli::signCommand({in, QStringLiteral("--pkcs11"), QString::fromLatin1(SoftHsm::module),
                          QStringLiteral("--level"), QStringLiteral("b-t"), QStringLiteral("--out"), outPath},
                         out2, err2) != 0);
    err2.flush();
    CHECK(e2.contains(QStringLiteral("needs --tsa")));

    // tokens lists the signing and authentication certificates, not the CA or the expired one.
    QString listed, listErr;
    QTextStream listOut(&listed), listErrOut(&listErr);
    REQUIRE(cli::tokensCommand({QStringLiteral("--pkcs11"), QString::fromLatin1(SoftHsm::module)}, listOut,
                               listErrOut) == 0);
    listOut.flush();
    INFO(listed.toStdString());
    CHECK(listed.contains(QStringLiteral("token 'mla-rsa'")));
    CHECK(listed.contains(QStringLiteral("signing: Prosecutor Token RSA — key label 'sign-rsa', key id 01")));
    CHECK(listed.contains(QStringLiteral("authentication: Prosecutor Authentication")));
    CHECK_FALSE(listed.contains(QStringLiteral("Prosecutor Old")));
}
