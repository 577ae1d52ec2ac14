#include "EmbeddedFiles.h"

#include "QpdfSupport.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <qpdf/Pipeline.hh>
#include <qpdf/QPDFNameTreeObjectHelper.hh>

#include <set>
#include <stdexcept>

namespace mla::pdf {
namespace {

Error fail(const char* code, const QString& detail)
{
    return Error{QString::fromLatin1(code), detail, QStringLiteral("PDF"), 0, 0};
}

// Collects decoded stream data and stops (throws) as soon as it passes the cap, so that a
// small compressed stream cannot inflate into gigabytes.
class CappedBuffer : public Pipeline
{
public:
    explicit CappedBuffer(qint64 cap) : Pipeline("capped buffer", nullptr), m_cap(cap) {}
    void write(unsigned char const* data, size_t len) override
    {
        if (qint64(len) > m_cap - data_.size()) {
            overflow = true; // qpdf may catch the exception and report a decoding failure
            throw std::length_error("embedded file larger than the cap");
        }
        data_.append(reinterpret_cast<const char*>(data), qsizetype(len));
    }
    void finish() override {}
    QByteArray data_;
    bool overflow = false;

private:
    qint64 m_cap;
};

QString nameOf(QPDFObjectHandle h)
{
    return h.isName() ? fromStd(h.getName()).mid(1) : QString();
}

QString textOf(QPDFObjectHandle h)
{
    return h.isString() ? fromStd(h.getUTF8Value()) : QString();
}

// The embedded file stream of a file specification (/EF /UF, else /EF /F).
QPDFObjectHandle efStream(QPDFObjectHandle spec)
{
    if (!spec.isDictionary())
        return QPDFObjectHandle::newNull();
    QPDFObjectHandle ef = spec.getKey("/EF");
    if (!ef.isDictionary())
        return QPDFObjectHandle::newNull();
    QPDFObjectHandle s = ef.getKey("/UF");
    if (!s.isStream())
        s = ef.getKey("/F");
    return s.isStream() ? s : QPDFObjectHandle::newNull();
}

EmbeddedFileInfo infoOf(QPDFObjectHandle spec, bool associated)
{
    EmbeddedFileInfo i;
    i.name = textOf(spec.getKey("/UF"));
    if (i.name.isEmpty())
        i.name = textOf(spec.getKey("/F"));
    i.description = textOf(spec.getKey("/Desc"));
    i.relationship = nameOf(spec.getKey("/AFRelationship"));
    i.associated = associated;
    QPDFObjectHandle s = efStream(spec);
    if (s.isStream()) {
        QPDFObjectHandle dict = s.getDict();
        i.mimeType = nameOf(dict.getKey("/Subtype"));
        QPDFObjectHandle params = dict.getKey("/Params");
        if (params.isDictionary() && params.getKey("/Size").isInteger())
            i.size = params.getKey("/Size").getIntValue();
    }
    return i;
}

// The catalog's /AF entries, capped.
std::vector<QPDFObjectHandle> associatedFiles(QPDF& pdf)
{
    std::vector<QPDFObjectHandle> out;
    QPDFObjectHandle af = pdf.getRoot().getKey("/AF");
    if (!af.isArray())
        return out;
    const int n = af.getArrayNItems();
    if (n > maxEmbeddedFiles)
        throw std::length_error("the catalog lists more than " + std::to_string(maxEmbeddedFiles) +
                                " associated files");
    for (int k = 0; k < n; ++k)
        if (af.getArrayItem(k).isDictionary())
            out.push_back(af.getArrayItem(k));
    return out;
}

} // namespace

Result<QList<EmbeddedFileInfo>> embeddedFiles(const QByteArray& bytes)
{
    if (bytes.size() > maxPdfSize)
        return fail("pdf.embedded.read", QStringLiteral("larger than %1 bytes").arg(maxPdfSize));
    try {
        auto pdf = openPdf(bytes, QStringLiteral("PDF"));
        QList<EmbeddedFileInfo> out;
        std::set<QPDFObjGen> seen;
        for (QPDFObjectHandle spec : associatedFiles(*pdf)) {
            if (spec.isIndirect())
                seen.insert(spec.getObjGen());
            out.append(infoOf(spec, true));
        }
        QPDFObjectHandle names = pdf->getRoot().getKey("/Names");
        QPDFObjectHandle tree = names.isDictionary() ? names.getKey("/EmbeddedFiles") : QPDFObjectHandle();
        if (tree.isDictionary()) {
            QPDFNameTreeObjectHelper helper(tree, *pdf);
            int count = 0;
            for (auto it = helper.begin(); it != helper.end(); ++it) {
                if (++count > maxEmbeddedFiles)
                    return fail("pdf.embedded.size",
                                QStringLiteral("more than %1 embedded files").arg(maxEmbeddedFiles));
                QPDFObjectHandle spec = it->second;
                if (!spec.isDictionary() || (spec.isIndirect() && seen.count(spec.getObjGen())))
                    continue;
                out.append(infoOf(spec, false));
            }
        }
        return out;
    } catch (const std::exception& e) {
        return fail("pdf.embedded.read", QString::fromLocal8Bit(e.what()));
    }
}

Result<QByteArray> embeddedSourceDraft(const QByteArray& bytes)
{
    if (bytes.size() > maxPdfSize)
        return fail("pdf.embedded.read", QStringLiteral("larger than %1 bytes").arg(maxPdfSize));
    QPDFObjectHandle stream;
    std::unique_ptr<QPDF> pdf;
    try {
        pdf = openPdf(bytes, QStringLiteral("PDF"));
        int found = 0;
        for (QPDFObjectHandle spec : associatedFiles(*pdf)) {
            if (!spec.getKey("/AFRelationship").isNameAndEquals("/Source"))
                continue;
            QPDFObjectHandle s = efStream(spec);
            if (!s.isStream() || !s.getDict().getKey("/Subtype").isNameAndEquals("/application/xml"))
                continue;
            ++found;
            stream = s;
        }
        if (found == 0)
            return fail("pdf.embedded.none",
                        QStringLiteral("no embedded source draft (an associated file with "
                                       "/AFRelationship /Source and type application/xml)"));
        if (found > 1)
            return fail("pdf.embedded.ambiguous",
                        QStringLiteral("%1 embedded files claim to be the source draft").arg(found));
    } catch (const std::exception& e) {
        return fail("pdf.embedded.read", QString::fromLocal8Bit(e.what()));
    }

    const QString where =
        QStringLiteral("embedded file stream %1 %2 R").arg(stream.getObjectID()).arg(stream.getGeneration());
    QPDFObjectHandle dict = stream.getDict();
    QPDFObjectHandle params = dict.getKey("/Params");
    qint64 declared = -1;
    QByteArray checksum;
    if (params.isDictionary()) {
        if (params.getKey("/Size").isInteger())
            declared = params.getKey("/Size").getIntValue();
        if (params.getKey("/CheckSum").isString())
            checksum = QByteArray::fromStdString(params.getKey("/CheckSum").getStringValue());
    }
    if (declared > maxEmbeddedFileBytes)
        return fail("pdf.embedded.size", QStringLiteral("%1 declares %2 bytes, more than the cap of %3")
                                             .arg(where)
                                             .arg(declared)
                                             .arg(maxEmbeddedFileBytes));
    CappedBuffer data(maxEmbeddedFileBytes);
    const Error tooLarge =
        fail("pdf.embedded.size",
             QStringLiteral("%1 decodes to more than %2 bytes").arg(where).arg(maxEmbeddedFileBytes));
    try {
        const bool ok = stream.pipeStreamData(&data, 0, qpdf_dl_generalized, false, false);
        if (data.overflow)
            return tooLarge;
        if (!ok)
            return fail("pdf.embedded.stream", QStringLiteral("%1 cannot be decoded").arg(where));
    } catch (const std::exception& e) {
        if (data.overflow)
            return tooLarge;
        return fail("pdf.embedded.stream",
                    QStringLiteral("%1 cannot be decoded: %2").arg(where, QString::fromLocal8Bit(e.what())));
    }
    if (declared >= 0 && declared != data.data_.size())
        return fail("pdf.embedded.size", QStringLiteral("%1 holds %2 bytes, /Params /Size says %3")
                                             .arg(where)
                                             .arg(data.data_.size())
                                             .arg(declared));
    if (!checksum.isEmpty() && checksum != QCryptographicHash::hash(data.data_, QCryptographicHash::Md5))
        return fail("pdf.embedded.checksum",
                    QStringLiteral("%1: the MD5 checksum in /Params differs from the "
                                   "data")
                        .arg(where));
    return data.data_;
}

Result<DocumentState> documentState(const QByteArray& pdf)
{
    if (pdf.size() > maxPdfSize)
        return fail("pdf.embedded.read", QStringLiteral("the PDF is larger than %1 bytes").arg(maxPdfSize));
    DocumentState state;
    try {
        std::unique_ptr<QPDF> doc = openPdf(pdf, QStringLiteral("document"));
        QPDFObjectHandle meta = doc->getRoot().getKey("/Metadata");
        if (!meta.isStream())
            return state;
        CappedBuffer data(1024 * 1024);
        try {
            if (!meta.pipeStreamData(&data, 0, qpdf_dl_generalized, false, false) || data.overflow)
                return state;
        } catch (const std::exception&) {
            return state;
        }
        const QString xmp = QString::fromUtf8(data.data_);
        static const QRegularExpression stateRe(
            QStringLiteral("<mla:DocumentState>\\s*(DRAFT|FINAL)\\s*</mla:DocumentState>"));
        static const QRegularExpression gapsRe(
            QStringLiteral("<mla:OpenGaps>\\s*(\\d{1,6})\\s*</mla:OpenGaps>"));
        static const QRegularExpression untrRe(
            QStringLiteral("<mla:UntranslatedFields>\\s*(\\d{1,6})\\s*</mla:UntranslatedFields>"));
        const QRegularExpressionMatch m = stateRe.match(xmp);
        if (!m.hasMatch())
            return state;
        state.known = true;
        state.draft = m.captured(1) == QLatin1String("DRAFT");
        state.openGaps = gapsRe.match(xmp).captured(1).toInt();
        state.untranslated = untrRe.match(xmp).captured(1).toInt();
        return state;
    } catch (const std::exception& e) {
        return fail("pdf.embedded.read",
                    QStringLiteral("not a readable PDF: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

} // namespace mla::pdf
