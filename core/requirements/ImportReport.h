#pragma once
// What an import of a requirements package did, record by record. Plain value type.

#include <QList>
#include <QString>

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
    };
    QList<Entry> entries;

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
