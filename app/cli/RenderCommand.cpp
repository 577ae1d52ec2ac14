// render DRAFT --lang L|all --out PATH [--format pdf|odt] [--paper a4|letter] [--sign P12 --pass-file F]:
// writes the request as PDF (or as an editable OpenDocument copy, never signed) in one language
// or in every document language (a language file exists for: the six UN languages, Portuguese,
// German, Italian and any in the user's folder). With "all", PATH is a directory and the files
// are named <draft-basename>.<lang>.pdf (.odt). With --sign, the checks run first: while a
// blocking finding remains nothing is written (exit 1, findings listed); otherwise the request is
// rendered without the DRAFT watermark and signed in its signature block.
// --max-age YEARS: the age after which the addressee's details are marked as possibly outdated
// (default 5, or $MLAWRITER_MAX_FACT_AGE_YEARS).
// Exit 0: written; 1: blocking findings; 2: unreadable draft, identity, usage or rendering error.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"
#include "SigningOptions.h"

#include "draft/DraftFile.h"
#include "model/Vocabulary.h"
#include "pdf/Identity.h"
#include "pdf/Password.h"
#include "render/Languages.h"
#include "render/Renderer.h"
#include "requirements/Database.h"
#include "workflow/Workflow.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace mla::cli {

namespace {

const char* kUsage =
    "usage: mlawriter render DRAFT --lang L|all --out PATH [--format pdf|odt] [--paper a4|letter]\n"
    "                        [--max-age YEARS]\n"
    "                        [--sign P12 --pass-file F | --pkcs11 MODULE [--token T] [--key-label L | "
    "--key-id "
    "HEX] [--pin-file F]]\n"
    "                        [--tsa URL [--tsa-trust PEM] [--tsa-fallback]] [--level b-b|b-t|b-lt|b-lta] "
    "[--crl "
    "F]...\n";

} // namespace

int renderCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    // The identity options of every signing command (SigningOptions.h); --sign P12 names a PKCS#12
    // file, --pkcs11 a token (signing implied).
    QStringList valueOptions{QStringLiteral("--lang"),   QStringLiteral("--out"),
                             QStringLiteral("--paper"),  QStringLiteral("--sign"),
                             QStringLiteral("--format"), QStringLiteral("--max-age")};
    valueOptions << identityValueOptions() << levelValueOptions();
    valueOptions.removeAll(QStringLiteral("--p12"));
    Args args = parseArgs(argList, valueOptions, levelFlagOptions(), 1, 1);
    if (!args.value(QStringLiteral("--sign")).isEmpty())
        args.values.insert(QStringLiteral("--p12"), args.value(QStringLiteral("--sign")));
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
    if (lang != QLatin1String("all") && !render::isDocumentLanguage(lang)) {
        err << "mlawriter render: unknown language '" << lang << "' ("
            << render::documentLanguageCodes().join(QStringLiteral(", ")) << " or all)\n";
        return BadInput;
    }
    const QString format = args.value(QStringLiteral("--format"), QStringLiteral("pdf")).toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("odt")) {
        err << "mlawriter render: unknown format '" << format << "' (pdf or odt)\n";
        return BadInput;
    }
    if (paper != QLatin1String("a4") && paper != QLatin1String("letter")) {
        err << "mlawriter render: unknown paper '" << paper << "' (a4 or letter)\n";
        return BadInput;
    }
    int maxAge = 0; // 0: the default
    if (args.values.contains(QStringLiteral("--max-age"))) {
        bool ok = false;
        maxAge = args.value(QStringLiteral("--max-age")).toInt(&ok);
        if (!ok || maxAge < 1 || maxAge > 100) {
            err << "mlawriter render: --max-age must be a number of years from 1 to 100\n" << kUsage;
            return BadInput;
        }
    }
    const requirements::FactAgeScope age(maxAge);
    const bool signing = identityGiven(args);
    if (signing && format == QLatin1String("odt")) {
        err << "mlawriter render: an editable copy (--format odt) is never signed\n";
        return BadInput;
    }
    if (signing && lang == QLatin1String("all")) {
        err << "mlawriter render: --sign signs one language at a time (give --lang L)\n";
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
        for (const QString& l : render::documentLanguageCodes())
            jobs.append({l, dir.filePath(base + u'.' + l + u'.' + format)});
    } else {
        jobs.append({lang, outPath});
    }

    // State names and the central authority come from the requirements database; without it the
    // ISO codes are printed and the addressee is a visible gap.
    auto db = requirements::Database::openDefault();
    if (!db)
        err << "mlawriter render: warning: " << db.error().toString()
            << " (State names and central authority not used)\n";
    const requirements::Database* dbPtr = db ? db.value().get() : nullptr;
    const render::PaperSize paperSize =
        paper == QLatin1String("letter") ? render::PaperSize::Letter : render::PaperSize::A4;

    if (signing) {
        pdf::SignOptions options;
        if (const Status s = applyLevelOptions(args, argList, options); !s) {
            err << "mlawriter render: " << s.error().detail << "\n";
            return BadInput;
        }
        auto identity = loadIdentityFromArgs(args);
        if (!identity) {
            err << identity.error().toString() << "\n";
            return BadInput;
        }
        options.reason = QStringLiteral("Request for mutual legal assistance");
        options.language = lang; // the signature appearance in the document's language
        auto result = workflow::renderAndSign(request.value(), lang, outPath, identity.value(), options,
                                              dbPtr, paperSize);
        if (!result) {
            if (result.error().code == QLatin1String("workflow.blocking")) {
                err << file << ": " << result.error().detail << "\n";
                return Invalid;
            }
            err << result.error().toString() << "\n";
            return BadInput;
        }
        out << outPath << ": " << lang << ", " << result.value().render.pageCount << " page(s), signed by "
            << identity.value().commonName() << "\n";
        return Ok;
    }

    for (const auto& [l, path] : jobs) {
        render::RenderContext ctx = workflow::renderContext(request.value(), l, dbPtr);
        ctx.paper = paperSize;
        auto result = format == QLatin1String("odt") ? render::renderOdt(request.value(), ctx, path)
                                                     : render::renderPdf(request.value(), ctx, path);
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
        if (format == QLatin1String("odt"))
            out << path << ": " << l << ", editable copy (OpenDocument text, not the signed original)\n";
        else
            out << path << ": " << l << ", " << result.value().pageCount << " page(s)\n";
    }
    return Ok;
}

} // namespace mla::cli
