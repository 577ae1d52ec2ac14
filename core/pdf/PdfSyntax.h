#pragma once
// Internal to core/pdf: small writers of PDF syntax for the incremental update we append.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace mla::pdf::syntax {

QByteArray textString(const QString& text); // <FEFF…> UTF-16BE hex string
QByteArray date(const QDateTime& when);     // (D:YYYYMMDDHHmmSS+00'00')
QByteArray real(double value);              // locale-free, at most 3 decimals
QByteArray ref(int objectNumber, int generation = 0);

} // namespace mla::pdf::syntax
