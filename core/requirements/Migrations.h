#pragma once
// Internal: the schema of the requirements database, versioned through SQLite's user_version.
// Migration n takes a database from version n-1 to n; each runs in its own transaction. A
// database newer than this build is refused rather than touched. Not thread-safe: one
// connection, one thread.

#include "base/Error.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace mla::requirements {

class Migrations
{
public:
    static int latestVersion();
    // Statements of migration `version` (1-based), as applied.
    static QStringList statements(int version);
    // Brings `db` to latestVersion(). `path` is used in error messages.
    static Status migrate(QSqlDatabase& db, const QString& path);
};

} // namespace mla::requirements
