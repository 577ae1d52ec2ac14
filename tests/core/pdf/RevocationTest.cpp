// Revocation data fetched at signing time (sign --fetch-revocation): OCSP from the certificate's
// Authority Information Access, else the CRL from its distribution point, served on 127.0.0.1 by
// tests/core/pdf/revocation_server.py (openssl ocsp behind http.server); and OCSP responses in a
// DSS used by the verifier. Every answer is checked: who signed it, whom it speaks of, what it says.
#include "PdfTestSupport.h"
#include "TestPki.h"

#include "cli/Commands.h"
#include "pdf/LongTerm.h"
#include "pdf/QpdfSupport.h"
#include "pdf/Signer.h"
#include "pdf/Verifier.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <openssl/bn.h>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;
namespace ossl = mla::pdf::ossl;

namespace {

bool put(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray keyPem(const PkiCert& c)
{
    return c.keyPkcs8Pem();
}

// openssl's index line for a certificate: V (valid) or R (revoked at `revokedAt`).
QByteArray indexLine(const PkiCert& c, const QDateTime& revokedAt = {})
{
    const auto asn1 = [](const QDateTime& t) {
        return t.toUTC().toString(QStringLiteral("yyMMddHHmmss'Z'")).toLatin1();
    };
    BIGNUM* bn = ASN1_INTEGER_to_BN(X509_get_serialNumber(c.cert.get()), nullptr);
    char* hex = BN_bn2hex(bn);
    const QByteArray serial(hex);
    OPENSSL_free(hex);
    BN_free(bn);
    const QByteArray expiry = asn1(ossl::asn1TimeToDateTime(X509_get0_notAfter(c.cert.get())));
    char* dn = X509_NAME_oneline(X509_get_subject_name(c.cert.get()), nullptr, 0);
    const QByteArray subject(dn);
    OPENSSL_free(dn);
    return (revokedAt.isValid() ? "R\t" : "V\t") + expiry + '\t' +
           (revokedAt.isValid() ? asn1(revokedAt) : "") + '\t' + serial + "\tunknown\t" + subject + '\n';
}

// A CA whose leaves point at a local revocation server.
class RevocationServer
{
public:
    explicit RevocationServer(const QString& dir) : m_dir(dir)
    {
        QDir().mkpath(dir);
        m_server.start(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral(MLAWRITER_TEST_SOURCE_DIR "/revocation_server.py"), dir});
        if (m_server.waitForStarted(10000) && m_server.waitForReadyRead(10000))
            m_port = m_server.readLine().trimmed().toInt();
        ca = makeCa(QStringLiteral("Revocation Test CA"));
        stranger = makeCa(QStringLiteral("Unrelated Responder"));
        put(dir + QStringLiteral("/ca.pem"), ca.certPem());
        put(dir + QStringLiteral("/ca.key"), keyPem(ca));
        put(dir + QStringLiteral("/other.pem"), stranger.certPem());
        put(dir + QStringLiteral("/other.key"), keyPem(stranger));
        setIndex({});
        setCrl(makeCrl(ca, {}));
    }
    ~RevocationServer()
    {
        m_server.closeWriteChannel();
        if (!m_server.waitForFinished(3000)) {
            m_server.kill();
            m_server.waitForFinished(3000);
        }
    }
    bool running() const { return m_port > 0; }
    QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    void setIndex(const QByteArray& lines) { put(m_dir + QStringLiteral("/index.txt"), lines); }
    void setCrl(const QByteArray& der) { put(m_dir + QStringLiteral("/ca.crl"), der); }
    PkiCert leaf(const QString& name, const QString& ocspPath, const QString& crlPath) const
    {
        LeafOptions o;
        o.name = name;
        if (!ocspPath.isEmpty())
            o.ocspUrl = url(ocspPath);
        if (!crlPath.isEmpty())
            o.crlUrl = url(crlPath);
        return issue(ca, o);
    }
    PkiCert ca, stranger;

private:
    QString m_dir;
    QProcess m_server;
    int m_port = 0;
};

RevocationServer& server()
{
    static RevocationServer instance(scratch(QStringLiteral("revocation")));
    return instance;
}

pdf::SignOptions fetchingOptions()
{
    pdf::SignOptions o;
    o.invisible = true;
    o.level = pdf::SignatureLevel::BLT;
    o.timestamp.url = sharedTsa().url();
    o.timestamp.trustPem = {sharedTsa().ca().certPem()};
    o.timestamp.timeoutMs = 5000;
    o.fetchRevocation = true;
    o.revocationTimeoutMs = 5000;
    return o;
}

} // namespace

TEST_CASE("B-LT with fetched OCSP: no CRL file needed; the verifier takes the DSS's OCSP response",
          "[pdf][levels][revocation]")
{
    REQUIRE(sharedTsa().running());
    RevocationServer& rs = server();
    REQUIRE(rs.running());
    const PkiCert signer = rs.leaf(QStringLiteral("OCSP Signer"), QStringLiteral("/ocsp"), {});
    rs.setIndex(indexLine(signer));
    pdf::SignOutcome outcome;
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(2), identityOf(signer, {rs.ca}),
                                                fetchingOptions(), QStringLiteral("ocsp.pdf"), &outcome);
    INFO((signedPdf ? QString() : signedPdf.error().toString()).toStdString());
    REQUIRE(signedPdf);
    REQUIRE(outcome.revocationSources.size() == 1);
    CHECK(outcome.revocationSources.first().startsWith(QStringLiteral("OCSP ") +
                                                       rs.url(QStringLiteral("/ocsp"))));
    // The TSA's certificate names no address: said, not an error.
    CHECK(outcome.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("names no OCSP responder")));

    std::unique_ptr<QPDF> doc = pdf::openPdf(signedPdf.value(), QStringLiteral("ocsp.pdf"));
    pdf::DssData dss = pdf::readDss(*doc);
    CHECK(dss.ocsps.size() == 1);
    CHECK(dss.crls.empty());

    Result<pdf::VerifyReport> report = pdf::verifyPdf(
        signedPdf.value(), {rs.ca.certPem(), sharedTsa().ca().certPem()}, QStringLiteral("ocsp.pdf"));
    REQUIRE(report);
    INFO(report.value().toText().toStdString());
    CHECK(report.value().allValid());
    REQUIRE(report.value().signatures.size() == 1);
    CHECK(report.value().signatures.front().level == QStringLiteral("B-LT"));
    CHECK(report.value().signatures.front().longTermData);

    const QString path = scratch(QStringLiteral("ocsp-blt.pdf"));
    REQUIRE(put(path, signedPdf.value()));
    const ToolRun pdfsig = runTool(QStringLiteral("pdfsig"), {path});
    INFO(pdfsig.output.toStdString());
    CHECK(pdfsig.output.contains(QStringLiteral("Signature is Valid.")));
}

TEST_CASE("fetched revocation data: revoked, unauthorised responder, CRL fallback, no answer",
          "[pdf][levels][revocation]")
{
    REQUIRE(sharedTsa().running());
    RevocationServer& rs = server();
    REQUIRE(rs.running());
    const QByteArray plain = makeTextPdf(1);

    SECTION("OCSP says revoked: the signing fails and names the responder")
    {
        const PkiCert signer = rs.leaf(QStringLiteral("Revoked Signer"), QStringLiteral("/ocsp"), {});
        rs.setIndex(indexLine(signer, QDateTime::currentDateTimeUtc().addDays(-2)));
        Result<QByteArray> r = pdf::signPdf(plain, identityOf(signer, {rs.ca}), fetchingOptions());
        REQUIRE_FALSE(r);
        CHECK(r.error().code == QStringLiteral("pdf.sign.revoked"));
        CHECK(r.error().detail.contains(QStringLiteral("Revoked Signer")));
        CHECK(r.error().detail.contains(rs.url(QStringLiteral("/ocsp"))));
    }
    SECTION("an OCSP answer signed by a key the CA never authorised is refused")
    {
        const PkiCert signer = rs.leaf(QStringLiteral("Misled Signer"), QStringLiteral("/ocsp-other"), {});
        rs.setIndex(indexLine(signer));
        Result<QByteArray> r = pdf::signPdf(plain, identityOf(signer, {rs.ca}), fetchingOptions());
        REQUIRE_FALSE(r);
        CHECK(r.error().code == QStringLiteral("pdf.sign.revocation"));
        CHECK(r.error().detail.contains(QStringLiteral("not signed by 'Revocation Test CA'")));
    }
    SECTION("no OCSP responder named: the CRL from the distribution point; it must be the issuer's")
    {
        const PkiCert signer = rs.leaf(QStringLiteral("CRL Signer"), {}, QStringLiteral("/crl"));
        rs.setCrl(makeCrl(rs.ca, {}));
        pdf::SignOutcome outcome;
        Result<QByteArray> r = pdf::signPdf(plain, identityOf(signer, {rs.ca}), fetchingOptions(),
                                            QStringLiteral("crl.pdf"), &outcome);
        REQUIRE(r);
        REQUIRE(outcome.revocationSources.size() == 1);
        CHECK(outcome.revocationSources.first().startsWith(QStringLiteral("CRL ")));
        Result<pdf::VerifyReport> report = pdf::verifyPdf(
            r.value(), {rs.ca.certPem(), sharedTsa().ca().certPem()}, QStringLiteral("crl.pdf"));
        REQUIRE(report);
        CHECK(report.value().allValid());
        CHECK(report.value().signatures.front().level == QStringLiteral("B-LT"));

        // A CRL revoking the signer: refused.
        rs.setCrl(makeCrl(rs.ca, {{signer.cert.get(), QDateTime::currentDateTimeUtc().addDays(-1)}}));
        Result<QByteArray> revoked = pdf::signPdf(plain, identityOf(signer, {rs.ca}), fetchingOptions());
        REQUIRE_FALSE(revoked);
        CHECK(revoked.error().code == QStringLiteral("pdf.sign.revoked"));
        // A CRL signed by another CA: refused.
        rs.setCrl(makeCrl(rs.stranger, {}));
        Result<QByteArray> foreign = pdf::signPdf(plain, identityOf(signer, {rs.ca}), fetchingOptions());
        REQUIRE_FALSE(foreign);
        CHECK(foreign.error().detail.contains(QStringLiteral("not signed by 'Revocation Test CA'")));
        rs.setCrl(makeCrl(rs.ca, {}));
    }
    SECTION("a distribution point that answers a web page, and a closed port: named, nothing signed")
    {
        const PkiCert html = rs.leaf(QStringLiteral("Html Signer"), {}, QStringLiteral("/html"));
        Result<QByteArray> r1 = pdf::signPdf(plain, identityOf(html, {rs.ca}), fetchingOptions());
        REQUIRE_FALSE(r1);
        CHECK(r1.error().detail.contains(QStringLiteral("not a CRL")));
        LeafOptions o;
        o.name = QStringLiteral("Offline Signer");
        o.ocspUrl = QStringLiteral("http://127.0.0.1:9/ocsp");
        const PkiCert offline = issue(rs.ca, o);
        Result<QByteArray> r2 = pdf::signPdf(plain, identityOf(offline, {rs.ca}), fetchingOptions());
        REQUIRE_FALSE(r2);
        CHECK(r2.error().code == QStringLiteral("pdf.sign.revocation"));
        CHECK(r2.error().detail.contains(QStringLiteral("http://127.0.0.1:9/ocsp")));
        CHECK(r2.error().detail.contains(QStringLiteral("cannot be reached")));
    }
    SECTION("without --fetch-revocation nothing is asked: B-LT then needs CRL files")
    {
        const PkiCert signer = rs.leaf(QStringLiteral("Quiet Signer"), QStringLiteral("/ocsp-other"), {});
        pdf::SignOptions o = fetchingOptions();
        o.fetchRevocation = false;
        pdf::SignOutcome outcome;
        Result<QByteArray> r =
            pdf::signPdf(plain, identityOf(signer, {rs.ca}), o, QStringLiteral("PDF"), &outcome);
        REQUIRE(r);
        CHECK(outcome.revocationSources.isEmpty());
    }
}

TEST_CASE("checkChainAt with OCSP responses: good, revoked, and an answer from a stranger",
          "[pdf][revocation]")
{
    RevocationServer& rs = server();
    const PkiCert leaf = rs.leaf(QStringLiteral("Chain Subject"), {}, {});
    const QString dir = scratch(QStringLiteral("ocsp-chain"));
    QDir().mkpath(dir);
    REQUIRE(put(dir + QStringLiteral("/leaf.pem"), leaf.certPem()));
    REQUIRE(put(dir + QStringLiteral("/ca.pem"), rs.ca.certPem()));
    REQUIRE(put(dir + QStringLiteral("/ca.key"), keyPem(rs.ca)));
    REQUIRE(put(dir + QStringLiteral("/other.pem"), rs.stranger.certPem()));
    REQUIRE(put(dir + QStringLiteral("/other.key"), keyPem(rs.stranger)));
    const auto respond = [&](const QByteArray& index, const QString& signer) -> QByteArray {
        put(dir + QStringLiteral("/index.txt"), index);
        const ToolRun req =
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("ocsp"), QStringLiteral("-issuer"), dir + QStringLiteral("/ca.pem"),
                     QStringLiteral("-cert"), dir + QStringLiteral("/leaf.pem"), QStringLiteral("-no_nonce"),
                     QStringLiteral("-reqout"), dir + QStringLiteral("/req.der")});
        if (req.exitCode != 0)
            return {};
        const ToolRun resp =
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("ocsp"), QStringLiteral("-index"), dir + QStringLiteral("/index.txt"),
                     QStringLiteral("-CA"), dir + QStringLiteral("/ca.pem"), QStringLiteral("-rsigner"),
                     dir + QStringLiteral("/") + signer + QStringLiteral(".pem"), QStringLiteral("-rkey"),
                     dir + QStringLiteral("/") + signer + QStringLiteral(".key"), QStringLiteral("-reqin"),
                     dir + QStringLiteral("/req.der"), QStringLiteral("-respout"),
                     dir + QStringLiteral("/resp.der")});
        if (resp.exitCode != 0)
            return {};
        QFile f(dir + QStringLiteral("/resp.der"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const auto parse = [](const QByteArray& der) {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(der.constData());
        return ossl::Ptr<OCSP_RESPONSE>(d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())));
    };
    ossl::CertView anchors(sk_X509_new_null());
    sk_X509_push(anchors.get(), rs.ca.cert.get());

    const QByteArray good = respond(indexLine(leaf), QStringLiteral("ca"));
    REQUIRE_FALSE(good.isEmpty());
    ossl::Ptr<OCSP_RESPONSE> goodResp = parse(good);
    REQUIRE(goodResp);
    pdf::ChainCheck c1 =
        pdf::checkChainAt(leaf.cert.get(), nullptr, anchors.get(), {}, {}, true, 0, {goodResp.get()});
    INFO(c1.reason.toStdString());
    CHECK(c1.trusted);
    CHECK(c1.revocationChecked);

    const QDateTime revokedAt = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    ossl::Ptr<OCSP_RESPONSE> revokedResp = parse(respond(indexLine(leaf, revokedAt), QStringLiteral("ca")));
    REQUIRE(revokedResp);
    pdf::ChainCheck c2 =
        pdf::checkChainAt(leaf.cert.get(), nullptr, anchors.get(), {}, {}, true, 0, {revokedResp.get()});
    CHECK_FALSE(c2.trusted);
    CHECK(c2.revoked);
    CHECK(c2.reason.contains(QStringLiteral("revoked")));
    // Checked at a time before the revocation: still trusted then.
    pdf::ChainCheck c3 = pdf::checkChainAt(leaf.cert.get(), nullptr, anchors.get(),
                                           revokedAt.addSecs(-3 * 3600), {}, true, 0, {revokedResp.get()});
    CHECK(c3.trusted);
    CHECK(c3.revokedLater);

    ossl::Ptr<OCSP_RESPONSE> strangerResp = parse(respond(indexLine(leaf), QStringLiteral("other")));
    REQUIRE(strangerResp);
    pdf::ChainCheck c4 =
        pdf::checkChainAt(leaf.cert.get(), nullptr, anchors.get(), {}, {}, true, 0, {strangerResp.get()});
    CHECK_FALSE(c4.trusted);
    CHECK_FALSE(c4.revocationChecked);
}

TEST_CASE("sign --fetch-revocation on the command line, and its usage rule", "[pdf][revocation][cli]")
{
    REQUIRE(sharedTsa().running());
    RevocationServer& rs = server();
    const PkiCert signer = rs.leaf(QStringLiteral("Cli Signer"), QStringLiteral("/ocsp"), {});
    rs.setIndex(indexLine(signer));
    const QString p12 = scratch(QStringLiteral("rev-cli.p12"));
    const QString pass = scratch(QStringLiteral("rev-cli-pass.txt"));
    REQUIRE(put(p12, makeP12(signer, {rs.ca}, "pw")));
    REQUIRE(put(pass, "pw\n"));
    const QString in = scratch(QStringLiteral("rev-cli-in.pdf"));
    REQUIRE(put(in, makeTextPdf(1)));
    const QString out = scratch(QStringLiteral("rev-cli-out.pdf"));
    QString o1, e1;
    QTextStream so(&o1), se(&e1);
    const int rc = cli::signCommand(
        {in, QStringLiteral("--p12"), p12, QStringLiteral("--pass-file"), pass, QStringLiteral("--tsa"),
         sharedTsa().url(), QStringLiteral("--tsa-trust"), sharedTsa().caPemPath(), QStringLiteral("--level"),
         QStringLiteral("b-lt"), QStringLiteral("--fetch-revocation"), QStringLiteral("--invisible"),
         QStringLiteral("--out"), out},
        so, se);
    se.flush();
    INFO(e1.toStdString());
    REQUIRE(rc == 0);
    CHECK(e1.contains(QStringLiteral("revocation data: OCSP")));

    QString o2, e2;
    QTextStream so2(&o2), se2(&e2);
    CHECK(cli::signCommand({in, QStringLiteral("--p12"), p12, QStringLiteral("--pass-file"), pass,
                            QStringLiteral("--fetch-revocation"), QStringLiteral("--out"), out},
                           so2, se2) == 2);
    se2.flush();
    CHECK(e2.contains(QStringLiteral("--fetch-revocation is for --level b-lt")));
}
