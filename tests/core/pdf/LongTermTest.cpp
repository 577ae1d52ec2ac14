// core/pdf/LongTerm and the timestamp client: chains at a time with CRLs, RFC 3161 tokens from a
// local TSA (openssl ts -reply on 127.0.0.1), signature timestamps in CMS, the DSS reader.
#include "PdfTestSupport.h"
#include "TestPki.h"

#include "pdf/CadesSignature.h"
#include "pdf/IdentityData.h"
#include "pdf/LongTerm.h"
#include "pdf/Timestamp.h"

#include <QFile>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;
namespace ossl = mla::pdf::ossl;

namespace {

struct Stack
{
    ossl::CertView s{sk_X509_new_null()};
    explicit Stack(std::initializer_list<const PkiCert*> certs)
    {
        for (const PkiCert* c : certs)
            sk_X509_push(s.get(), c->cert.get());
    }
    STACK_OF(X509) * get() const { return s.get(); }
};

LocalTsa& tsa()
{
    return sharedTsa();
}

pdf::IdentityData identityFrom(const PkiCert& leaf, const QList<PkiCert>& chain)
{
    pdf::IdentityData d;
    EVP_PKEY_up_ref(leaf.key.get());
    d.key.reset(leaf.key.get());
    X509_up_ref(leaf.cert.get());
    d.cert.reset(leaf.cert.get());
    d.chain.reset(sk_X509_new_null());
    for (const PkiCert& c : chain) {
        X509_up_ref(c.cert.get());
        sk_X509_push(d.chain.get(), c.cert.get());
    }
    return d;
}

struct ParsedCms
{
    ossl::Ptr<CMS_ContentInfo> cms;
    CMS_SignerInfo* si = nullptr;
};

ParsedCms parseCms(const QByteArray& der)
{
    ParsedCms out;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(der.constData());
    out.cms.reset(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())));
    if (out.cms)
        out.si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(out.cms.get()), 0);
    return out;
}

} // namespace

TEST_CASE("checkChainAt: trusted, untrusted, expired, not yet valid", "[longterm]")
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PkiCert ca = makeCa(QStringLiteral("Central Authority of Testland"));
    const PkiCert other = makeCa(QStringLiteral("Unknown Issuer CA"));
    LeafOptions o;
    o.name = QStringLiteral("Prosecutor A");
    o.notBefore = now.addDays(-400);
    o.notAfter = now.addDays(-30);
    const PkiCert expired = issue(ca, o);
    const Stack anchors{&ca};

    SECTION("valid at a time within the validity, expired now")
    {
        pdf::ChainCheck atThen =
            pdf::checkChainAt(expired.cert.get(), nullptr, anchors.get(), now.addDays(-100), {}, false);
        CHECK(atThen.trusted);
        CHECK(atThen.reason.isEmpty());
        CHECK(atThen.chain ==
              QStringList{QStringLiteral("Prosecutor A"), QStringLiteral("Central Authority of Testland")});
        pdf::ChainCheck atNow = pdf::checkChainAt(expired.cert.get(), nullptr, anchors.get(), now, {}, false);
        CHECK_FALSE(atNow.trusted);
        CHECK(atNow.expired);
        CHECK(atNow.reason.startsWith(QStringLiteral("the certificate of 'Prosecutor A' expired on ")));
        CHECK(atNow.expiredOn.date() == now.addDays(-30).date());
    }
    SECTION("not yet valid")
    {
        pdf::ChainCheck before =
            pdf::checkChainAt(expired.cert.get(), nullptr, anchors.get(), now.addDays(-500), {}, false);
        CHECK_FALSE(before.trusted);
        CHECK(before.notYetValid);
        CHECK(before.reason.contains(QStringLiteral("was not yet valid")));
    }
    SECTION("issued by an authority that is not trusted")
    {
        const Stack otherAnchors{&other};
        pdf::ChainCheck c =
            pdf::checkChainAt(expired.cert.get(), nullptr, otherAnchors.get(), now.addDays(-100), {}, false);
        CHECK_FALSE(c.trusted);
        CHECK(c.reason == QStringLiteral("issued by 'Central Authority of Testland', which is not a trusted "
                                         "central authority"));
        CHECK_FALSE(c.detail.isEmpty());
        pdf::ChainCheck none = pdf::checkChainAt(expired.cert.get(), nullptr, nullptr, now, {}, false);
        CHECK_FALSE(none.trusted);
        CHECK(none.reason.contains(QStringLiteral("no trusted central authority")));
    }
    SECTION("self-signed signer")
    {
        pdf::ChainCheck c = pdf::checkChainAt(other.cert.get(), nullptr, anchors.get(), now, {}, false);
        CHECK_FALSE(c.trusted);
        CHECK(c.reason ==
              QStringLiteral("issued by 'Unknown Issuer CA', which is not a trusted central authority"));
    }
    SECTION("through an intermediate")
    {
        const PkiCert root = makeCa(QStringLiteral("Root of Testland"));
        // An intermediate CA: issue() with CA extensions replaced.
        LeafOptions io;
        io.name = QStringLiteral("Intermediate of Testland");
        io.keyUsage = QStringLiteral("critical,keyCertSign,cRLSign");
        PkiCert mid = issue(root, io);
        // issue() marks leaves CA:FALSE; a CA:FALSE intermediate is refused by name.
        LeafOptions lo;
        lo.name = QStringLiteral("Judge B");
        const PkiCert leaf = issue(mid, lo);
        const Stack rootOnly{&root};
        const Stack untrusted{&mid};
        pdf::ChainCheck c =
            pdf::checkChainAt(leaf.cert.get(), untrusted.get(), rootOnly.get(), now, {}, false);
        CHECK_FALSE(c.trusted);
        CHECK(c.reason == QStringLiteral("'Intermediate of Testland' is not entitled to issue certificates"));
    }
}

TEST_CASE("checkChainAt with CRLs: revoked, revoked later, missing, required", "[longterm]")
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PkiCert ca = makeCa(QStringLiteral("Central Authority of Testland"));
    LeafOptions o;
    o.name = QStringLiteral("Prosecutor R");
    o.notBefore = now.addDays(-30);
    const PkiCert leaf = issue(ca, o);
    const Stack anchors{&ca};
    const QDateTime revokedAt = now.addDays(-2);
    ossl::Ptr<X509_CRL> revoking = parseCrl(makeCrl(ca, {{leaf.cert.get(), revokedAt}}));
    ossl::Ptr<X509_CRL> clean = parseCrl(makeCrl(ca, {}));
    REQUIRE(revoking);
    REQUIRE(clean);

    pdf::ChainCheck ok = pdf::checkChainAt(leaf.cert.get(), nullptr, anchors.get(), now, {clean.get()}, true);
    CHECK(ok.trusted);
    CHECK(ok.revocationChecked);

    pdf::ChainCheck revoked =
        pdf::checkChainAt(leaf.cert.get(), nullptr, anchors.get(), now, {revoking.get()}, true);
    CHECK_FALSE(revoked.trusted);
    CHECK(revoked.revoked);
    CHECK(revoked.revokedOn.toSecsSinceEpoch() == revokedAt.toSecsSinceEpoch());
    CHECK(revoked.reason.startsWith(QStringLiteral("the certificate of 'Prosecutor R' was revoked on ")));

    // At a time before the revocation (e.g. a timestamp), the later CRL does not break the chain.
    pdf::ChainCheck earlier =
        pdf::checkChainAt(leaf.cert.get(), nullptr, anchors.get(), now.addDays(-5), {revoking.get()}, true);
    CHECK(earlier.trusted);
    CHECK(earlier.revokedLater);
    CHECK_FALSE(earlier.notes.isEmpty());

    // A CRL of another authority does not cover this certificate.
    const PkiCert otherCa = makeCa(QStringLiteral("Other CA"));
    ossl::Ptr<X509_CRL> foreign = parseCrl(makeCrl(otherCa, {}));
    pdf::ChainCheck missing =
        pdf::checkChainAt(leaf.cert.get(), nullptr, anchors.get(), now, {foreign.get()}, true);
    CHECK_FALSE(missing.trusted);
    CHECK(missing.reason.contains(QStringLiteral("no revocation list")));
    pdf::ChainCheck lenient =
        pdf::checkChainAt(leaf.cert.get(), nullptr, anchors.get(), now, {foreign.get()}, false);
    CHECK(lenient.trusted);
    CHECK_FALSE(lenient.revocationChecked);
    CHECK_FALSE(lenient.notes.isEmpty());

    pdf::ChainCheck required = pdf::checkChainAt(leaf.cert.get(), nullptr, anchors.get(), now, {}, true);
    CHECK_FALSE(required.trusted);
    CHECK(required.reason.contains(QStringLiteral("no revocation data")));

    // A CRL not signed by the issuer.
    QByteArray forged = makeCrl(ca, {});
    forged[forged.size() - 5] = char(forged[forged.size() - 5] ^ 0x5a);
    ossl::Ptr<X509_CRL> bad = parseCrl(forged);
    REQUIRE(bad);
    pdf::ChainCheck badSig =
        pdf::checkChainAt(leaf.cert.get(), nullptr, anchors.get(), now, {bad.get()}, true);
    CHECK_FALSE(badSig.trusted);
}

TEST_CASE("Timestamp client: a local TSA grants, failures name the TSA", "[longterm][tsa]")
{
    REQUIRE(tsa().running());
    const QByteArray data = "the signature value";
    pdf::TsaSettings settings;
    settings.url = tsa().url();
    settings.trustPem = {tsa().ca().certPem()};
    Result<pdf::TimestampToken> token = pdf::requestTimestamp(settings, data);
    REQUIRE(token);
    CHECK(token.value().tsaName == QStringLiteral("Test Timestamp Authority"));
    CHECK(qAbs(token.value().genTime.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // The token checks out; over other data it does not.
    const Stack anchors{&tsa().ca()};
    pdf::TimestampCheck good = pdf::checkTimestampToken(token.value().der, data, anchors.get());
    CHECK(good.present);
    CHECK(good.valid);
    CHECK(good.imprintOk);
    CHECK(good.signatureOk);
    CHECK(good.hashAlgorithm == QStringLiteral("SHA256"));
    CHECK(good.problems.isEmpty());
    pdf::TimestampCheck other = pdf::checkTimestampToken(token.value().der, "other data", anchors.get());
    CHECK_FALSE(other.valid);
    CHECK_FALSE(other.imprintOk);
    CHECK(other.problems.contains(
        QStringLiteral("the timestamp was issued for other data than this signature")));
    pdf::TimestampCheck untrusted = pdf::checkTimestampToken(token.value().der, data, nullptr);
    CHECK_FALSE(untrusted.valid);
    CHECK(untrusted.signatureOk);
    CHECK_FALSE(untrusted.chain.trusted);
    QByteArray broken = token.value().der;
    broken[broken.size() / 2] = char(broken[broken.size() / 2] ^ 0x01);
    CHECK_FALSE(pdf::checkTimestampToken(broken, data, anchors.get()).valid);
    CHECK_FALSE(pdf::checkTimestampToken("garbage", data, anchors.get()).valid);

    // openssl ts -verify accepts the token.
    const QString tokenPath = scratch(QStringLiteral("token.tst"));
    REQUIRE(write(tokenPath, token.value().der));
    const QString dataPath = scratch(QStringLiteral("token.data"));
    REQUIRE(write(dataPath, data));
    ToolRun verify = runTool(QStringLiteral("openssl"),
                             {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"),
                              tokenPath, QStringLiteral("-token_in"), QStringLiteral("-data"), dataPath,
                              QStringLiteral("-CAfile"), tsa().caPemPath()});
    INFO(verify.output.toStdString());
    CHECK(verify.exitCode == 0);
    CHECK(verify.output.contains(QStringLiteral("Verification: OK")));

    const auto failure = [&](const QString& path, int timeoutMs = 20000) {
        pdf::TsaSettings s = settings;
        s.url = path.startsWith(QStringLiteral("http")) ? path : tsa().url(path);
        s.timeoutMs = timeoutMs;
        Result<pdf::TimestampToken> r = pdf::requestTimestamp(s, data);
        REQUIRE_FALSE(r);
        CHECK(r.error().detail.contains(s.url));
        return r.error().code;
    };
    CHECK(failure(QStringLiteral("/error")) == QStringLiteral("pdf.tsa.status"));
    CHECK(failure(QStringLiteral("/other-imprint")) == QStringLiteral("pdf.tsa.imprint"));
    CHECK(failure(QStringLiteral("/http500")) == QStringLiteral("pdf.tsa.http"));
    CHECK(failure(QStringLiteral("/html")) == QStringLiteral("pdf.tsa.format"));
    CHECK(failure(QStringLiteral("/slow"), 1500) == QStringLiteral("pdf.tsa.timeout"));
    CHECK(failure(QStringLiteral("http://127.0.0.1:9/")) == QStringLiteral("pdf.tsa.unreachable"));
    CHECK(failure(QStringLiteral("file:///etc/passwd")) == QStringLiteral("pdf.tsa.url"));
    // A TSA certificate not chaining to the configured anchors is refused before embedding.
    pdf::TsaSettings wrongTrust = settings;
    wrongTrust.trustPem = {makeCa(QStringLiteral("Somebody else")).certPem()};
    Result<pdf::TimestampToken> refused = pdf::requestTimestamp(wrongTrust, data);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == QStringLiteral("pdf.tsa.signature"));
}

TEST_CASE("checkSignatureTimestamp on a CAdES signature", "[longterm][tsa]")
{
    REQUIRE(tsa().running());
    const PkiCert ca = makeCa(QStringLiteral("Central Authority of Testland"));
    LeafOptions o;
    o.name = QStringLiteral("Prosecutor T");
    const pdf::IdentityData id = identityFrom(issue(ca, o), {ca});
    pdf::TsaSettings settings;
    settings.url = tsa().url();
    const Stack anchors{&tsa().ca()};

    const pdf::TimestampFunction stamp = [&](const QByteArray& sig) -> Result<QByteArray> {
        Result<pdf::TimestampToken> t = pdf::requestTimestamp(settings, sig);
        if (!t)
            return t.error();
        return t.value().der;
    };
    Result<QByteArray> cms = pdf::createCadesSignature(id, {QByteArrayView("document bytes")}, stamp);
    REQUIRE(cms);
    ParsedCms parsed = parseCms(cms.value());
    REQUIRE(parsed.si);
    pdf::TimestampCheck check = pdf::checkSignatureTimestamp(parsed.si, anchors.get());
    CHECK(check.present);
    CHECK(check.valid);
    INFO(check.problems.join(QStringLiteral("; ")).toStdString());
    CHECK(check.tsaName == QStringLiteral("Test Timestamp Authority"));

    // openssl cms -verify accepts the signature with its timestamp attribute.
    const QString cmsPath = scratch(QStringLiteral("stamped.p7s"));
    const QString contentPath = scratch(QStringLiteral("stamped.content"));
    const QString caPath = scratch(QStringLiteral("stamped-ca.pem"));
    REQUIRE(write(cmsPath, cms.value()));
    REQUIRE(write(contentPath, "document bytes"));
    REQUIRE(write(caPath, ca.certPem()));
    ToolRun cmsVerify = runTool(QStringLiteral("openssl"),
                                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                                 cmsPath, QStringLiteral("-content"), contentPath, QStringLiteral("-CAfile"),
                                 caPath, QStringLiteral("-purpose"), QStringLiteral("any"),
                                 QStringLiteral("-out"), QStringLiteral("/dev/null")});
    INFO(cmsVerify.output.toStdString());
    CHECK(cmsVerify.exitCode == 0);

    // Hostile: a token over another imprint, embedded as if it were this signature's.
    const pdf::TimestampFunction wrong = [&](const QByteArray&) -> Result<QByteArray> {
        Result<pdf::TimestampToken> t = pdf::requestTimestamp(settings, "something else");
        if (!t)
            return t.error();
        return t.value().der;
    };
    Result<QByteArray> forged = pdf::createCadesSignature(id, {QByteArrayView("document bytes")}, wrong);
    REQUIRE(forged);
    ParsedCms forgedParsed = parseCms(forged.value());
    pdf::TimestampCheck bad = pdf::checkSignatureTimestamp(forgedParsed.si, anchors.get());
    CHECK(bad.present);
    CHECK_FALSE(bad.valid);
    CHECK_FALSE(bad.imprintOk);

    // No timestamp: not present, no problems.
    Result<QByteArray> plain = pdf::createCadesSignature(id, {QByteArrayView("document bytes")});
    REQUIRE(plain);
    ParsedCms plainParsed = parseCms(plain.value());
    pdf::TimestampCheck none = pdf::checkSignatureTimestamp(plainParsed.si, anchors.get());
    CHECK_FALSE(none.present);
    CHECK(none.problems.isEmpty());
}

TEST_CASE("readDss: certificates, CRLs, VRI; hostile entries named, sizes capped", "[longterm][dss]")
{
    const PkiCert ca = makeCa(QStringLiteral("Central Authority of Testland"));
    LeafOptions o;
    o.name = QStringLiteral("Prosecutor D");
    const PkiCert leaf = issue(ca, o);
    const QByteArray crlDer = makeCrl(ca, {{leaf.cert.get(), QDateTime::currentDateTimeUtc().addDays(-1)}});
    const QByteArray contents = QByteArray("\x30\x82signature bytes") + QByteArray(100, '\0');

    QPDF doc;
    doc.emptyPDF();
    const auto stream = [&](const QByteArray& bytes) {
        return doc.makeIndirectObject(QPDFObjectHandle::newStream(&doc, bytes.toStdString()));
    };
    QPDFObjectHandle dss = QPDFObjectHandle::newDictionary();
    QPDFObjectHandle certs = QPDFObjectHandle::newArray();
    certs.appendItem(stream(leaf.certDer()));
    certs.appendItem(stream(ca.certDer()));
    certs.appendItem(stream("not a certificate"));
    certs.appendItem(QPDFObjectHandle::newInteger(7));
    certs.appendItem(stream(QByteArray(5 * 1024 * 1024, 'x')));
    dss.replaceKey("/Certs", certs);
    QPDFObjectHandle crls = QPDFObjectHandle::newArray();
    crls.appendItem(stream(crlDer));
    dss.replaceKey("/CRLs", crls);
    dss.replaceKey("/OCSPs", QPDFObjectHandle::newName("/Wrong"));
    QPDFObjectHandle vri = QPDFObjectHandle::newDictionary();
    const QByteArray vriName = QByteArrayLiteral("/") + pdf::vriKey(contents).toLatin1();
    vri.replaceKey(vriName.toStdString(), QPDFObjectHandle::newDictionary());
    dss.replaceKey("/VRI", vri);
    doc.getRoot().replaceKey("/DSS", dss);

    pdf::DssData data = pdf::readDss(doc);
    CHECK(data.present);
    CHECK(data.certs.size() == 2);
    CHECK(data.crls.size() == 1);
    CHECK(data.ocsps.empty());
    CHECK(data.hasVriFor(contents));
    CHECK_FALSE(data.hasVriFor(contents + '\0'));
    CHECK(data.problems.contains(
        QStringLiteral("the document security store's certificates entry 3 is not a valid "
                       "certificate")));
    CHECK(data.problems.contains(
        QStringLiteral("the document security store's certificates entry 4 is not a stream")));
    CHECK(data.problems.contains(
        QStringLiteral("the document security store's certificates entry 5 cannot be read "
                       "or is too large")));
    CHECK(data.problems.contains(
        QStringLiteral("the document security store's OCSP responses is not an array")));

    // The DSS's CRL revokes the signer: the chain check says so (hostile corpus: DSS with a revoked
    // certificate's CRL).
    ossl::CertView untrusted(data.certStack());
    const Stack anchors{&ca};
    pdf::ChainCheck chain =
        pdf::checkChainAt(leaf.cert.get(), untrusted.get(), anchors.get(), {}, data.crls, true);
    CHECK(chain.revoked);
    CHECK_FALSE(chain.trusted);

    // Moved-from data owns nothing.
    pdf::DssData moved = std::move(data);
    CHECK(moved.certs.size() == 2);
    CHECK(data.certs.empty());

    QPDF empty;
    empty.emptyPDF();
    pdf::DssData none = pdf::readDss(empty);
    CHECK_FALSE(none.present);
    CHECK(none.problems.isEmpty());
}
