#pragma once
// The .mlar draft file: XML in namespace DraftFile::ns, format version DraftFile::version,
// schema templates/schema/mlar-1.xsd (embedded). Reading treats the file as hostile: no DTD,
// no entities beyond the five predefined, no XInclude, no network, size and depth caps, and
// validation against the schema. Writing is canonical (stable order, UTF-8, LF, two-space
// indent) and atomic (QSaveFile), keeping the previous version as "<file>.bak".
// All functions are reentrant; none throws.

#include "base/Error.h"
#include "model/Request.h"

#include <QByteArray>
#include <QString>

namespace mla::draft {

struct DraftFile
{
    static constexpr const char* ns = "urn:x-mlawriter:draft";
    static constexpr int version = 1; // the newest format version this build reads and writes
    static constexpr qint64 maxBytes = 16 * 1024 * 1024;
    static constexpr int maxDepth = 64;

    // Reads and validates a draft. Errors carry the file name, line and column.
    static Result<Request> read(const QString& path);
    // Same, from bytes; `fileName` is only used in error messages.
    static Result<Request> parse(const QByteArray& bytes, const QString& fileName);
    // The canonical bytes of `request`.
    static QByteArray serialize(const Request& request);
    // Writes canonically and atomically; the previous file, if any, is kept as "<path>.bak".
    static Status write(const Request& request, const QString& path);
    // The schema, as shipped (for documentation and external validators).
    static QByteArray schema();
};

} // namespace mla::draft
