#include "LongTerm.h"

#include "OpenSslSupport.h"
#include "QpdfSupport.h"

#include <QCryptographicHash>

#include <qpdf/Pipeline.hh>

#include <openssl/err.h>

#include <stdexcept>

namespace mla::pdf {

namespace {

QString who(X509* cert)
{
    return cert ? ossl::commonName(X509_get_subject_name(cert)) : QStringLiteral("?");
}

QString issuerOf(X509* cert)
{
    return cert ? ossl::commonName(X509_get_issuer_name(cert)) : QStringLiteral("?");
}

QString day(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("?");
}

struct VerifyState
{
    QDateTime at;
    const std::vector<X509_CRL*>* crls = nullptr;
    const std::vector<OCSP_RESPONSE*>* ocsps = nullptr;
    bool requireCrls = false;
    bool missingCrl = false;
    ChainCheck* out = nullptr;
};

int verifyStateIndex()
{
    static const int index = X509_STORE_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

QDateTime revocationDate(X509* cert, const std::vector<X509_CRL*>& crls)
{
    for (X509_CRL* crl : crls) {
        X509_REVOKED* revoked = nullptr;
        if (X509_CRL_get0_by_cert(crl, &revoked, cert) == 1 && revoked)
            return ossl::asn1TimeToDateTime(X509_REVOKED_get0_revocationDate(revoked));
    }
    return {};
}

} // namespace

OcspAnswer ocspStatus(X509* cert, X509* issuer, const std::vector<OCSP_RESPONSE*>& ocsps,
                      QDateTime* revokedOn, bool requireCurrent)
{
    if (!cert || !issuer)
        return OcspAnswer::None;
    struct IdFree
    {
        void operator()(OCSP_CERTID* p) const { OCSP_CERTID_free(p); }
    };
    struct BasicFree
    {
        void operator()(OCSP_BASICRESP* p) const { OCSP_BASICRESP_free(p); }
    };
    OcspAnswer answer = OcspAnswer::None;
    for (const EVP_MD* md : {EVP_sha1(), EVP_sha256()}) {
        std::unique_ptr<OCSP_CERTID, IdFree> id(OCSP_cert_to_id(md, cert, issuer));
        if (!id)
            continue;
        int n = 0;
        for (OCSP_RESPONSE* resp : ocsps) {
            if (!resp || ++n > maxDssItems || OCSP_response_status(resp) != OCSP_RESPONSE_STATUS_SUCCESSFUL)
                continue;
            std::unique_ptr<OCSP_BASICRESP, BasicFree> basic(OCSP_response_get1_basic(resp));
            int status = -1, reason = -1;
            ASN1_GENERALIZEDTIME *revoked = nullptr, *thisUpdate = nullptr, *nextUpdate = nullptr;
            if (!basic || OCSP_resp_find_status(basic.get(), id.get(), &status, &reason, &revoked,
                                                &thisUpdate, &nextUpdate) != 1)
                continue;
            ossl::Ptr<X509_STORE> store(X509_STORE_new());
            X509_STORE_add_cert(store.get(), issuer);
            ossl::CertView issuerStack(sk_X509_new_null());
            sk_X509_push(issuerStack.get(), issuer);
            // The responder's own certificate is checked as of now (OCSP_basic_verify's default):
            // a response is evidence gathered at signing time, its responder is the issuer's.
            const int ok = OCSP_basic_verify(basic.get(), issuerStack.get(), store.get(),
                                             OCSP_PARTIAL_CHAIN | OCSP_NOCHECKS);
            // OCSP_NOCHECKS skips only the responder-authorisation check, done here by hand.
            bool authorised = false;
            if (ok == 1) {
                X509* responder = nullptr;
                if (OCSP_resp_get0_signer(basic.get(), &responder, issuerStack.get()) == 1 && responder) {
                    if (X509_cmp(responder, issuer) == 0)
                        authorised = true;
                    else if (X509_check_issued(issuer, responder) == X509_V_OK &&
                             (X509_get_extended_key_usage(responder) & XKU_OCSP_SIGN))
                        authorised = true;
                }
            }
            if (authorised && requireCurrent && OCSP_check_validity(thisUpdate, nextUpdate, 300, -1) != 1)
                authorised = false;
            ossl::clearErrors();
            if (!authorised)
                continue;
            if (status == V_OCSP_CERTSTATUS_REVOKED) {
                if (revokedOn)
                    *revokedOn = ossl::asn1TimeToDateTime(revoked);
                return OcspAnswer::Revoked;
            }
            if (status == V_OCSP_CERTSTATUS_GOOD)
                answer = OcspAnswer::Good;
        }
        if (answer == OcspAnswer::Good)
            return answer;
    }
    return answer;
}

namespace {

int verifyCallback(int ok, X509_STORE_CTX* ctx)
{
    if (ok)
        return 1;
    auto* state = static_cast<VerifyState*>(X509_STORE_CTX_get_ex_data(ctx, verifyStateIndex()));
    if (!state)
        return 0;
    const int err = X509_STORE_CTX_get_error(ctx);
    X509* cert = X509_STORE_CTX_get_current_cert(ctx);
    switch (err) {
    case X509_V_ERR_UNABLE_TO_GET_CRL: {
        STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(ctx);
        const int depth = X509_STORE_CTX_get_error_depth(ctx);
        // The trust anchor at the top of the chain is trusted as such: no revocation data is
        // needed for it (its own CRL, when given, is still read).
        if (chain && depth == sk_X509_num(chain) - 1 && X509_check_issued(cert, cert) == X509_V_OK)
            return 1;
        // An OCSP response may speak for the certificate instead of a CRL.
        if (state->ocsps && !state->ocsps->empty()) {
            X509* issuer =
                chain && depth + 1 < sk_X509_num(chain) ? sk_X509_value(chain, depth + 1) : nullptr;
            QDateTime when;
            switch (ocspStatus(cert, issuer, *state->ocsps, &when, false)) {
            case OcspAnswer::Good:
                return 1;
            case OcspAnswer::Revoked:
                state->out->revokedOn = when;
                if (when.isValid() && when > state->at) {
                    state->out->revokedLater = true;
                    state->out->notes
                        << QStringLiteral("the certificate of '%1' was revoked on %2, after the time checked")
                               .arg(who(cert), day(when));
                    return 1;
                }
                X509_STORE_CTX_set_error(ctx, X509_V_ERR_CERT_REVOKED);
                return 0;
            case OcspAnswer::None:
                break;
            }
        }
        state->missingCrl = true;
        if (state->requireCrls)
            return 0;
        state->out->notes << QStringLiteral(
                                 "no revocation list (CRL) was supplied for the certificate of '%1'")
                                 .arg(who(cert));
        return 1;
    }
    case X509_V_ERR_CRL_NOT_YET_VALID:
        // A CRL issued after the time of the check still tells whether the certificate had been
        // revoked by then (the revocation date is compared below).
        return 1;
    case X509_V_ERR_CRL_HAS_EXPIRED:
        if (state->requireCrls)
            return 0;
        state->out->notes << QStringLiteral("the revocation list for the certificate of '%1' was out of date")
                                 .arg(who(cert));
        return 1;
    case X509_V_ERR_CERT_REVOKED: {
        const QDateTime when = revocationDate(cert, *state->crls);
        state->out->revokedOn = when;
        if (when.isValid() && when > state->at) {
            state->out->revokedLater = true;
            state->out->notes << QStringLiteral(
                                     "the certificate of '%1' was revoked on %2, after the time checked")
                                     .arg(who(cert), day(when));
            return 1;
        }
        return 0;
    }
    default:
        return 0;
    }
}

} // namespace

ChainCheck checkChainAt(X509* cert, STACK_OF(X509) * untrusted, STACK_OF(X509) * anchors,
                        const QDateTime& atIn, const std::vector<X509_CRL*>& crls, bool requireCrls,
                        int purpose, const std::vector<OCSP_RESPONSE*>& ocsps)
{
    ChainCheck out;
    ossl::clearErrors();
    if (!cert) {
        out.reason = QStringLiteral("there is no certificate to check");
        return out;
    }
    const QDateTime at = atIn.isValid() ? atIn.toUTC() : QDateTime::currentDateTimeUtc();
    if (!anchors || sk_X509_num(anchors) == 0) {
        out.reason =
            QStringLiteral("issued by '%1', and no trusted central authority was given to check it against")
                .arg(issuerOf(cert));
        return out;
    }
    if (requireCrls && crls.empty() && ocsps.empty()) {
        out.reason = QStringLiteral("no revocation data (CRL) was supplied for the certificate of '%1'")
                         .arg(who(cert));
        return out;
    }
    ossl::Ptr<X509_STORE> store(X509_STORE_new());
    for (int i = 0; i < sk_X509_num(anchors); ++i)
        X509_STORE_add_cert(store.get(), sk_X509_value(anchors, i));
    ossl::clearErrors(); // duplicates are not an error
    ossl::Ptr<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), cert, untrusted) != 1) {
        out.reason = QStringLiteral("the certificate chain could not be checked");
        out.detail = ossl::lastError();
        return out;
    }
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));
    struct CrlStackFree
    {
        void operator()(STACK_OF(X509_CRL) * s) const { sk_X509_CRL_free(s); }
    };
    std::unique_ptr<STACK_OF(X509_CRL), CrlStackFree> crlStack(sk_X509_CRL_new_null());
    if (!crls.empty() || !ocsps.empty()) {
        for (X509_CRL* crl : crls)
            if (crl)
                sk_X509_CRL_push(crlStack.get(), crl);
        X509_STORE_CTX_set0_crls(ctx.get(), crlStack.get());
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
    }
    if (purpose != 0)
        X509_STORE_CTX_set_purpose(ctx.get(), purpose);
    VerifyState state{at, &crls, &ocsps, requireCrls, false, &out};
    X509_STORE_CTX_set_ex_data(ctx.get(), verifyStateIndex(), &state);
    X509_STORE_CTX_set_verify_cb(ctx.get(), verifyCallback);
    const int ok = X509_verify_cert(ctx.get());
    STACK_OF(X509)* built = X509_STORE_CTX_get0_chain(ctx.get());
    for (int i = 0; built && i < sk_X509_num(built) && i < 32; ++i)
        out.chain << who(sk_X509_value(built, i));
    out.revocationChecked = (!crls.empty() || !ocsps.empty()) && !state.missingCrl;
    if (ok == 1) {
        out.trusted = true;
        ossl::clearErrors();
        return out;
    }
    const int err = X509_STORE_CTX_get_error(ctx.get());
    X509* failing = X509_STORE_CTX_get_current_cert(ctx.get());
    if (!failing)
        failing = cert;
    out.detail = QString::fromUtf8(X509_verify_cert_error_string(err));
    X509* top = built && sk_X509_num(built) > 0 ? sk_X509_value(built, sk_X509_num(built) - 1) : cert;
    switch (err) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        out.reason =
            QStringLiteral("issued by '%1', which is not a trusted central authority").arg(issuerOf(top));
        break;
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        out.reason = QStringLiteral("issued by '%1', which is not a trusted central authority").arg(who(top));
        break;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        out.expired = true;
        out.expiredOn = ossl::asn1TimeToDateTime(X509_get0_notAfter(failing));
        out.reason =
            QStringLiteral("the certificate of '%1' expired on %2").arg(who(failing), day(out.expiredOn));
        break;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        out.notYetValid = true;
        out.reason = QStringLiteral("the certificate of '%1' was not yet valid (valid from %2)")
                         .arg(who(failing), day(ossl::asn1TimeToDateTime(X509_get0_notBefore(failing))));
        break;
    case X509_V_ERR_CERT_REVOKED:
        out.revoked = true;
        if (!out.revokedOn.isValid())
            out.revokedOn = revocationDate(failing, crls);
        out.reason =
            QStringLiteral("the certificate of '%1' was revoked on %2").arg(who(failing), day(out.revokedOn));
        break;
    case X509_V_ERR_UNABLE_TO_GET_CRL:
        out.reason = QStringLiteral("no revocation list (CRL) was supplied for the certificate of '%1'")
                         .arg(who(failing));
        break;
    case X509_V_ERR_CRL_HAS_EXPIRED:
        out.reason = QStringLiteral("the revocation list for the certificate of '%1' was out of date at %2")
                         .arg(who(failing), day(at));
        break;
    case X509_V_ERR_CRL_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE:
        out.reason =
            QStringLiteral("the revocation list for the certificate of '%1' is not signed by its issuer")
                .arg(who(failing));
        break;
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
        out.reason = QStringLiteral("the certificate of '%1' does not carry a valid signature of '%2'")
                         .arg(who(failing), issuerOf(failing));
        break;
    case X509_V_ERR_INVALID_PURPOSE:
        out.reason = QStringLiteral("the certificate of '%1' is not meant for this use").arg(who(failing));
        break;
    case X509_V_ERR_INVALID_CA:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        out.reason = QStringLiteral("'%1' is not entitled to issue certificates").arg(who(failing));
        break;
    default:
        out.reason = QStringLiteral("the certificate chain of '%1' is not acceptable").arg(who(cert));
        break;
    }
    ossl::clearErrors();
    return out;
}

// ---- Timestamps -------------------------------------------------------------------------------

namespace {

const EVP_MD* imprintDigest(int nid)
{
    switch (nid) {
    case NID_sha1:
        return EVP_sha1();
    case NID_sha256:
        return EVP_sha256();
    case NID_sha384:
        return EVP_sha384();
    case NID_sha512:
        return EVP_sha512();
    default:
        return nullptr;
    }
}

} // namespace

TimestampCheck checkTimestampToken(const QByteArray& tokenDer, QByteArrayView data, STACK_OF(X509) * anchors,
                                   const QDateTime& at, const std::vector<X509_CRL*>& crls)
{
    TimestampCheck out;
    ossl::clearErrors();
    if (tokenDer.isEmpty())
        return out;
    out.present = true;
    if (tokenDer.size() > maxTimestampTokenSize) {
        out.problems
            << QStringLiteral("the timestamp is larger than %1 KiB").arg(maxTimestampTokenSize / 1024);
        return out;
    }
    out.tokenDer = tokenDer;
    const unsigned char* p = reinterpret_cast<const unsigned char*>(tokenDer.constData());
    ossl::Ptr<PKCS7> token(d2i_PKCS7(nullptr, &p, long(tokenDer.size())));
    ossl::Ptr<TS_TST_INFO> info(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    if (!token || !info) {
        ossl::clearErrors();
        out.problems << QStringLiteral("the timestamp is not a readable RFC 3161 timestamp token");
        return out;
    }
    out.genTime = ossl::asn1TimeToDateTime(TS_TST_INFO_get_time(info.get()));
    TS_MSG_IMPRINT* imprint = TS_TST_INFO_get_msg_imprint(info.get());
    X509_ALGOR* algo = imprint ? TS_MSG_IMPRINT_get_algo(imprint) : nullptr;
    ASN1_OCTET_STRING* digest = imprint ? TS_MSG_IMPRINT_get_msg(imprint) : nullptr;
    const EVP_MD* md = algo ? imprintDigest(OBJ_obj2nid(algo->algorithm)) : nullptr;
    if (!md || !digest) {
        out.problems << QStringLiteral("the timestamp uses an unsupported hash algorithm");
    } else {
        out.hashAlgorithm = QString::fromLatin1(OBJ_nid2sn(EVP_MD_get_type(md))).toUpper();
        unsigned char expected[EVP_MAX_MD_SIZE];
        unsigned int expectedLen = 0;
        EVP_Digest(data.data(), size_t(data.size()), expected, &expectedLen, md, nullptr);
        out.imprintOk = int(expectedLen) == ASN1_STRING_length(digest) &&
                        memcmp(expected, ASN1_STRING_get0_data(digest), expectedLen) == 0;
        if (!out.imprintOk)
            out.problems << QStringLiteral("the timestamp was issued for other data than this signature");
    }

    STACK_OF(X509)* included = PKCS7_type_is_signed(token.get()) ? token->d.sign->cert : nullptr;
    ossl::CertView signers(PKCS7_get0_signers(token.get(), nullptr, 0));
    ossl::clearErrors();
    X509* tsaCert = signers && sk_X509_num(signers.get()) == 1 ? sk_X509_value(signers.get(), 0) : nullptr;
    if (!tsaCert) {
        out.problems << QStringLiteral("the timestamp does not carry the certificate of its authority");
        return out;
    }
    out.tsaName = who(tsaCert);
    const uint32_t xku = X509_get_extended_key_usage(tsaCert);
    if (xku == UINT32_MAX || !(xku & XKU_TIMESTAMP)) {
        out.problems
            << QStringLiteral("the certificate of '%1' is not meant for timestamping").arg(out.tsaName);
    } else {
        // The token's signature and its ESS binding to the TSA certificate, checked with that
        // certificate alone at the token's own time (its chain is checked separately below).
        ossl::Ptr<X509_STORE> store(X509_STORE_new());
        X509_STORE_add_cert(store.get(), tsaCert);
        X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
        if (out.genTime.isValid())
            X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store.get()),
                                       time_t(out.genTime.toSecsSinceEpoch()));
        ossl::Ptr<TS_VERIFY_CTX> vctx(TS_VERIFY_CTX_new());
        TS_VERIFY_CTX_set_flags(vctx.get(), TS_VFY_VERSION | TS_VFY_SIGNATURE);
        TS_VERIFY_CTX_set_store(vctx.get(), store.release());
        out.signatureOk = TS_RESP_verify_token(vctx.get(), token.get()) == 1;
        if (!out.signatureOk)
            out.problems
                << QStringLiteral("the signature of the timestamp by '%1' does not verify").arg(out.tsaName);
        ossl::clearErrors();
    }
    out.chain = checkChainAt(tsaCert, included, anchors, at, crls, false, X509_PURPOSE_TIMESTAMP_SIGN);
    if (!out.chain.trusted)
        out.problems << QStringLiteral("the timestamp authority's certificate: %1").arg(out.chain.reason);
    out.valid = out.imprintOk && out.signatureOk && out.chain.trusted;
    return out;
}

TimestampCheck checkSignatureTimestamp(CMS_SignerInfo* si, STACK_OF(X509) * anchors, const QDateTime& at,
                                       const std::vector<X509_CRL*>& crls)
{
    TimestampCheck out;
    if (!si)
        return out;
    const int loc = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
    if (loc < 0)
        return out;
    X509_ATTRIBUTE* attr = CMS_unsigned_get_attr(si, loc);
    const ASN1_TYPE* value =
        attr && X509_ATTRIBUTE_count(attr) >= 1 ? X509_ATTRIBUTE_get0_type(attr, 0) : nullptr;
    const ASN1_OCTET_STRING* signature = CMS_SignerInfo_get0_signature(si);
    if (!value || value->type != V_ASN1_SEQUENCE || !signature) {
        out.present = true;
        out.problems << QStringLiteral("the signature's timestamp attribute is malformed");
        return out;
    }
    const QByteArray der(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value->value.sequence)),
                         ASN1_STRING_length(value->value.sequence));
    out = checkTimestampToken(der,
                              QByteArrayView(reinterpret_cast<const char*>(ASN1_STRING_get0_data(signature)),
                                             ASN1_STRING_length(signature)),
                              anchors, at, crls);
    if (X509_ATTRIBUTE_count(attr) > 1 ||
        CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, loc) >= 0)
        out.problems << QStringLiteral(
            "the signature has more than one timestamp; only the first was checked");
    return out;
}

// ---- Document Security Store ------------------------------------------------------------------

namespace {

// Collects a stream's decoded data, refusing more than `cap` bytes (decompression bombs).
class CappedPipeline : public Pipeline
{
public:
    CappedPipeline(qint64 cap, QByteArray& out) : Pipeline("capped", nullptr), m_cap(cap), m_out(out) {}
    void write(unsigned char const* data, size_t len) override
    {
        if (m_out.size() + qint64(len) > m_cap)
            throw std::length_error("stream too large");
        m_out.append(reinterpret_cast<const char*>(data), qsizetype(len));
    }
    void finish() override {}

private:
    qint64 m_cap;
    QByteArray& m_out;
};

} // namespace

DssData::~DssData()
{
    for (X509* c : certs)
        X509_free(c);
    for (X509_CRL* c : crls)
        X509_CRL_free(c);
    for (OCSP_RESPONSE* o : ocsps)
        OCSP_RESPONSE_free(o);
}

DssData::DssData(DssData&& other) noexcept
    : present(other.present), certs(std::move(other.certs)), crls(std::move(other.crls)),
      ocsps(std::move(other.ocsps)), vriKeys(std::move(other.vriKeys)), problems(std::move(other.problems))
{
    other.certs.clear();
    other.crls.clear();
    other.ocsps.clear();
}

DssData& DssData::operator=(DssData&& other) noexcept
{
    if (this != &other) {
        DssData gone(std::move(*this));
        present = other.present;
        certs = std::move(other.certs);
        crls = std::move(other.crls);
        ocsps = std::move(other.ocsps);
        vriKeys = std::move(other.vriKeys);
        problems = std::move(other.problems);
        other.certs.clear();
        other.crls.clear();
        other.ocsps.clear();
    }
    return *this;
}

QString vriKey(const QByteArray& contents)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(contents, QCryptographicHash::Sha1).toHex().toUpper());
}

bool DssData::hasVriFor(const QByteArray& contents) const
{
    return vriKeys.contains(vriKey(contents));
}

STACK_OF(X509) * DssData::certStack() const
{
    STACK_OF(X509)* s = sk_X509_new_null();
    for (X509* c : certs)
        sk_X509_push(s, c);
    return s;
}

DssData readDss(QPDF& doc)
{
    DssData out;
    ossl::clearErrors();
    try {
        QPDFObjectHandle dss = doc.getRoot().getKey("/DSS");
        if (dss.isNull())
            return out;
        if (!dss.isDictionary()) {
            out.problems << QStringLiteral("the document security store (/DSS) is not a dictionary");
            return out;
        }
        out.present = true;
        qint64 total = 0;
        const auto items = [&](const char* key, const QString& what, const auto& take) {
            QPDFObjectHandle array = dss.getKey(key);
            if (array.isNull())
                return;
            if (!array.isArray()) {
                out.problems << QStringLiteral("the document security store's %1 is not an array").arg(what);
                return;
            }
            const int n = array.getArrayNItems();
            if (n > maxDssItems)
                out.problems << QStringLiteral(
                                    "the document security store lists %1 %2; only the first %3 were read")
                                    .arg(n)
                                    .arg(what)
                                    .arg(maxDssItems);
            for (int i = 0; i < n && i < maxDssItems; ++i) {
                QPDFObjectHandle item = array.getArrayItem(i);
                const QString where = QStringLiteral("%1 entry %2").arg(what).arg(i + 1);
                if (!item.isStream()) {
                    out.problems
                        << QStringLiteral("the document security store's %1 is not a stream").arg(where);
                    continue;
                }
                QByteArray bytes;
                CappedPipeline sink(qMin(maxDssStreamSize, maxDssTotalSize - total), bytes);
                bool okData = false;
                try {
                    okData = item.pipeStreamData(&sink, 0, qpdf_dl_generalized, true, false);
                } catch (const std::exception&) {
                    okData = false;
                }
                if (!okData) {
                    out.problems << QStringLiteral(
                                        "the document security store's %1 cannot be read or is too large")
                                        .arg(where);
                    if (total + bytes.size() >= maxDssTotalSize)
                        return;
                    continue;
                }
                total += bytes.size();
                const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.constData());
                if (!take(p, long(bytes.size())))
                    out.problems << QStringLiteral("the document security store's %1 is not a valid %2")
                                        .arg(where, what.chopped(1));
                ossl::clearErrors();
            }
        };
        items("/Certs", QStringLiteral("certificates"), [&](const unsigned char* p, long len) {
            X509* c = d2i_X509(nullptr, &p, len);
            if (c)
                out.certs.push_back(c);
            return c != nullptr;
        });
        items("/CRLs", QStringLiteral("CRLs"), [&](const unsigned char* p, long len) {
            X509_CRL* c = d2i_X509_CRL(nullptr, &p, len);
            if (c)
                out.crls.push_back(c);
            return c != nullptr;
        });
        items("/OCSPs", QStringLiteral("OCSP responses"), [&](const unsigned char* p, long len) {
            OCSP_RESPONSE* o = d2i_OCSP_RESPONSE(nullptr, &p, len);
            if (o)
                out.ocsps.push_back(o);
            return o != nullptr;
        });
        QPDFObjectHandle vri = dss.getKey("/VRI");
        if (vri.isDictionary()) {
            int count = 0;
            for (const std::string& key : vri.getKeys()) {
                if (++count > maxDssVri) {
                    out.problems << QStringLiteral(
                                        "the document security store has more than %1 /VRI entries; "
                                        "the others were not read")
                                        .arg(maxDssVri);
                    break;
                }
                out.vriKeys << fromStd(key.size() > 1 ? key.substr(1) : key).toUpper();
            }
        } else if (!vri.isNull()) {
            out.problems << QStringLiteral("the document security store's /VRI is not a dictionary");
        }
    } catch (const std::exception& e) {
        out.problems
            << QStringLiteral("the document security store cannot be read (%1)").arg(fromStd(e.what()));
    }
    ossl::clearErrors();
    return out;
}

DssData readDss(const QByteArray& pdf)
{
    if (pdf.size() > maxPdfSize) {
        DssData out;
        out.problems << QStringLiteral("the PDF is larger than 1 GiB");
        return out;
    }
    try {
        std::unique_ptr<QPDF> doc = openPdf(pdf, QStringLiteral("PDF"));
        return readDss(*doc);
    } catch (const std::exception& e) {
        DssData out;
        out.problems << QStringLiteral("the PDF cannot be read (%1)").arg(fromStd(e.what()));
        return out;
    }
}

} // namespace mla::pdf
