#include "Verifier.h"

#include "OpenSslSupport.h"
#include "QpdfSupport.h"

#include <QFile>
#include <QSet>
#include <QTimeZone>

#include <openssl/err.h>

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

void collectSignatures(QPDFObjectHandle fields, const QString& prefix, QList<Found>& out,
                       std::set<QPDFObjGen>& seen, int depth = 0)
{
    if (!fields.isArray() || depth > 32)
        return;
    for (QPDFObjectHandle field : fields.getArrayAsVector()) {
        if (!field.isDictionary())
            continue;
        if (field.isIndirect() && !seen.insert(field.getObjGen()).second)
            continue; // a loop or a repeated field
        QString name = field.getKey("/T").isString() ? fromStd(field.getKey("/T").getUTF8Value()) : QString();
        if (!prefix.isEmpty())
            name = prefix + u'.' + name;
        QPDFObjectHandle v = field.getKey("/V");
        if (field.getKey("/FT").isNameAndEquals("/Sig") && v.isDictionary())
            out.append({name, field, v});
        collectSignatures(field.getKey("/Kids"), name, out, seen, depth + 1);
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

QString objName(QPDFObjGen og)
{
    return QStringLiteral("object %1 %2").arg(og.getObj()).arg(og.getGen());
}

bool isSigField(QPDFObjectHandle o)
{
    if (!o.isDictionary())
        return false;
    if (o.getKey("/FT").isNameAndEquals("/Sig"))
        return true;
    QPDFObjectHandle parent = o.getKey("/Parent");
    return parent.isDictionary() && parent.getKey("/FT").isNameAndEquals("/Sig");
}

// Compares an old and a new array: the new one keeps every old item (same order) and the extra
// items are signature fields/widgets. Adds a description to `changes` otherwise.
int checkGrownArray(QPDFObjectHandle oldA, QPDFObjectHandle newA, const QString& what, QStringList& changes)
{
    std::vector<QPDFObjectHandle> o =
        oldA.isArray() ? oldA.getArrayAsVector() : std::vector<QPDFObjectHandle>();
    std::vector<QPDFObjectHandle> n =
        newA.isArray() ? newA.getArrayAsVector() : std::vector<QPDFObjectHandle>();
    if (n.size() < o.size()) {
        changes << QStringLiteral("%1: entries were removed").arg(what);
        return 0;
    }
    for (size_t i = 0; i < o.size(); ++i)
        if (o[i].unparse() != n[i].unparse()) {
            changes << QStringLiteral("%1: entries were replaced").arg(what);
            return 0;
        }
    int added = 0;
    for (size_t i = o.size(); i < n.size(); ++i) {
        if (!isSigField(n[i])) {
            changes << QStringLiteral("%1: a non-signature entry was added (%2)")
                           .arg(what, fromStd(n[i].unparse()));
            return 0;
        }
        ++added;
    }
    return added;
}

void checkDictKeys(QPDFObjectHandle oldD, QPDFObjectHandle newD, const std::set<std::string>& allowed,
                   const QString& what, QStringList& changes)
{
    std::set<std::string> keys = oldD.getKeys();
    for (const std::string& k : newD.getKeys())
        keys.insert(k);
    for (const std::string& k : keys) {
        if (allowed.count(k))
            continue;
        if (oldD.getKey(k).unparse() != newD.getKey(k).unparse())
            changes << QStringLiteral("%1: %2 was changed").arg(what, fromStd(k));
    }
}

bool sameObject(QPDFObjectHandle a, QPDFObjectHandle b)
{
    if (a.isStream() != b.isStream())
        return false;
    if (a.isStream()) {
        if (a.getDict().unparse() != b.getDict().unparse())
            return false;
        const auto da = a.getRawStreamData(), db = b.getRawStreamData();
        return da->getSize() == db->getSize() && memcmp(da->getBuffer(), db->getBuffer(), da->getSize()) == 0;
    }
    return a.unparseResolved() == b.unparseResolved();
}

// What the updates appended after a signed revision changed, beyond adding signatures.
// `oldDoc` is the signed revision, `newDoc` the whole file. Returns the number of signature
// fields added.
int compareRevisions(QPDF& oldDoc, QPDF& newDoc, qint64 revisionEnd, QStringList& changes)
{
    std::map<QPDFObjGen, QPDFXRefEntry> oldTable = oldDoc.getXRefTable();
    std::map<QPDFObjGen, QPDFXRefEntry> newTable = newDoc.getXRefTable();
    auto writtenAfter = [&](const QPDFXRefEntry& e) {
        if (e.getType() == 1)
            return e.getOffset() >= revisionEnd;
        if (e.getType() == 2) {
            auto it = newTable.find(QPDFObjGen(e.getObjStreamNumber(), 0));
            return it == newTable.end() || it->second.getType() != 1 || it->second.getOffset() >= revisionEnd;
        }
        return false;
    };
    for (const auto& [og, entry] : oldTable)
        if (!newTable.count(og))
            changes << QStringLiteral("%1 was deleted").arg(objName(og));

    // Roles of the objects in the signed revision.
    QPDFObjGen rootOg = oldDoc.getRoot().getObjGen();
    std::map<QPDFObjGen, int> pageNumber;
    std::set<QPDFObjGen> annotArrays, contentStreams;
    int pageIndex = 0;
    for (QPDFObjectHandle page : oldDoc.getAllPages()) {
        pageNumber[page.getObjGen()] = ++pageIndex;
        QPDFObjectHandle annots = page.getKey("/Annots");
        if (annots.isIndirect())
            annotArrays.insert(annots.getObjGen());
        QPDFObjectHandle contents = page.getKey("/Contents");
        if (contents.isIndirect())
            contentStreams.insert(contents.getObjGen());
        if (contents.isArray())
            for (QPDFObjectHandle c : contents.getArrayAsVector())
                contentStreams.insert(c.getObjGen());
    }
    QPDFObjectHandle oldForm = oldDoc.getRoot().getKey("/AcroForm");
    QPDFObjGen formOg = oldForm.isIndirect() ? oldForm.getObjGen() : QPDFObjGen();
    QPDFObjGen fieldsOg = oldForm.isDictionary() && oldForm.getKey("/Fields").isIndirect()
                              ? oldForm.getKey("/Fields").getObjGen()
                              : QPDFObjGen();
    if (newDoc.getAllPages().size() != oldDoc.getAllPages().size())
        changes << QStringLiteral("the number of pages changed");

    int added = 0;
    auto checkForm = [&](QPDFObjectHandle o, QPDFObjectHandle n) {
        if (!n.isDictionary()) {
            changes << QStringLiteral("the interactive form was removed");
            return;
        }
        checkDictKeys(o.isDictionary() ? o : QPDFObjectHandle::newDictionary(), n,
                      {"/Fields", "/SigFlags", "/DR"}, QStringLiteral("the interactive form"), changes);
        if (!n.getKey("/Fields").isIndirect() || n.getKey("/Fields").getObjGen() != fieldsOg)
            added += checkGrownArray(o.isDictionary() ? o.getKey("/Fields") : QPDFObjectHandle::newArray(),
                                     n.getKey("/Fields"), QStringLiteral("the form's field list"), changes);
    };
    for (const auto& [og, entry] : newTable) {
        if (!writtenAfter(entry) || !oldTable.count(og))
            continue; // unchanged, or a new object (only effective through a changed old one)
        QPDFObjectHandle o = oldDoc.getObjectByObjGen(og);
        QPDFObjectHandle n = newDoc.getObjectByObjGen(og);
        if (sameObject(o, n))
            continue;
        if (og == rootOg) {
            checkDictKeys(o, n, {"/AcroForm", "/DSS"}, QStringLiteral("the document catalog"), changes);
            QPDFObjectHandle nf = n.getKey("/AcroForm");
            if (!nf.isIndirect() || nf.getObjGen() != formOg)
                checkForm(o.getKey("/AcroForm"), nf);
        } else if (pageNumber.count(og)) {
            const QString what = QStringLiteral("page %1").arg(pageNumber[og]);
            checkDictKeys(o, n, {"/Annots"}, what, changes);
            QPDFObjectHandle na = n.getKey("/Annots");
            if (!na.isIndirect() || !annotArrays.count(na.getObjGen()))
                checkGrownArray(o.getKey("/Annots"), na, what + QStringLiteral(" annotations"), changes);
        } else if (annotArrays.count(og)) {
            checkGrownArray(o, n, QStringLiteral("a page's annotations"), changes);
        } else if (og == formOg) {
            checkForm(o, n);
        } else if (og == fieldsOg) {
            added += checkGrownArray(o, n, QStringLiteral("the form's field list"), changes);
        } else if (contentStreams.count(og)) {
            changes << QStringLiteral("the content of a page was changed (%1)").arg(objName(og));
        } else {
            changes << QStringLiteral("%1 was changed").arg(objName(og));
        }
    }
    return added;
}

bool revisionEndsWithEof(const QByteArray& bytes, qint64 end)
{
    qint64 i = end;
    while (i > 0 && (bytes.at(i - 1) == '\n' || bytes.at(i - 1) == '\r' || bytes.at(i - 1) == ' '))
        --i;
    return i >= 5 && QByteArrayView(bytes.constData() + i - 5, 5) == QByteArrayView("%%EOF");
}

void checkCms(const QByteArray& pdf, SignatureCheck& s, const QByteArray& contents, STACK_OF(X509) * anchors)
{
    const qint64 a = s.byteRange.value(0), b = s.byteRange.value(1), c = s.byteRange.value(2),
                 d = s.byteRange.value(3);
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

    // The signed bytes: both ranges, when they lie inside the file.
    QByteArray data;
    if (s.byteRange.size() == 4 && a == 0 && b >= 0 && c >= b && d >= 0 && c + d <= pdf.size())
        data = pdf.mid(0, b) + pdf.mid(c, d);

    X509_ALGOR* digestAlg = nullptr;
    CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlg, nullptr);
    const ASN1_OBJECT* mdObj = nullptr;
    if (digestAlg)
        X509_ALGOR_get0(&mdObj, nullptr, nullptr, digestAlg);
    const EVP_MD* md = mdObj ? EVP_get_digestbyobj(mdObj) : nullptr;
    s.digestAlgorithm = md ? QString::fromLatin1(EVP_MD_get0_name(md)) : QStringLiteral("unknown");
    if (md && EVP_MD_get_size(md) < 32)
        s.problems << QStringLiteral("the digest algorithm %1 is too weak").arg(s.digestAlgorithm);
    ASN1_OCTET_STRING* claimed = static_cast<ASN1_OCTET_STRING*>(
        CMS_signed_get0_data_by_OBJ(si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
    if (md && claimed) {
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
    ossl::Ptr<BIO> dataBio = ossl::memBio(data);
    s.cmsSignatureOk = CMS_verify(cms.get(), nullptr, empty.get(), dataBio.get(), nullptr,
                                  CMS_BINARY | CMS_DETACHED | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    if (!s.cmsSignatureOk)
        s.problems << QStringLiteral("the CMS signature does not verify (%1)").arg(ossl::lastError());
    if (CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1) >= 0 &&
        s.subFilter == QLatin1String("ETSI.CAdES.detached"))
        s.problems << QStringLiteral("a PAdES signature must not carry a CMS signing-time attribute");

    const uint32_t usage = X509_get_key_usage(signer);
    s.signingCertificateOk = usage == UINT32_MAX || (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION));
    if (!s.signingCertificateOk)
        s.problems << QStringLiteral("the signer's certificate is not meant for signing (key usage)");

    const QDateTime at = s.signingTime.isValid() ? s.signingTime : QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = ossl::asn1TimeToDateTime(X509_get0_notBefore(signer));
    const QDateTime notAfter = ossl::asn1TimeToDateTime(X509_get0_notAfter(signer));
    s.certificateValidAtTime = notBefore.isValid() && notAfter.isValid() && at >= notBefore && at <= notAfter;
    if (!s.certificateValidAtTime)
        s.problems << QStringLiteral(
                          "the signer's certificate was not valid at the signing time %1 (valid %2 to %3)")
                          .arg(at.toString(Qt::ISODate), notBefore.toString(Qt::ISODate),
                               notAfter.toString(Qt::ISODate));

    // Chain to the trust anchors at the signing time.
    if (sk_X509_num(anchors) == 0) {
        s.chainError = QStringLiteral("no trust anchors were given");
    } else {
        ossl::Ptr<X509_STORE> store(X509_STORE_new());
        for (int i = 0; i < sk_X509_num(anchors); ++i)
            X509_STORE_add_cert(store.get(), sk_X509_value(anchors, i));
        ossl::Ptr<X509_STORE_CTX> ctx(X509_STORE_CTX_new());
        X509_STORE_CTX_init(ctx.get(), store.get(), signer, certs.get());
        X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
        X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
        X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_ANY);
        s.chainTrusted = X509_verify_cert(ctx.get()) == 1;
        if (!s.chainTrusted)
            s.chainError =
                QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    }
    if (!s.chainTrusted)
        s.problems << QStringLiteral("the signer's certificate is not trusted: %1").arg(s.chainError);
    ossl::clearErrors();
}

} // namespace

Result<VerifyReport> verifyPdf(const QByteArray& pdf, const QList<QByteArray>& trustPem, const QString& label)
{
    ossl::clearErrors();
    ossl::CertStack anchors(sk_X509_new_null());
    for (const QByteArray& pem : trustPem)
        if (!ossl::readPemCertificates(pem, anchors.get()))
            return verifyError(QStringLiteral("trust"),
                               QStringLiteral("a trust anchor is not a PEM certificate"), label);
    if (pdf.size() > maxPdfSize)
        return verifyError(QStringLiteral("read"), QStringLiteral("the file is larger than 1 GiB"), label);

    VerifyReport report;
    report.file = label;
    report.fileSize = pdf.size();
    try {
        std::unique_ptr<QPDF> doc = openPdf(pdf, label);
        QPDFObjectHandle form = doc->getRoot().getKey("/AcroForm");
        QList<Found> found;
        std::set<QPDFObjGen> seen;
        if (form.isDictionary())
            collectSignatures(form.getKey("/Fields"), QString(), found, seen);
        // Signature dictionaries no field points at (a damaged or truncated file) are checked too.
        std::set<QPDFObjGen> linked;
        for (const Found& f : found)
            if (f.sig.isIndirect())
                linked.insert(f.sig.getObjGen());
        for (QPDFObjectHandle o : doc->getAllObjects()) {
            if (o.isDictionary() && !linked.count(o.getObjGen()) && o.getKey("/ByteRange").isArray() &&
                o.getKey("/Contents").isString())
                found.append({QStringLiteral("(signature object %1, not in the form)").arg(o.getObjectID()),
                              QPDFObjectHandle::newNull(), o});
        }
        if (!pdf.trimmed().endsWith("%%EOF"))
            report.documentProblems << QStringLiteral(
                "the file does not end with %%EOF: it is truncated or damaged");
        if (doc->anyWarnings())
            report.documentProblems
                << QStringLiteral("the file is damaged: %1").arg(fromStd(doc->getWarnings().front().what()));

        for (const Found& f : found) {
            SignatureCheck s;
            s.fieldName = f.name;
            QPDFObjectHandle sig = f.sig;
            try {
                s.subFilter = sig.getKey("/SubFilter").isName()
                                  ? fromStd(sig.getKey("/SubFilter").getName()).mid(1)
                                  : QString();
                if (sig.getKey("/M").isString())
                    s.signingTime = parsePdfDate(fromStd(sig.getKey("/M").getUTF8Value()));
                for (auto [key, target] :
                     {std::pair{"/Reason", &s.reason}, std::pair{"/Location", &s.location},
                      std::pair{"/ContactInfo", &s.contact}})
                    if (sig.getKey(key).isString())
                        *target = fromStd(sig.getKey(key).getUTF8Value());
                QPDFObjectHandle refs = sig.getKey("/Reference");
                for (int i = 0; refs.isArray() && i < refs.getArrayNItems(); ++i) {
                    QPDFObjectHandle r = refs.getArrayItem(i);
                    if (r.isDictionary() && r.getKey("/TransformMethod").isNameAndEquals("/DocMDP")) {
                        s.certification = true;
                        QPDFObjectHandle pv = r.getKey("/TransformParams").isDictionary()
                                                  ? r.getKey("/TransformParams").getKey("/P")
                                                  : QPDFObjectHandle::newNull();
                        s.docMdpPermissions = pv.isInteger() ? int(pv.getIntValue()) : 2;
                    }
                }
                if (s.subFilter != QLatin1String("ETSI.CAdES.detached") &&
                    s.subFilter != QLatin1String("adbe.pkcs7.detached"))
                    s.problems
                        << QStringLiteral("unsupported signature format /SubFilter /%1").arg(s.subFilter);

                // Byte ranges: [0 b c d], the gap exactly the /Contents hex string.
                QPDFObjectHandle br = sig.getKey("/ByteRange");
                if (br.isArray())
                    for (QPDFObjectHandle v : br.getArrayAsVector())
                        s.byteRange << (v.isInteger() ? qint64(v.getIntValue()) : qint64(-1));
                const QByteArray contents =
                    sig.getKey("/Contents").isString()
                        ? QByteArray::fromStdString(sig.getKey("/Contents").getStringValue())
                        : QByteArray();
                const qint64 a = s.byteRange.value(0, -1), b = s.byteRange.value(1, -1),
                             c = s.byteRange.value(2, -1), d = s.byteRange.value(3, -1);
                if (s.byteRange.size() != 4 || a != 0 || b <= 0 || c <= b || d < 0) {
                    s.problems << QStringLiteral("the /ByteRange is malformed");
                } else if (c + d > pdf.size()) {
                    s.problems << QStringLiteral(
                                      "the signed byte range ends at %1 but the file has only %2 bytes: "
                                      "the file was truncated")
                                      .arg(c + d)
                                      .arg(pdf.size());
                } else {
                    s.revisionEnd = c + d;
                    const QByteArray gap = pdf.mid(b, c - b);
                    bool hexOk = gap.size() >= 2 && gap.startsWith('<') && gap.endsWith('>');
                    for (qsizetype i = 1; hexOk && i + 1 < gap.size(); ++i)
                        hexOk = isxdigit(uchar(gap.at(i)));
                    if (!hexOk || QByteArray::fromHex(gap.mid(1, gap.size() - 2)) != contents)
                        s.problems << QStringLiteral(
                            "the unsigned gap of the byte range is not this signature's "
                            "/Contents value");
                    else if (!revisionEndsWithEof(pdf, s.revisionEnd))
                        s.problems << QStringLiteral("the signed range does not end at the end of a revision "
                                                     "(%%EOF)");
                    else
                        s.byteRangeOk = true;
                }
                s.coversWholeFile = s.byteRangeOk && s.revisionEnd == pdf.size();
                if (s.coversWholeFile) {
                    s.appendedOnlySignatures = true;
                } else if (s.byteRangeOk) {
                    const QByteArray revision = pdf.left(s.revisionEnd);
                    std::unique_ptr<QPDF> old = openPdf(revision, label);
                    s.laterSignatures = compareRevisions(*old, *doc, s.revisionEnd, s.appendedChanges);
                    if (s.certification && s.docMdpPermissions == 1)
                        s.appendedChanges
                            << QStringLiteral("the certification allows no change, but the file was "
                                              "updated after it");
                    s.appendedOnlySignatures = s.appendedChanges.isEmpty();
                    for (const QString& change : std::as_const(s.appendedChanges))
                        s.problems << QStringLiteral("changed after signing: %1").arg(change);
                }
                if (!contents.isEmpty())
                    checkCms(pdf, s, contents, anchors.get());
                else
                    s.problems << QStringLiteral("the signature has no /Contents");
            } catch (const std::exception& e) {
                s.problems << QStringLiteral("cannot read this signature: %1").arg(fromStd(e.what()));
            }
            report.signatures.append(s);
        }
    } catch (const std::exception& e) {
        return verifyError(QStringLiteral("read"),
                           QStringLiteral("cannot read the PDF: %1").arg(fromStd(e.what())), label);
    }
    // Oldest first: order by where each signed revision ends.
    std::stable_sort(
        report.signatures.begin(), report.signatures.end(),
        [](const SignatureCheck& x, const SignatureCheck& y) { return x.revisionEnd < y.revisionEnd; });
    return report;
}

Result<VerifyReport> verify(const QString& path, const QList<QByteArray>& trustPem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return verifyError(QStringLiteral("read"), QStringLiteral("cannot read: %1").arg(file.errorString()),
                           path);
    if (file.size() > maxPdfSize)
        return verifyError(QStringLiteral("read"), QStringLiteral("the file is larger than 1 GiB"), path);
    return verifyPdf(file.readAll(), trustPem, path);
}

} // namespace mla::pdf
