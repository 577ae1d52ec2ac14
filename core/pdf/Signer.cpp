#include "Signer.h"

#include "AppearanceImage.h"
#include "CadesSignature.h"
#include "DssUpdate.h"
#include "IdentityData.h"
#include "IncrementalUpdate.h"
#include "PdfSyntax.h"
#include "QpdfSupport.h"
#include "Revocation.h"
#include "Timestamp.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>

#include <qpdf/QPDFExc.hh>

namespace mla::pdf {

namespace {

Error signError(const QString& code, const QString& detail, const QString& file = {})
{
    return Error{QStringLiteral("pdf.sign.") + code, detail, file, 0, 0};
}

constexpr int byteRangeWidth = 10; // digits reserved for each /ByteRange number

// Names of the existing fields, to pick a fresh "SignatureN"; counts existing signatures.
void collectFields(QPDFObjectHandle fields, QSet<QString>& names, int& signatures, int depth = 0)
{
    if (!fields.isArray() || depth > 32)
        return;
    for (QPDFObjectHandle field : fields.getArrayAsVector()) {
        if (!field.isDictionary())
            continue;
        if (field.getKey("/T").isString())
            names.insert(fromStd(field.getKey("/T").getUTF8Value()));
        if (field.getKey("/FT").isNameAndEquals("/Sig") && field.getKey("/V").isDictionary())
            ++signatures;
        collectFields(field.getKey("/Kids"), names, signatures, depth + 1);
    }
}

QByteArray arrayWith(QPDFObjectHandle array, const QByteArray& extraItem)
{
    QByteArray out = "[";
    if (array.isArray())
        for (QPDFObjectHandle item : array.getArrayAsVector())
            out += QByteArray::fromStdString(item.unparse()) + ' ';
    return out + extraItem + ']';
}

// Bottom right of the page; each earlier signature moves the next one left, then up a row, so a
// countersignature does not cover the first signature.
QRectF defaultRect(QPDFObjectHandle page, int earlierSignatures)
{
    QPDFObjectHandle::Rectangle box(0, 0, 595, 842);
    QPDFObjectHandle media = page.getKey("/MediaBox");
    if (media.isRectangle())
        box = media.getArrayAsRectangle();
    const double width = 216, height = 64, gap = 12, margin = 56;
    const int perRow = qMax(1, int((box.urx - box.llx - 2 * margin + gap) / (width + gap)));
    const int column = earlierSignatures % perRow, row = earlierSignatures / perRow;
    return QRectF(box.urx - margin - width - column * (width + gap), box.lly + 40 + row * (height + gap),
                  width, height);
}

// B-LT with fetchRevocation: revocation data for every certificate below a self-signed root of the
// signer's chain and of the TSA's (from the token), fetched from the addresses they name.
Status collectRevocation(const IdentityData& signer, const QByteArray& tokenDer, const SignOptions& options,
                         DssInput& dss, SignOutcome& result)
{
    std::vector<X509*> pool; // borrowed
    std::vector<X509*> subjects;
    pool.push_back(signer.cert.get());
    subjects.push_back(signer.cert.get());
    for (int i = 0; signer.chain && i < sk_X509_num(signer.chain.get()); ++i) {
        pool.push_back(sk_X509_value(signer.chain.get(), i));
        subjects.push_back(sk_X509_value(signer.chain.get(), i));
    }
    ossl::Ptr<PKCS7> token;
    ossl::CertView tsaSigners;
    if (!tokenDer.isEmpty()) {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(tokenDer.constData());
        token.reset(d2i_PKCS7(nullptr, &p, long(tokenDer.size())));
        STACK_OF(X509)* included = token && PKCS7_type_is_signed(token.get()) ? token->d.sign->cert : nullptr;
        for (int i = 0; included && i < sk_X509_num(included); ++i) {
            pool.push_back(sk_X509_value(included, i));
            subjects.push_back(sk_X509_value(included, i));
        }
    }
    ossl::CertStack extra(sk_X509_new_null());
    for (const QByteArray& pem : options.extraCertsPem + options.timestamp.trustPem)
        ossl::readPemCertificates(pem, extra.get());
    ossl::clearErrors();
    for (int i = 0; i < sk_X509_num(extra.get()); ++i)
        pool.push_back(sk_X509_value(extra.get(), i));

    FetchedRevocation fetched;
    QSet<QByteArray> done;
    for (X509* cert : subjects) {
        if (X509_check_issued(cert, cert) == X509_V_OK) // a root: trusted as such, nothing to fetch
            continue;
        if (done.contains(ossl::toDer(cert)))
            continue;
        done.insert(ossl::toDer(cert));
        X509* issuer = nullptr;
        for (X509* candidate : pool)
            if (candidate != cert && X509_check_issued(candidate, cert) == X509_V_OK) {
                issuer = candidate;
                break;
            }
        ossl::clearErrors();
        if (!issuer) {
            result.warnings << QStringLiteral(
                                   "no revocation data was fetched for the certificate of '%1': its "
                                   "issuer's certificate is not at hand")
                                   .arg(ossl::commonName(X509_get_subject_name(cert)));
            continue;
        }
        if (Status s = fetchRevocation(cert, issuer, options.revocationTimeoutMs, fetched); !s)
            return s;
    }
    dss.crls += fetched.crls;
    dss.ocsps += fetched.ocsps;
    for (const QString& n : std::as_const(fetched.notes))
        result.warnings << n;
    result.revocationSources = fetched.sources;
    return {};
}

} // namespace

QString levelName(SignatureLevel level)
{
    switch (level) {
    case SignatureLevel::BB:
        break;
    case SignatureLevel::BT:
        return QStringLiteral("B-T");
    case SignatureLevel::BLT:
        return QStringLiteral("B-LT");
    case SignatureLevel::BLTA:
        return QStringLiteral("B-LTA");
    }
    return QStringLiteral("B-B");
}

namespace {

// A signature (identity given) or a document timestamp (docTimestamp: /Type /DocTimeStamp,
// /SubFilter /ETSI.RFC3161, the /Contents a TimeStampToken over the byte ranges).
Result<QByteArray> signImpl(const QByteArray& pdf, const Identity& identity, const SignOptions& options,
                            const QString& label, SignOutcome& result, bool docTimestamp)
{
    if (identity.isNull() && !docTimestamp)
        return signError(QStringLiteral("identity"), QStringLiteral("no signing identity"));
    if (pdf.size() > maxPdfSize)
        return signError(QStringLiteral("size"), QStringLiteral("the PDF is larger than 1 GiB"), label);
    const QDateTime when =
        (options.signingTime.isValid() ? options.signingTime : QDateTime::currentDateTimeUtc()).toUTC();

    // The placeholder is sized from the certificates and the key size (the key itself is used
    // once, for the real signature).
    qsizetype capacity = docTimestamp ? 0 : cadesSizeBound(*identity.data());
    // B-T and above: a first token from the TSA sizes the placeholder (and finds a failing TSA
    // before the key is used).
    SignatureLevel level = docTimestamp ? SignatureLevel::BT : options.level;
    const TsaSettings tsa{options.timestamp.url, options.timestamp.timeoutMs, options.timestamp.trustPem};
    const auto fallBack = [&](const Error& why) {
        result.warnings << QStringLiteral("signed at level B-B without a timestamp: %1").arg(why.detail);
        level = SignatureLevel::BB;
    };
    if (level != SignatureLevel::BB) {
        if (tsa.url.isEmpty())
            return signError(
                QStringLiteral("level"),
                QStringLiteral("level %1 needs a timestamp authority (--tsa URL)").arg(levelName(level)),
                label);
        Result<TimestampToken> probe =
            requestTimestamp(tsa, QByteArrayView("mlawriter placeholder size probe"));
        if (!probe) {
            if (!options.timestamp.fallbackToBB || docTimestamp)
                return probe.error();
            fallBack(probe.error());
        } else {
            capacity += probe.value().der.size() + 256;
        }
    }

    try {
        std::unique_ptr<QPDF> qpdf = openPdf(pdf, label);
        if (qpdf->isEncrypted())
            return signError(QStringLiteral("encrypted"), QStringLiteral("encrypted PDFs cannot be signed"),
                             label);
        if (qpdf->anyWarnings())
            return signError(QStringLiteral("damaged"),
                             QStringLiteral("the PDF is damaged (%1); it cannot be signed")
                                 .arg(fromStd(qpdf->getWarnings().front().what())),
                             label);
        QPDFObjectHandle trailer = qpdf->getTrailer();
        QPDFObjectHandle root = qpdf->getRoot();
        const qint64 prevXref = lastStartXref(pdf);
        if (prevXref < 0 || !trailer.getKey("/Size").isInteger() || !root.isIndirect())
            return signError(QStringLiteral("damaged"), QStringLiteral("the PDF has no usable trailer"),
                             label);
        const bool xrefStream = trailer.getKey("/Type").isNameAndEquals("/XRef");
        const std::vector<QPDFObjectHandle>& pages = qpdf->getAllPages();
        if (pages.empty())
            return signError(QStringLiteral("page"), QStringLiteral("the PDF has no pages"), label);

        const bool visible =
            !docTimestamp && !options.invisible && (!options.appearance || options.appearance->visible);
        SignatureAppearance look = options.appearance.value_or(SignatureAppearance{});
        const int pageIndex = look.pageIndex < 0 ? int(pages.size()) - 1 : look.pageIndex;
        if (pageIndex >= int(pages.size()))
            return signError(QStringLiteral("page"),
                             QStringLiteral("the signature page %1 does not exist (the PDF has %2 pages)")
                                 .arg(pageIndex + 1)
                                 .arg(pages.size()),
                             label);
        QPDFObjectHandle page = pages.at(size_t(pageIndex));
        if (!page.isIndirect())
            return signError(QStringLiteral("damaged"), QStringLiteral("the page object is not indirect"),
                             label);
        QPDFObjectHandle acroForm = root.getKey("/AcroForm");
        QSet<QString> fieldNames;
        int existingSignatures = 0;
        if (acroForm.isDictionary())
            collectFields(acroForm.getKey("/Fields"), fieldNames, existingSignatures);
        if (look.rect.isEmpty())
            look.rect = defaultRect(page, existingSignatures);
        if (look.name.isEmpty())
            look.name = identity.commonName();
        if (options.certify && (existingSignatures > 0 || root.getKey("/Perms").isDictionary()))
            return signError(QStringLiteral("certify"),
                             QStringLiteral("only the first signature of a document can certify it"), label);
        // A certification that allows no change (DocMDP P=1) would be broken by any new signature.
        QPDFObjectHandle docMdp = root.getKey("/Perms").isDictionary()
                                      ? root.getKey("/Perms").getKey("/DocMDP")
                                      : QPDFObjectHandle::newNull();
        if (docMdp.isDictionary() && docMdp.getKey("/Reference").isArray()) {
            for (QPDFObjectHandle ref : docMdp.getKey("/Reference").getArrayAsVector()) {
                QPDFObjectHandle params = ref.isDictionary() ? ref.getKey("/TransformParams") : ref;
                if (params.isDictionary() && params.getKey("/P").isInteger() &&
                    params.getKey("/P").getIntValue() == 1)
                    return signError(
                        QStringLiteral("locked"),
                        QStringLiteral("the document is certified with no changes allowed; signing it "
                                       "would break the certification"),
                        label);
            }
        }
        QString fieldName = options.fieldName;
        for (int n = existingSignatures + 1; fieldName.isEmpty() || fieldNames.contains(fieldName); ++n)
            fieldName = QStringLiteral("Signature%1").arg(n);

        IncrementalUpdate update(pdf, prevXref, int(trailer.getKey("/Size").getIntValue()), xrefStream);
        const int sigNum = update.allocate();
        const int fieldNum = update.allocate();
        const int apNum = update.allocate();
        const int imageNum = visible ? update.allocate() : 0;

        // 1. The signature dictionary, with placeholders patched after hashing.
        const QByteArray byteRangePlaceholder = "[0 " + QByteArray(byteRangeWidth, '0') + ' ' +
                                                QByteArray(byteRangeWidth, '0') + ' ' +
                                                QByteArray(byteRangeWidth, '0') + ']';
        QByteArray sig =
            docTimestamp
                ? "<< /Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161 /ByteRange " +
                      byteRangePlaceholder + " /Contents <" + QByteArray(capacity * 2, '0') + ">"
                : "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange " +
                      byteRangePlaceholder + " /Contents <" + QByteArray(capacity * 2, '0') + "> /M " +
                      syntax::date(when) + " /Name " + syntax::textString(identity.commonName());
        if (!options.reason.isEmpty())
            sig += " /Reason " + syntax::textString(options.reason);
        if (!options.location.isEmpty())
            sig += " /Location " + syntax::textString(options.location);
        if (!options.contact.isEmpty())
            sig += " /ContactInfo " + syntax::textString(options.contact);
        if (options.certify)
            sig += " /Reference [<< /Type /SigRef /TransformMethod /DocMDP /TransformParams << /Type "
                   "/TransformParams /P 2 /V /1.2 >> >>]";
        sig += " /Prop_Build << /App << /Name /mlawriter /REx (" MLAWRITER_VERSION ") >> >> >>";
        const qint64 sigOffset = update.addObject(sigNum, 0, sig);

        // 2. The field, merged with its widget annotation.
        const QRectF r = visible ? look.rect : QRectF();
        const QByteArray rect = "[" + syntax::real(r.left()) + ' ' + syntax::real(r.top()) + ' ' +
                                syntax::real(r.left() + r.width()) + ' ' +
                                syntax::real(r.top() + r.height()) + ']';
        update.addObject(fieldNum, 0,
                         "<< /Type /Annot /Subtype /Widget /FT /Sig /T " + syntax::textString(fieldName) +
                             " /V " + syntax::ref(sigNum) + " /F 132 /Rect " + rect + " /P " +
                             syntax::ref(page.getObjectID(), page.getGeneration()) + " /AP << /N " +
                             syntax::ref(apNum) + " >> >>");

        // 3. The appearance: the picture of the signature block, or an empty form when invisible.
        const QByteArray bbox = "[0 0 " + syntax::real(r.width()) + ' ' + syntax::real(r.height()) + ']';
        if (visible) {
            const QImage image = renderAppearanceImage(
                r.size(), {look.name, look.function, look.place, when, options.language});
            QByteArray raw;
            raw.reserve(qsizetype(image.width()) * image.height() * 3);
            for (int y = 0; y < image.height(); ++y)
                raw.append(reinterpret_cast<const char*>(image.constScanLine(y)), image.width() * 3);
            const QByteArray deflated = qCompress(raw, 6).mid(4); // zlib stream without Qt's length prefix
            update.addStream(imageNum, 0,
                             "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(image.width()) +
                                 " /Height " + QByteArray::number(image.height()) +
                                 " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode >>",
                             deflated);
            update.addStream(apNum, 0,
                             "<< /Type /XObject /Subtype /Form /BBox " + bbox +
                                 " /Resources << /XObject << /Im0 " + syntax::ref(imageNum) + " >> >> >>",
                             "q " + syntax::real(r.width()) + " 0 0 " + syntax::real(r.height()) +
                                 " 0 0 cm /Im0 Do Q");
        } else {
            update.addStream(apNum, 0, "<< /Type /XObject /Subtype /Form /BBox " + bbox + " >>",
                             QByteArray());
        }

        // 4. The page lists the widget.
        const QByteArray fieldRef = syntax::ref(fieldNum);
        QPDFObjectHandle annots = page.getKey("/Annots");
        if (annots.isArray() && annots.isIndirect())
            update.addObject(annots.getObjectID(), annots.getGeneration(), arrayWith(annots, fieldRef));
        else
            update.addObject(page.getObjectID(), page.getGeneration(),
                             unparseDictWith(page, {{"/Annots", arrayWith(annots, fieldRef)}}));

        // 5. The interactive form lists the field; the catalog points at the form (and DocMDP).
        std::map<std::string, QByteArray> rootChanges;
        if (acroForm.isDictionary()) {
            QPDFObjectHandle fields = acroForm.getKey("/Fields");
            std::map<std::string, QByteArray> formChanges{{"/SigFlags", "3"}};
            if (fields.isArray() && fields.isIndirect())
                update.addObject(fields.getObjectID(), fields.getGeneration(), arrayWith(fields, fieldRef));
            else
                formChanges["/Fields"] = arrayWith(fields, fieldRef);
            const QByteArray form = unparseDictWith(acroForm, formChanges);
            if (acroForm.isIndirect())
                update.addObject(acroForm.getObjectID(), acroForm.getGeneration(), form);
            else
                rootChanges["/AcroForm"] = form;
        } else {
            const int formNum = update.allocate();
            update.addObject(formNum, 0, "<< /Fields [" + fieldRef + "] /SigFlags 3 >>");
            rootChanges["/AcroForm"] = syntax::ref(formNum);
        }
        if (options.certify)
            rootChanges["/Perms"] = "<< /DocMDP " + syntax::ref(sigNum) + " >>";
        if (!rootChanges.empty())
            update.addObject(root.getObjectID(), root.getGeneration(), unparseDictWith(root, rootChanges));

        QByteArray trailerExtra = "/Root " + syntax::ref(root.getObjectID(), root.getGeneration());
        if (trailer.getKey("/Info").isIndirect())
            trailerExtra += " /Info " + QByteArray::fromStdString(trailer.getKey("/Info").unparse());
        if (trailer.getKey("/ID").isArray())
            trailerExtra += " /ID " + QByteArray::fromStdString(trailer.getKey("/ID").unparse());
        update.finish(trailerExtra);

        // 6. Byte ranges around the /Contents hex string, then the signature into it.
        QByteArray& out = update.bytes();
        const qint64 byteRangeAt = out.indexOf(byteRangePlaceholder, sigOffset);
        const qint64 contentsStart = out.indexOf("/Contents <", sigOffset) + 10;
        const qint64 contentsEnd = contentsStart + capacity * 2 + 2;
        const QByteArray ranges = "[0 " + QByteArray::number(contentsStart) + ' ' +
                                  QByteArray::number(contentsEnd) + ' ' +
                                  QByteArray::number(out.size() - contentsEnd) + ']';
        if (byteRangeAt < 0 || ranges.size() > byteRangePlaceholder.size())
            return signError(QStringLiteral("size"), QStringLiteral("the PDF is too large to sign"), label);
        out.replace(byteRangeAt, byteRangePlaceholder.size(),
                    ranges + QByteArray(byteRangePlaceholder.size() - ranges.size(), ' '));
        const QList<QByteArrayView> signedParts{
            QByteArrayView(out.constData(), contentsStart),
            QByteArrayView(out.constData() + contentsEnd, out.size() - contentsEnd)};
        QByteArray tokenDer;
        TimestampFunction stamp;
        if (level != SignatureLevel::BB)
            stamp = [&](const QByteArray& signatureValue) -> Result<QByteArray> {
                Result<TimestampToken> token = requestTimestamp(tsa, signatureValue);
                if (!token)
                    return token.error();
                tokenDer = token.value().der;
                result.timestampTime = token.value().genTime;
                result.tsaName = token.value().tsaName;
                return token.value().der;
            };
        if (docTimestamp) {
            QByteArray covered;
            covered.reserve(signedParts[0].size() + signedParts[1].size());
            covered.append(signedParts[0].data(), signedParts[0].size());
            covered.append(signedParts[1].data(), signedParts[1].size());
            Result<TimestampToken> token = requestTimestamp(tsa, covered);
            if (!token)
                return token.error();
            const QByteArray hex = token.value().der.toHex().toUpper();
            if (hex.size() > capacity * 2)
                return signError(QStringLiteral("cms"),
                                 QStringLiteral("the timestamp is larger than its placeholder"));
            out.replace(contentsStart + 1, hex.size(), hex);
            result.timestampTime = token.value().genTime;
            result.tsaName = token.value().tsaName;
            return out;
        }
        Result<QByteArray> cms = createCadesSignature(*identity.data(), signedParts, stamp);
        if (!cms && stamp && options.timestamp.fallbackToBB &&
            cms.error().code.startsWith(QStringLiteral("pdf.tsa."))) {
            fallBack(cms.error());
            cms = createCadesSignature(*identity.data(), signedParts);
        }
        if (!cms)
            return cms.error();
        const QByteArray hex = cms.value().toHex().toUpper();
        if (hex.size() > capacity * 2)
            return signError(QStringLiteral("cms"),
                             QStringLiteral("the signature is larger than its placeholder"));
        out.replace(contentsStart + 1, hex.size(), hex);
        result.level = level;
        if (level == SignatureLevel::BLT || level == SignatureLevel::BLTA) {
            DssInput dss;
            dss.contents = QByteArray::fromHex(out.mid(contentsStart + 1, capacity * 2));
            dss.timestampTokenDer = tokenDer;
            dss.crls = options.crls;
            dss.extraCertsPem = options.extraCertsPem;
            if (options.fetchRevocation)
                if (Status fetched = collectRevocation(*identity.data(), tokenDer, options, dss, result);
                    !fetched)
                    return Error{fetched.error().code, fetched.error().detail, label, 0, 0};
            dss.when = result.timestampTime;
            Result<QByteArray> withDss = appendDss(out, *identity.data(), dss, label);
            if (!withDss)
                return withDss.error();
            if (level == SignatureLevel::BLTA) {
                SignOutcome docStamp;
                Result<QByteArray> archived =
                    signImpl(withDss.value(), Identity(), options, label, docStamp, true);
                if (!archived)
                    return archived.error();
                return archived.value();
            }
            return withDss.value();
        }
        return out;
    } catch (const std::exception& e) {
        return signError(QStringLiteral("read"),
                         QStringLiteral("cannot read the PDF: %1").arg(fromStd(e.what())), label);
    }
}

} // namespace

Result<QByteArray> signPdf(const QByteArray& pdf, const Identity& identity, const SignOptions& options,
                           const QString& label, SignOutcome* outcome)
{
    SignOutcome local;
    SignOutcome& result = outcome ? *outcome : local;
    result = SignOutcome{};
    return signImpl(pdf, identity, options, label, result, false);
}

Result<QByteArray> addDocumentTimestamp(const QByteArray& pdf, const TimestampOptions& timestamp,
                                        const QString& label, SignOutcome* outcome)
{
    SignOutcome local;
    SignOutcome& result = outcome ? *outcome : local;
    result = SignOutcome{};
    SignOptions options;
    options.timestamp = timestamp;
    options.timestamp.fallbackToBB = false;
    options.fieldName.clear();
    Result<QByteArray> out = signImpl(pdf, Identity(), options, label, result, true);
    if (out)
        result.level = SignatureLevel::BLTA;
    return out;
}

Status sign(const QString& inPath, const QString& outPath, const Identity& identity,
            const SignOptions& options, SignOutcome* outcome)
{
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly))
        return signError(QStringLiteral("read"), QStringLiteral("cannot read: %1").arg(in.errorString()),
                         inPath);
    if (in.size() > maxPdfSize)
        return signError(QStringLiteral("size"), QStringLiteral("the PDF is larger than 1 GiB"), inPath);
    const QByteArray bytes = in.readAll();
    in.close();
    Result<QByteArray> signedPdf = signPdf(bytes, identity, options, inPath, outcome);
    if (!signedPdf)
        return signedPdf.error();
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(signedPdf.value()) != signedPdf.value().size() ||
        !out.commit())
        return signError(QStringLiteral("write"), QStringLiteral("cannot write: %1").arg(out.errorString()),
                         outPath);
    return {};
}

} // namespace mla::pdf
