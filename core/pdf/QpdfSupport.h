#pragma once
// Internal to core/pdf: opening a PDF held in memory with qpdf (warnings kept, never printed) and
// helpers around it. qpdf throws on broken input; every caller catches std::exception.

#include <QByteArray>
#include <QString>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <memory>

namespace mla::pdf {

constexpr qint64 maxPdfSize = qint64(1) << 30; // 1 GiB: larger files are refused

// Parses `bytes` (which must outlive the QPDF object). Throws on failure.
std::unique_ptr<QPDF> openPdf(const QByteArray& bytes, const QString& label);

// The value of the last "startxref" in the tail of the file; -1 when there is none.
qint64 lastStartXref(const QByteArray& bytes);

// "<< /Key value … >>" from a dictionary with some keys replaced or added (raw PDF syntax) and
// some removed.
QByteArray unparseDictWith(QPDFObjectHandle dict, const std::map<std::string, QByteArray>& replace);

QString fromStd(const std::string& s);

} // namespace mla::pdf
