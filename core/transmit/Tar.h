#pragma once
// The package payload: a POSIX ustar archive of regular files with flat names, so that
// `openssl cms -decrypt ... | tar -t` lists it. The reader is strict and hostile-input safe:
// only regular files, checksums checked, names checked by safeFileName(), no prefix, pax, GNU,
// link, device or directory entries, duplicates refused, sizes and counts capped before any
// allocation. Failure: Error code "transmit.payload.*" with the entry and its offset. Reentrant.

#include "base/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mla::transmit {

struct TarEntry
{
    QString name;
    QByteArray data;
};

// Empty when `name` is a safe flat file name, else why not: empty, over maxNameBytes UTF-8
// bytes, "/", "\\", NUL or control characters, ":", leading "." (hence "." and ".."), trailing
// space or dot, Windows device names (CON, NUL, COM1...).
QString unsafeNameReason(const QString& name);

// Writes the entries in order (names must be safe; mode 0644, owner 0, `mtime`).
QByteArray writeTar(const QList<TarEntry>& entries, const QDateTime& mtime);

struct TarLimits
{
    int maxEntries = 0;
    qint64 maxEntryBytes = 0;
    qint64 maxTotalBytes = 0;
};
Result<QList<TarEntry>> readTar(const QByteArray& bytes, const QString& label, const TarLimits& limits);

} // namespace mla::transmit
