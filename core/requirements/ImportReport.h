#pragma once
// What an import of a requirements package would do or did, record by record: the preview that
// Database::previewImport() computes without writing, and that Database::commitImport() then
// applies exactly. Plain value type.

#include "Record.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mla::requirements {

struct ImportReport
{
    enum class Outcome
    {
        Added,
        Updated,
        Kept,     // the local record is newer (or identical): left as it was
        Rejected, // the record is invalid; reason says why
    };
    struct Entry
    {
        QString kind;
        QString key; // e.g. "ESP" or "ESP/bank-records"
        Outcome outcome = Outcome::Rejected;
        QString reason;
        int line = 0; // line of the record in the package
        // Updated: one line per changed value, "field: old → new" (provenance included).
        QStringList changes;
        // Added / Updated: the record as it will be written, and the local one it replaces.
        Record incoming;
        std::optional<Record> local;
    };
    QList<Entry> entries;
    QString fileName;
    bool committed = false; // false: a preview (dry run), nothing was written
    bool signedPackage = false;
    QString signer;     // subject and SHA-256 fingerprint of the signer, when signed
    QDateTime signedAt; // the signature's signing time (UTC), when signed

    int count(Outcome o) const
    {
        int n = 0;
        for (const auto& e : entries)
            n += e.outcome == o ? 1 : 0;
        return n;
    }
    static QString outcomeId(Outcome o); // "added" | "updated" | "kept" | "rejected"
};

} // namespace mla::requirements
