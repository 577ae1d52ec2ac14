// verify PDF [--json] [--trust PEM] [--at TIME] [--extract-signed N --out PDF] [--report OUT.pdf]: checks
// every signature. Exit 0 when every signature is valid and trusted, 1 otherwise (or when there is none), 2
// when the file cannot be read. --extract-signed writes the revision signature N (1 = oldest) signed, exactly
// as it was signed, when that signature's own bytes are intact.
#include "Commands.h"
#include "requirements/Database.h"

#include "Args.h"
#include "Cli.h"

#include "pdf/ValidationReportPdf.h"
#include "pdf/Verifier.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace mla::cli {

int verifyCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a =
        parseArgs(args,
                  {QStringLiteral("--trust"), QStringLiteral("--at"), QStringLiteral("--extract-signed"),
                   QStringLiteral("--out"), QStringLiteral("--report"), QStringLiteral("--lang")},
                  {QStringLiteral("--json")}, 1, 1);
    const char* usage = "usage: mlawriter verify PDF [--json] [--trust PEM] [--at YYYY-MM-DDTHH:MM:SSZ] "
                        "[--extract-signed N --out PDF] [--report OUT.pdf [--lang ar|zh|en|fr|ru|es]]\n";
    if (!a.error.isEmpty()) {
        err << "mlawriter verify: " << a.error << '\n' << usage;
        return BadInput;
    }
    pdf::VerifyOptions options;
    if (const QString at = a.value(QStringLiteral("--at")); !at.isEmpty()) {
        options.now = QDateTime::fromString(at, Qt::ISODate);
        if (!options.now.isValid()) {
            err << "mlawriter verify: --at: not a date and time (ISO 8601, e.g. 2031-05-01T12:00:00Z): " << at
                << '\n';
            return BadInput;
        }
    }
    int extract = 0;
    if (const QString n = a.value(QStringLiteral("--extract-signed")); !n.isEmpty()) {
        bool ok = false;
        extract = n.toInt(&ok);
        if (!ok || extract < 1 || a.value(QStringLiteral("--out")).isEmpty()) {
            err << "mlawriter verify: --extract-signed takes a signature number (1 = the oldest) and needs "
                   "--out\n"
                << usage;
            return BadInput;
        }
    }
    QList<QByteArray> trust;
    if (const QString trustPath = a.value(QStringLiteral("--trust")); !trustPath.isEmpty()) {
        QFile file(trustPath);
        if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024) {
            err << trustPath << ": cannot read the trust anchors: " << file.errorString() << '\n';
            return BadInput;
        }
        trust << file.readAll();
    }
    // The central authorities' certificates recorded in the requirements database are trust
    // anchors too; a database that cannot be opened only narrows the trust to --trust.
    if (auto db = requirements::Database::openDefault())
        trust << db.value()->trustedCertificatesPem();
    else
        err << "mlawriter verify: warning: " << db.error().toString()
            << " (central authority certificates not used)\n";
    Result<pdf::VerifyReport> report = pdf::verify(a.positional.at(0), trust, options);
    if (!report) {
        err << report.error().toString() << '\n';
        return BadInput;
    }
    if (extract > 0) {
        const QList<pdf::SignatureCheck>& sigs = report.value().signatures;
        if (extract > sigs.size()) {
            err << a.positional.at(0) << ": there is no signature " << extract << " (the file has "
                << sigs.size() << ")\n";
            return BadInput;
        }
        const pdf::SignatureCheck& s = sigs.at(extract - 1);
        if (!s.byteRangeOk || !s.signedVersionIntact()) {
            err << a.positional.at(0) << ": signature " << extract
                << ": the signed version itself is not intact, nothing was written\n";
            return Invalid;
        }
        QFile in(a.positional.at(0));
        if (!in.open(QIODevice::ReadOnly)) {
            err << a.positional.at(0) << ": cannot read: " << in.errorString() << '\n';
            return BadInput;
        }
        const QByteArray revision = in.read(s.revisionEnd);
        QSaveFile outFile(a.value(QStringLiteral("--out")));
        if (revision.size() != s.revisionEnd || !outFile.open(QIODevice::WriteOnly) ||
            outFile.write(revision) != revision.size() || !outFile.commit()) {
            err << a.value(QStringLiteral("--out")) << ": cannot write: " << outFile.errorString() << '\n';
            return BadInput;
        }
        out << "wrote the version signed by signature " << extract << " (" << s.signerName << ", "
            << s.revisionEnd << " bytes) to " << a.value(QStringLiteral("--out")) << '\n';
        return Ok;
    }
    if (const QString reportPath = a.value(QStringLiteral("--report")); !reportPath.isEmpty()) {
        QFile in(a.positional.at(0));
        if (!in.open(QIODevice::ReadOnly)) {
            err << a.positional.at(0) << ": cannot read: " << in.errorString() << '\n';
            return BadInput;
        }
        pdf::ValidationReportOptions reportOptions;
        reportOptions.language = a.value(QStringLiteral("--lang"));
        if (reportOptions.language.isEmpty())
            reportOptions.language = QLocale().name().left(2);
        reportOptions.fileSha256Hex =
            QCryptographicHash::hash(in.readAll(), QCryptographicHash::Sha256).toHex();
        if (Status written = pdf::writeValidationReportPdf(report.value(), reportOptions, reportPath);
            !written) {
            err << written.error().toString() << '\n';
            return BadInput;
        }
        err << "mlawriter verify: validation report written to " << reportPath << '\n';
    }
    if (a.has(QStringLiteral("--json")))
        out << QString::fromUtf8(report.value().toJson());
    else
        out << report.value().toText();
    if (!report.value().allValid()) {
        for (const pdf::SignatureCheck& s : report.value().signatures)
            for (const QString& problem : s.problems)
                err << a.positional.at(0) << ": " << s.fieldName << ": " << problem << '\n';
        if (report.value().signatures.isEmpty())
            err << a.positional.at(0) << ": the PDF has no signatures\n";
        return Invalid;
    }
    return Ok;
}

} // namespace mla::cli
