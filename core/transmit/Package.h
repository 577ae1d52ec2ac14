#pragma once
// The request package: create one (sign the manifest, encrypt the whole to every recipient),
// open one (decrypt, verify everything, report), and extract an opened package into a folder.
// The package file is hostile input: sizes and counts are capped before work, nothing is read
// or fetched because the package says so, and extraction writes nothing unless every check
// passed — into a temporary folder beside the target, renamed into place at the end.
// Failure: Error codes "transmit.package.*", "transmit.cms.*", "transmit.payload.*",
// "transmit.extract.*". Reentrant.

#include "Cms.h"
#include "Manifest.h"
#include "Tar.h"
#include "TransmitIdentity.h"

#include "base/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mla::transmit {

struct PackageFile
{
    QString name;     // flat file name (see unsafeNameReason)
    QString role;     // "request", "attachment" or "draft"
    QString mimeType; // empty: application/pdf for requests, the draft type for drafts
    QString language; // for requests
    QByteArray bytes;
};

struct PackageSpec
{
    ManifestParty sender;
    ManifestParty recipient;
    QString reference;
    QString requestId;
    QString inReplyTo;
    QList<PackageFile> files;
    QList<QByteArray> recipientPems; // the recipients' encryption certificates (PEM)
    bool includeSender = true;       // also encrypt to the sender's certificate, when it allows it
    Cipher cipher = Cipher::Aes256Gcm;
    QDateTime created; // default: now
};

struct CreatedPackage
{
    QByteArray bytes; // the .mlap file
    Manifest manifest;
    QByteArray manifestJson;
    bool senderCanReopen = false; // the sender's certificate is among the recipients
};

// Checks the files first: every request is a PDF with at least one intact signature; when a
// draft is included it reads safely and the attachments match its list (name and SHA-256) both
// ways. Errors: transmit.package.input naming the file, plus the CMS errors.
Result<CreatedPackage> createPackage(const PackageSpec& spec, const TransmitIdentity& sender);

// Only the packaging steps, for tests that build packages the checks must refuse: signs
// `manifestJson` with `signer`, puts it first in the archive with `files`, encrypts to `recipientPems`.
Result<QByteArray> assemblePackage(const QByteArray& manifestJson, const QList<TarEntry>& files,
                                   const TransmitIdentity& signer, const QList<QByteArray>& recipientPems,
                                   Cipher cipher = Cipher::Aes256Gcm);

struct PackageCheck
{
    QString id; // "manifest.signature", "file:request.en.pdf", "pdf:request.en.pdf", ...
    bool ok = false;
    QString detail; // plain words
};

struct OpenedPackage
{
    QString label;
    QByteArray packageSha256;  // of the package file, hex
    QByteArray manifestSha256; // of the manifest JSON as signed, hex
    QByteArray manifestJson;
    QByteArray signedManifest; // the SignedData (DER)
    bool manifestRead = false;
    Manifest manifest;
    QString signerSubject;
    QByteArray signerFingerprint;
    QList<PackageCheck> checks;
    QList<TarEntry> files; // in archive order, without the manifest

    bool allPassed() const; // manifest read and every check ok
    QStringList failures() const;
    QByteArray toJson() const;
    QString toText() const;
};

// Errors only when the package cannot be read at all (size cap, not encrypted CMS, not
// addressed to `recipient`, damaged or altered ciphertext, malformed payload, no signed
// manifest); every verdict after that is in the checks.
Result<OpenedPackage> openPackage(const QByteArray& bytes, const TransmitIdentity& recipient,
                                  const QList<QByteArray>& trustPem, const QString& label);

// Writes the files, manifest.json and manifest.p7m into `outDir`, which must not exist yet
// (its parent must). Refuses unless opened.allPassed(). Errors: transmit.extract.*.
Status extractPackage(const OpenedPackage& opened, const QString& outDir);

} // namespace mla::transmit
