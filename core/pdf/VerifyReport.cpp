#include "VerifyReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mla::pdf {

bool SignatureCheck::intact() const
{
    return byteRangeOk && appendedOnlySignatures && digestOk && cmsSignatureOk && signingCertificateOk &&
           certificateValidAtTime && attachedToField && otherIssues == 0;
}

QString SignatureCheck::verdict() const
{
    return (valid() ? QStringLiteral("valid: ") : QStringLiteral("not valid: ")) + explanation();
}

QString SignatureCheck::explanation() const
{
    if (valid())
        return appendedOnlySignatures && !coversWholeFile
                   ? QStringLiteral("the document is unchanged since this signature, apart from %1 "
                                    "later signature(s) and validation data")
                         .arg(laterSignatures)
                   : QStringLiteral("the document is unchanged since it was signed");
    if (signedVersionIntact() && byteRangeOk && !appendedOnlySignatures)
        return QStringLiteral("the signed version is intact, but the document was changed after "
                              "signing: %1")
            .arg(appendedChanges.join(QStringLiteral("; ")));
    if (!signedVersionIntact())
        return QStringLiteral("the signed bytes or the signature value were altered");
    if (intact() && !chainTrusted)
        return QStringLiteral("the document is intact, but the signer is not trusted: %1").arg(chainError);
    return problems.value(0);
}

bool VerifyReport::allValid() const
{
    if (signatures.isEmpty() || refused || !documentProblems.isEmpty())
        return false;
    for (const SignatureCheck& s : signatures)
        if (!s.valid())
            return false;
    return true;
}

namespace {

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray VerifyReport::toJson() const
{
    QJsonArray sigs;
    for (const SignatureCheck& s : signatures) {
        QJsonArray range;
        for (qint64 v : s.byteRange)
            range.append(double(v));
        QJsonObject o{
            {QStringLiteral("field"), s.fieldName},
            {QStringLiteral("subFilter"), s.subFilter},
            {QStringLiteral("signer"), s.signerName},
            {QStringLiteral("subject"), s.signerSubject},
            {QStringLiteral("issuer"), s.issuer},
            {QStringLiteral("fingerprintSha256"), QString::fromLatin1(s.signerFingerprint)},
            {QStringLiteral("signingTime"), iso(s.signingTime)},
            {QStringLiteral("level"), s.level},
            {QStringLiteral("validationTime"), iso(s.validationTime)},
            {QStringLiteral("validatedAtTimestamp"), s.atTimestamp},
            {QStringLiteral("timestampPresent"), s.timestampPresent},
            {QStringLiteral("timestampOk"), s.timestampOk},
            {QStringLiteral("timestampTime"), iso(s.timestampTime)},
            {QStringLiteral("timestampAuthority"), s.timestampAuthority},
            {QStringLiteral("longTermValidationData"), s.longTermData},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("location"), s.location},
            {QStringLiteral("contact"), s.contact},
            {QStringLiteral("certification"), s.certification},
            {QStringLiteral("documentTimestamp"), s.documentTimestamp},
            {QStringLiteral("byteRange"), range},
            {QStringLiteral("revisionEnd"), double(s.revisionEnd)},
            {QStringLiteral("byteRangeOk"), s.byteRangeOk},
            {QStringLiteral("coversWholeFile"), s.coversWholeFile},
            {QStringLiteral("signedVersionIntact"), s.signedVersionIntact()},
            {QStringLiteral("appendedOnlySignatures"), s.appendedOnlySignatures},
            {QStringLiteral("changedAfterSigning"), !s.appendedOnlySignatures},
            {QStringLiteral("laterSignatures"), s.laterSignatures},
            {QStringLiteral("appendedChanges"), QJsonArray::fromStringList(s.appendedChanges)},
            {QStringLiteral("digestAlgorithm"), s.digestAlgorithm},
            {QStringLiteral("digestOk"), s.digestOk},
            {QStringLiteral("cmsSignatureOk"), s.cmsSignatureOk},
            {QStringLiteral("signingCertificateOk"), s.signingCertificateOk},
            {QStringLiteral("certificateValidAtValidationTime"), s.certificateValidAtTime},
            {QStringLiteral("chainTrusted"), s.chainTrusted},
            {QStringLiteral("chainError"), s.chainError},
            {QStringLiteral("problems"), QJsonArray::fromStringList(s.problems)},
            {QStringLiteral("intact"), s.intact()},
            {QStringLiteral("valid"), s.valid()},
            {QStringLiteral("verdict"), s.verdict()},
        };
        if (s.certification)
            o.insert(QStringLiteral("docMdpPermissions"), s.docMdpPermissions);
        sigs.append(o);
    }
    const QJsonObject root{{QStringLiteral("file"), file},
                           {QStringLiteral("fileSize"), double(fileSize)},
                           {QStringLiteral("signatures"), sigs},
                           {QStringLiteral("documentProblems"), QJsonArray::fromStringList(documentProblems)},
                           {QStringLiteral("refused"), refused},
                           {QStringLiteral("valid"), allValid()}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString VerifyReport::toText() const
{
    QString out;
    for (const QString& p : documentProblems)
        out += QStringLiteral("%1: %2\n").arg(file, p);
    if (signatures.isEmpty())
        return out + QStringLiteral("%1: no signatures\n").arg(file);
    int n = 0;
    for (const SignatureCheck& s : signatures) {
        out += QStringLiteral("Signature %1 (%2): %3 — %4\n")
                   .arg(++n)
                   .arg(s.fieldName, s.valid() ? QStringLiteral("VALID") : QStringLiteral("NOT VALID"),
                        s.explanation());
        out += QStringLiteral("  signer: %1\n  issuer: %2\n").arg(s.signerSubject, s.issuer);
        if (s.signingTime.isValid())
            out += QStringLiteral("  signing time (claimed by the signer): %1\n").arg(iso(s.signingTime));
        if (s.timestampPresent)
            out += QStringLiteral("  timestamp: %1 by %2 (%3)\n")
                       .arg(iso(s.timestampTime), s.timestampAuthority,
                            s.timestampOk ? QStringLiteral("verified") : QStringLiteral("NOT VALID"));
        out += QStringLiteral("  level: %1; certificate checked at %2 (%3)\n")
                   .arg(s.level, iso(s.validationTime),
                        s.atTimestamp ? QStringLiteral("the timestamp's time") : QStringLiteral("now"));
        if (!s.reason.isEmpty())
            out += QStringLiteral("  reason: %1\n").arg(s.reason);
        if (!s.location.isEmpty())
            out += QStringLiteral("  location: %1\n").arg(s.location);
        if (s.certification)
            out += QStringLiteral("  certification signature (DocMDP P=%1)\n").arg(s.docMdpPermissions);
        QStringList range;
        for (qint64 v : s.byteRange)
            range << QString::number(v);
        out += QStringLiteral("  byte range: [%1] %2\n")
                   .arg(range.join(u' '),
                        s.coversWholeFile ? QStringLiteral("covers the whole file")
                        : s.appendedOnlySignatures
                            ? QStringLiteral("followed by %1 later signature(s) only").arg(s.laterSignatures)
                            : QStringLiteral("followed by other changes"));
        out += QStringLiteral("  digest (%1): %2, CMS signature: %3, certificate: %4, chain: %5\n")
                   .arg(s.digestAlgorithm, s.digestOk ? QStringLiteral("ok") : QStringLiteral("MISMATCH"),
                        s.cmsSignatureOk ? QStringLiteral("ok") : QStringLiteral("INVALID"),
                        s.certificateValidAtTime ? QStringLiteral("valid") : QStringLiteral("NOT VALID"),
                        s.chainTrusted ? QStringLiteral("trusted")
                                       : QStringLiteral("NOT TRUSTED (%1)").arg(s.chainError));
        for (const QString& p : s.problems)
            out += QStringLiteral("  problem: %1\n").arg(p);
    }
    out += allValid() ? QStringLiteral("All %1 signature(s) valid and trusted.\n").arg(signatures.size())
                      : QStringLiteral("NOT VALID: not every signature is valid and trusted, or the document "
                                       "has problems (see above).\n");
    return out;
}

} // namespace mla::pdf
