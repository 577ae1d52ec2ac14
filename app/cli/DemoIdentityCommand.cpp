// demo-identity --out P12 [--pass-file F]: a DEMO CA and signer for trying the product; also
// writes the CA certificate as <out>.ca.pem for verify --trust.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"

#include "pdf/DemoIdentity.h"
#include "pdf/Password.h"

#include <QTextStream>

namespace mla::cli {

int demoIdentityCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(
        args, {QStringLiteral("--out"), QStringLiteral("--pass-file"), QStringLiteral("--name")}, {}, 0, 0);
    if (!a.error.isEmpty() || a.value(QStringLiteral("--out")).isEmpty()) {
        err << "mlawriter demo-identity: "
            << (a.error.isEmpty() ? QStringLiteral("--out is required") : a.error)
            << "\nusage: mlawriter demo-identity --out P12 --pass-file FILE [--name \"DEMO …\"]\n";
        return BadInput;
    }
    Result<QByteArray> password = pdf::resolvePassword(a.value(QStringLiteral("--pass-file")));
    if (!password) {
        err << password.error().toString() << '\n';
        return BadInput;
    }
    pdf::DemoIdentityOptions options;
    if (const QString name = a.value(QStringLiteral("--name")); !name.isEmpty())
        options.signerName = name.contains(QLatin1String("DEMO")) ? name : QStringLiteral("DEMO ") + name;
    const QString p12 = a.value(QStringLiteral("--out"));
    Result<QString> caPath = pdf::writeDemoIdentity(p12, password.value(), options);
    password.value().fill('\0');
    if (!caPath) {
        err << caPath.error().toString() << '\n';
        return BadInput;
    }
    out << "DEMO identity (not for real requests): " << p12 << "\nDEMO CA certificate: " << caPath.value()
        << '\n';
    return Ok;
}

} // namespace mla::cli
