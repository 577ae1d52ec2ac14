#include "Verifier.h"

#include "DiffAnalysis.h"
#include "LongTerm.h"
#include "OpenSslSupport.h"
#include "QpdfSupport.h"

#include <QFile>
#include <QSet>
#include <QTimeZone>

#include <openssl/err.h>

#include <map>
#include <set>

namespace mla::pdf {

namespace {

Error verifyError(const QString& code, const QString& detail, const QString& file)
{
    return Error{QStringLiteral("pdf.verify.") + code, detail, file, 0, 0};
}

struct Found
{
    QString name;
    QPDFObjectHandle field;
    QPDFObjectHandle sig;
};

constexpr int maxFieldNodes = 10000; // form fields walked
constexpr int maxSignatures = 100;   // signatures examined
constexpr int maxRevisions = 1000;   // %%EOF markers

struct Collect
{
    QList<Found> found;
    std::set<QPDFObjGen> seenFields;
    std::map<QPDFObjGen, QString> sigOwner; // signature dictionary -> the field holding it
    QStringList problems;
    int nodes = 0;
    bool overLimit = false;
};

void collectSignatures(QPDFObjectHandle fields, const QString& prefix, Collect& c, int depth = 0)
{
    if (!fields.isArray() || depth > 32 || c.overLimit)
        return;
    for (QPDFObjectHandle field : fields.getArrayAsVector()) {
        if (++c.nodes > maxFieldNodes) {
            c.overLimit = true;
            return;
        }
        if (!field.isDictionary())
            continue;
        if (field.isIndirect() && !c.seenFields.insert(field.getObjGen()).second)
            continue; // a loop or a repeated field
        QString name = field.getKey("/T").isString() ? fromStd(field.getKey("/T").getUTF8Value()) : QString();
        if (!prefix.isEmpty())
            name = prefix + u'.' + name;
        QPDFObjectHandle v = field.getKey("/V");
        if (field.getKey("/FT").isNameAndEquals("/Sig") && v.isDictionary()) {
            if (v.isIndirect()) {
                auto [it, fresh] = c.sigOwner.emplace(v.getObjGen(), name);
                if (!fresh) {
                    c.problems << QStringLiteral(
                                      "the signature fields '%1' and '%2' share one signature value: a "
                                      "signature counts once, and this file pretends otherwise")
                                      .arg(it->second, name);
                    continue;
                }
            }
            if (c.found.size() >= maxSignatures) {
                c.overLimit = true;
                return;
            }
            c.found.append({name, field, v});
        }
        collectSignatures(field.getKey("/Kids"), name, c, depth + 1);
    }
}

QDateTime parsePdfDate(const QString& raw)
{
    // D:YYYYMMDDHHmmSSOHH'mm' with every part after the year optional.
    QString s = raw.startsWith(QLatin1String("D:")) ? raw.mid(2) : raw;
    if (s.size() < 4)
        return {};
    auto part = [&](int at, int len, int fallback) {
        bool ok = false;
        const int v = s.mid(at, len).toInt(&ok);
        return s.size() >= at + len && ok ? v : fallback;
    };
    QDateTime t(QDate(part(0, 4, 0), part(4, 2, 1), part(6, 2, 1)),
                QTime(part(8, 2, 0), part(10, 2, 0), part(12, 2, 0)), QTimeZone::utc());
    if (!t.isValid())
        return {};
    if (s.size() > 14 && (s.at(14) == u'+' || s.at(14) == u'-')) {
        const int sign = s.at(14) == u'+' ? 1 : -1;
        const int hh = part(15, 2, 0), mm = part(18, 2, 0);
        t = t.addSecs(-sign * (hh * 3600 + mm * 60));
    }
    return t;
}

bool revisionEndsWithEof(const QByteArray& bytes, qint64 end)
{
    qint64 i = end;
    while (i > 0 && (bytes.at(i - 1) == '\n' || bytes.at(i - 1) == '\r' || bytes.at(i - 1) == ' '))
        --i;
    return i >= 5 && QByteArrayView(bytes.constData() + i - 5, 5) == QByteArrayView("%%EOF");
}

// The signed bytes: both ranges, once byteRangeOk has checked they lie inside the file (without
// overflow); empty otherwise.
QByteArray signedBytes(const QByteArray& pdf, const SignatureCheck& s)
{
    QByteArray data;
    if (s.byteRangeOk) {
        const qint64 b = s.byteRange.value(1), c = s.byteRange.value(2), d = s.byteRange.value(3);
        data.reserve(qsizetype(b + d));
        data.append(pdf.constData(), qsizetype(b));
        data.append(pdf.constData() + c, qsizetype(d));
    }
    return data;
}

void checkCms(const QByteArray& pdf, SignatureCheck& s, const QByteArray& contents, STACK_OF(X509) * anchors,
              const QDateTime& now, const DssData& dss)
{
    const unsigned char* p = reinterpret_cast<const unsigned char*>(contents.constData());
    ossl::Ptr<CMS_ContentInfo> cms(d2i_CMS_ContentInfo(nullptr, &p, long(contents.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        ossl::clearErrors();
        s.problems << QStringLiteral("the signature value (/Contents) is not a CMS SignedData structure");
        return;
    }
    STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(infos) != 1) {
        s.problems << QStringLiteral("the CMS structure has %1 signers instead of one")
                          .arg(sk_CMS_SignerInfo_num(infos));
        return;
    }
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);
    ossl::CertStack certs(CMS_get1_certs(cms.get()));
    X509* signer = nullptr;
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i)
        if (CMS_SignerInfo_cert_cmp(si, sk_X509_value(certs.get(), i)) == 0)
            signer = sk_X509_value(certs.get(), i);
    if (!signer) {
        s.problems << QStringLiteral("the signer's certificate is not included in the signature");
        return;
    }
    s.signerName = ossl::commonName(X509_get_subject_name(signer));
    s.signerSubject = ossl::nameToString(X509_get_subject_name(signer));
    s.issuer = ossl::nameToString(X509_get_issuer_name(signer));
    s.signerFingerprint = ossl::sha256Fingerprint(signer);

    const QByteArray data = signedBytes(pdf, s);

    X509_ALGOR* digestAlg = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlg, nullptr);
    const ASN1_OBJECT* mdObj = nullptr;
    if (digestAlg)
        X509_ALGOR_get0(&mdObj, nullptr, nullptr, digestAlg);
    const EVP_MD* md = mdObj ? EVP_get_digestbyobj(mdObj) : nullptr;
    s.digestAlgorithm = md ? QString::fromLatin1(EVP_MD_get0_name(md)) : QStringLiteral("unknown");
    if (md && EVP_MD_get_size(md) < 32) {
        s.problems << QStringLiteral("the digest algorithm %1 is too weak").arg(s.digestAlgorithm);
        ++s.otherIssues;
    }
    ASN1_OCTET_STRING* claimed = static_cast<ASN1_OCTET_STRING*>(
        CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
    if (md && claimed && s.byteRangeOk) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_Digest(data.constData(), size_t(data.size()), digest, &len, md, nullptr);
        s.digestOk = int(len) == ASN1_STRING_length(claimed) &&
                     memcmp(digest, ASN1_STRING_get0_data(claimed), len) == 0;
    }
    if (!s.digestOk)
        s.problems << QStringLiteral(
            "the signed bytes do not match the signature's message digest: the document "
            "was changed after signing");

    // The CMS signature itself (and the ESS signing-certificate binding); the chain is checked below.
    ossl::Ptr<X509_STORE> empty(X509_STORE_new());
    ossl::BioChain dataBio = ossl::cmsContentBio(data);
    s.cmsSignatureOk = CMS_verify(cms.get(), nullptr, empty.get(), dataBio.get(), nullptr,
                                  CMS_BINARY | CMS_DETACHED | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    if (!s.cmsSignatureOk)
        s.problems << QStringLiteral("the CMS signature does not verify: the signature value was altered or "
                                     "does not belong to this certificate");
    ossl::clearErrors();
    if (CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) >= 0 &&
        s.subFilter == QLatin1String("ETSI.CAdES.detached")) {
        s.problems << QStringLiteral("a PAdES signature must not carry a CMS signing-time attribute");
        ++s.otherIssues;
    }

    // Key usage: the certificate must say it is meant for signing (digitalSignature or
    // nonRepudiation); a certificate that says nothing is not accepted either.
    const uint32_t usage = X509_get_key_usage(signer);
    const bool hasUsage = (X509_get_extension_flags(signer) & EXFLAG_KUSAGE) != 0;
    s.signingCertificateOk = hasUsage && (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION));
    if (!s.signingCertificateOk)
        s.problems << (hasUsage
                           ? QStringLiteral(
                                 "the signer's certificate is not meant for signing (its key usage "
                                 "allows neither digital signature nor non-repudiation)")
                           : QStringLiteral("the signer's certificate does not state that it may be used for "
                                            "signing (it has no key usage)"));

    // When: a trusted timestamp proves the time; without one, the certificate is checked now.
    const TimestampCheck ts = checkSignatureTimestamp(si, anchors, now, dss.crls);
    s.timestampPresent = ts.present;
    if (ts.present) {
        s.timestampTime = ts.genTime;
        s.timestampAuthority = ts.tsaName;
        s.timestampOk = ts.valid;
        if (!ts.valid) {
            s.problems << QStringLiteral("the signature's timestamp is not valid: %1")
                              .arg(ts.problems.isEmpty() ? ts.chain.reason
                                                         : ts.problems.join(QStringLiteral("; ")));
            ++s.otherIssues;
        } else if (ts.genTime > now.addSecs(300)) {
            s.problems << QStringLiteral("the signature's timestamp lies in the future");
            ++s.otherIssues;
        } else {
            s.atTimestamp = true;
            s.level = QStringLiteral("B-T");
        }
    }
    const QDateTime at = s.atTimestamp ? s.timestampTime : now;
    s.validationTime = at;
    const QDateTime notBefore = ossl::asn1TimeToDateTime(X509_get0_notBefore(signer));
    const QDateTime notAfter = ossl::asn1TimeToDateTime(X509_get0_notAfter(signer));
    s.certificateValidAtTime = notBefore.isValid() && notAfter.isValid() && at >= notBefore && at <= notAfter;
    if (!s.certificateValidAtTime) {
        if (notAfter.isValid() && at > notAfter)
            s.problems
                << (s.atTimestamp
                        ? QStringLiteral("the signer's certificate had expired (on %1) when the signature "
                                         "was timestamped")
                              .arg(notAfter.toString(Qt::ISODate))
                        : QStringLiteral("the signer's certificate expired on %1; without a trusted "
                                         "timestamp nothing proves the signature was made before then (the "
                                         "time written in the signature is only the signer's claim)")
                              .arg(notAfter.toString(Qt::ISODate)));
        else
            s.problems << QStringLiteral("the signer's certificate is valid only from %1")
                              .arg(notBefore.toString(Qt::ISODate));
    }
    if (s.signingTime.isValid()) {
        if (notBefore.isValid() && s.signingTime < notBefore) {
            s.problems << QStringLiteral(
                              "the signature claims to have been made on %1, before its certificate "
                              "was issued (%2)")
                              .arg(s.signingTime.toString(Qt::ISODate), notBefore.toString(Qt::ISODate));
            ++s.otherIssues;
        } else if (notAfter.isValid() && s.signingTime > notAfter) {
            s.problems << QStringLiteral(
                              "the signature claims to have been made on %1, after its certificate "
                              "expired (%2)")
                              .arg(s.signingTime.toString(Qt::ISODate), notAfter.toString(Qt::ISODate));
            ++s.otherIssues;
        }
        if (s.signingTime > now.addSecs(24 * 3600)) {
            s.problems << QStringLiteral("the signature claims a signing time in the future (%1)")
                              .arg(s.signingTime.toString(Qt::ISODate));
            ++s.otherIssues;
        }
    }

    // Chain to the trust anchors at that time, with the revocation data of the DSS.
    ossl::CertView untrusted(sk_X509_new_null());
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i)
        sk_X509_push(untrusted.get(), sk_X509_value(certs.get(), i));
    for (X509* c : dss.certs)
        sk_X509_push(untrusted.get(), c);
    const ChainCheck chain =
        checkChainAt(signer, untrusted.get(), anchors, at, dss.crls, false, 0, dss.ocsps);
    s.chainTrusted = chain.trusted;
    if (!chain.trusted)
        s.chainError = chain.reason.isEmpty() ? QStringLiteral("the certificate chain could not be validated")
                                              : chain.reason;
    s.longTermData = dss.present && dss.hasVriFor(contents) && chain.revocationChecked;
    if (s.level == QLatin1String("B-T") && s.longTermData)
        s.level = QStringLiteral("B-LT");
    if (!s.chainTrusted)
        s.problems << QStringLiteral("the signer is not trusted: %1").arg(s.chainError);
    ossl::clearErrors();
}

// A document timestamp (/SubFilter /ETSI.RFC3161): its /Contents is an RFC 3161 token whose
// message imprint is the hash of the byte ranges; the TSA's certificate and chain are checked now,
// with the DSS's CRLs.
void checkDocumentTimestamp(const QByteArray& pdf, SignatureCheck& s, const QByteArray& contents,
                            STACK_OF(X509) * anchors, const QDateTime& now, const DssData& dss)
{
    s.level = QStringLiteral("document timestamp");
    const QByteArray data = signedBytes(pdf, s);
    const TimestampCheck ts = checkTimestampToken(contents, data, anchors, now, dss.crls);
    s.timestampPresent = true;
    s.timestampOk = ts.valid;
    s.timestampTime = ts.genTime;
    s.timestampAuthority = ts.tsaName;
    s.signerName = ts.tsaName;
    s.signerSubject = ts.tsaName;
    s.digestAlgorithm = ts.hashAlgorithm;
    s.digestOk = s.byteRangeOk && ts.imprintOk;
    s.cmsSignatureOk = ts.signatureOk;
    s.signingCertificateOk = ts.signatureOk; // the TSA certificate's timeStamping usage is part of it
    s.certificateValidAtTime = !ts.chain.expired && !ts.chain.notYetValid;
    s.chainTrusted = ts.chain.trusted;
    s.chainError = ts.chain.reason;
    s.validationTime = now;
    s.signingTime = ts.genTime;
    if (!s.digestOk)
        s.problems << QStringLiteral(
            "the document timestamp does not cover these bytes: the document was changed "
            "after it was timestamped");
    for (const QString& p : ts.problems)
        if (!s.problems.contains(p))
            s.problems << p;
    if (!ts.valid && ts.problems.isEmpty())
        s.problems << QStringLiteral("the document timestamp is not valid: %1").arg(ts.chain.reason);
    if (!s.chainTrusted && s.chainError.isEmpty())
        s.chainError = QStringLiteral("the timestamp authority is not trusted");
    if (!ts.valid && s.digestOk && s.cmsSignatureOk && s.chainTrusted)
        ++s.otherIssues;
}

// Where every revision ends (just after each "%%EOF").
std::vector<qint64> revisionEnds(const QByteArray& pdf, bool* overLimit)
{
    std::vector<qint64> ends;
    for (qsizetype at = pdf.indexOf("%%EOF"); at >= 0; at = pdf.indexOf("%%EOF", at + 5)) {
        ends.push_back(at + 5);
        if (ends.size() > size_t(maxRevisions)) {
            *overLimit = true;
            break;
        }
    }
    return ends;
}

bool onlyWhitespace(const QByteArray& bytes, qint64 from)
{
    for (qint64 i = from; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '\n' && c != '\r' && c != ' ' && c != '\t' && c != '\f' && c != '\0')
            return false;
    }
    return true;
}

void readSignatureDictionary(const QByteArray& pdf, QPDFObjectHandle sig, SignatureCheck& s,
                             QByteArray& contents)
{
    s.subFilter =
        sig.getKey("/SubFilter").isName() ? fromStd(sig.getKey("/SubFilter").getName()).mid(1) : QString();
    if (sig.getKey("/M").isString())
        s.signingTime = parsePdfDate(fromStd(sig.getKey("/M").getUTF8Value()));
    for (auto [key, target] : {std::pair{"/Reason", &s.reason}, std::pair{"/Location", &s.location},
                               std::pair{"/ContactInfo", &s.contact}})
        if (sig.getKey(key).isString())
            *target = fromStd(sig.getKey(key).getUTF8Value());
    QPDFObjectHandle refs = sig.getKey("/Reference");
    for (int i = 0; refs.isArray() && i < refs.getArrayNItems() && i < 16; ++i) {
        QPDFObjectHandle r = refs.getArrayItem(i);
        if (r.isDictionary() && r.getKey("/TransformMethod").isNameAndEquals("/DocMDP")) {
            s.certification = true;
            QPDFObjectHandle pv = r.getKey("/TransformParams").isDictionary()
                                      ? r.getKey("/TransformParams").getKey("/P")
                                      : QPDFObjectHandle::newNull();
            s.docMdpPermissions = pv.isInteger() ? int(pv.getIntValue()) : 2;
            if (s.docMdpPermissions < 1 || s.docMdpPermissions > 3) {
                s.problems << QStringLiteral("the certification's permissions (P=%1) are not 1, 2 or 3")
                                  .arg(s.docMdpPermissions);
                ++s.otherIssues;
                s.docMdpPermissions = 1;
            }
        }
    }
    s.documentTimestamp = s.subFilter == QLatin1String("ETSI.RFC3161");
    if (s.documentTimestamp && !sig.getKey("/Type").isNameAndEquals("/DocTimeStamp")) {
        s.problems << QStringLiteral("a document timestamp must have /Type /DocTimeStamp");
        ++s.otherIssues;
    }
    if (s.subFilter != QLatin1String("ETSI.CAdES.detached") &&
        s.subFilter != QLatin1String("adbe.pkcs7.detached") && !s.documentTimestamp) {
        s.problems << QStringLiteral("unsupported signature format /SubFilter /%1").arg(s.subFilter);
        ++s.otherIssues;
    }

    // Byte ranges: [0 b c d], the gap exactly the /Contents hex string, ending at a %%EOF.
    QPDFObjectHandle br = sig.getKey("/ByteRange");
    if (br.isArray() && br.getArrayNItems() <= 8)
        for (QPDFObjectHandle v : br.getArrayAsVector())
            s.byteRange << (v.isInteger() ? qint64(v.getIntValue()) : qint64(-1));
    contents = sig.getKey("/Contents").isString()
                   ? QByteArray::fromStdString(sig.getKey("/Contents").getStringValue())
                   : QByteArray();
    const qint64 size = pdf.size();
    const qint64 a = s.byteRange.value(0, -1), b = s.byteRange.value(1, -1), c = s.byteRange.value(2, -1),
                 d = s.byteRange.value(3, -1);
    if (s.byteRange.size() != 4 || a != 0 || b <= 0 || c <= b || d < 0 || b > size || c > size) {
        s.problems << QStringLiteral(
            "the /ByteRange is malformed: it must be [0 start-of-gap end-of-gap length]");
    } else if (d > size - c) {
        s.problems << QStringLiteral(
                          "the signed byte range ends at %1 but the file has only %2 bytes: the file was "
                          "truncated")
                          .arg(c + d)
                          .arg(size);
    } else {
        s.revisionEnd = c + d;
        const QByteArray gap = pdf.mid(b, c - b);
        bool hexOk = gap.size() >= 2 && gap.startsWith('<') && gap.endsWith('>');
        for (qsizetype i = 1; hexOk && i + 1 < gap.size(); ++i)
            hexOk = isxdigit(uchar(gap.at(i)));
        if (!hexOk || QByteArray::fromHex(gap.mid(1, gap.size() - 2)) != contents)
            s.problems << QStringLiteral(
                "the unsigned gap of the byte range is not exactly this signature's value: "
                "bytes outside the signature are left unsigned");
        else if (!revisionEndsWithEof(pdf, s.revisionEnd))
            s.problems << QStringLiteral("the signed range does not end at the end of a revision (%%EOF)");
        else
            s.byteRangeOk = true;
    }
    s.coversWholeFile = s.byteRangeOk && s.revisionEnd == size;
}

} // namespace

Result<VerifyReport> verifyPdf(const QByteArray& pdf, const QList<QByteArray>& trustPem, const QString& label,
                               const VerifyOptions& options)
{
    ossl::clearErrors();
    ossl::CertStack anchors(sk_X509_new_null());
    for (const QByteArray& pem : trustPem)
        if (!ossl::readPemCertificates(pem, anchors.get()))
            return verifyError(QStringLiteral("trust"),
                               QStringLiteral("a trust anchor is not a PEM certificate"), label);
    if (pdf.size() > maxPdfSize)
        return verifyError(QStringLiteral("read"), QStringLiteral("the file is larger than 1 GiB"), label);
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();

    VerifyReport report;
    report.file = label;
    report.fileSize = pdf.size();

    // Every byte must belong to a complete revision: nothing but white space after the last %%EOF.
    bool tooManyRevisions = false;
    const std::vector<qint64> ends = revisionEnds(pdf, &tooManyRevisions);
    if (tooManyRevisions) {
        report.refused = true;
        report.documentProblems << QStringLiteral(
                                       "the file has more than %1 revisions: refused, it cannot be verified")
                                       .arg(maxRevisions);
        return report;
    }
    if (ends.empty())
        report.documentProblems << QStringLiteral(
            "the file does not end with %%EOF: it is truncated or damaged");
    else if (!onlyWhitespace(pdf, ends.back()))
        report.documentProblems
            << QStringLiteral(
                   "the file does not end at the end of a revision (%%EOF): it was truncated, or its "
                   "last %1 bytes are not a complete revision, which a viewer may repair and show")
                   .arg(pdf.size() - ends.back());

    try {
        std::unique_ptr<QPDF> doc = openPdf(pdf, label);
        QPDFObjectHandle root = doc->getRoot();
        QPDFObjectHandle form = root.getKey("/AcroForm");
        Collect collected;
        if (form.isDictionary())
            collectSignatures(form.getKey("/Fields"), QString(), collected, 0);
        if (collected.overLimit) {
            report.refused = true;
            report.documentProblems
                << QStringLiteral("the file has more than %1 signatures or %2 form fields: refused, it "
                                  "cannot be verified")
                       .arg(maxSignatures)
                       .arg(maxFieldNodes);
            return report;
        }
        report.documentProblems << collected.problems;
        // Signature dictionaries no field points at (a damaged file, or one built to mislead) are
        // checked too, and cannot be valid: they sign nothing a viewer shows.
        for (QPDFObjectHandle o : doc->getAllObjects()) {
            if (o.isDictionary() && !collected.sigOwner.count(o.getObjGen()) &&
                o.getKey("/ByteRange").isArray() && o.getKey("/Contents").isString()) {
                if (collected.found.size() >= maxSignatures) {
                    report.refused = true;
                    report.documentProblems
                        << QStringLiteral("the file has more than %1 signatures: refused").arg(maxSignatures);
                    return report;
                }
                collected.found.append(
                    {QStringLiteral("(signature object %1, in no signature field)").arg(o.getObjectID()),
                     QPDFObjectHandle::newNull(), o});
            }
        }
        if (doc->anyWarnings())
            report.documentProblems << QStringLiteral(
                                           "the file is damaged (%1): a viewer may show something other "
                                           "than what was signed")
                                           .arg(fromStd(doc->getWarnings().front().what()));

        struct Item
        {
            SignatureCheck s;
            QPDFObjectHandle sig;
            QByteArray contents;
        };
        std::vector<Item> items;
        for (Found& f : collected.found) {
            Item item;
            item.s.fieldName = f.name;
            item.sig = f.sig;
            item.s.attachedToField = !f.field.isNull();
            if (!item.s.attachedToField)
                item.s.problems << QStringLiteral("this signature is not held by any signature field of the "
                                                  "document");
            try {
                readSignatureDictionary(pdf, f.sig, item.s, item.contents);
            } catch (const std::exception& e) {
                item.s.problems << QStringLiteral("cannot read this signature: %1").arg(fromStd(e.what()));
                ++item.s.otherIssues;
            }
            items.push_back(std::move(item));
        }
        // Oldest first: order by where each signed revision ends.
        std::stable_sort(items.begin(), items.end(),
                         [](const Item& x, const Item& y) { return x.s.revisionEnd < y.s.revisionEnd; });

        // DocMDP: a certification must be the first signature, registered in /Perms; its P
        // governs every later change.
        int docMdp = 0;
        for (size_t i = 0; i < items.size(); ++i) {
            SignatureCheck& s = items[i].s;
            if (!s.certification)
                continue;
            QPDFObjectHandle perms = root.getKey("/Perms");
            QPDFObjectHandle registered =
                perms.isDictionary() ? perms.getKey("/DocMDP") : QPDFObjectHandle::newNull();
            if (i != 0) {
                s.problems << QStringLiteral(
                    "a certification signature must be the document's first signature");
                ++s.otherIssues;
            } else if (!registered.isIndirect() || !items[i].sig.isIndirect() ||
                       registered.getObjGen() != items[i].sig.getObjGen()) {
                s.problems << QStringLiteral(
                    "the certification is not registered in the document's permissions "
                    "(/Perms /DocMDP)");
                ++s.otherIssues;
            } else {
                docMdp = s.docMdpPermissions;
            }
        }

        const DssData dss = readDss(*doc);
        std::map<QPDFObjGen, qint64> revisionEndOf; // signature dictionary -> end of its signed revision
        for (const Item& item : items)
            if (item.sig.isIndirect() && item.s.byteRangeOk)
                revisionEndOf[item.sig.getObjGen()] = item.s.revisionEnd;
        // The same signature value twice is one signature counted twice.
        std::map<QByteArray, QString> seenValues;
        for (const Item& item : items)
            if (!item.contents.isEmpty() && !seenValues.emplace(item.contents, item.s.fieldName).second)
                report.documentProblems
                    << QStringLiteral("the signatures '%1' and '%2' carry the same signature "
                                      "value: one signature counts once")
                           .arg(seenValues[item.contents], item.s.fieldName);
        DiffBudget budget;
        for (Item& item : items) {
            SignatureCheck& s = item.s;
            try {
                if (s.coversWholeFile) {
                    s.appendedOnlySignatures = true;
                } else if (s.byteRangeOk) {
                    const QByteArray revision = pdf.left(s.revisionEnd);
                    std::unique_ptr<QPDF> old = openPdf(revision, label);
                    DiffResult diff = analyseChanges(*old, *doc, docMdp, budget);
                    if (old->anyWarnings())
                        diff.changes << QStringLiteral(
                            "the signed version itself is damaged: a viewer may show "
                            "something other than what was signed");
                    // A later signature must sign a later revision: a new field holding a copy of an
                    // earlier signature (same byte range, same value) is no signature at all.
                    for (const QPDFObjGen& later : std::as_const(diff.laterSignatures)) {
                        auto end = revisionEndOf.find(later);
                        if (end == revisionEndOf.end() || end->second <= s.revisionEnd)
                            diff.changes
                                << QStringLiteral("a signature field added after this signature holds "
                                                  "a copy of an earlier signature, not a new one");
                    }
                    s.laterSignatures = int(diff.laterSignatures.size());
                    s.appendedChanges = diff.changes;
                    s.appendedOnlySignatures = diff.changes.isEmpty();
                    for (const QString& change : std::as_const(diff.changes))
                        s.problems << QStringLiteral("changed after signing: %1").arg(change);
                }
                if (!item.contents.isEmpty() && s.documentTimestamp)
                    checkDocumentTimestamp(pdf, s, item.contents, anchors.get(), now, dss);
                else if (!item.contents.isEmpty())
                    checkCms(pdf, s, item.contents, anchors.get(), now, dss);
                else
                    s.problems << QStringLiteral("the signature has no value (/Contents)");
            } catch (const std::exception& e) {
                s.problems << QStringLiteral("cannot check this signature: %1").arg(fromStd(e.what()));
                ++s.otherIssues;
            }
        }
        // A later signature claiming an earlier time than the one it follows is suspicious.
        for (size_t i = 1; i < items.size(); ++i) {
            const SignatureCheck& before = items[i - 1].s;
            SignatureCheck& after = items[i].s;
            if (before.signingTime.isValid() && after.signingTime.isValid() &&
                after.signingTime < before.signingTime.addSecs(-60)) {
                after.problems << QStringLiteral(
                                      "this signature claims to have been made on %1, before the "
                                      "signature it follows (%2): the claimed times are not credible")
                                      .arg(after.signingTime.toString(Qt::ISODate),
                                           before.signingTime.toString(Qt::ISODate));
                ++after.otherIssues;
            }
        }
        // B-LTA: a B-LT signature followed by a valid document timestamp over a later revision.
        for (size_t i = 0; i < items.size(); ++i) {
            if (items[i].s.level != QLatin1String("B-LT"))
                continue;
            for (size_t j = i + 1; j < items.size(); ++j)
                if (items[j].s.documentTimestamp && items[j].s.valid() &&
                    items[j].s.revisionEnd > items[i].s.revisionEnd) {
                    items[i].s.level = QStringLiteral("B-LTA");
                    break;
                }
        }
        for (Item& item : items)
            report.signatures.append(std::move(item.s));
    } catch (const std::exception& e) {
        return verifyError(QStringLiteral("read"),
                           QStringLiteral("cannot read the PDF: %1").arg(fromStd(e.what())), label);
    }
    return report;
}

Result<VerifyReport> verify(const QString& path, const QList<QByteArray>& trustPem,
                            const VerifyOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return verifyError(QStringLiteral("read"), QStringLiteral("cannot read: %1").arg(file.errorString()),
                           path);
    if (file.size() > maxPdfSize)
        return verifyError(QStringLiteral("read"), QStringLiteral("the file is larger than 1 GiB"), path);
    return verifyPdf(file.readAll(), trustPem, path, options);
}

} // namespace mla::pdf
