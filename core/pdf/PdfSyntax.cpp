#include "PdfSyntax.h"

namespace mla::pdf::syntax {

QByteArray textString(const QString& text)
{
    QByteArray utf16("\xfe\xff", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray date(const QDateTime& when)
{
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "+00'00')";
}

QByteArray real(double value)
{
    QByteArray s = QByteArray::number(value, 'f', 3);
    while (s.contains('.') && (s.endsWith('0') || s.endsWith('.')))
        s.chop(1);
    return s == "-0" ? QByteArray("0") : s;
}

QByteArray ref(int objectNumber, int generation)
{
    return QByteArray::number(objectNumber) + ' ' + QByteArray::number(generation) + " R";
}

} // namespace mla::pdf::syntax
