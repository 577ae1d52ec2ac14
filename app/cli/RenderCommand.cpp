// render DRAFT --lang ar|zh|en|fr|ru|es|all --out PATH [--paper a4|letter]: writes the request
// as PDF in one or all six UN languages. With "all", PATH is a directory and the files are named
// <draft-basename>.<lang>.pdf. Exit 0: written; 2: unreadable draft, usage or rendering error.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"

#include "draft/DraftFile.h"
#include "model/Vocabulary.h"
#include "render/Renderer.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace mla::cli {

// What the renderer takes from outside the draft. State names and the central authority come
// from the requirements database once it is wired in; until then the ISO 3166 codes are
// printed and the addressee is a visible gap ("[central authority unknown — verify]").
render::RenderContext buildRenderContext(const Request& request, const QString& lang)
{
    render::RenderContext ctx;
    ctx.language = lang;
    ctx.date = QDate::currentDate();
    ctx.paper = render::PaperSize::A4;
    ctx.draftWatermark = true;
    // TODO(integration): look the names and the central authority up:
    //   auto db = mla::requirements::Database::openDefault();
    //   ctx.requestingStateName = db->stateName(request.requestingState, lang);
    //   ctx.requestedStateName  = db->stateName(request.requestedState, lang);
    //   ctx.centralAuthorityName    = db->state(request.requestedState)->centralAuthority (name);
    //   ctx.centralAuthorityAddress = (its address), keeping both empty when unknown.
    ctx.requestingStateName = request.requestingState;
    ctx.requestedStateName = request.requestedState;
    return ctx;
}

namespace {

const char* kUsage =
    "usage: mlawriter render DRAFT --lang ar|zh|en|fr|ru|es|all --out PATH [--paper a4|letter]\n";

} // namespace

int renderCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args args = parseArgs(argList,
                                {QStringLiteral("--lang"), QStringLiteral("--out"), QStringLiteral("--paper"),
                                 QStringLiteral("--sign"), QStringLiteral("--pass-file")},
                                {}, 1, 1);
    if (!args.error.isEmpty()) {
        err << "mlawriter render: " << args.error << "\n" << kUsage;
        return BadInput;
    }
    const QString lang = args.value(QStringLiteral("--lang"));
    const QString outPath = args.value(QStringLiteral("--out"));
    const QString paper = args.value(QStringLiteral("--paper"), QStringLiteral("a4")).toLower();
    if (lang.isEmpty() || outPath.isEmpty()) {
        err << "mlawriter render: --lang and --out are required\n" << kUsage;
        return BadInput;
    }
    if (lang != QLatin1String("all") && !isUnLanguage(lang)) {
        err << "mlawriter render: unknown language '" << lang << "' (ar, zh, en, fr, ru, es or all)\n";
        return BadInput;
    }
    if (paper != QLatin1String("a4") && paper != QLatin1String("letter")) {
        err << "mlawriter render: unknown paper '" << paper << "' (a4 or letter)\n";
        return BadInput;
    }
    if (args.values.contains(QStringLiteral("--sign"))) {
        // TODO(integration): signing (core/pdf) runs the checks; with no blocking finding the
        // document is rendered with draftWatermark = false and then signed.
        err << "mlawriter render: --sign is not available in this build yet\n";
        return BadInput;
    }

    const QString file = args.positional.first();
    auto request = draft::DraftFile::read(file);
    if (!request) {
        err << request.error().toString() << "\n";
        return BadInput;
    }

    QList<QPair<QString, QString>> jobs; // language, output file
    if (lang == QLatin1String("all")) {
        QDir dir(outPath);
        if (!dir.exists() && !QDir().mkpath(outPath)) {
            err << outPath << ": cannot create the directory\n";
            return BadInput;
        }
        const QString base = QFileInfo(file).completeBaseName();
        for (const QString& l : unLanguages())
            jobs.append({l, dir.filePath(base + u'.' + l + QStringLiteral(".pdf"))});
    } else {
        jobs.append({lang, outPath});
    }

    for (const auto& [l, path] : jobs) {
        render::RenderContext ctx = buildRenderContext(request.value(), l);
        ctx.paper = paper == QLatin1String("letter") ? render::PaperSize::Letter : render::PaperSize::A4;
        auto result = render::renderPdf(request.value(), ctx, path);
        if (!result) {
            Error e = result.error();
            if (e.file.isEmpty())
                e.file = path;
            err << e.toString() << "\n";
            return BadInput;
        }
        const QStringList& missing = result.value().untranslatedFields;
        if (!missing.isEmpty())
            err << file << ": warning: " << missing.size()
                << " free-text field(s) without a translation into " << l
                << " are printed in the original, marked as untranslated: "
                << missing.join(QStringLiteral(", ")) << "\n";
        out << path << ": " << l << ", " << result.value().pageCount << " page(s)\n";
    }
    return Ok;
}

} // namespace mla::cli
