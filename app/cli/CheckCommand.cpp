// check DRAFT [--json] [--max-age YEARS]: runs the checks on a draft against the requirements
// database; facts older than YEARS (default 5, or $MLAWRITER_MAX_FACT_AGE_YEARS) or undated are
// marked as possibly outdated.
// Exit 0: no blocking finding; 1: blocking findings; 2: unreadable draft or usage error.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"

#include "checks/Checker.h"
#include "draft/DraftFile.h"
#include "requirements/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace mla::cli {

int checkCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args args = parseArgs(argList, {QStringLiteral("--max-age")}, {QStringLiteral("--json")}, 1, 1);
    bool ageOk = true;
    const int maxAge = args.values.contains(QStringLiteral("--max-age"))
                           ? args.value(QStringLiteral("--max-age")).toInt(&ageOk)
                           : requirements::maxFactAgeYears();
    if (!args.error.isEmpty() || !ageOk || maxAge < 1 || maxAge > 100) {
        err << "mlawriter check: "
            << (args.error.isEmpty() ? QStringLiteral("--max-age must be a number of years from 1 to 100")
                                     : args.error)
            << "\nusage: mlawriter check DRAFT [--json] [--max-age YEARS]\n";
        return BadInput;
    }
    const requirements::FactAgeScope age(args.values.contains(QStringLiteral("--max-age")) ? maxAge : 0);
    const QString file = args.positional.first();
    auto request = draft::DraftFile::read(file);
    if (!request) {
        err << request.error().toString() << "\n";
        return BadInput;
    }
    auto db = requirements::Database::openDefault();
    if (!db)
        err << "mlawriter check: requirements database unavailable (" << db.error().toString()
            << "); checks that depend on the requested State report unknown\n";
    const QList<checks::Finding> findings =
        checks::runChecks(request.value(), db ? db.value().get() : nullptr);
    int counts[3] = {0, 0, 0};
    for (const auto& f : findings)
        ++counts[int(f.severity)];
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const auto& f : findings)
            list.append(checks::toJson(f));
        QJsonObject o;
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("blocking"), counts[int(checks::Severity::Blocking)]);
        o.insert(QStringLiteral("warnings"), counts[int(checks::Severity::Warning)]);
        o.insert(QStringLiteral("info"), counts[int(checks::Severity::Info)]);
        o.insert(QStringLiteral("findings"), list);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        for (const auto& f : findings) {
            out << file << ": " << checks::severityId(f.severity) << " ["
                << (f.article.isEmpty() ? QStringLiteral("-") : f.article) << "] "
                << (f.path.isEmpty() ? QStringLiteral("-") : f.path) << ": " << checks::messageText(f)
                << "\n";
            // How to resolve an "unknown": the record that would settle it, and whom to ask.
            if (!f.settle.isEmpty())
                out << "    to settle: record the " << f.settle << " (mlawriter state "
                    << request.value().requestedState << "; edit it, or import a signed package)\n";
            if (!f.askAuthority.isEmpty())
                out << "    ask: " << f.askAuthority << "\n";
            if (f.severity != checks::Severity::Blocking && !f.source.isEmpty() &&
                f.source.startsWith(QLatin1String("UNTOC art")) == false)
                out << "    source: " << f.source << "\n";
        }
        out << file << ": " << counts[0] << " blocking, " << counts[1] << " warning(s), " << counts[2]
            << " info\n";
    }
    return checks::hasBlocking(findings) ? Invalid : Ok;
}

} // namespace mla::cli
