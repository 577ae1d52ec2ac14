// extract PDF --out DRAFT [--trust PEM] [--unsigned-ok]: takes the request's draft out of a
// request PDF (the canonical .mlar embedded as its PDF/A-3 source file). The signatures are
// verified first (trust anchors: --trust and the central authorities' certificates in the
// requirements database); the embedded draft is then read with the same hostile-input reader as
// any draft and written canonically — the bytes that were embedded and signed. --unsigned-ok
// accepts a PDF without any signature (a rendered, not yet signed request); a PDF with a
// signature that is not valid is refused with or without it. Nothing is written unless every
// check passes.
// Exit 0: written; 1: a signature or the embedded draft failed a check; 2: unreadable input or usage.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"

#include "draft/DraftFile.h"
#include "pdf/EmbeddedFiles.h"
#include "pdf/Verifier.h"
#include "requirements/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace mla::cli {

namespace {

const char* kUsage = "usage: mlawriter extract PDF --out DRAFT [--trust PEM] [--unsigned-ok]\n";

} // namespace

int extractCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(argList, {QStringLiteral("--out"), QStringLiteral("--trust")},
                             {QStringLiteral("--unsigned-ok")}, 1, 1);
    if (!a.error.isEmpty()) {
        err << "mlawriter extract: " << a.error << "\n" << kUsage;
        return BadInput;
    }
    const QString pdfPath = a.positional.at(0);
    const QString outPath = a.value(QStringLiteral("--out"));
    if (outPath.isEmpty()) {
        err << "mlawriter extract: --out is required\n" << kUsage;
        return BadInput;
    }

    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << pdfPath << ": cannot read: " << file.errorString() << '\n';
        return BadInput;
    }
    if (file.size() > qint64(1) << 30) {
        err << pdfPath << ": larger than 1 GiB, refused\n";
        return BadInput;
    }
    const QByteArray bytes = file.readAll();

    QList<QByteArray> trust;
    if (const QString trustPath = a.value(QStringLiteral("--trust")); !trustPath.isEmpty()) {
        QFile t(trustPath);
        if (!t.open(QIODevice::ReadOnly) || t.size() > 16 * 1024 * 1024) {
            err << trustPath << ": cannot read the trust anchors: " << t.errorString() << '\n';
            return BadInput;
        }
        trust << t.readAll();
    }
    if (auto db = requirements::Database::openDefault())
        trust << db.value()->trustedCertificatesPem();
    else
        err << "mlawriter extract: warning: " << db.error().toString()
            << " (central authority certificates not used)\n";

    // 1. the signatures: every one valid and trusted (fail closed)
    Result<pdf::VerifyReport> report = pdf::verifyPdf(bytes, trust, pdfPath);
    if (!report) {
        err << report.error().toString() << '\n';
        return BadInput;
    }
    const pdf::VerifyReport& r = report.value();
    if (r.signatures.isEmpty()) {
        if (!a.has(QStringLiteral("--unsigned-ok"))) {
            err << pdfPath
                << ": the PDF has no signatures (give --unsigned-ok to extract from an unsigned "
                   "request)\n";
            return Invalid;
        }
        err << pdfPath << ": warning: the PDF is not signed: nothing proves who made the embedded draft\n";
    } else if (!r.allValid()) {
        for (const pdf::SignatureCheck& s : r.signatures)
            for (const QString& problem : s.problems)
                err << pdfPath << ": " << s.fieldName << ": " << problem << '\n';
        for (const QString& problem : r.documentProblems)
            err << pdfPath << ": " << problem << '\n';
        err << pdfPath << ": the signatures do not verify: nothing extracted\n";
        return Invalid;
    }

    // 2. the embedded draft: container checks, then the draft reader
    Result<QByteArray> embedded = pdf::embeddedSourceDraft(bytes);
    if (!embedded) {
        Error e = embedded.error();
        e.file = pdfPath;
        err << e.toString() << '\n';
        return e.code == QLatin1String("pdf.embedded.read") ? BadInput : Invalid;
    }
    const QString label = pdfPath + QStringLiteral(" (embedded request.mlar)");
    Result<Request> request = draft::DraftFile::parse(embedded.value(), label);
    if (!request) {
        err << request.error().toString() << '\n'
            << pdfPath << ": the embedded draft is refused: nothing extracted\n";
        return Invalid;
    }
    const QByteArray canonical = draft::DraftFile::serialize(request.value());
    if (canonical != embedded.value())
        err << pdfPath << ": warning: the embedded draft was not in canonical form; written canonically\n";

    // 3. written atomically, only now
    QSaveFile save(outPath);
    if (!save.open(QIODevice::WriteOnly) || save.write(canonical) != canonical.size() || !save.commit()) {
        err << outPath << ": cannot write: " << save.errorString() << '\n';
        return BadInput;
    }
    out << outPath << ": request " << request.value().id << " (" << canonical.size() << " bytes), "
        << (r.signatures.isEmpty() ? QStringLiteral("from an unsigned PDF")
                                   : QStringLiteral("signatures valid (%1)").arg(r.signatures.size()))
        << '\n';
    return Ok;
}

} // namespace mla::cli
