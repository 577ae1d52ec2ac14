#pragma once
// A small, strict argument parser shared by the commands: unknown options are errors.

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mla::cli {

struct Args
{
    QStringList positional;
    QMap<QString, QString> values; // "--lang" -> "fr"
    QSet<QString> flags;           // "--json"
    QString error;                 // non-empty when the arguments are wrong

    bool has(const QString& flag) const { return flags.contains(flag); }
    QString value(const QString& option, const QString& fallback = {}) const
    {
        return values.value(option, fallback);
    }
};

// valueOptions take one argument ("--lang fr" or "--lang=fr"); flagOptions take none.
// `positionalMin`/`positionalMax` bound the count of positional arguments.
Args parseArgs(const QStringList& args, const QStringList& valueOptions, const QStringList& flagOptions,
               int positionalMin, int positionalMax);

} // namespace mla::cli
