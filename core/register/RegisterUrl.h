#pragma once
// Where the register lives: a PostgreSQL URL ("postgresql://[user@][host][:port]/db[?host=/dir&
// service=name&sslmode=…]"), or a path to an SQLite file. Chosen by --register, then
// MLAWRITER_REGISTER, then "$MLAWRITER_DATA_DIR/register.sqlite" (the user's data folder).
// A password in the URL is accepted but never printed (display()); prefer ~/.pgpass or a
// libpq service file, which libpq reads by itself.

#include "base/Error.h"

#include <QString>

namespace mla::reg {

struct RegisterUrl
{
    QString engine; // "sqlite" | "postgresql"
    QString path;   // sqlite: the file
    QString host;   // postgresql: host name or socket directory (empty: libpq's default)
    int port = 0;   // 0: default
    QString database;
    QString user;
    QString password;
    QString options; // libpq connect options for QPSQL ("service=x;sslmode=require")

    // The URL as the user may see it (password masked).
    QString display() const;

    static Result<RegisterUrl> parse(const QString& text);
    // --register value if non-empty, else MLAWRITER_REGISTER, else the default SQLite file.
    static QString choose(const QString& cliValue);
    static QString defaultPath();
};

} // namespace mla::reg
