// sign PDF (--p12 F --pass-file F | --pkcs11 MODULE [--token LABEL] [--key-label L | --key-id HEX]
//      [--pin-file F]) [--tsa URL] [--level b-b|b-t|b-lt|b-lta] [--crl F]... [--reason R] [--location L]
//      [--contact C] [--name N] [--function F] [--place P] [--lang L] [--invisible] [--certify] --out PDF
// Signs, or countersigns an already signed PDF, as an incremental update.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"
#include "SigningOptions.h"

#include "pdf/Identity.h"
#include "pdf/Signer.h"

#include <QTextStream>

namespace mla::cli {

int signCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QStringList values{QStringLiteral("--reason"), QStringLiteral("--location"), QStringLiteral("--contact"),
                       QStringLiteral("--name"),   QStringLiteral("--function"), QStringLiteral("--place"),
                       QStringLiteral("--lang"),   QStringLiteral("--out")};
    values << identityValueOptions() << levelValueOptions();
    const Args a = parseArgs(
        args, values,
        QStringList{QStringLiteral("--invisible"), QStringLiteral("--certify")} + levelFlagOptions(), 1, 1);
    if (!a.error.isEmpty() || !identityGiven(a) || a.value(QStringLiteral("--out")).isEmpty()) {
        err << "mlawriter sign: "
            << (a.error.isEmpty() ? QStringLiteral("an identity (--p12 or --pkcs11) and --out are required")
                                  : a.error)
            << "\nusage: mlawriter sign PDF " << identityUsage() << ' ' << levelUsage()
            << " [--reason R] [--location L] [--contact C] [--name N] [--function F] [--place P] [--lang L] "
               "[--invisible] [--certify] --out PDF\n";
        return BadInput;
    }
    pdf::SignOptions options;
    if (const Status s = applyLevelOptions(a, args, options); !s) {
        err << "mlawriter sign: " << s.error().detail << '\n';
        return BadInput;
    }
    Result<pdf::Identity> identity = loadIdentityFromArgs(a);
    if (!identity) {
        err << identity.error().toString() << '\n';
        return BadInput;
    }
    options.reason = a.value(QStringLiteral("--reason"));
    options.location = a.value(QStringLiteral("--location"));
    options.contact = a.value(QStringLiteral("--contact"));
    options.invisible = a.has(QStringLiteral("--invisible"));
    options.certify = a.has(QStringLiteral("--certify"));
    options.language = a.value(QStringLiteral("--lang"));
    pdf::SignatureAppearance look;
    look.visible = !options.invisible;
    look.name = a.value(QStringLiteral("--name"));
    look.function = a.value(QStringLiteral("--function"));
    look.place = a.value(QStringLiteral("--place"), options.location);
    options.appearance = look;
    const QString in = a.positional.at(0);
    const QString outPath = a.value(QStringLiteral("--out"));
    pdf::SignOutcome outcome;
    const Status done = pdf::sign(in, outPath, identity.value(), options, &outcome);
    if (!done) {
        err << done.error().toString() << '\n';
        return BadInput;
    }
    for (const QString& warning : std::as_const(outcome.warnings))
        err << "mlawriter sign: warning: " << warning << '\n';
    out << "signed by " << identity.value().commonName() << " (" << pdf::levelName(outcome.level);
    if (outcome.timestampTime.isValid())
        out << ", timestamp " << outcome.timestampTime.toString(Qt::ISODate) << " by " << outcome.tsaName;
    out << "): " << outPath << '\n';
    return Ok;
}

} // namespace mla::cli
