// PAdES levels when signing: B-T (signature timestamp from a local TSA), B-LT (DSS with chains,
// CRLs and VRI as a further incremental update), TSA failures and the explicit fallback to B-B;
// and the generators of the hostile long-term files (a token over another imprint, a DSS with the
// signer's revoking CRL, certificates without signing usage or outside their validity).
#include "PdfTestSupport.h"
#include "TestPki.h"

#include "pdf/LongTerm.h"
#include "pdf/QpdfSupport.h"
#include "pdf/Signer.h"
#include "pdf/Timestamp.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;
namespace ossl = mla::pdf::ossl;

namespace {

// With MLAWRITER_FUZZ_SEEDS=DIR set, the files made here are also written as fuzz seeds
// (DIR/<target>/<name>): that is how tests/data/fuzz/pdf-dss and timestamp-token were made.
void seed(const QString& target, const QString& name, const QByteArray& bytes)
{
    const QString dir = qEnvironmentVariable("MLAWRITER_FUZZ_SEEDS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir + QLatin1Char('/') + target);
    write(dir + QLatin1Char('/') + target + QLatin1Char('/') + name, bytes);
}

struct Pki
{
    PkiCert ca = makeCa(QStringLiteral("Central Authority of Testland"));
    PkiCert signer;
    Pki()
    {
        LeafOptions o;
        o.name = QStringLiteral("Prosecutor Levels");
        signer = issue(ca, o);
    }
};

const Pki& pki()
{
    static const Pki p;
    return p;
}

pdf::SignOptions levelOptions(pdf::SignatureLevel level, const QString& path = QStringLiteral("/ok"))
{
    pdf::SignOptions o;
    o.level = level;
    o.timestamp.url = sharedTsa().url(path);
    o.timestamp.trustPem = {sharedTsa().ca().certPem()};
    o.timestamp.timeoutMs = 3000;
    return o;
}

struct FirstSigner
{
    ossl::Ptr<CMS_ContentInfo> cms;
    CMS_SignerInfo* si = nullptr;
};

FirstSigner firstSigner(const QByteArray& pdf)
{
    FirstSigner out;
    const QList<RawSignature> sigs = rawSignatures(pdf);
    if (sigs.isEmpty())
        return out;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(sigs[0].cmsDer.constData());
    out.cms.reset(d2i_CMS_ContentInfo(nullptr, &p, long(sigs[0].cmsDer.size())));
    if (out.cms)
        out.si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(out.cms.get()), 0);
    return out;
}

QByteArray tokenOf(CMS_SignerInfo* si)
{
    const int loc = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    if (loc < 0)
        return {};
    const ASN1_TYPE* t = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, loc), 0);
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(t->value.sequence)),
                      ASN1_STRING_length(t->value.sequence));
}

QByteArray signatureValue(CMS_SignerInfo* si)
{
    const ASN1_OCTET_STRING* s = CMS_SignerInfo_get0_signature(si);
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
}

} // namespace

TEST_CASE("B-T: the signature value is timestamped; pdfsig, openssl ts -verify and LongTerm agree",
          "[pdf][levels][tsa]")
{
    REQUIRE(sharedTsa().running());
    const pdf::Identity id = identityOf(pki().signer, {pki().ca});
    pdf::SignOutcome outcome;
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(2), id, levelOptions(pdf::SignatureLevel::BT),
                                                QStringLiteral("bt.pdf"), &outcome);
    REQUIRE(signedPdf);
    CHECK(outcome.level == pdf::SignatureLevel::BT);
    CHECK(outcome.warnings.isEmpty());
    CHECK(outcome.tsaName == QStringLiteral("Test Timestamp Authority"));
    CHECK(outcome.timestampTime.isValid());

    const QString path = scratch(QStringLiteral("bt.pdf"));
    REQUIRE(write(path, signedPdf.value()));
    const ToolRun pdfsig = runTool(QStringLiteral("pdfsig"), {path});
    INFO(pdfsig.output.toStdString());
    CHECK(pdfsig.output.contains(QStringLiteral("Signature is Valid.")));
    CHECK(pdfsig.output.contains(QStringLiteral("Total document signed")));

    FirstSigner fs = firstSigner(signedPdf.value());
    REQUIRE(fs.si);
    const QByteArray token = tokenOf(fs.si);
    REQUIRE_FALSE(token.isEmpty());
    ossl::CertView anchors(sk_X509_new_null());
    sk_X509_push(anchors.get(), sharedTsa().ca().cert.get());
    pdf::TimestampCheck check = pdf::checkSignatureTimestamp(fs.si, anchors.get());
    INFO(check.problems.join(QStringLiteral("; ")).toStdString());
    CHECK(check.valid);
    CHECK(check.genTime == outcome.timestampTime);

    // openssl ts -verify: the token extracted from the CMS, over the signature value.
    const QString tokenPath = scratch(QStringLiteral("bt-token.tst"));
    const QString valuePath = scratch(QStringLiteral("bt-signature-value.bin"));
    REQUIRE(write(tokenPath, token));
    seed(QStringLiteral("timestamp-token"), QStringLiteral("token.tst"), token);
    REQUIRE(write(valuePath, signatureValue(fs.si)));
    const ToolRun ts = runTool(QStringLiteral("openssl"),
                               {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"),
                                tokenPath, QStringLiteral("-token_in"), QStringLiteral("-data"), valuePath,
                                QStringLiteral("-CAfile"), sharedTsa().caPemPath()});
    INFO(ts.output.toStdString());
    CHECK(ts.output.contains(QStringLiteral("Verification: OK")));

    // Hostile corpus: the same file with a token over another imprint.
    Result<pdf::TimestampToken> otherToken = pdf::requestTimestamp(
        pdf::TsaSettings{sharedTsa().url(), 5000, {}}, QByteArrayView("another signature value"));
    REQUIRE(otherToken);
    const QByteArray forged = replaceTimestampToken(signedPdf.value(), otherToken.value().der);
    REQUIRE_FALSE(forged.isEmpty());
    const QString forgedPath = scratch(QStringLiteral("bt-other-imprint.pdf"));
    REQUIRE(write(forgedPath, forged));
    FirstSigner ffs = firstSigner(forged);
    REQUIRE(ffs.si);
    pdf::TimestampCheck bad = pdf::checkSignatureTimestamp(ffs.si, anchors.get());
    CHECK(bad.present);
    CHECK_FALSE(bad.imprintOk);
    CHECK_FALSE(bad.valid);
    // The signature itself is untouched (pdfsig still calls it valid: only the timestamp lies).
    CHECK(runTool(QStringLiteral("pdfsig"), {forgedPath})
              .output.contains(QStringLiteral("Signature is Valid.")));
}

TEST_CASE("B-T: a failing TSA fails the signing naming it, or falls back to B-B when chosen",
          "[pdf][levels][tsa]")
{
    REQUIRE(sharedTsa().running());
    const pdf::Identity id = identityOf(pki().signer, {pki().ca});
    const QByteArray plain = makeTextPdf(1);
    for (const QString& path : {QStringLiteral("/error"), QStringLiteral("/other-imprint"),
                                QStringLiteral("/slow"), QStringLiteral("/http500")}) {
        INFO(path.toStdString());
        pdf::SignOptions o = levelOptions(pdf::SignatureLevel::BT, path);
        o.timestamp.timeoutMs = 1500;
        Result<QByteArray> failed = pdf::signPdf(plain, id, o);
        REQUIRE_FALSE(failed);
        CHECK(failed.error().code.startsWith(QStringLiteral("pdf.tsa.")));
        CHECK(failed.error().detail.contains(o.timestamp.url));
        o.timestamp.fallbackToBB = true;
        pdf::SignOutcome outcome;
        Result<QByteArray> fallback = pdf::signPdf(plain, id, o, QStringLiteral("PDF"), &outcome);
        REQUIRE(fallback);
        CHECK(outcome.level == pdf::SignatureLevel::BB);
        REQUIRE(outcome.warnings.size() == 1);
        CHECK(outcome.warnings.first().contains(o.timestamp.url));
        CHECK(tokenOf(firstSigner(fallback.value()).si).isEmpty());
    }
    pdf::SignOptions unreachable = levelOptions(pdf::SignatureLevel::BT);
    unreachable.timestamp.url = QStringLiteral("http://127.0.0.1:9/tsa");
    Result<QByteArray> r = pdf::signPdf(plain, id, unreachable);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == QStringLiteral("pdf.tsa.unreachable"));
    pdf::SignOptions noUrl;
    noUrl.level = pdf::SignatureLevel::BT;
    Result<QByteArray> missing = pdf::signPdf(plain, id, noUrl);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == QStringLiteral("pdf.sign.level"));
}

TEST_CASE("B-LT: a DSS with the chains, the CRLs and a VRI entry, as a further incremental update",
          "[pdf][levels][dss]")
{
    REQUIRE(sharedTsa().running());
    const pdf::Identity id = identityOf(pki().signer, {pki().ca});
    pdf::SignOptions o = levelOptions(pdf::SignatureLevel::BLT);
    o.crls = {makeCrl(pki().ca, {}), makeCrl(sharedTsa().ca(), {})};
    o.extraCertsPem = {sharedTsa().ca().certPem()};
    pdf::SignOutcome outcome;
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(2), id, o, QStringLiteral("blt.pdf"), &outcome);
    REQUIRE(signedPdf);
    CHECK(outcome.level == pdf::SignatureLevel::BLT);
    const QString path = scratch(QStringLiteral("blt.pdf"));
    REQUIRE(write(path, signedPdf.value()));
    seed(QStringLiteral("pdf-dss"), QStringLiteral("blt.pdf"), signedPdf.value());
    const ToolRun pdfsig = runTool(QStringLiteral("pdfsig"), {path});
    INFO(pdfsig.output.toStdString());
    CHECK(pdfsig.output.contains(QStringLiteral("Signature is Valid.")));
    const ToolRun qpdfCheck = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    INFO(qpdfCheck.output.toStdString());
    CHECK(qpdfCheck.exitCode == 0);

    std::unique_ptr<QPDF> doc = pdf::openPdf(signedPdf.value(), QStringLiteral("blt.pdf"));
    pdf::DssData dss = pdf::readDss(*doc);
    CHECK(dss.present);
    CHECK(dss.problems.isEmpty());
    CHECK(dss.certs.size() == 4); // signer, its CA, the TSA, the TSA's CA
    CHECK(dss.crls.size() == 2);
    const QList<RawSignature> sigs = rawSignatures(signedPdf.value());
    REQUIRE(sigs.size() == 1);
    const QByteArray contentsBytes = QByteArray::fromHex(
        signedPdf.value().mid(sigs[0].range[1] + 1, sigs[0].range[2] - sigs[0].range[1] - 2));
    CHECK(dss.hasVriFor(contentsBytes));
    // Offline validation from the DSS alone: chain with CRLs, and past the signer's expiry at the
    // timestamp's time.
    ossl::CertView untrusted(dss.certStack());
    ossl::CertView anchors(sk_X509_new_null());
    sk_X509_push(anchors.get(), pki().ca.cert.get());
    pdf::ChainCheck chain = pdf::checkChainAt(pki().signer.cert.get(), untrusted.get(), anchors.get(),
                                              outcome.timestampTime, dss.crls, true);
    INFO(chain.reason.toStdString());
    CHECK(chain.trusted);
    CHECK(chain.revocationChecked);

    // The first revision (the signature) is a prefix: the DSS is a further update.
    CHECK(sigs[0].range[2] + sigs[0].range[3] < signedPdf.value().size());

    // Countersigning at B-LT keeps the first DSS entries and adds a second VRI.
    Result<QByteArray> twice = pdf::signPdf(signedPdf.value(), id, o);
    REQUIRE(twice);
    std::unique_ptr<QPDF> doc2 = pdf::openPdf(twice.value(), QStringLiteral("blt2.pdf"));
    pdf::DssData dss2 = pdf::readDss(*doc2);
    CHECK(dss2.vriKeys.size() == 2);
    CHECK(dss2.hasVriFor(contentsBytes));
}

TEST_CASE("B-LT refuses a CRL that revokes the signer; hostile: the same DSS built anyway",
          "[pdf][levels][dss]")
{
    REQUIRE(sharedTsa().running());
    const pdf::Identity id = identityOf(pki().signer, {pki().ca});
    pdf::SignOptions o = levelOptions(pdf::SignatureLevel::BLT);
    o.crls = {makeCrl(pki().ca, {{pki().signer.cert.get(), QDateTime::currentDateTimeUtc().addDays(-1)}})};
    Result<QByteArray> r = pdf::signPdf(makeTextPdf(1), id, o);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == QStringLiteral("pdf.sign.revoked"));
    CHECK(r.error().detail.contains(QStringLiteral("Prosecutor Levels")));
    pdf::SignOptions garbage = levelOptions(pdf::SignatureLevel::BLT);
    garbage.crls = {QByteArray("not a CRL")};
    Result<QByteArray> g = pdf::signPdf(makeTextPdf(1), id, garbage);
    REQUIRE_FALSE(g);
    CHECK(g.error().code == QStringLiteral("pdf.sign.crl"));

    const QByteArray hostile = makeBltWithRevokingCrl(pki().signer, pki().ca);
    REQUIRE_FALSE(hostile.isEmpty());
    REQUIRE(write(scratch(QStringLiteral("blt-revoked-crl.pdf")), hostile));
    seed(QStringLiteral("pdf-dss"), QStringLiteral("blt-revoked-crl.pdf"), hostile);
    std::unique_ptr<QPDF> doc = pdf::openPdf(hostile, QStringLiteral("hostile"));
    pdf::DssData dss = pdf::readDss(*doc);
    ossl::CertView anchors(sk_X509_new_null());
    sk_X509_push(anchors.get(), pki().ca.cert.get());
    pdf::ChainCheck chain =
        pdf::checkChainAt(pki().signer.cert.get(), nullptr, anchors.get(), {}, dss.crls, true);
    CHECK(chain.revoked);
}

TEST_CASE("hostile generators: certificates without signing usage, expired, not yet valid at signing",
          "[pdf][levels][hostile]")
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LeafOptions noUsage;
    noUsage.name = QStringLiteral("No Signing Usage");
    noUsage.keyUsage = QStringLiteral("critical,keyEncipherment");
    LeafOptions expired;
    expired.name = QStringLiteral("Expired Signer");
    expired.notBefore = now.addYears(-3);
    expired.notAfter = now.addYears(-1);
    LeafOptions future;
    future.name = QStringLiteral("Future Signer");
    future.notBefore = now.addYears(1);
    future.notAfter = now.addYears(3);
    for (const LeafOptions& leaf : {noUsage, expired, future}) {
        const PkiCert cert = issue(pki().ca, leaf);
        Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(1), identityOf(cert, {pki().ca}), {});
        REQUIRE(signedPdf);
        const QString file =
            scratch(leaf.name.toLower().replace(QLatin1Char(' '), QLatin1Char('-')) + QStringLiteral(".pdf"));
        REQUIRE(write(file, signedPdf.value()));
        ossl::CertView anchors(sk_X509_new_null());
        sk_X509_push(anchors.get(), pki().ca.cert.get());
        if (leaf.name != noUsage.name) {
            pdf::ChainCheck chain =
                pdf::checkChainAt(cert.cert.get(), nullptr, anchors.get(), now, {}, false);
            CHECK_FALSE(chain.trusted);
        }
        // loadIdentity would have refused them: the signing side never makes such files.
        Result<pdf::Identity> loaded =
            pdf::loadIdentityFromBytes(makeP12(cert, {pki().ca}, "pw"), "pw", QStringLiteral("p12"));
        CHECK_FALSE(loaded);
    }
}

TEST_CASE("B-LTA: a document timestamp over the whole file after the DSS", "[pdf][levels][lta]")
{
    REQUIRE(sharedTsa().running());
    const pdf::Identity id = identityOf(pki().signer, {pki().ca});
    pdf::SignOptions o = levelOptions(pdf::SignatureLevel::BLTA);
    o.crls = {makeCrl(pki().ca, {})};
    pdf::SignOutcome outcome;
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(1), id, o, QStringLiteral("blta.pdf"), &outcome);
    REQUIRE(signedPdf);
    CHECK(pdf::levelName(pdf::SignatureLevel::BLTA) == QStringLiteral("B-LTA"));
    const QList<RawSignature> sigs = rawSignatures(signedPdf.value());
    REQUIRE(sigs.size() == 2);
    CHECK(signedPdf.value().contains("/Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161"));
    // The document timestamp covers the whole file, DSS included.
    CHECK(sigs[1].range[2] + sigs[1].range[3] == signedPdf.value().size());
    ossl::CertView anchors(sk_X509_new_null());
    sk_X509_push(anchors.get(), sharedTsa().ca().cert.get());
    QByteArray token = sigs[1].cmsDer;
    while (token.endsWith('\0'))
        token.chop(1);
    pdf::TimestampCheck check = pdf::checkTimestampToken(token, sigs[1].signedBytes, anchors.get());
    INFO(check.problems.join(QStringLiteral("; ")).toStdString());
    CHECK(check.valid);
    const QString path = scratch(QStringLiteral("blta.pdf"));
    REQUIRE(write(path, signedPdf.value()));
    seed(QStringLiteral("pdf-dss"), QStringLiteral("blta.pdf"), signedPdf.value());
    const ToolRun pdfsig = runTool(QStringLiteral("pdfsig"), {path});
    INFO(pdfsig.output.toStdString());
    CHECK(pdfsig.output.contains(QStringLiteral("Signature is Valid.")));
    // poppler 22.12 lists the document timestamp but cannot validate ETSI.RFC3161 ("Unimplemented
    // Feature"); openssl checks it below.
    CHECK(pdfsig.output.contains(QStringLiteral("Signature #2")));
    // openssl ts -verify over the timestamped byte ranges.
    const QString tokenPath = scratch(QStringLiteral("blta-token.tst"));
    const QString dataPath = scratch(QStringLiteral("blta-ranges.bin"));
    REQUIRE(write(tokenPath, token));
    REQUIRE(write(dataPath, sigs[1].signedBytes));
    const ToolRun ts = runTool(QStringLiteral("openssl"),
                               {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-in"),
                                tokenPath, QStringLiteral("-token_in"), QStringLiteral("-data"), dataPath,
                                QStringLiteral("-CAfile"), sharedTsa().caPemPath()});
    INFO(ts.output.toStdString());
    CHECK(ts.output.contains(QStringLiteral("Verification: OK")));
    // A document timestamp alone, on any PDF.
    Result<QByteArray> stamped = pdf::addDocumentTimestamp(makeTextPdf(1), o.timestamp);
    REQUIRE(stamped);
    CHECK(rawSignatures(stamped.value()).size() == 1);
    pdf::TimestampOptions bad = o.timestamp;
    bad.url = sharedTsa().url(QStringLiteral("/error"));
    CHECK_FALSE(pdf::addDocumentTimestamp(makeTextPdf(1), bad));
}
