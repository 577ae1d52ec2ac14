#pragma once
// The package manifest: what is inside, from whom to whom. Canonical JSON (UTF-8, keys in a
// fixed order) signed as CMS SignedData. fromJson() treats its input as hostile: size capped,
// every member type-checked, unknown members refused, names checked like archive entries,
// sizes and counts capped, duplicates refused. Failure: Error code "transmit.manifest.*" naming
// the member. Reentrant.

#include "base/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mla::transmit {

struct ManifestFile
{
    QString name;     // flat file name inside the package
    QString role;     // "request" (a signed request PDF), "attachment", "draft" (the .mlar)
    QString mimeType; // e.g. "application/pdf"
    QString language; // for "request": the UN language of the PDF; otherwise empty
    qint64 size = 0;
    QString sha256; // lower-case hex
};

struct ManifestParty
{
    QString authority; // name of the authority
    QString state;     // ISO 3166 alpha-3 (or the certificate's alpha-2 when nothing better is known)
};

struct Manifest
{
    QString packageId; // UUID, without braces
    QDateTime created; // UTC
    ManifestParty sender;
    ManifestParty recipient;
    QString reference;                 // the sender's own reference (authority.reference)
    QString requestId;                 // the draft's id, when known
    QString inReplyTo;                 // the package id this one answers, or empty
    QString senderCertificate;         // SHA-256 of the signing certificate
    QStringList recipientCertificates; // SHA-256 of every certificate the package is encrypted to
    QList<ManifestFile> files;

    const ManifestFile* file(const QString& name) const;
    QByteArray toJson() const; // canonical
    static Result<Manifest> fromJson(const QByteArray& json, const QString& label);
};

} // namespace mla::transmit
