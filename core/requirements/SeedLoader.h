#pragma once
// Internal: turns the shipped seed files (data/seed/*.csv, embedded as Qt resources under
// :/mlawriter/seed) into database records, keeping each row's source. Reentrant; never throws.

#include "Record.h"

#include "base/Error.h"

#include <QList>
#include <QString>

namespace mla::requirements {

struct SeedData
{
    QList<Record> records;
    QString hash; // identifies this seed (content of the files and the mapping version)
};

class SeedLoader
{
public:
    // `directory` empty: the embedded seed. Otherwise a directory holding the same CSV files
    // (used by tests to stand for a newer shipped seed).
    static Result<SeedData> load(const QString& directory = {});
    // Only the hash of the seed in `directory` (cheap: no parsing), to decide whether to merge.
    static Result<QString> hash(const QString& directory = {});
    static QString embeddedDirectory(); // ":/mlawriter/seed"
};

} // namespace mla::requirements
