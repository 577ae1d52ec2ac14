#include "Timestamp.h"

#include "HttpFetch.h"
#include "OpenSslSupport.h"

#include <QUrl>

#include <openssl/rand.h>

namespace mla::pdf {

namespace {

constexpr qint64 maxResponseSize = 1024 * 1024;

Error tsaError(const QString& code, const QString& url, const QString& what)
{
    return Error{QStringLiteral("pdf.tsa.") + code,
                 QStringLiteral("timestamp authority %1: %2").arg(url, what),
                 {},
                 0,
                 0};
}

QDateTime generalizedTime(const ASN1_GENERALIZEDTIME* t)
{
    return ossl::asn1TimeToDateTime(t);
}

// The HTTP exchange. Returns the body of a 200 answer.
Result<QByteArray> post(const TsaSettings& tsa, const QByteArray& query)
{
    HttpExchange x;
    x.url = tsa.url;
    x.body = query;
    x.contentType = QStringLiteral("application/timestamp-query");
    x.acceptTypes = {QStringLiteral("application/timestamp-reply")};
    x.timeoutMs = tsa.timeoutMs;
    x.maxBytes = maxResponseSize;
    x.who = QStringLiteral("timestamp authority");
    x.codePrefix = QStringLiteral("pdf.tsa.");
    x.typeName = QStringLiteral("a timestamp reply");
    return httpFetch(x);
}

} // namespace

Result<TimestampToken> requestTimestamp(const TsaSettings& tsa, QByteArrayView data)
{
    ossl::clearErrors();
    const QByteArray digest = ossl::sha256(data);
    // The request: version 1, SHA-256 imprint, a 64-bit random nonce, certReq.
    ossl::Ptr<TS_REQ> req(TS_REQ_new());
    ossl::Ptr<TS_MSG_IMPRINT> imprint(TS_MSG_IMPRINT_new());
    ossl::Ptr<X509_ALGOR> algo(X509_ALGOR_new());
    unsigned char nonceBytes[8];
    if (RAND_bytes(nonceBytes, sizeof nonceBytes) != 1)
        return tsaError(QStringLiteral("format"), tsa.url, QStringLiteral("no random nonce"));
    nonceBytes[0] &= 0x7f;
    ossl::Ptr<BIGNUM> nonceBn(BN_bin2bn(nonceBytes, sizeof nonceBytes, nullptr));
    ossl::Ptr<ASN1_INTEGER> nonce(BN_to_ASN1_INTEGER(nonceBn.get(), nullptr));
    if (!req || !imprint || !algo || !nonce || TS_REQ_set_version(req.get(), 1) != 1 ||
        X509_ALGOR_set0(algo.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) != 1 ||
        TS_MSG_IMPRINT_set_algo(imprint.get(), algo.get()) != 1 ||
        TS_MSG_IMPRINT_set_msg(imprint.get(),
                               reinterpret_cast<unsigned char*>(const_cast<char*>(digest.constData())),
                               int(digest.size())) != 1 ||
        TS_REQ_set_msg_imprint(req.get(), imprint.get()) != 1 ||
        TS_REQ_set_nonce(req.get(), nonce.get()) != 1 || TS_REQ_set_cert_req(req.get(), 1) != 1)
        return tsaError(QStringLiteral("format"), tsa.url,
                        QStringLiteral("cannot build the request: %1").arg(ossl::lastError()));
    unsigned char* reqDer = nullptr;
    const int reqLen = i2d_TS_REQ(req.get(), &reqDer);
    if (reqLen <= 0)
        return tsaError(QStringLiteral("format"), tsa.url, QStringLiteral("cannot encode the request"));
    const QByteArray query(reinterpret_cast<const char*>(reqDer), reqLen);
    OPENSSL_free(reqDer);

    Result<QByteArray> body = post(tsa, query);
    if (!body)
        return body.error();

    const unsigned char* p = reinterpret_cast<const unsigned char*>(body.value().constData());
    ossl::Ptr<TS_RESP> resp(d2i_TS_RESP(nullptr, &p, long(body.value().size())));
    if (!resp ||
        p != reinterpret_cast<const unsigned char*>(body.value().constData()) + body.value().size()) {
        ossl::clearErrors();
        return tsaError(QStringLiteral("format"), tsa.url,
                        QStringLiteral("the answer is not a timestamp reply"));
    }
    TS_STATUS_INFO* status = TS_RESP_get_status_info(resp.get());
    const long statusValue = status ? ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status)) : -1;
    if (statusValue != 0 && statusValue != 1) {
        QString text;
        const STACK_OF(ASN1_UTF8STRING)* texts = status ? TS_STATUS_INFO_get0_text(status) : nullptr;
        for (int i = 0; texts && i < sk_ASN1_UTF8STRING_num(texts) && i < 4; ++i) {
            const ASN1_UTF8STRING* t = sk_ASN1_UTF8STRING_value(texts, i);
            text += QStringLiteral(" ") +
                    QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(t)),
                                      qMin(ASN1_STRING_length(t), 200));
        }
        return tsaError(QStringLiteral("status"), tsa.url,
                        QStringLiteral("refused the request (status %1)%2").arg(statusValue).arg(text));
    }
    PKCS7* token = TS_RESP_get_token(resp.get());
    TS_TST_INFO* info = TS_RESP_get_tst_info(resp.get());
    if (!token || !info)
        return tsaError(QStringLiteral("format"), tsa.url, QStringLiteral("the reply holds no token"));
    const ASN1_INTEGER* gotNonce = TS_TST_INFO_get_nonce(info);
    if (!gotNonce || ASN1_INTEGER_cmp(gotNonce, nonce.get()) != 0)
        return tsaError(QStringLiteral("nonce"), tsa.url,
                        QStringLiteral("the token does not answer this request (nonce differs)"));
    TS_MSG_IMPRINT* gotImprint = TS_TST_INFO_get_msg_imprint(info);
    X509_ALGOR* gotAlgo = gotImprint ? TS_MSG_IMPRINT_get_algo(gotImprint) : nullptr;
    ASN1_OCTET_STRING* gotDigest = gotImprint ? TS_MSG_IMPRINT_get_msg(gotImprint) : nullptr;
    if (!gotAlgo || OBJ_obj2nid(gotAlgo->algorithm) != NID_sha256 || !gotDigest ||
        QByteArrayView(reinterpret_cast<const char*>(ASN1_STRING_get0_data(gotDigest)),
                       ASN1_STRING_length(gotDigest)) != QByteArrayView(digest))
        return tsaError(QStringLiteral("imprint"), tsa.url,
                        QStringLiteral("the token timestamps other data than the signature (wrong imprint)"));

    // The signature of the token, with the certificate it carries: trusted anchors when given,
    // else the TSA's own certificate (signature, ESS binding, timeStamping usage and validity).
    ossl::CertView signers(PKCS7_get0_signers(token, nullptr, 0));
    ossl::clearErrors();
    if (!signers || sk_X509_num(signers.get()) != 1)
        return tsaError(QStringLiteral("signature"), tsa.url,
                        QStringLiteral("the token does not carry the TSA's certificate"));
    X509* tsaCert = sk_X509_value(signers.get(), 0);
    const QString tsaName = ossl::commonName(X509_get_subject_name(tsaCert));
    ossl::Ptr<X509_STORE> store(X509_STORE_new());
    if (tsa.trustPem.isEmpty()) {
        X509_STORE_add_cert(store.get(), tsaCert);
        X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    } else {
        ossl::CertStack anchors(sk_X509_new_null());
        for (const QByteArray& pem : tsa.trustPem)
            ossl::readPemCertificates(pem, anchors.get());
        for (int i = 0; i < sk_X509_num(anchors.get()); ++i)
            X509_STORE_add_cert(store.get(), sk_X509_value(anchors.get(), i));
    }
    ossl::Ptr<TS_VERIFY_CTX> vctx(TS_VERIFY_CTX_new());
    TS_VERIFY_CTX_set_flags(vctx.get(), TS_VFY_VERSION | TS_VFY_SIGNATURE);
    TS_VERIFY_CTX_set_store(vctx.get(), store.release()); // owned by the context from here
    const int verified = TS_RESP_verify_response(vctx.get(), resp.get());
    if (verified != 1) {
        const QString why = ossl::lastError();
        return tsaError(
            QStringLiteral("signature"), tsa.url,
            QStringLiteral("the token's signature or the certificate of '%1' does not verify (%2)")
                .arg(tsaName, why));
    }
    unsigned char* der = nullptr;
    const int derLen = i2d_PKCS7(token, &der);
    if (derLen <= 0)
        return tsaError(QStringLiteral("format"), tsa.url, QStringLiteral("cannot encode the token"));
    TimestampToken out;
    out.der = QByteArray(reinterpret_cast<const char*>(der), derLen);
    OPENSSL_free(der);
    out.genTime = generalizedTime(TS_TST_INFO_get_time(info));
    out.tsaName = tsaName;
    ossl::clearErrors();
    return out;
}

} // namespace mla::pdf
