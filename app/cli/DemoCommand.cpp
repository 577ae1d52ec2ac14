// demo [--out DIR]: the headless demonstration. For every bundled sample: validate it, check it
// against the requirements database, render it in the six UN languages, render it for signing in
// its output language and sign it with a DEMO identity, countersign it as a DEMO reviewer, and
// verify both signatures. Prints what it did and where the files are.
#include "Args.h"
#include "Cli.h"
#include "Commands.h"

#include "checks/Checker.h"
#include "draft/DraftFile.h"
#include "pdf/DemoIdentity.h"
#include "pdf/Identity.h"
#include "pdf/Signer.h"
#include "pdf/Verifier.h"
#include "render/Renderer.h"
#include "requirements/Database.h"
#include "workflow/Workflow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

namespace mla::cli {
namespace {

QByteArray randomPassword()
{
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

struct DemoIdentityFiles
{
    pdf::Identity identity;
    QByteArray caPem;
    QString p12Path;
};

Result<DemoIdentityFiles> makeIdentity(const QString& dir, const QString& base, const QString& name,
                                       const QString& organization)
{
    const QByteArray password = randomPassword();
    pdf::DemoIdentityOptions o;
    o.signerName = name;
    o.organization = organization;
    DemoIdentityFiles f;
    f.p12Path = dir + u'/' + base + QStringLiteral(".p12");
    auto written = pdf::writeDemoIdentity(f.p12Path, password, o);
    if (!written)
        return written.error();
    const QString passFile = dir + u'/' + base + QStringLiteral(".pass");
    if (!writeFile(passFile, password + '\n'))
        return Error{QStringLiteral("demo.write"), QStringLiteral("cannot write"), passFile, 0, 0};
    QFile::setPermissions(passFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile ca(written.value());
    if (ca.open(QIODevice::ReadOnly))
        f.caPem = ca.readAll();
    auto id = pdf::loadIdentity(f.p12Path, password);
    if (!id)
        return id.error();
    f.identity = id.value();
    return f;
}

} // namespace

int demoCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args args = parseArgs(argList, {QStringLiteral("--out")}, {}, 0, 0);
    if (!args.error.isEmpty()) {
        err << "mlawriter demo: " << args.error << "\nUsage: mlawriter demo [--out DIR]\n";
        return BadInput;
    }
    const QString outDir =
        QFileInfo(args.value(QStringLiteral("--out"), QStringLiteral("mlawriter-demo"))).absoluteFilePath();
    if (!QDir().mkpath(outDir)) {
        err << outDir << ": cannot create the output folder\n";
        return BadInput;
    }
    QElapsedTimer total;
    total.start();
    out << "mlawriter headless demonstration\n"
        << "Output folder: " << outDir << "\n\n";

    auto db = requirements::Database::openDefault();
    if (!db) {
        err << db.error().toString() << '\n';
        return BadInput;
    }
    out << "Requirements database: " << db.value()->path() << " (" << db.value()->states().size()
        << " States)\n";

    auto signer = makeIdentity(outDir, QStringLiteral("demo-signer"),
                               QStringLiteral("DEMO Prosecutor (not for real requests)"),
                               QStringLiteral("DEMO Requesting Authority"));
    auto reviewer = makeIdentity(outDir, QStringLiteral("demo-reviewer"),
                                 QStringLiteral("DEMO Central Authority Reviewer (not for real requests)"),
                                 QStringLiteral("DEMO Central Authority"));
    if (!signer || !reviewer) {
        err << (signer ? reviewer.error() : signer.error()).toString() << '\n';
        return BadInput;
    }
    out << "DEMO identities: " << signer.value().p12Path << ", " << reviewer.value().p12Path
        << " (passwords in the .pass files next to them; CA certificates in *.p12.ca.pem)\n";
    const QList<QByteArray> trust{signer.value().caPem, reviewer.value().caPem};

    const QDir samples(QStringLiteral(":/mlawriter/samples"));
    int failures = 0;
    for (const QString& name : samples.entryList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Name)) {
        const QString base = QFileInfo(name).completeBaseName();
        out << "\n== " << name << " ==\n";
        QFile in(samples.filePath(name));
        const QByteArray bytes = in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
        const QString draftPath = outDir + u'/' + name;
        writeFile(draftPath, bytes);
        auto request = draft::DraftFile::read(draftPath);
        if (!request) {
            err << request.error().toString() << '\n';
            ++failures;
            continue;
        }
        const Request& r = request.value();
        out << "validate: valid draft, requested State " << r.requestedState << ", output language "
            << r.outputLanguage << ", " << r.measures.size() << " measure(s)\n";

        const auto findings = checks::runChecks(r, db.value().get());
        int counts[3] = {0, 0, 0};
        for (const auto& f : findings)
            ++counts[static_cast<int>(f.severity)];
        out << "check: " << counts[0] << " blocking, " << counts[1] << " warning(s), " << counts[2]
            << " info\n";
        for (const auto& f : findings) {
            if (f.severity == checks::Severity::Info)
                continue;
            out << "  " << checks::severityId(f.severity);
            if (!f.article.isEmpty())
                out << " [" << f.article << ']';
            out << ' ' << f.path << ": " << checks::messageText(f) << '\n';
        }

        for (const QString& lang : unLanguages()) {
            const QString pdfPath = outDir + u'/' + base + u'.' + lang + QStringLiteral(".pdf");
            auto ctx = workflow::renderContext(r, lang, db.value().get());
            auto res = render::renderPdf(r, ctx, pdfPath);
            if (!res) {
                err << res.error().toString() << '\n';
                ++failures;
                continue;
            }
            out << "render " << lang << ": " << pdfPath << " (" << res.value().pageCount
                << " pages, DRAFT watermark";
            if (!res.value().untranslatedFields.isEmpty())
                out << ", " << res.value().untranslatedFields.size() << " field(s) marked untranslated";
            out << ")\n";
        }

        const QString signedPath =
            outDir + u'/' + base + u'.' + r.outputLanguage + QStringLiteral(".signed.pdf");
        pdf::SignOptions so;
        so.reason = QStringLiteral("Request for mutual legal assistance (DEMO signature)");
        auto signedRes = workflow::renderAndSign(r, r.outputLanguage, signedPath, signer.value().identity, so,
                                                 db.value().get());
        if (!signedRes) {
            out << "sign: refused — " << signedRes.error().detail << '\n';
            continue;
        }
        out << "sign: " << signedPath << " (PAdES B-B, visible signature on page "
            << signedRes.value().render.signaturePage + 1 << ")\n";

        const QString counterPath =
            outDir + u'/' + base + u'.' + r.outputLanguage + QStringLiteral(".countersigned.pdf");
        pdf::SignOptions co;
        co.reason = QStringLiteral("Approved by the central authority (DEMO countersignature)");
        co.invisible = true;
        if (Status s = pdf::sign(signedPath, counterPath, reviewer.value().identity, co); !s) {
            err << s.error().toString() << '\n';
            ++failures;
            continue;
        }
        out << "countersign: " << counterPath << '\n';
        for (const QString& p : {signedPath, counterPath}) {
            auto report = pdf::verify(p, trust);
            if (!report) {
                err << report.error().toString() << '\n';
                ++failures;
                continue;
            }
            const bool ok = report.value().allValid();
            failures += ok ? 0 : 1;
            out << "verify: " << QFileInfo(p).fileName() << ": " << report.value().signatures.size()
                << " signature(s), " << (ok ? "all valid and trusted (DEMO CA)" : "NOT VALID") << '\n';
            if (!ok)
                out << report.value().toText() << '\n';
        }
    }
    out << "\nDone in " << QString::number(total.elapsed() / 1000.0, 'f', 1) << " s. Files are in " << outDir
        << ".\n";
    return failures == 0 ? Ok : Invalid;
}

} // namespace mla::cli
