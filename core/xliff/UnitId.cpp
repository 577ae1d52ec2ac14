#include "UnitId.h"

#include <QByteArray>

namespace mla::xliff {
namespace {

bool isPlain(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1; // lower case is refused: one spelling per id
}

} // namespace

QString UnitId::fromFieldPath(const QString& fieldPath)
{
    static const char digits[] = "0123456789ABCDEF";
    const QByteArray utf8 = fieldPath.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 16);
    for (const char c : utf8) {
        if (isPlain(c)) {
            out.append(c);
        } else {
            const auto b = static_cast<unsigned char>(c);
            out.append('_');
            out.append(digits[b >> 4]);
            out.append(digits[b & 0xF]);
        }
    }
    return QString::fromLatin1(out);
}

std::optional<QString> UnitId::toFieldPath(const QString& unitId)
{
    if (unitId.isEmpty())
        return std::nullopt;
    QByteArray bytes;
    bytes.reserve(unitId.size());
    for (qsizetype i = 0; i < unitId.size(); ++i) {
        const QChar ch = unitId.at(i);
        if (ch.unicode() > 0x7F)
            return std::nullopt;
        const char c = char(ch.unicode());
        if (isPlain(c)) {
            bytes.append(c);
            continue;
        }
        if (c != '_' || i + 2 >= unitId.size())
            return std::nullopt;
        const int hi = hexValue(char(unitId.at(i + 1).unicode() & 0x7F));
        const int lo = hexValue(char(unitId.at(i + 2).unicode() & 0x7F));
        if (hi < 0 || lo < 0 || unitId.at(i + 1).unicode() > 0x7F || unitId.at(i + 2).unicode() > 0x7F)
            return std::nullopt;
        const char decoded = char((hi << 4) | lo);
        if (isPlain(decoded)) // "_41" for "A" would make two ids for one path
            return std::nullopt;
        bytes.append(decoded);
        i += 2;
    }
    const QString path = QString::fromUtf8(bytes);
    if (path.toUtf8() != bytes) // not valid UTF-8
        return std::nullopt;
    return path;
}

} // namespace mla::xliff
