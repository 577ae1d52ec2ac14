// verify PDF [--json] [--trust PEM]: checks every signature. Exit 0 when every signature is valid
// and trusted, 1 otherwise (or when there is none), 2 when the file cannot be read.
#include "Commands.h"
#include "requirements/Database.h"

#include "Args.h"
#include "Cli.h"

#include "pdf/Verifier.h"

#include <QFile>
#include <QTextStream>

namespace mla::cli {

int verifyCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(args, {QStringLiteral("--trust")}, {QStringLiteral("--json")}, 1, 1);
    if (!a.error.isEmpty()) {
        err << "mlawriter verify: " << a.error << "\nusage: mlawriter verify PDF [--json] [--trust PEM]\n";
        return BadInput;
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
    Result<pdf::VerifyReport> report = pdf::verify(a.positional.at(0), trust);
    if (!report) {
        err << report.error().toString() << '\n';
        return BadInput;
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
