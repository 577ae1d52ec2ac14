#pragma once
// Where a record of the requirements database comes from: every record carries one.
// Plain value type.

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mla::requirements {

struct Provenance
{
    QString source;     // citation: URL, document, notification, with its date as found
    QDate verified;     // when the record was last checked against its source; invalid = never
    QString verifiedBy; // who checked it (an office or role; "shipped seed" for unverified seed data)
    QDateTime updated;  // UTC time the record last changed in a database
    QString origin;     // "seed" (shipped), "local" (edited here) or "import" (from a package)

    bool known() const { return !source.isEmpty(); }
    bool operator==(const Provenance&) const = default;
};

} // namespace mla::requirements
