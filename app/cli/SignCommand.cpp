// sign PDF (--p12 F --pass-file F | --pkcs11 MODULE [--token LABEL] [--key-label L | --key-id HEX]
//      [--pin-file F]) [--tsa URL] [--level b-b|b-t|b-lt|b-lta] [--crl F]... [--reason R] [--location L]
//      [--contact C] [--name N] [--function F] [--place P] [--lang L] [--invisible] [--certify] [--force]
//      --out PDF
// Signs, or countersigns an already signed PDF, as an incremental update. Refuses (exit 1) a PDF
// rendered as a draft, one that prints untranslated fields, and a countersignature
// over signatures that do not verify; --force signs anyway and says so in the signature's
// /Reason ("signed although: …"), where every verifier shows it.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"
#include "SigningOptions.h"

#include "pdf/Identity.h"
#include "pdf/SignGate.h"
#include "pdf/Signer.h"

#include <QFile>

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
        QStringList{QStringLiteral("--invisible"), QStringLiteral("--certify"), QStringLiteral("--force")} +
            levelFlagOptions(),
        1, 1);
    if (!a.error.isEmpty() || !identityGiven(a) || a.value(QStringLiteral("--out")).isEmpty()) {
        err << "mlawriter sign: "
            << (a.error.isEmpty() ? QStringLiteral("an identity (--p12 or --pkcs11) and --out are required")
                                  : a.error)
            << "\nusage: mlawriter sign PDF " << identityUsage() << ' ' << levelUsage()
            << " [--reason R] [--location L] [--contact C] [--name N] [--function F] [--place P] [--lang L] "
               "[--invisible] [--certify] [--force] --out PDF\n";
        return BadInput;
    }
    pdf::SignOptions options;
    if (const Status s = applyLevelOptions(a, args, options); !s) {
        err << "mlawriter sign: " << s.error().detail << '\n';
        return BadInput;
    }
    const QString in = a.positional.at(0);
    QStringList forcedOver;
    {
        QFile file(in);
        if (!file.open(QIODevice::ReadOnly)) {
            err << in << ": cannot be read: " << file.errorString() << '\n';
            return BadInput;
        }
        if (file.size() > (qint64(1) << 30)) {
            err << in << ": larger than 1 GiB, refused\n";
            return BadInput;
        }
        Result<pdf::SignObstacles> obstacles = pdf::signObstacles(file.readAll(), in);
        if (!obstacles) {
            err << obstacles.error().toString() << '\n';
            return BadInput;
        }
        const QStringList& reasons = obstacles.value().reasons;
        if (!reasons.isEmpty() && !a.has(QStringLiteral("--force"))) {
            err << in << ": not signed: "
                << (obstacles.value().countersign ? "this countersignature " : "this signature ")
                << "would cover a document that is not ready:\n";
            for (const QString& r : reasons)
                err << "  - " << r << '\n';
            err << "Fix the document, or sign anyway with --force (the signature then says so in its "
                   "reason).\n";
            return Invalid;
        }
        forcedOver = reasons;
        for (const QString& w : obstacles.value().warnings)
            err << "mlawriter sign: warning: " << in << ": " << w << '\n';
    }
    Result<pdf::Identity> identity = loadIdentityFromArgs(a);
    if (!identity) {
        err << identity.error().toString() << '\n';
        return BadInput;
    }
    options.reason = a.value(QStringLiteral("--reason"));
    if (!forcedOver.isEmpty()) {
        const QString note = pdf::forcedNote(forcedOver);
        options.reason = options.reason.isEmpty() ? note : options.reason + QStringLiteral("; ") + note;
        err << "mlawriter sign: warning: signed although the document is not ready (--force); the "
               "signature's reason says so\n";
    }
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
    const QString outPath = a.value(QStringLiteral("--out"));
    pdf::SignOutcome outcome;
    const Status done = pdf::sign(in, outPath, identity.value(), options, &outcome);
    if (!done) {
        err << done.error().toString() << '\n';
        return BadInput;
    }
    for (const QString& source : std::as_const(outcome.revocationSources))
        err << "mlawriter sign: revocation data: " << source << '\n';
    for (const QString& warning : std::as_const(outcome.warnings))
        err << "mlawriter sign: warning: " << warning << '\n';
    out << "signed by " << identity.value().commonName() << " (" << pdf::levelName(outcome.level);
    if (outcome.timestampTime.isValid())
        out << ", timestamp " << outcome.timestampTime.toString(Qt::ISODate) << " by " << outcome.tsaName;
    out << "): " << outPath << '\n';
    return Ok;
}

} // namespace mla::cli
