#pragma once
// Internal: a strict RFC 4180 CSV reader for the shipped seed files (UTF-8, comma, double-quote
// escaping, LF or CRLF). Reentrant; never throws.

#include "base/Error.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mla::requirements {

class CsvReader
{
public:
    // Rows of `bytes` as maps header -> value. Fails with the line of the first malformed row
    // (unterminated quote, wrong number of fields).
    static Result<QList<QMap<QString, QString>>> read(const QByteArray& bytes, const QString& fileName);
};

} // namespace mla::requirements
