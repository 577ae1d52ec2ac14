#include "Receipt.h"

#include "PackageFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace mla::transmit {

namespace {

Error receiptError(const char* code, const QString& detail, const QString& file = {})
{
    return Error{QString::fromLatin1(code), detail, file, 0, 0};
}

bool isHex64(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

QJsonArray checksToJson(const QList<PackageCheck>& checks)
{
    QJsonArray a;
    for (const PackageCheck& c : checks)
        a.append(QJsonObject{{QStringLiteral("id"), c.id},
                             {QStringLiteral("ok"), c.ok},
                             {QStringLiteral("detail"), c.detail}});
    return a;
}

} // namespace

QByteArray Receipt::toJson() const
{
    QJsonObject root{
        {QStringLiteral("format"), QString::fromLatin1(receiptFormat)},
        {QStringLiteral("version"), receiptVersion},
        {QStringLiteral("receiptId"), receiptId},
        {QStringLiteral("packageId"), packageId},
        {QStringLiteral("packageSha256"), packageSha256},
        {QStringLiteral("manifestSha256"), manifestSha256},
        {QStringLiteral("openedAt"), openedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("openedBy"), QJsonObject{{QStringLiteral("authority"), openedBy.authority},
                                                 {QStringLiteral("state"), openedBy.state}}},
        {QStringLiteral("openedByCertificate"), openedByCertificate},
        {QStringLiteral("senderReference"), senderReference},
        {QStringLiteral("recipientReference"), recipientReference},
        {QStringLiteral("allPassed"), allPassed},
        {QStringLiteral("checks"), checksToJson(checks)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Receipt> Receipt::fromJson(const QByteArray& json, const QString& label)
{
    auto bad = [&label](const QString& why) {
        return receiptError("transmit.receipt.format", QStringLiteral("receipt: %1").arg(why), label);
    };
    if (json.size() > maxReceiptBytes)
        return bad(QStringLiteral("larger than %1 bytes").arg(maxReceiptBytes));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return bad(QStringLiteral("not a JSON object (offset %1: %2)").arg(pe.offset).arg(pe.errorString()));
    const QJsonObject o = doc.object();
    static const QStringList allowed{QStringLiteral("format"),
                                     QStringLiteral("version"),
                                     QStringLiteral("receiptId"),
                                     QStringLiteral("packageId"),
                                     QStringLiteral("packageSha256"),
                                     QStringLiteral("manifestSha256"),
                                     QStringLiteral("openedAt"),
                                     QStringLiteral("openedBy"),
                                     QStringLiteral("openedByCertificate"),
                                     QStringLiteral("senderReference"),
                                     QStringLiteral("recipientReference"),
                                     QStringLiteral("allPassed"),
                                     QStringLiteral("checks")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return bad(QStringLiteral("unknown member '%1'").arg(it.key()));
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(receiptFormat))
        return bad(QStringLiteral("'format' is not '%1'").arg(QLatin1String(receiptFormat)));
    if (o.value(QStringLiteral("version")).toDouble() != receiptVersion)
        return bad(QStringLiteral("unknown receipt version"));
    Receipt r;
    auto str = [&o](const char* key, int max, QString* out) {
        const QJsonValue v = o.value(QString::fromLatin1(key));
        if (!v.isString() || v.toString().size() > max)
            return false;
        *out = v.toString();
        return true;
    };
    QString openedAt;
    if (!str("receiptId", 64, &r.receiptId) || !str("packageId", 64, &r.packageId) ||
        !str("packageSha256", 64, &r.packageSha256) || !str("manifestSha256", 64, &r.manifestSha256) ||
        !str("openedAt", 64, &openedAt) || !str("openedByCertificate", 64, &r.openedByCertificate) ||
        !str("senderReference", maxTextChars, &r.senderReference) ||
        !str("recipientReference", maxTextChars, &r.recipientReference))
        return bad(QStringLiteral("a required member is missing, not a string or too long"));
    if (!isHex64(r.packageSha256) || !isHex64(r.manifestSha256))
        return bad(QStringLiteral("a SHA-256 is not 64 lower-case hex digits"));
    r.openedAt = QDateTime::fromString(openedAt, Qt::ISODate).toUTC();
    if (!r.openedAt.isValid())
        return bad(QStringLiteral("'openedAt' is not an ISO 8601 time"));
    const QJsonObject by = o.value(QStringLiteral("openedBy")).toObject();
    r.openedBy.authority = by.value(QStringLiteral("authority")).toString().left(maxTextChars);
    r.openedBy.state = by.value(QStringLiteral("state")).toString().left(8);
    if (!o.value(QStringLiteral("allPassed")).isBool())
        return bad(QStringLiteral("'allPassed' is not true or false"));
    r.allPassed = o.value(QStringLiteral("allPassed")).toBool();
    const QJsonValue checks = o.value(QStringLiteral("checks"));
    if (!checks.isArray() || checks.toArray().size() > 4 * maxFiles + 64)
        return bad(QStringLiteral("'checks' is not an array of at most %1 checks").arg(4 * maxFiles + 64));
    for (const QJsonValue& c : checks.toArray()) {
        const QJsonObject co = c.toObject();
        if (!co.value(QStringLiteral("id")).isString() || !co.value(QStringLiteral("ok")).isBool())
            return bad(QStringLiteral("a check lacks its id or result"));
        r.checks.append(PackageCheck{co.value(QStringLiteral("id")).toString().left(300),
                                     co.value(QStringLiteral("ok")).toBool(),
                                     co.value(QStringLiteral("detail")).toString().left(maxTextChars)});
    }
    return r;
}

Result<QByteArray> createReceipt(const OpenedPackage& opened, const TransmitIdentity& signer,
                                 const QString& recipientReference, const QDateTime& openedAt)
{
    if (!opened.manifestRead)
        return receiptError(
            "transmit.receipt.create",
            QStringLiteral("the package's manifest could not be read: there is nothing to acknowledge"),
            opened.label);
    Receipt r;
    r.receiptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.packageId = opened.manifest.packageId;
    r.packageSha256 = QString::fromLatin1(opened.packageSha256);
    r.manifestSha256 = QString::fromLatin1(opened.manifestSha256);
    QDateTime when = (openedAt.isValid() ? openedAt : QDateTime::currentDateTimeUtc()).toUTC();
    when.setTime(QTime(when.time().hour(), when.time().minute(), when.time().second()));
    r.openedAt = when;
    r.openedBy = opened.manifest.recipient;
    r.openedByCertificate = QString::fromLatin1(signer.fingerprint());
    r.senderReference = opened.manifest.reference;
    r.recipientReference = recipientReference.left(maxTextChars);
    r.allPassed = opened.allPassed();
    r.checks = opened.checks;
    return signContent(r.toJson(), signer);
}

bool ReceiptVerdict::allPassed() const
{
    if (!receiptRead || checks.isEmpty())
        return false;
    for (const PackageCheck& c : checks)
        if (!c.ok)
            return false;
    return true;
}

QStringList ReceiptVerdict::failures() const
{
    QStringList out;
    for (const PackageCheck& c : checks)
        if (!c.ok)
            out << QStringLiteral("%1: %2").arg(c.id, c.detail);
    return out;
}

QByteArray ReceiptVerdict::toJson() const
{
    QJsonObject root{{QStringLiteral("signer"), signerSubject},
                     {QStringLiteral("allPassed"), allPassed()},
                     {QStringLiteral("checks"), checksToJson(checks)}};
    if (receiptRead)
        root.insert(QStringLiteral("receipt"), QJsonDocument::fromJson(receipt.toJson()).object());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ReceiptVerdict::toText() const
{
    QString out;
    if (receiptRead)
        out +=
            QStringLiteral("receipt %1 for package %2\n  opened %3 by %4 (%5), their reference %6\n")
                .arg(receipt.receiptId, receipt.packageId, receipt.openedAt.toString(Qt::ISODate),
                     receipt.openedBy.authority, receipt.openedBy.state,
                     receipt.recipientReference.isEmpty() ? QStringLiteral("-") : receipt.recipientReference);
    out += QStringLiteral("  signed by %1\n").arg(signerSubject);
    for (const PackageCheck& c : checks)
        out += QStringLiteral("  [%1] %2: %3\n")
                   .arg(c.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"), c.id, c.detail);
    out += allPassed() ? QStringLiteral("verdict: acknowledged\n") : QStringLiteral("verdict: REFUSED\n");
    return out;
}

Result<ReceiptVerdict> checkReceipt(const QByteArray& receiptDer, const QByteArray& sentPackage,
                                    const QList<QByteArray>& trustPem, const TransmitIdentity* sender,
                                    const QString& label)
{
    Result<SignedContent> sc = readSignedContent(receiptDer, trustPem, label, maxReceiptBytes);
    if (!sc)
        return sc.error();
    Result<Receipt> receipt = Receipt::fromJson(sc.value().content, label);
    if (!receipt)
        return receipt.error();
    ReceiptVerdict v;
    v.receiptRead = true;
    v.receipt = receipt.value();
    v.signerSubject = sc.value().signerSubject;
    auto check = [&v](const QString& id, bool ok, const QString& detail) {
        v.checks.append(PackageCheck{id, ok, detail});
    };
    check(QStringLiteral("receipt.signature"), sc.value().signatureOk,
          sc.value().signatureOk
              ? QStringLiteral("the receipt signature is valid")
              : QStringLiteral("the receipt signature does not verify: changed after signing or "
                               "damaged"));
    const QString sentSha = QString::fromLatin1(sha256Hex(sentPackage));
    const bool samePackage = v.receipt.packageSha256 == sentSha;
    check(QStringLiteral("receipt.package"), samePackage,
          samePackage
              ? QStringLiteral("the receipt is for the package sent (SHA-256 %1)").arg(sentSha)
              : QStringLiteral("the receipt is for another package (its SHA-256 %1, the package sent has %2)")
                    .arg(v.receipt.packageSha256, sentSha));
    bool pinned = false;
    if (sender && !sender->isNull()) {
        Result<OpenedPackage> own = openPackage(sentPackage, *sender, {}, label);
        if (!own || !own.value().manifestRead) {
            check(QStringLiteral("receipt.sent"), false,
                  QStringLiteral("the package sent cannot be reopened with the sender's identity: %1")
                      .arg(own ? QStringLiteral("its manifest is unreadable") : own.error().detail));
        } else {
            const OpenedPackage& p = own.value();
            const bool idOk = v.receipt.packageId == p.manifest.packageId;
            check(QStringLiteral("receipt.packageId"), idOk,
                  idOk ? QStringLiteral("package %1").arg(p.manifest.packageId)
                       : QStringLiteral("the receipt names package %1, the package sent is %2")
                             .arg(v.receipt.packageId, p.manifest.packageId));
            const bool manifestOk = v.receipt.manifestSha256 == QString::fromLatin1(p.manifestSha256);
            check(QStringLiteral("receipt.manifest"), manifestOk,
                  manifestOk
                      ? QStringLiteral("the manifest acknowledged is the one sent")
                      : QStringLiteral("the receipt's manifest SHA-256 %1 is not the sent manifest's %2")
                            .arg(v.receipt.manifestSha256, QString::fromLatin1(p.manifestSha256)));
            const bool refOk = v.receipt.senderReference == p.manifest.reference;
            check(QStringLiteral("receipt.reference"), refOk,
                  refOk ? QStringLiteral("our reference %1").arg(p.manifest.reference)
                        : QStringLiteral("the receipt names our reference '%1', the package sent has '%2'")
                              .arg(v.receipt.senderReference, p.manifest.reference));
            pinned = p.manifest.recipientCertificates.contains(
                         QString::fromLatin1(sc.value().signerFingerprint)) &&
                     QString::fromLatin1(sc.value().signerFingerprint) !=
                         QString::fromLatin1(sender->fingerprint());
        }
    }
    const bool trusted = sc.value().signerTrusted || pinned;
    check(QStringLiteral("receipt.signer"), trusted,
          sc.value().signerTrusted ? QStringLiteral("%1 chains to a trust anchor").arg(v.signerSubject)
          : pinned
              ? QStringLiteral("%1 holds a certificate the package was addressed to").arg(v.signerSubject)
              : QStringLiteral("the signer %1 is not trusted: %2")
                    .arg(v.signerSubject, sc.value().trustProblem));
    const bool certOk = v.receipt.openedByCertificate == QString::fromLatin1(sc.value().signerFingerprint);
    check(QStringLiteral("receipt.certificate"), certOk,
          certOk ? QStringLiteral("the receipt names its signer")
                 : QStringLiteral("the receipt names another certificate than the one that signed it"));
    check(QStringLiteral("receipt.verdict"), v.receipt.allPassed,
          v.receipt.allPassed ? QStringLiteral("the recipient reports that every check passed")
                              : QStringLiteral("the recipient reports failed checks: %1").arg([&v] {
                                    QStringList failed;
                                    for (const PackageCheck& c : v.receipt.checks)
                                        if (!c.ok)
                                            failed << c.id;
                                    return failed.join(QStringLiteral(", "));
                                }()));
    return v;
}

} // namespace mla::transmit
