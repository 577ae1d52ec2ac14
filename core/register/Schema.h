#pragma once
// Internal: the register's SQL schema, one set of numbered migrations for SQLite and
// PostgreSQL (documented in README.md). The version lives in register_meta; a database newer
// than this build, or one that is not a register, is refused before anything is written.
// Each migration runs in one transaction (PostgreSQL holds an advisory lock meanwhile, so two
// first users cannot both create the schema).

#include "base/Error.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace mla::reg {

class Schema
{
public:
    static int latestVersion();
    // Statements of migration `version` for `engine` ("sqlite" | "postgresql").
    static QStringList statements(int version, const QString& engine);
    // Checks that `db` is empty or a register of a version this build knows; then migrates it.
    // `name` is used in messages.
    static Status prepare(QSqlDatabase& db, const QString& engine, const QString& name);
};

} // namespace mla::reg
