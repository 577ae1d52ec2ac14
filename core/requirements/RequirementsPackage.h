#pragma once
// The XML requirements package (namespace RequirementsPackage::ns, schema
// templates/schema/requirements-1.xsd, embedded): writing, and hostile-input-safe reading through
// core/draft/SafeXml (no DTD, no entities, size and depth caps, schema validation). Reentrant;
// never throws.

#include "Record.h"

#include "base/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mla::requirements {

class RequirementsPackage
{
public:
    static constexpr const char* ns = "urn:x-mlawriter:requirements";
    static constexpr int version = 1;
    static constexpr qint64 maxBytes = 16 * 1024 * 1024;

    struct Item
    {
        Record record;
        int line = 0;
    };

    // Canonical bytes (UTF-8, two-space indent, records in the given order).
    static QByteArray serialize(const QList<Record>& records);
    // Parses and validates against the schema; fails as a whole with file, line and column.
    // Record contents are not checked here (see kinds::validate).
    static Result<QList<Item>> parse(const QByteArray& bytes, const QString& fileName);
    static QByteArray schema();
};

} // namespace mla::requirements
