// tokens [--pkcs11 MODULE] [--all]
// Lists the PKCS#11 tokens behind the module (default: p11-kit's proxy, i.e. every module
// configured for p11-kit) and their certificates fit for signing, each marked as a signing or an
// authentication certificate; --all lists the unfit ones too, with the reason.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"

#include "pdf/Token.h"

#include <QTextStream>

namespace mla::cli {

int tokensCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(args, {QStringLiteral("--pkcs11")}, {QStringLiteral("--all")}, 0, 0);
    if (!a.error.isEmpty()) {
        err << "mlawriter tokens: " << a.error << "\nusage: mlawriter tokens [--pkcs11 MODULE] [--all]\n";
        return BadInput;
    }
    const QString module = a.value(QStringLiteral("--pkcs11"));
    Result<QList<pdf::TokenInfo>> tokens =
        pdf::listTokens(module == QStringLiteral("default") ? QString() : module);
    if (!tokens) {
        err << tokens.error().toString() << '\n';
        return BadInput;
    }
    if (tokens.value().isEmpty())
        out << "no token is present\n";
    for (const pdf::TokenInfo& t : tokens.value()) {
        out << "token '" << t.label << "' (" << t.manufacturer << ' ' << t.model << ", serial " << t.serial
            << ", slot " << t.slotDescription << ")";
        if (t.protectedAuthPath)
            out << ", PIN on the reader's pad";
        if (t.pinLocked)
            out << ", PIN LOCKED";
        else if (t.pinFinalTry)
            out << ", one PIN try left";
        out << '\n';
        int shown = 0;
        for (const pdf::TokenCertificate& c : t.certificates) {
            const bool fit = c.purpose != pdf::TokenCertificate::Purpose::Unfit;
            if (!fit && !a.has(QStringLiteral("--all")))
                continue;
            ++shown;
            out << "  " << pdf::purposeText(c.purpose) << ": " << c.commonName << " — key label '" << c.label
                << "', key id " << QString::fromLatin1(c.id.toHex()) << ", valid until "
                << c.notAfter.toString(Qt::ISODate) << ", issued by " << c.issuer;
            if (!fit)
                out << " (" << c.why << ')';
            out << '\n';
        }
        if (shown == 0)
            out << "  no certificate fit for signing\n";
    }
    return Ok;
}

} // namespace mla::cli
