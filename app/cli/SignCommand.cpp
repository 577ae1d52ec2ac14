// sign PDF --p12 F [--pass-file F] [--reason R] [--location L] [--contact C] [--name N]
//      [--function F] [--place P] [--invisible] [--certify] --out PDF
// Signs, or countersigns an already signed PDF, as an incremental update.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"

#include "pdf/Identity.h"
#include "pdf/Password.h"
#include "pdf/Signer.h"

#include <QTextStream>

namespace mla::cli {

int signCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a =
        parseArgs(args,
                  {QStringLiteral("--p12"), QStringLiteral("--pass-file"), QStringLiteral("--reason"),
                   QStringLiteral("--location"), QStringLiteral("--contact"), QStringLiteral("--name"),
                   QStringLiteral("--function"), QStringLiteral("--place"), QStringLiteral("--out")},
                  {QStringLiteral("--invisible"), QStringLiteral("--certify")}, 1, 1);
    if (!a.error.isEmpty() || a.value(QStringLiteral("--p12")).isEmpty() ||
        a.value(QStringLiteral("--out")).isEmpty()) {
        err << "mlawriter sign: "
            << (a.error.isEmpty() ? QStringLiteral("--p12 and --out are required") : a.error)
            << "\nusage: mlawriter sign PDF --p12 FILE --pass-file FILE [--reason R] [--location L] "
               "[--contact C] "
               "[--name N] [--function F] [--place P] [--invisible] [--certify] --out PDF\n";
        return BadInput;
    }
    Result<QByteArray> password = pdf::resolvePassword(a.value(QStringLiteral("--pass-file")));
    if (!password) {
        err << password.error().toString() << '\n';
        return BadInput;
    }
    Result<pdf::Identity> identity = pdf::loadIdentity(a.value(QStringLiteral("--p12")), password.value());
    password.value().fill('\0');
    if (!identity) {
        err << identity.error().toString() << '\n';
        return BadInput;
    }
    pdf::SignOptions options;
    options.reason = a.value(QStringLiteral("--reason"));
    options.location = a.value(QStringLiteral("--location"));
    options.contact = a.value(QStringLiteral("--contact"));
    options.invisible = a.has(QStringLiteral("--invisible"));
    options.certify = a.has(QStringLiteral("--certify"));
    pdf::SignatureAppearance look;
    look.visible = !options.invisible;
    look.name = a.value(QStringLiteral("--name"));
    look.function = a.value(QStringLiteral("--function"));
    look.place = a.value(QStringLiteral("--place"), options.location);
    options.appearance = look;
    const QString in = a.positional.at(0);
    const QString outPath = a.value(QStringLiteral("--out"));
    const Status done = pdf::sign(in, outPath, identity.value(), options);
    if (!done) {
        err << done.error().toString() << '\n';
        return BadInput;
    }
    out << "signed by " << identity.value().commonName() << ": " << outPath << '\n';
    return Ok;
}

} // namespace mla::cli
