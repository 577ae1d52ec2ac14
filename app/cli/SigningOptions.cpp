#include "SigningOptions.h"

#include "pdf/Password.h"
#include "pdf/Token.h"

#include <QFile>
#include <QRegularExpression>

namespace mla::cli {

namespace {

Error cliError(const QString& code, const QString& detail)
{
    return Error{code, detail, {}, 0, 0};
}

Result<QByteArray> readSmallFile(const QString& path, qint64 cap)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return cliError(QStringLiteral("cli.level"),
                        QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > cap)
        return cliError(QStringLiteral("cli.level"),
                        QStringLiteral("%1 is larger than %2 MiB").arg(path).arg(cap >> 20));
    return f.readAll();
}

} // namespace

QStringList identityValueOptions()
{
    return {QStringLiteral("--p12"),     QStringLiteral("--pass-file"), QStringLiteral("--pkcs11"),
            QStringLiteral("--token"),   QStringLiteral("--key-label"), QStringLiteral("--key-id"),
            QStringLiteral("--pin-file")};
}

QStringList levelValueOptions()
{
    return {QStringLiteral("--tsa"), QStringLiteral("--tsa-trust"), QStringLiteral("--tsa-timeout"),
            QStringLiteral("--level"), QStringLiteral("--crl")};
}

QStringList levelFlagOptions()
{
    return {QStringLiteral("--tsa-fallback"), QStringLiteral("--fetch-revocation")};
}

QString identityUsage()
{
    return QStringLiteral(
        "(--p12 F --pass-file F | --pkcs11 MODULE|default [--token LABEL] [--key-label L | --key-id "
        "HEX] [--pin-file F])");
}

QString levelUsage()
{
    return QStringLiteral(
        "[--tsa URL [--tsa-trust PEM] [--tsa-timeout S] [--tsa-fallback]] [--level b-b|b-t|b-lt|b-lta] "
        "[--crl F]... [--fetch-revocation]");
}

bool identityGiven(const Args& a)
{
    return !a.value(QStringLiteral("--p12")).isEmpty() || !a.value(QStringLiteral("--pkcs11")).isEmpty();
}

Result<pdf::Identity> loadIdentityFromArgs(const Args& a)
{
    const QString p12 = a.value(QStringLiteral("--p12"));
    const QString module = a.value(QStringLiteral("--pkcs11"));
    if (p12.isEmpty() == module.isEmpty())
        return cliError(QStringLiteral("cli.identity"), QStringLiteral("give either --p12 or --pkcs11"));
    if (!p12.isEmpty()) {
        Result<QByteArray> password = pdf::resolvePassword(a.value(QStringLiteral("--pass-file")));
        if (!password)
            return password.error();
        Result<pdf::Identity> identity = pdf::loadIdentity(p12, password.value());
        password.value().fill('\0');
        return identity;
    }
    pdf::TokenSelection sel;
    sel.module = module == QStringLiteral("default") ? QString() : module;
    sel.tokenLabel = a.value(QStringLiteral("--token"));
    sel.keyLabel = a.value(QStringLiteral("--key-label"));
    const QString keyId = a.value(QStringLiteral("--key-id"));
    if (!keyId.isEmpty()) {
        static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
        if (!hex.match(keyId).hasMatch())
            return cliError(QStringLiteral("cli.identity"),
                            QStringLiteral("--key-id takes hexadecimal digits (e.g. 01 or 3a7f)"));
        sel.keyId = QByteArray::fromHex(keyId.toLatin1());
    }
    if (!sel.keyLabel.isEmpty() && !sel.keyId.isEmpty())
        return cliError(QStringLiteral("cli.identity"),
                        QStringLiteral("give --key-label or --key-id, not both"));
    const QString pinFile = a.value(QStringLiteral("--pin-file"));
    const pdf::PinProvider pin = [pinFile](const pdf::TokenInfo& token) -> Result<QByteArray> {
        if (!pinFile.isEmpty())
            return pdf::readPasswordFile(pinFile);
        if (qEnvironmentVariableIsSet(pinEnvironmentVariable))
            return qgetenv(pinEnvironmentVariable);
        return Error{QStringLiteral("pdf.token.cancelled"),
                     QStringLiteral("the token '%1' needs a PIN: give --pin-file or set %2")
                         .arg(token.label, QString::fromLatin1(pinEnvironmentVariable)),
                     {},
                     0,
                     0};
    };
    return pdf::loadTokenIdentity(sel, pin);
}

QStringList repeatedValues(const QStringList& raw, const QString& option)
{
    QStringList out;
    for (int i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == option && i + 1 < raw.size())
            out << raw.at(++i);
        else if (raw.at(i).startsWith(option + QLatin1Char('=')))
            out << raw.at(i).mid(option.size() + 1);
    }
    return out;
}

Status applyLevelOptions(const Args& a, const QStringList& raw, pdf::SignOptions& options)
{
    const QString tsa = a.value(QStringLiteral("--tsa"));
    const QString level =
        a.value(QStringLiteral("--level"), tsa.isEmpty() ? QStringLiteral("b-b") : QStringLiteral("b-t"));
    if (level == QStringLiteral("b-b"))
        options.level = pdf::SignatureLevel::BB;
    else if (level == QStringLiteral("b-t"))
        options.level = pdf::SignatureLevel::BT;
    else if (level == QStringLiteral("b-lt"))
        options.level = pdf::SignatureLevel::BLT;
    else if (level == QStringLiteral("b-lta"))
        options.level = pdf::SignatureLevel::BLTA;
    else
        return cliError(QStringLiteral("cli.level"),
                        QStringLiteral("--level takes b-b, b-t, b-lt or b-lta, not '%1'").arg(level));
    if (options.level != pdf::SignatureLevel::BB && tsa.isEmpty())
        return cliError(QStringLiteral("cli.level"), QStringLiteral("--level %1 needs --tsa URL").arg(level));
    options.timestamp.url = tsa;
    options.timestamp.fallbackToBB = a.has(QStringLiteral("--tsa-fallback"));
    if (!a.value(QStringLiteral("--tsa-timeout")).isEmpty()) {
        bool ok = false;
        const double seconds = a.value(QStringLiteral("--tsa-timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 600)
            return cliError(QStringLiteral("cli.level"),
                            QStringLiteral("--tsa-timeout takes seconds (up to 600)"));
        options.timestamp.timeoutMs = int(seconds * 1000);
    }
    if (!a.value(QStringLiteral("--tsa-trust")).isEmpty()) {
        Result<QByteArray> pem = readSmallFile(a.value(QStringLiteral("--tsa-trust")), 4 << 20);
        if (!pem)
            return pem.error();
        options.timestamp.trustPem = {pem.value()};
    }
    const QStringList crls = repeatedValues(raw, QStringLiteral("--crl"));
    if (!crls.isEmpty() && options.level != pdf::SignatureLevel::BLT &&
        options.level != pdf::SignatureLevel::BLTA)
        return cliError(QStringLiteral("cli.level"), QStringLiteral("--crl is for --level b-lt or b-lta"));
    for (const QString& path : crls) {
        Result<QByteArray> crl = readSmallFile(path, 64 << 20);
        if (!crl)
            return crl.error();
        options.crls << crl.value();
    }
    options.fetchRevocation = a.has(QStringLiteral("--fetch-revocation"));
    if (options.fetchRevocation && options.level != pdf::SignatureLevel::BLT &&
        options.level != pdf::SignatureLevel::BLTA)
        return cliError(QStringLiteral("cli.level"),
                        QStringLiteral("--fetch-revocation is for --level b-lt or b-lta"));
    return {};
}

} // namespace mla::cli
