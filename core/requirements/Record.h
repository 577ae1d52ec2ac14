#pragma once
// The generic form of one database record, as the XML package carries it and as local edits are
// stored: a kind ("central-authority", "languages", ...), its fields by column name (key fields
// included, e.g. "iso3") and its provenance. Plain value type. The kinds and their fields are
// documented in core/requirements/README.md.

#include "Provenance.h"

#include <QMap>
#include <QString>

namespace mla::requirements {

struct Record
{
    QString kind;
    QMap<QString, QString> fields;
    Provenance provenance;

    bool operator==(const Record&) const = default;
};

} // namespace mla::requirements
