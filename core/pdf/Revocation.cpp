#include "Revocation.h"

#include "HttpFetch.h"
#include "LongTerm.h"

#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace mla::pdf {

namespace {

constexpr int maxUrlsPerCert = 4;
constexpr qint64 maxOcspBytes = 1024 * 1024;
constexpr qint64 maxCrlBytes = 10 * 1024 * 1024;

QString who(X509* cert)
{
    return ossl::commonName(X509_get_subject_name(cert));
}

bool httpUrl(const QString& url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QString asn1Text(const ASN1_STRING* s)
{
    return s ? QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(s)),
                                   ASN1_STRING_length(s))
             : QString();
}

Error revocationError(const QString& detail)
{
    return Error{QStringLiteral("pdf.sign.revocation"), detail, {}, 0, 0};
}

Error revokedError(X509* cert, const QDateTime& when, const QString& source)
{
    return Error{
        QStringLiteral("pdf.sign.revoked"),
        QStringLiteral("the certificate of '%1' is revoked (since %2) according to %3")
            .arg(who(cert), when.isValid() ? when.toString(Qt::ISODate) : QStringLiteral("?"), source),
        {},
        0,
        0};
}

struct OcspIdFree
{
    void operator()(OCSP_CERTID* p) const { OCSP_CERTID_free(p); }
};
struct OcspBasicFree
{
    void operator()(OCSP_BASICRESP* p) const { OCSP_BASICRESP_free(p); }
};
struct OcspReqFree
{
    void operator()(OCSP_REQUEST* p) const { OCSP_REQUEST_free(p); }
};

// One OCSP exchange. Returns the DER response when it is good; an Error otherwise.
Result<QByteArray> askOcsp(X509* cert, X509* issuer, const QString& url, int timeoutMs)
{
    std::unique_ptr<OCSP_CERTID, OcspIdFree> id(OCSP_cert_to_id(EVP_sha1(), cert, issuer));
    std::unique_ptr<OCSP_REQUEST, OcspReqFree> req(OCSP_REQUEST_new());
    if (!id || !req || !OCSP_request_add0_id(req.get(), OCSP_CERTID_dup(id.get())) ||
        !OCSP_request_add1_nonce(req.get(), nullptr, 16))
        return revocationError(QStringLiteral("cannot build an OCSP request for '%1'").arg(who(cert)));
    unsigned char* der = nullptr;
    const int len = i2d_OCSP_REQUEST(req.get(), &der);
    if (len <= 0)
        return revocationError(QStringLiteral("cannot encode an OCSP request for '%1'").arg(who(cert)));
    const QByteArray query(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    HttpExchange x;
    x.url = url;
    x.body = query;
    x.contentType = QStringLiteral("application/ocsp-request");
    x.acceptTypes = {QStringLiteral("application/ocsp-response")};
    x.timeoutMs = timeoutMs;
    x.maxBytes = maxOcspBytes;
    x.who = QStringLiteral("OCSP responder");
    x.codePrefix = QStringLiteral("pdf.sign.revocation.");
    x.typeName = QStringLiteral("an OCSP response");
    Result<QByteArray> body = httpFetch(x);
    if (!body)
        return body.error();
    const unsigned char* p = reinterpret_cast<const unsigned char*>(body.value().constData());
    ossl::Ptr<OCSP_RESPONSE> resp(d2i_OCSP_RESPONSE(nullptr, &p, long(body.value().size())));
    const QString where = QStringLiteral("OCSP responder %1").arg(url);
    if (!resp)
        return revocationError(where + QStringLiteral(": the answer is not an OCSP response"));
    if (OCSP_response_status(resp.get()) != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return revocationError(where + QStringLiteral(": refused the request (%1)")
                                           .arg(QString::fromLatin1(
                                               OCSP_response_status_str(OCSP_response_status(resp.get())))));
    std::unique_ptr<OCSP_BASICRESP, OcspBasicFree> basic(OCSP_response_get1_basic(resp.get()));
    if (!basic)
        return revocationError(where + QStringLiteral(": the answer holds no basic response"));
    if (OCSP_check_nonce(req.get(), basic.get()) == 0)
        return revocationError(where + QStringLiteral(": the answer's nonce is not the request's"));
    // Signed by the issuer or a responder it authorised, about this certificate, current.
    QDateTime revokedOn;
    switch (ocspStatus(cert, issuer, {resp.get()}, &revokedOn, true)) {
    case OcspAnswer::Revoked:
        return revokedError(cert, revokedOn, where);
    case OcspAnswer::None:
        return revocationError(where + QStringLiteral(": the answer is not signed by '%1' or a responder it "
                                                      "authorised, is out of date, or does not speak of '%2'")
                                           .arg(who(issuer), who(cert)));
    case OcspAnswer::Good:
        break;
    }
    return body.value();
}

Result<QByteArray> fetchCrl(X509* cert, X509* issuer, const QString& url, int timeoutMs)
{
    HttpExchange x;
    x.url = url;
    x.timeoutMs = timeoutMs;
    x.maxBytes = maxCrlBytes;
    x.who = QStringLiteral("CRL distribution point");
    x.codePrefix = QStringLiteral("pdf.sign.revocation.");
    x.typeName = QStringLiteral("a CRL");
    Result<QByteArray> body = httpFetch(x);
    if (!body)
        return body.error();
    const QString where = QStringLiteral("CRL distribution point %1").arg(url);
    const unsigned char* p = reinterpret_cast<const unsigned char*>(body.value().constData());
    ossl::Ptr<X509_CRL> crl(d2i_X509_CRL(nullptr, &p, long(body.value().size())));
    if (!crl) {
        ossl::clearErrors();
        ossl::Ptr<BIO> bio = ossl::memBio(body.value());
        crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    }
    ossl::clearErrors();
    if (!crl)
        return revocationError(where + QStringLiteral(": the answer is not a CRL"));
    EVP_PKEY* issuerKey = X509_get0_pubkey(issuer);
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(issuer)) != 0 || !issuerKey ||
        X509_CRL_verify(crl.get(), issuerKey) != 1) {
        ossl::clearErrors();
        return revocationError(where + QStringLiteral(": the CRL is not signed by '%1'").arg(who(issuer)));
    }
    X509_REVOKED* entry = nullptr;
    if (X509_CRL_get0_by_cert(crl.get(), &entry, cert) == 1)
        return revokedError(cert, ossl::asn1TimeToDateTime(X509_REVOKED_get0_revocationDate(entry)), where);
    unsigned char* der = nullptr;
    const int len = i2d_X509_CRL(crl.get(), &der);
    if (len <= 0)
        return revocationError(where + QStringLiteral(": the CRL cannot be encoded"));
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}

} // namespace

QStringList ocspUrls(X509* cert)
{
    QStringList out;
    STACK_OF(OPENSSL_STRING)* urls = X509_get1_ocsp(cert);
    for (int i = 0; urls && i < sk_OPENSSL_STRING_num(urls) && out.size() < maxUrlsPerCert; ++i)
        if (const QString u = QString::fromLatin1(sk_OPENSSL_STRING_value(urls, i)); httpUrl(u))
            out << u;
    X509_email_free(urls);
    return out;
}

QStringList crlUrls(X509* cert)
{
    QStringList out;
    auto* points = static_cast<STACK_OF(DIST_POINT)*>(
        X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
    for (int i = 0; points && i < sk_DIST_POINT_num(points) && out.size() < maxUrlsPerCert; ++i) {
        DIST_POINT* point = sk_DIST_POINT_value(points, i);
        if (!point->distpoint || point->distpoint->type != 0)
            continue;
        GENERAL_NAMES* names = point->distpoint->name.fullname;
        for (int k = 0; k < sk_GENERAL_NAME_num(names) && out.size() < maxUrlsPerCert; ++k) {
            GENERAL_NAME* name = sk_GENERAL_NAME_value(names, k);
            if (name->type == GEN_URI)
                if (const QString u = asn1Text(name->d.uniformResourceIdentifier); httpUrl(u))
                    out << u;
        }
    }
    sk_DIST_POINT_pop_free(points, DIST_POINT_free);
    ossl::clearErrors();
    return out;
}

Status fetchRevocation(X509* cert, X509* issuer, int timeoutMs, FetchedRevocation& out)
{
    if (!cert || !issuer)
        return revocationError(QStringLiteral("no issuer certificate to check the revocation data with"));
    const QStringList ocsp = ocspUrls(cert);
    const QStringList crl = crlUrls(cert);
    if (ocsp.isEmpty() && crl.isEmpty()) {
        out.notes << QStringLiteral("the certificate of '%1' names no OCSP responder or CRL address")
                         .arg(who(cert));
        return {};
    }
    QStringList failures;
    for (const QString& url : ocsp) {
        Result<QByteArray> r = askOcsp(cert, issuer, url, timeoutMs);
        if (r) {
            out.ocsps << r.value();
            out.sources << QStringLiteral("OCSP %1 for '%2'").arg(url, who(cert));
            return {};
        }
        if (r.error().code == QLatin1String("pdf.sign.revoked"))
            return r.error();
        failures << r.error().detail;
    }
    for (const QString& url : crl) {
        Result<QByteArray> r = fetchCrl(cert, issuer, url, timeoutMs);
        if (r) {
            out.crls << r.value();
            out.sources << QStringLiteral("CRL %1 for '%2'").arg(url, who(cert));
            return {};
        }
        if (r.error().code == QLatin1String("pdf.sign.revoked"))
            return r.error();
        failures << r.error().detail;
    }
    return revocationError(
        QStringLiteral("no revocation data could be obtained for the certificate of '%1': %2")
            .arg(who(cert), failures.join(QStringLiteral("; "))));
}

} // namespace mla::pdf
