// xliff export|import|status: a request's free text to and from translators (XLIFF 2.0).
//   xliff export DRAFT --target L [--source L] --out F.xlf
//   xliff import DRAFT F.xlf [--dry-run] [--overwrite-newer] [--json]
//   xliff status DRAFT --target L [--json]
#include "Args.h"
#include "Cli.h"
#include "Commands.h"
#include "draft/DraftFile.h"
#include "xliff/TranslationProgress.h"
#include "xliff/XliffExport.h"
#include "xliff/XliffImport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace mla::cli {
namespace {

const char* const usage =
    "Usage: mlawriter xliff export DRAFT --target L [--source L] --out FILE.xlf\n"
    "       mlawriter xliff import DRAFT FILE.xlf [--dry-run] [--overwrite-newer] [--json]\n"
    "       mlawriter xliff status DRAFT --target L [--json]\n"
    "L is one of ar, zh, en, fr, ru, es.\n";

int usageError(QTextStream& err, const QString& message)
{
    err << "mlawriter xliff: " << message << '\n' << usage;
    return BadInput;
}

int exportCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(
        args, {QStringLiteral("--target"), QStringLiteral("--source"), QStringLiteral("--out")}, {}, 1, 1);
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    if (a.value(QStringLiteral("--target")).isEmpty() || a.value(QStringLiteral("--out")).isEmpty())
        return usageError(err, QStringLiteral("export needs --target and --out"));
    const QString draftPath = a.positional.first();
    const auto draft = draft::DraftFile::read(draftPath);
    if (!draft) {
        err << draft.error().toString() << '\n';
        return BadInput;
    }
    xliff::ExportOptions options;
    options.targetLanguage = a.value(QStringLiteral("--target"));
    options.sourceLanguage = a.value(QStringLiteral("--source"));
    options.original = QFileInfo(draftPath).fileName();
    const QString outPath = a.value(QStringLiteral("--out"));
    const auto r = xliff::XliffExport::toFile(draft.value(), options, outPath);
    if (!r) {
        Error e = r.error();
        if (e.file.isEmpty())
            e.file = draftPath;
        err << e.toString() << '\n';
        return BadInput;
    }
    out << outPath << ": " << r.value().exportedFields.size() << " field(s) from " << r.value().sourceLanguage
        << " to " << options.targetLanguage << '\n';
    for (const auto& s : r.value().skipped)
        if (s.reason != QLatin1String("empty"))
            out << "  skipped " << s.fieldPath << ": " << s.reason << '\n';
    return Ok;
}

int importCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(
        args, {},
        {QStringLiteral("--dry-run"), QStringLiteral("--overwrite-newer"), QStringLiteral("--json")}, 2, 2);
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    xliff::ImportOptions options;
    options.dryRun = a.has(QStringLiteral("--dry-run"));
    options.overwriteNewer = a.has(QStringLiteral("--overwrite-newer"));
    const QString xlfPath = a.positional.at(1);
    const auto r = xliff::XliffImport::intoDraft(a.positional.at(0), xlfPath, options);
    if (!r) {
        err << r.error().toString() << '\n';
        return BadInput;
    }
    const xliff::ImportReport& rep = r.value();
    if (a.has(QStringLiteral("--json"))) {
        QJsonArray units;
        for (const auto& u : rep.units)
            units.append(QJsonObject{{QStringLiteral("unit"), u.unitId},
                                     {QStringLiteral("field"), u.fieldPath},
                                     {QStringLiteral("outcome"), xliff::unitOutcomeId(u.outcome)},
                                     {QStringLiteral("detail"), u.detail},
                                     {QStringLiteral("line"), u.line}});
        const QJsonObject o{{QStringLiteral("file"), xlfPath},
                            {QStringLiteral("sourceLanguage"), rep.sourceLanguage},
                            {QStringLiteral("targetLanguage"), rep.targetLanguage},
                            {QStringLiteral("dryRun"), options.dryRun},
                            {QStringLiteral("units"), units}};
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        for (const auto& u : rep.units) {
            // Only refusals are listed (the summary counts the rest), as "file:line: ..." so
            // editors can jump to them.
            if (u.outcome == xliff::UnitOutcome::Applied || u.outcome == xliff::UnitOutcome::Unchanged ||
                u.outcome == xliff::UnitOutcome::Untranslated)
                continue;
            err << xlfPath << ':' << u.line << ": " << xliff::unitOutcomeId(u.outcome) << ": "
                << (u.fieldPath.isEmpty() ? u.unitId : u.fieldPath) << ": " << u.detail << '\n';
        }
        out << xlfPath << ": " << rep.targetLanguage << ": " << rep.count(xliff::UnitOutcome::Applied)
            << (options.dryRun ? " would be applied, " : " applied, ")
            << rep.count(xliff::UnitOutcome::Unchanged) << " unchanged, "
            << rep.count(xliff::UnitOutcome::Untranslated) << " untranslated, "
            << rep.count(xliff::UnitOutcome::StaleSource) << " stale, "
            << rep.count(xliff::UnitOutcome::UnknownUnit) << " unknown, "
            << rep.count(xliff::UnitOutcome::Conflict) << " conflict(s), "
            << rep.count(xliff::UnitOutcome::Invalid) << " invalid\n";
    }
    return rep.hasRefusals() ? Invalid : Ok;
}

int statusCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(args, {QStringLiteral("--target")}, {QStringLiteral("--json")}, 1, 1);
    if (!a.error.isEmpty())
        return usageError(err, a.error);
    const QString target = a.value(QStringLiteral("--target"));
    if (!isUnLanguage(target))
        return usageError(err, QStringLiteral("status needs --target ar|zh|en|fr|ru|es"));
    const auto draft = draft::DraftFile::read(a.positional.first());
    if (!draft) {
        err << draft.error().toString() << '\n';
        return BadInput;
    }
    const auto list = xliff::TranslationProgress::of(draft.value(), target);
    if (a.has(QStringLiteral("--json"))) {
        QJsonArray fields;
        for (const auto& s : list)
            fields.append(
                QJsonObject{{QStringLiteral("field"), s.fieldPath},
                            {QStringLiteral("section"), s.context.section},
                            {QStringLiteral("article"), s.context.article},
                            {QStringLiteral("state"), xliff::fieldStateId(s.state)},
                            {QStringLiteral("modified"),
                             s.modified.isValid() ? s.modified.toUTC().toString(Qt::ISODate) : QString()}});
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("fields"), fields}})
                .toJson(QJsonDocument::Indented));
    } else {
        for (const auto& s : list)
            out << xliff::fieldStateId(s.state).leftJustified(11) << ' ' << s.fieldPath << '\n';
    }
    return xliff::TranslationProgress::complete(list) ? Ok : Invalid;
}

} // namespace

int xliffCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty())
        return usageError(err, QStringLiteral("missing subcommand"));
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("export"))
        return exportCommand(rest, out, err);
    if (sub == QLatin1String("import"))
        return importCommand(rest, out, err);
    if (sub == QLatin1String("status"))
        return statusCommand(rest, out, err);
    return usageError(err, QStringLiteral("unknown subcommand '%1'").arg(sub));
}

} // namespace mla::cli
