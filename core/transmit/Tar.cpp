#include "Tar.h"

#include "PackageFormat.h"

#include <QSet>

#include <cstring>

namespace mla::transmit {

namespace {

constexpr int block = 512;

Error payloadError(const QString& detail, const QString& label, qint64 offset)
{
    return Error{QStringLiteral("transmit.payload.format"),
                 offset >= 0 ? QStringLiteral("payload offset %1: %2").arg(offset).arg(detail) : detail,
                 label, 0, 0};
}

void putOctal(char* field, int width, qint64 value)
{
    // width-1 octal digits, zero padded, then NUL.
    for (int i = width - 2; i >= 0; --i) {
        field[i] = char('0' + (value & 7));
        value >>= 3;
    }
    field[width - 1] = '\0';
}

bool parseOctal(const char* field, int width, qint64* out)
{
    qint64 value = 0;
    int i = 0;
    while (i < width && field[i] == ' ')
        ++i;
    int digits = 0;
    for (; i < width && field[i] >= '0' && field[i] <= '7'; ++i, ++digits) {
        if (value > (qint64(1) << 40))
            return false;
        value = value * 8 + (field[i] - '0');
    }
    if (digits == 0)
        return false;
    for (; i < width; ++i)
        if (field[i] != ' ' && field[i] != '\0')
            return false;
    *out = value;
    return true;
}

unsigned checksum(const char* header)
{
    unsigned sum = 0;
    for (int i = 0; i < block; ++i)
        sum += (i >= 148 && i < 156) ? unsigned(' ') : unsigned(static_cast<unsigned char>(header[i]));
    return sum;
}

bool allZero(const char* p, qint64 n)
{
    for (qint64 i = 0; i < n; ++i)
        if (p[i] != 0)
            return false;
    return true;
}

QString typeName(char type)
{
    switch (type) {
    case '1':
        return QStringLiteral("a hard link");
    case '2':
        return QStringLiteral("a symbolic link");
    case '3':
    case '4':
        return QStringLiteral("a device");
    case '5':
        return QStringLiteral("a directory");
    case '6':
        return QStringLiteral("a FIFO");
    case 'x':
    case 'g':
        return QStringLiteral("a pax extended header");
    case 'L':
    case 'K':
        return QStringLiteral("a GNU long name");
    default:
        return QStringLiteral("an entry of unknown type 0x%1")
            .arg(unsigned(static_cast<unsigned char>(type)), 2, 16, QLatin1Char('0'));
    }
}

} // namespace

QString unsafeNameReason(const QString& name)
{
    if (name.isEmpty())
        return QStringLiteral("the name is empty");
    const QByteArray utf8 = name.toUtf8();
    if (utf8.size() > maxNameBytes)
        return QStringLiteral("the name is longer than %1 bytes").arg(maxNameBytes);
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\')
            return QStringLiteral("the name contains a path separator (a path, not a file name)");
        if (c.unicode() == 0)
            return QStringLiteral("the name contains a NUL character");
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            return QStringLiteral("the name contains a control character");
        if (c == u':')
            return QStringLiteral("the name contains ':' (a drive or stream on Windows)");
    }
    if (name.startsWith(u'.'))
        return name == QLatin1String("..") ? QStringLiteral("the name is '..' (it would leave the folder)")
                                           : QStringLiteral("the name starts with '.'");
    if (name.endsWith(u' ') || name.endsWith(u'.'))
        return QStringLiteral("the name ends with a space or a dot");
    const QString stem = name.section(u'.', 0, 0).toUpper();
    static const QSet<QString> devices{QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                       QStringLiteral("NUL")};
    if (devices.contains(stem) ||
        ((stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))) &&
         stem.size() == 4 && stem.at(3).isDigit()))
        return QStringLiteral("the name is a Windows device name");
    if (QString::fromUtf8(utf8) != name)
        return QStringLiteral("the name is not valid Unicode");
    return {};
}

QByteArray writeTar(const QList<TarEntry>& entries, const QDateTime& mtime)
{
    QByteArray out;
    for (const TarEntry& e : entries) {
        char h[block];
        std::memset(h, 0, sizeof h);
        const QByteArray name = e.name.toUtf8();
        std::memcpy(h, name.constData(), size_t(qMin<qsizetype>(name.size(), 100)));
        std::memcpy(h + 100, "0000644", 8);
        std::memcpy(h + 108, "0000000", 8);
        std::memcpy(h + 116, "0000000", 8);
        putOctal(h + 124, 12, e.data.size());
        putOctal(h + 136, 12, mtime.isValid() ? qMax<qint64>(0, mtime.toSecsSinceEpoch()) : 0);
        h[156] = '0';
        std::memcpy(h + 257, "ustar", 6); // with its NUL
        std::memcpy(h + 263, "00", 2);
        const unsigned sum = checksum(h);
        putOctal(h + 148, 7, sum); // six digits and NUL
        h[155] = ' ';
        out.append(h, block);
        out.append(e.data);
        out.append(QByteArray((block - e.data.size() % block) % block, '\0'));
    }
    out.append(QByteArray(2 * block, '\0'));
    return out;
}

Result<QList<TarEntry>> readTar(const QByteArray& bytes, const QString& label, const TarLimits& limits)
{
    QList<TarEntry> entries;
    qint64 total = 0;
    qint64 pos = 0;
    const qint64 size = bytes.size();
    const char* base = bytes.constData();
    while (true) {
        if (size - pos < block)
            return payloadError(QStringLiteral("the archive ends without its end marker (truncated)"), label,
                                pos);
        const char* h = base + pos;
        if (allZero(h, block)) {
            if (!allZero(h, size - pos))
                return payloadError(QStringLiteral("data after the end of the archive"), label, pos);
            if (size - pos < 2 * block)
                return payloadError(QStringLiteral("incomplete end marker (truncated)"), label, pos);
            break;
        }
        if (std::memcmp(h + 257, "ustar", 6) != 0 || std::memcmp(h + 263, "00", 2) != 0)
            return payloadError(QStringLiteral("not a POSIX ustar header"), label, pos);
        qint64 stored = 0;
        if (!parseOctal(h + 148, 8, &stored) || unsigned(stored) != checksum(h))
            return payloadError(QStringLiteral("header checksum mismatch"), label, pos);
        if (h[156] != '0' && h[156] != '\0')
            return payloadError(
                QStringLiteral("%1 is not allowed (regular files only)").arg(typeName(h[156])), label, pos);
        if (!allZero(h + 345, 155))
            return payloadError(QStringLiteral("a name prefix is not allowed (flat names only)"), label, pos);
        const char* nul = static_cast<const char*>(std::memchr(h, 0, 100));
        const QByteArray rawName(h, nul ? int(nul - h) : 100);
        const QString name = QString::fromUtf8(rawName);
        if (name.toUtf8() != rawName)
            return payloadError(QStringLiteral("an entry name is not valid UTF-8"), label, pos);
        if (const QString why = unsafeNameReason(name); !why.isEmpty())
            return payloadError(QStringLiteral("entry '%1': %2").arg(name, why), label, pos);
        qint64 length = 0;
        if (!parseOctal(h + 124, 12, &length))
            return payloadError(QStringLiteral("entry '%1': unreadable size").arg(name), label, pos);
        if (length > limits.maxEntryBytes)
            return payloadError(QStringLiteral("entry '%1' declares %2 bytes, over the cap of %3")
                                    .arg(name)
                                    .arg(length)
                                    .arg(limits.maxEntryBytes),
                                label, pos);
        if (length > size - pos - block)
            return payloadError(
                QStringLiteral("entry '%1' declares %2 bytes but the archive ends first (truncated)")
                    .arg(name)
                    .arg(length),
                label, pos);
        total += length;
        if (total > limits.maxTotalBytes)
            return payloadError(
                QStringLiteral("the entries pass the cap of %1 bytes in all").arg(limits.maxTotalBytes),
                label, pos);
        if (entries.size() >= limits.maxEntries)
            return payloadError(QStringLiteral("more than %1 entries").arg(limits.maxEntries), label, pos);
        entries.append(TarEntry{name, QByteArray(h + block, int(length))});
        pos += block + ((length + block - 1) / block) * block;
        if (pos > size)
            return payloadError(QStringLiteral("entry '%1' is truncated").arg(name), label, pos);
    }
    // Duplicates (case-insensitively: a case-insensitive file system would merge them).
    QSet<QString> names;
    for (const TarEntry& e : entries)
        if (names.contains(e.name.toCaseFolded()))
            return payloadError(QStringLiteral("entry '%1' appears twice").arg(e.name), label, -1);
        else
            names.insert(e.name.toCaseFolded());
    return entries;
}

} // namespace mla::transmit
