// What verify says of timestamped and long-term signatures: the level each reaches (B-B, B-T,
// B-LT), that B-T and B-LT stay valid after the signer's certificate expired (checked at the
// timestamp's time) while B-B does not, and that hostile long-term files (a DSS whose CRL revokes
// the signer, certificates without signing usage or outside their validity) are not valid.
#include "PdfTestSupport.h"
#include "TestPki.h"

#include "pdf/Signer.h"
#include "pdf/Verifier.h"

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;
namespace ossl = mla::pdf::ossl;

namespace {

struct ShortPki
{
    PkiCert ca = makeCa(QStringLiteral("Central Authority of Verifyland"));
    PkiCert signer;
    ShortPki()
    {
        LeafOptions o;
        o.name = QStringLiteral("Prosecutor Shortlived");
        o.notAfter = QDateTime::currentDateTimeUtc().addDays(1); // expires tomorrow
        signer = issue(ca, o);
    }
};

const ShortPki& pki()
{
    static const ShortPki p;
    return p;
}

QList<QByteArray> trust()
{
    return {pki().ca.certPem(), sharedTsa().ca().certPem()};
}

pdf::SignOptions levelOptions(pdf::SignatureLevel level)
{
    pdf::SignOptions o;
    o.level = level;
    o.timestamp.url = sharedTsa().url(QStringLiteral("/ok"));
    o.timestamp.trustPem = {sharedTsa().ca().certPem()};
    o.timestamp.timeoutMs = 5000;
    if (level == pdf::SignatureLevel::BLT) {
        o.crls = {makeCrl(pki().ca, {}), makeCrl(sharedTsa().ca(), {})};
        o.extraCertsPem = {sharedTsa().ca().certPem()};
    }
    return o;
}

pdf::VerifyReport verifiedAt(const QByteArray& bytes, const QDateTime& at = {},
                             const QList<QByteArray>& anchors = trust())
{
    pdf::VerifyOptions options;
    options.now = at;
    Result<pdf::VerifyReport> report = pdf::verifyPdf(bytes, anchors, QStringLiteral("levels.pdf"), options);
    if (!report)
        FAIL(report.error().toString().toStdString());
    return report.value();
}

QString problemsOf(const pdf::VerifyReport& report)
{
    QStringList all = report.documentProblems;
    for (const pdf::SignatureCheck& s : report.signatures)
        all << s.problems;
    return all.join(u'\n');
}

} // namespace

TEST_CASE("verify names the level, and only a timestamp outlives the signer's certificate",
          "[pdf][verify][levels]")
{
    REQUIRE(sharedTsa().running());
    const pdf::Identity id = identityOf(pki().signer, {pki().ca});
    const QDateTime afterExpiry = QDateTime::currentDateTimeUtc().addDays(3);

    SECTION("B-B: valid now, not valid once the certificate expired, whatever /M says")
    {
        Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(1), id, {});
        REQUIRE(signedPdf);
        const pdf::VerifyReport now = verifiedAt(signedPdf.value());
        INFO(now.toText().toStdString());
        REQUIRE(now.signatures.size() == 1);
        CHECK(now.allValid());
        CHECK(now.signatures.front().level == QLatin1String("B-B"));
        const pdf::VerifyReport later = verifiedAt(signedPdf.value(), afterExpiry);
        INFO(later.toText().toStdString());
        CHECK(!later.allValid());
        CHECK(problemsOf(later).contains(QLatin1String("without a trusted timestamp")));
    }
    SECTION("B-T: valid, checked at the timestamp's time, also after the expiry")
    {
        Result<QByteArray> signedPdf =
            pdf::signPdf(makeTextPdf(1), id, levelOptions(pdf::SignatureLevel::BT));
        REQUIRE(signedPdf);
        for (const QDateTime& at : {QDateTime(), afterExpiry}) {
            const pdf::VerifyReport report = verifiedAt(signedPdf.value(), at);
            INFO(report.toText().toStdString());
            REQUIRE(report.signatures.size() == 1);
            const pdf::SignatureCheck& s = report.signatures.front();
            CHECK(report.allValid());
            CHECK(s.level == QLatin1String("B-T"));
            CHECK(s.timestampOk);
            CHECK(s.atTimestamp);
            CHECK(qAbs(s.timestampTime.secsTo(QDateTime::currentDateTimeUtc())) < 600);
            CHECK(!s.timestampAuthority.isEmpty());
        }
        // Without the TSA's CA among the anchors the timestamp proves nothing: not valid.
        const pdf::VerifyReport untrustedTsa = verifiedAt(signedPdf.value(), {}, {pki().ca.certPem()});
        INFO(untrustedTsa.toText().toStdString());
        CHECK(!untrustedTsa.allValid());
        CHECK(problemsOf(untrustedTsa).contains(QLatin1String("timestamp is not valid")));
    }
    SECTION(
        "B-LT: the DSS holds chains and CRLs; valid offline after the expiry; a countersignature keeps it")
    {
        Result<QByteArray> signedPdf = pdf::signPdf(
            makeTextPdf(2), id, levelOptions(pdf::SignatureLevel::BLT), QStringLiteral("blt.pdf"));
        REQUIRE(signedPdf);
        for (const QDateTime& at : {QDateTime(), afterExpiry}) {
            const pdf::VerifyReport report = verifiedAt(signedPdf.value(), at);
            INFO(report.toText().toStdString());
            REQUIRE(report.signatures.size() == 1);
            CHECK(report.allValid());
            CHECK(report.signatures.front().level == QLatin1String("B-LT"));
            CHECK(report.signatures.front().longTermData);
        }
        Result<QByteArray> twice =
            pdf::signPdf(signedPdf.value(), id, levelOptions(pdf::SignatureLevel::BLT));
        REQUIRE(twice);
        const pdf::VerifyReport both = verifiedAt(twice.value());
        INFO(both.toText().toStdString());
        REQUIRE(both.signatures.size() == 2);
        CHECK(both.allValid());
        CHECK(both.signatures.at(0).level == QLatin1String("B-LT"));
        CHECK(both.signatures.at(1).level == QLatin1String("B-LT"));
        const QString path = scratch(QStringLiteral("blt-verified.pdf"));
        REQUIRE(write(path, twice.value()));
        const ToolRun pdfsig = runTool(QStringLiteral("pdfsig"), {path});
        INFO(pdfsig.output.toStdString());
        CHECK(int(pdfsig.output.count(QStringLiteral("Signature is Valid."))) == 2);
    }
}

TEST_CASE("B-LTA: a document timestamp over the signed and validated document", "[pdf][verify][levels]")
{
    REQUIRE(sharedTsa().running());
    const pdf::Identity id = identityOf(pki().signer, {pki().ca});
    pdf::SignOptions o = levelOptions(pdf::SignatureLevel::BLT);
    o.level = pdf::SignatureLevel::BLTA;
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(1), id, o, QStringLiteral("blta.pdf"));
    REQUIRE(signedPdf);
    const pdf::VerifyReport report = verifiedAt(signedPdf.value());
    INFO(report.toText().toStdString());
    REQUIRE(report.signatures.size() == 2);
    CHECK(report.allValid());
    CHECK(report.signatures.at(0).level == QLatin1String("B-LTA"));
    CHECK(report.signatures.at(1).documentTimestamp);
    CHECK(report.signatures.at(1).valid());
    // A byte changed after the document timestamp's range: the timestamp no longer covers it.
    QByteArray changed = signedPdf.value();
    const qsizetype at = changed.lastIndexOf("/ByteRange") - 20;
    REQUIRE(at > 0);
    changed[at] = changed[at] == ' ' ? '\n' : ' ';
    const pdf::VerifyReport broken = verifiedAt(changed);
    INFO(broken.toText().toStdString());
    CHECK(!broken.allValid());
    // Without the TSA among the anchors the document timestamp is not trusted.
    CHECK(!verifiedAt(signedPdf.value(), {}, {pki().ca.certPem()}).allValid());
}

TEST_CASE("hostile long-term files are not valid", "[pdf][verify][levels][hostile]")
{
    REQUIRE(sharedTsa().running());
    SECTION("a DSS whose CRL revokes the signer")
    {
        const QByteArray hostile = makeBltWithRevokingCrl(pki().signer, pki().ca);
        REQUIRE(!hostile.isEmpty());
        const pdf::VerifyReport report = verifiedAt(hostile);
        INFO(report.toText().toStdString());
        CHECK(!report.allValid());
        CHECK(problemsOf(report).contains(QLatin1String("revoked")));
    }
    SECTION("a signature timestamp over another signature value")
    {
        const pdf::Identity id = identityOf(pki().signer, {pki().ca});
        Result<QByteArray> first = pdf::signPdf(makeTextPdf(1), id, levelOptions(pdf::SignatureLevel::BT));
        Result<QByteArray> other = pdf::signPdf(makeTextPdf(2), id, levelOptions(pdf::SignatureLevel::BT));
        REQUIRE(first);
        REQUIRE(other);
        // The other PDF's token, taken from its CMS.
        const QList<RawSignature> raw = rawSignatures(other.value());
        REQUIRE(raw.size() == 1);
        const unsigned char* p = reinterpret_cast<const unsigned char*>(raw[0].cmsDer.constData());
        ossl::Ptr<CMS_ContentInfo> cms(d2i_CMS_ContentInfo(nullptr, &p, long(raw[0].cmsDer.size())));
        REQUIRE(cms);
        CMS_SignerInfo* si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
        const int loc = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
        REQUIRE(loc >= 0);
        const ASN1_TYPE* t = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, loc), 0);
        const QByteArray token(reinterpret_cast<const char*>(ASN1_STRING_get0_data(t->value.sequence)),
                               ASN1_STRING_length(t->value.sequence));
        const QByteArray hostile = replaceTimestampToken(first.value(), token);
        REQUIRE(!hostile.isEmpty());
        const pdf::VerifyReport report = verifiedAt(hostile);
        INFO(report.toText().toStdString());
        CHECK(!report.allValid());
        CHECK(problemsOf(report).contains(QLatin1String("timestamp is not valid")));
        CHECK(report.signatures.front().level == QLatin1String("B-B"));
    }
    SECTION("certificates without signing usage, expired, or not yet valid")
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
        const std::pair<LeafOptions, const char*> cases[] = {
            {noUsage, "not meant for signing"}, {expired, "expired"}, {future, "valid only from"}};
        for (const auto& [leaf, reason] : cases) {
            INFO(leaf.name.toStdString());
            const PkiCert cert = issue(pki().ca, leaf);
            Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(1), identityOf(cert, {pki().ca}), {});
            REQUIRE(signedPdf);
            const pdf::VerifyReport report = verifiedAt(signedPdf.value());
            INFO(report.toText().toStdString());
            CHECK(!report.allValid());
            CHECK(problemsOf(report).contains(QLatin1String(reason)));
        }
    }
}
