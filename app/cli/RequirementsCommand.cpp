// requirements export FILE [--state ISO3,...] | requirements import FILE [--json]
// Exchanges requirements packages (templates/schema/requirements-1.xsd) with the database.
// Exit 0: done; 1: import with rejected records; 2: unreadable package, database or usage error.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"

#include "requirements/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace mla::cli {
namespace {

const char* const usage = "usage: mlawriter requirements export FILE [--state ISO3[,ISO3...]]\n"
                          "       mlawriter requirements import FILE [--json]\n";

} // namespace

int requirementsCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args args = parseArgs(argList, {QStringLiteral("--state")}, {QStringLiteral("--json")}, 2, 2);
    const QString action = args.positional.value(0);
    if (!args.error.isEmpty() || (action != QLatin1String("export") && action != QLatin1String("import"))) {
        err << "mlawriter requirements: "
            << (args.error.isEmpty() ? QStringLiteral("unknown action") : args.error) << "\n"
            << usage;
        return BadInput;
    }
    const QString file = args.positional.value(1);
    auto db = requirements::Database::openDefault();
    if (!db) {
        err << db.error().toString() << "\n";
        return BadInput;
    }
    if (action == QLatin1String("export")) {
        const QStringList states = args.value(QStringLiteral("--state")).split(u',', Qt::SkipEmptyParts);
        if (Status s = db.value()->exportPackageFile(file, states); !s) {
            err << s.error().toString() << "\n";
            return BadInput;
        }
        out << file << ": exported " << db.value()->records({}, states).size() << " records\n";
        return Ok;
    }
    auto report = db.value()->importPackageFile(file);
    if (!report) {
        err << report.error().toString() << "\n";
        err << file << ": nothing was imported\n";
        return BadInput;
    }
    using O = requirements::ImportReport::Outcome;
    const auto& r = report.value();
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const auto& e : r.entries) {
            QJsonObject o;
            o.insert(QStringLiteral("line"), e.line);
            o.insert(QStringLiteral("kind"), e.kind);
            o.insert(QStringLiteral("key"), e.key);
            o.insert(QStringLiteral("outcome"), requirements::ImportReport::outcomeId(e.outcome));
            o.insert(QStringLiteral("reason"), e.reason);
            list.append(o);
        }
        QJsonObject o;
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("records"), list);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        for (const auto& e : r.entries) {
            out << file << ":" << e.line << ": " << requirements::ImportReport::outcomeId(e.outcome) << " "
                << e.kind << " " << e.key;
            if (!e.reason.isEmpty())
                out << ": " << e.reason;
            out << "\n";
        }
        out << file << ": " << r.count(O::Added) << " added, " << r.count(O::Updated) << " updated, "
            << r.count(O::Kept) << " kept, " << r.count(O::Rejected) << " rejected\n";
    }
    return r.count(O::Rejected) > 0 ? Invalid : Ok;
}

} // namespace mla::cli
