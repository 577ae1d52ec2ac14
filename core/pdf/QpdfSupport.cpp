#include "QpdfSupport.h"

#include <set>

namespace mla::pdf {

std::unique_ptr<QPDF> openPdf(const QByteArray& bytes, const QString& label)
{
    auto pdf = std::make_unique<QPDF>();
    pdf->setSuppressWarnings(true);
    const QByteArray name = label.toUtf8();
    pdf->processMemoryFile(name.constData(), bytes.constData(), size_t(bytes.size()));
    return pdf;
}

qint64 lastStartXref(const QByteArray& bytes)
{
    // Only the file's tail is looked at (ISO 32000-1 §7.5.5: startxref is in the last lines).
    const qsizetype tailStart = qMax<qsizetype>(0, bytes.size() - 2048);
    const qsizetype at = bytes.lastIndexOf("startxref");
    if (at < tailStart)
        return -1;
    qsizetype i = at + 9;
    while (i < bytes.size() && (bytes.at(i) == ' ' || bytes.at(i) == '\r' || bytes.at(i) == '\n'))
        ++i;
    qint64 value = 0;
    int digits = 0;
    for (; i < bytes.size() && bytes.at(i) >= '0' && bytes.at(i) <= '9' && digits < 12; ++i, ++digits)
        value = value * 10 + (bytes.at(i) - '0');
    return digits > 0 ? value : -1;
}

QByteArray unparseDictWith(QPDFObjectHandle dict, const std::map<std::string, QByteArray>& replace)
{
    QByteArray out = "<<";
    for (const std::string& key : dict.getKeys()) {
        if (replace.count(key))
            continue;
        out += ' ' + QByteArray::fromStdString(QPDFObjectHandle::newName(key).unparse()) + ' ' +
               QByteArray::fromStdString(dict.getKey(key).unparse());
    }
    for (const auto& [key, value] : replace)
        if (!value.isEmpty())
            out += ' ' + QByteArray::fromStdString(QPDFObjectHandle::newName(key).unparse()) + ' ' + value;
    return out + " >>";
}

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace mla::pdf
