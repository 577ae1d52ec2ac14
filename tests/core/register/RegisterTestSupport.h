#pragma once
// The engines every register test runs on: a fresh SQLite file, and a fresh database on the
// PostgreSQL server named by MLAWRITER_TEST_PG (scripts/test starts one with scripts/pg-cluster).
// Without that variable the PostgreSQL runs fail under CI=true and are skipped, visibly, elsewhere.

#include <QString>
#include <QStringList>

#include <functional>

namespace mla::test {

struct Engine
{
    QString name; // "sqlite" | "postgresql"
    QString url;
};

// Fresh registers, one per engine available (see above). Each call gives new, empty ones.
QList<Engine> freshEngines();
// A fresh, empty PostgreSQL database URL (empty when MLAWRITER_TEST_PG is unset).
QString freshPostgres();
// The base URL from MLAWRITER_TEST_PG with another user/password/database.
QString postgresUrl(const QString& user, const QString& password, const QString& database);

} // namespace mla::test

// REQUIRE on a Result or Status, printing its error when it failed.
#define MLA_REQUIRE_OK(expr)                                                                                 \
    do {                                                                                                     \
        const auto& mlaResult = (expr);                                                                      \
        INFO((mlaResult ? std::string() : mlaResult.error().toString().toStdString()));                      \
        REQUIRE(mlaResult);                                                                                  \
    } while (false)
