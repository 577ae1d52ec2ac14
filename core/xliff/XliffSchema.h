#pragma once
// The OASIS XLIFF 2.0 core schema and the W3C xml.xsd it imports, embedded from
// templates/schema/xliff/, and validation against them that never touches the network or the
// file system (the import of xml.xsd is answered from the embedded copy). Reentrant; the
// compiled schema is cached (see SafeXml.h validate()).

#include "base/Error.h"

#include <QByteArray>
#include <QString>

struct _xmlDoc;

namespace mla::xliff {

class XliffSchema
{
public:
    static constexpr const char* ns = "urn:oasis:names:tc:xliff:document:2.0";

    static QByteArray coreSchema(); // xliff_core_2.0.xsd, as shipped
    static QByteArray xmlSchema();  // xml.xsd, as shipped

    // Parses `bytes` as hostile input (SafeXml.h parse()) and validates it against the core
    // schema. Errors carry `fileName` and the line.
    static Status validate(const QByteArray& bytes, const QString& fileName);
    // Validates an already parsed document (core-internal use).
    static Status validate(_xmlDoc* doc, const QString& fileName);
};

} // namespace mla::xliff
