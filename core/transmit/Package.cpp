#include "Package.h"

#include "PackageFormat.h"

#include "draft/DraftFile.h"
#include "pdf/Verifier.h"
#if __has_include("pdf/EmbeddedFiles.h")
#include "pdf/EmbeddedFiles.h"
#define MLAWRITER_HAVE_EMBEDDED_FILES 1
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

#include <optional>

namespace mla::transmit {

namespace {

Error packageError(const char* code, const QString& detail, const QString& file = {})
{
    return Error{QString::fromLatin1(code), detail, file, 0, 0};
}

const QString draftMime = QStringLiteral("application/x-mlawriter-draft+xml");

QString defaultMime(const PackageFile& f)
{
    if (!f.mimeType.isEmpty())
        return f.mimeType;
    if (f.role == QLatin1String("request"))
        return QStringLiteral("application/pdf");
    if (f.role == QLatin1String("draft"))
        return draftMime;
    return QStringLiteral("application/octet-stream");
}

QString signatureSummary(const pdf::VerifyReport& r)
{
    QStringList parts;
    for (const pdf::SignatureCheck& s : r.signatures)
        parts << (s.valid() ? QStringLiteral("%1: valid, signed by %2").arg(s.fieldName, s.signerName)
                            : QStringLiteral("%1 (%2): %3")
                                  .arg(s.fieldName, s.signerName, s.problems.join(QStringLiteral("; "))));
    parts << r.documentProblems;
    if (r.signatures.isEmpty())
        parts << QStringLiteral("the PDF has no signatures");
    return parts.join(QStringLiteral("; "));
}

// Draft attachments against the package's attachment files, both ways.
QString attachmentMismatch(const Request& request, const QList<std::pair<QString, QByteArray>>& attachments)
{
    QStringList problems;
    QSet<QString> listed;
    for (const Attachment& a : request.attachments) {
        listed.insert(a.fileName);
        bool found = false;
        for (const auto& [name, sha] : attachments)
            if (name == a.fileName) {
                found = true;
                if (QString::fromLatin1(sha) != a.sha256.toLower())
                    problems << QStringLiteral(
                                    "'%1' differs from the draft's (SHA-256 %2, the draft lists %3)")
                                    .arg(name, QString::fromLatin1(sha), a.sha256);
            }
        if (!found)
            problems << QStringLiteral("'%1', listed in the draft, is not in the package").arg(a.fileName);
    }
    for (const auto& [name, sha] : attachments)
        if (!listed.contains(name))
            problems << QStringLiteral("'%1' is not listed among the draft's attachments").arg(name);
    return problems.join(QStringLiteral("; "));
}

} // namespace

Result<QByteArray> assemblePackage(const QByteArray& manifestJson, const QList<TarEntry>& files,
                                   const TransmitIdentity& signer, const QList<QByteArray>& recipientPems,
                                   Cipher cipher)
{
    Result<QByteArray> signedManifest = signContent(manifestJson, signer);
    if (!signedManifest)
        return signedManifest.error();
    QList<TarEntry> entries{TarEntry{QString::fromLatin1(manifestEntryName), signedManifest.value()}};
    entries << files;
    return encryptContent(writeTar(entries, QDateTime::currentDateTimeUtc()), recipientPems, cipher);
}

Result<CreatedPackage> createPackage(const PackageSpec& spec, const TransmitIdentity& sender)
{
    if (spec.files.isEmpty())
        return packageError("transmit.package.input", QStringLiteral("nothing to send"));
    if (spec.files.size() > maxFiles)
        return packageError("transmit.package.input", QStringLiteral("more than %1 files").arg(maxFiles));
    Manifest m;
    m.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.created = (spec.created.isValid() ? spec.created : QDateTime::currentDateTimeUtc()).toUTC();
    m.created.setTime(QTime(m.created.time().hour(), m.created.time().minute(), m.created.time().second()));
    m.sender = spec.sender;
    m.recipient = spec.recipient;
    m.reference = spec.reference;
    m.requestId = spec.requestId;
    m.inReplyTo = spec.inReplyTo;
    m.senderCertificate = QString::fromLatin1(sender.fingerprint());

    QList<QByteArray> recipients = spec.recipientPems;
    CreatedPackage created;
    if (spec.includeSender && sender.canDecrypt()) {
        recipients << sender.certificatePem();
        created.senderCanReopen = true;
    }
    for (const QByteArray& fp : certificateFingerprints(recipients))
        if (!m.recipientCertificates.contains(QString::fromLatin1(fp)))
            m.recipientCertificates << QString::fromLatin1(fp);

    QList<TarEntry> entries;
    QSet<QString> names;
    qint64 total = 0;
    std::optional<Request> draftRequest;
    QList<std::pair<QString, QByteArray>> attachments;
    int requests = 0;
    for (const PackageFile& f : spec.files) {
        if (const QString why = unsafeNameReason(f.name); !why.isEmpty())
            return packageError("transmit.package.input",
                                QStringLiteral("file name '%1' refused: %2").arg(f.name, why));
        if (f.name == QLatin1String(manifestEntryName) || f.name == QLatin1String(manifestFileName))
            return packageError("transmit.package.input",
                                QStringLiteral("file name '%1' is reserved").arg(f.name));
        if (names.contains(f.name.toCaseFolded()))
            return packageError("transmit.package.input",
                                QStringLiteral("file name '%1' is used twice").arg(f.name));
        names.insert(f.name.toCaseFolded());
        if (f.bytes.size() > maxFileBytes)
            return packageError(
                "transmit.package.input",
                QStringLiteral("'%1' is larger than the cap of %2 bytes").arg(f.name).arg(maxFileBytes));
        total += f.bytes.size();
        if (total > maxTotalBytes)
            return packageError(
                "transmit.package.input",
                QStringLiteral("the files are larger than the cap of %1 bytes in all").arg(maxTotalBytes));
        const QByteArray sha = sha256Hex(f.bytes);
        if (f.role == QLatin1String("request")) {
            ++requests;
            Result<pdf::VerifyReport> report = pdf::verifyPdf(f.bytes, {}, f.name);
            if (!report)
                return packageError("transmit.package.input", report.error().detail, f.name);
            bool intact = !report.value().signatures.isEmpty();
            for (const pdf::SignatureCheck& s : report.value().signatures)
                intact = intact && s.intact();
            if (!intact)
                return packageError(
                    "transmit.package.input",
                    QStringLiteral("the request PDF is not signed or its signature is broken: %1")
                        .arg(signatureSummary(report.value())),
                    f.name);
        } else if (f.role == QLatin1String("draft")) {
            if (draftRequest)
                return packageError("transmit.package.input", QStringLiteral("more than one draft"), f.name);
            Result<Request> parsedDraft = draft::DraftFile::parse(f.bytes, f.name);
            if (!parsedDraft)
                return parsedDraft.error();
            draftRequest = parsedDraft.value();
        } else if (f.role == QLatin1String("attachment")) {
            attachments.append({f.name, sha});
        } else {
            return packageError("transmit.package.input", QStringLiteral("unknown role '%1'").arg(f.role),
                                f.name);
        }
        m.files.append(ManifestFile{f.name, f.role, defaultMime(f), f.language, f.bytes.size(),
                                    QString::fromLatin1(sha)});
        entries.append(TarEntry{f.name, f.bytes});
    }
    if (requests == 0)
        return packageError("transmit.package.input", QStringLiteral("no signed request PDF to send"));
    if (draftRequest) {
        if (const QString mismatch = attachmentMismatch(*draftRequest, attachments); !mismatch.isEmpty())
            return packageError("transmit.package.input", QStringLiteral("attachments: %1").arg(mismatch));
        if (m.requestId.isEmpty())
            m.requestId = draftRequest->id;
    }
    created.manifestJson = m.toJson();
    created.manifest = m;
    Result<QByteArray> bytes =
        assemblePackage(created.manifestJson, entries, sender, recipients, spec.cipher);
    if (!bytes)
        return bytes.error();
    if (bytes.value().size() > maxPackageBytes)
        return packageError(
            "transmit.package.input",
            QStringLiteral("the package would be larger than the cap of %1 bytes").arg(maxPackageBytes));
    created.bytes = bytes.value();
    return created;
}

// ---- opening ---------------------------------------------------------------------------------

bool OpenedPackage::allPassed() const
{
    if (!manifestRead || checks.isEmpty())
        return false;
    for (const PackageCheck& c : checks)
        if (!c.ok)
            return false;
    return true;
}

QStringList OpenedPackage::failures() const
{
    QStringList out;
    for (const PackageCheck& c : checks)
        if (!c.ok)
            out << QStringLiteral("%1: %2").arg(c.id, c.detail);
    return out;
}

QByteArray OpenedPackage::toJson() const
{
    QJsonArray checkArray;
    for (const PackageCheck& c : checks)
        checkArray.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("ok"), c.ok},
                                      {QStringLiteral("detail"), c.detail}});
    QJsonObject root{{QStringLiteral("file"), label},
                     {QStringLiteral("packageSha256"), QString::fromLatin1(packageSha256)},
                     {QStringLiteral("manifestSha256"), QString::fromLatin1(manifestSha256)},
                     {QStringLiteral("signer"), signerSubject},
                     {QStringLiteral("allPassed"), allPassed()},
                     {QStringLiteral("checks"), checkArray}};
    if (manifestRead)
        root.insert(QStringLiteral("manifest"), QJsonDocument::fromJson(manifestJson).object());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString OpenedPackage::toText() const
{
    QString out;
    out += QStringLiteral("package %1\n").arg(label);
    if (manifestRead) {
        out += QStringLiteral("  id %1, created %2\n")
                   .arg(manifest.packageId, manifest.created.toString(Qt::ISODate));
        out += QStringLiteral("  from %1 (%2) to %3 (%4), reference %5\n")
                   .arg(manifest.sender.authority, manifest.sender.state, manifest.recipient.authority,
                        manifest.recipient.state,
                        manifest.reference.isEmpty() ? QStringLiteral("-") : manifest.reference);
        if (!manifest.inReplyTo.isEmpty())
            out += QStringLiteral("  answers package %1\n").arg(manifest.inReplyTo);
        for (const ManifestFile& f : manifest.files)
            out += QStringLiteral("  %1  %2  %3 bytes  %4\n")
                       .arg(f.role, -10)
                       .arg(f.name)
                       .arg(f.size)
                       .arg(f.sha256);
    }
    out += QStringLiteral("  signed by %1\n")
               .arg(signerSubject.isEmpty() ? QStringLiteral("(unknown)") : signerSubject);
    for (const PackageCheck& c : checks)
        out += QStringLiteral("  [%1] %2: %3\n")
                   .arg(c.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"), c.id, c.detail);
    out +=
        allPassed() ? QStringLiteral("verdict: every check passed\n") : QStringLiteral("verdict: REFUSED\n");
    return out;
}

Result<OpenedPackage> openPackage(const QByteArray& bytes, const TransmitIdentity& recipient,
                                  const QList<QByteArray>& trustPem, const QString& label)
{
    if (bytes.size() > maxPackageBytes)
        return packageError("transmit.package.size",
                            QStringLiteral("the package is %1 bytes, over the cap of %2")
                                .arg(bytes.size())
                                .arg(maxPackageBytes),
                            label);
    OpenedPackage p;
    p.label = label;
    p.packageSha256 = sha256Hex(bytes);
    Result<QByteArray> payload = decryptContent(bytes, recipient, label);
    if (!payload)
        return payload.error();
    Result<QList<TarEntry>> entries = readTar(
        payload.value(), label, TarLimits{maxFiles + 1, maxFileBytes, maxTotalBytes + maxManifestBytes});
    if (!entries)
        return entries.error();
    if (entries.value().isEmpty() || entries.value().first().name != QLatin1String(manifestEntryName))
        return packageError("transmit.package.manifest",
                            QStringLiteral("the package does not start with its signed manifest (%1)")
                                .arg(QLatin1String(manifestEntryName)),
                            label);
    p.signedManifest = entries.value().first().data;
    p.files = entries.value().mid(1);
    Result<SignedContent> signedManifest =
        readSignedContent(p.signedManifest, trustPem, label, maxManifestBytes + 65536);
    if (!signedManifest)
        return signedManifest.error();
    const SignedContent& sc = signedManifest.value();
    p.manifestJson = sc.content;
    p.manifestSha256 = sha256Hex(sc.content);
    p.signerSubject = sc.signerSubject;
    p.signerFingerprint = sc.signerFingerprint;
    auto check = [&p](const QString& id, bool ok, const QString& detail) {
        p.checks.append(PackageCheck{id, ok, detail});
    };
    check(
        QStringLiteral("manifest.signature"), sc.signatureOk,
        sc.signatureOk
            ? QStringLiteral("the manifest signature by %1 is valid").arg(sc.signerCommonName)
            : QStringLiteral("the manifest signature does not verify: the manifest was changed after "
                             "signing or the signature is damaged%1")
                  .arg(sc.trustProblem.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(sc.trustProblem)));
    check(QStringLiteral("manifest.signer"), sc.signerTrusted,
          sc.signerTrusted
              ? QStringLiteral("%1 chains to a trust anchor").arg(sc.signerSubject)
              : QStringLiteral("the signer %1 is not trusted: %2").arg(sc.signerSubject, sc.trustProblem));

    Result<Manifest> manifest = Manifest::fromJson(sc.content, label);
    if (!manifest) {
        check(QStringLiteral("manifest.format"), false, manifest.error().detail);
        return p;
    }
    p.manifest = manifest.value();
    p.manifestRead = true;
    check(QStringLiteral("manifest.format"), true,
          QStringLiteral("version %1, %2 file(s)").arg(packageVersion).arg(p.manifest.files.size()));
    const QString self = QString::fromLatin1(recipient.fingerprint());
    check(QStringLiteral("manifest.recipient"), p.manifest.recipientCertificates.contains(self),
          p.manifest.recipientCertificates.contains(self)
              ? QStringLiteral("the manifest names %1 among its recipients").arg(recipient.commonName())
              : QStringLiteral(
                    "the signed manifest does not name %1 among its recipients (re-addressed package)")
                    .arg(recipient.commonName()));
    const bool senderMatches = p.manifest.senderCertificate == QString::fromLatin1(sc.signerFingerprint);
    check(QStringLiteral("manifest.sender"), senderMatches,
          senderMatches
              ? QStringLiteral("the manifest names its signer as the sender")
              : QStringLiteral("the manifest names another certificate as the sender than the one that "
                               "signed it"));

    // The set of files, both ways.
    QStringList extra, missing;
    for (const TarEntry& e : p.files)
        if (!p.manifest.file(e.name))
            extra << e.name;
    for (const ManifestFile& f : p.manifest.files) {
        bool found = false;
        for (const TarEntry& e : p.files)
            found = found || e.name == f.name;
        if (!found)
            missing << f.name;
    }
    check(QStringLiteral("files.listed"), extra.isEmpty(),
          extra.isEmpty() ? QStringLiteral("every file is in the manifest")
                          : QStringLiteral("not in the manifest: %1").arg(extra.join(QStringLiteral(", "))));
    check(QStringLiteral("files.present"), missing.isEmpty(),
          missing.isEmpty()
              ? QStringLiteral("every file of the manifest is present")
              : QStringLiteral("missing from the package: %1").arg(missing.join(QStringLiteral(", "))));

    std::optional<Request> draftRequest;
    QList<std::pair<QString, Request>> embeddedDrafts;
    QList<std::pair<QString, QByteArray>> attachments;
    int requests = 0;
    for (const TarEntry& e : p.files) {
        const ManifestFile* f = p.manifest.file(e.name);
        if (!f)
            continue;
        const QByteArray sha = sha256Hex(e.data);
        const bool sizeOk = f->size == e.data.size();
        const bool hashOk = QString::fromLatin1(sha) == f->sha256;
        check(QStringLiteral("file:%1").arg(e.name), sizeOk && hashOk,
              !sizeOk  ? QStringLiteral("%1 bytes, the manifest declares %2").arg(e.data.size()).arg(f->size)
              : hashOk ? QStringLiteral("%1 bytes, SHA-256 matches").arg(e.data.size())
                       : QStringLiteral("SHA-256 %1 differs from the manifest's %2")
                             .arg(QString::fromLatin1(sha), f->sha256));
        if (f->role == QLatin1String("request")) {
            ++requests;
            Result<pdf::VerifyReport> report = pdf::verifyPdf(e.data, trustPem, e.name);
            if (!report)
                check(QStringLiteral("pdf:%1").arg(e.name), false, report.error().detail);
            else
                check(QStringLiteral("pdf:%1").arg(e.name), report.value().allValid(),
                      signatureSummary(report.value()));
#ifdef MLAWRITER_HAVE_EMBEDDED_FILES
            // The draft the PDF carries (covered by its signature) is read like any draft.
            Result<QByteArray> embedded = pdf::embeddedSourceDraft(e.data);
            if (!embedded && embedded.error().code == QLatin1String("pdf.embedded.none")) {
                check(QStringLiteral("embedded:%1").arg(e.name), true,
                      QStringLiteral("the PDF carries no draft (only its printed text)"));
            } else if (!embedded) {
                check(QStringLiteral("embedded:%1").arg(e.name), false,
                      QStringLiteral("the embedded draft is refused: %1").arg(embedded.error().detail));
            } else {
                Result<Request> inner =
                    draft::DraftFile::parse(embedded.value(), e.name + QStringLiteral(" (embedded draft)"));
                check(
                    QStringLiteral("embedded:%1").arg(e.name), inner.ok(),
                    inner
                        ? QStringLiteral("the embedded draft reads and validates")
                        : QStringLiteral("the embedded draft is refused: %1").arg(inner.error().toString()));
                if (inner)
                    embeddedDrafts.append({e.name, inner.value()});
            }
#endif
        } else if (f->role == QLatin1String("draft")) {
            Result<Request> parsedDraft = draft::DraftFile::parse(e.data, e.name);
            check(QStringLiteral("draft:%1").arg(e.name), parsedDraft.ok(),
                  parsedDraft
                      ? QStringLiteral("the draft reads and validates")
                      : QStringLiteral("the draft is refused: %1").arg(parsedDraft.error().toString()));
            if (parsedDraft && !draftRequest)
                draftRequest = parsedDraft.value();
        } else if (f->role == QLatin1String("attachment")) {
            attachments.append({e.name, sha});
        }
    }
    check(QStringLiteral("files.request"), requests > 0,
          requests > 0 ? QStringLiteral("%1 signed request PDF(s)").arg(requests)
                       : QStringLiteral("the package holds no request PDF"));
    // Every embedded draft is the same request as the package's draft (or as each other).
    for (const auto& [pdfName, inner] : embeddedDrafts) {
        if (!draftRequest) {
            draftRequest = inner;
            continue;
        }
        const bool same = inner.id == draftRequest->id && inner.attachments == draftRequest->attachments;
        check(QStringLiteral("embedded.same:%1").arg(pdfName), same,
              same ? QStringLiteral("the embedded draft is the package's request")
                   : QStringLiteral("the embedded draft (request %1) is not the package's request %2")
                         .arg(inner.id, draftRequest->id));
    }
    if (draftRequest) {
        const QString mismatch = attachmentMismatch(*draftRequest, attachments);
        check(QStringLiteral("attachments"), mismatch.isEmpty(),
              mismatch.isEmpty() ? QStringLiteral("%1 attachment(s), each matching the draft's SHA-256")
                                       .arg(attachments.size())
                                 : mismatch);
        const bool idOk = p.manifest.requestId.isEmpty() || p.manifest.requestId == draftRequest->id;
        check(QStringLiteral("draft.id"), idOk,
              idOk ? QStringLiteral("the draft is the request the manifest names")
                   : QStringLiteral("the draft's id %1 is not the manifest's request %2")
                         .arg(draftRequest->id, p.manifest.requestId));
    }
    return p;
}

Status extractPackage(const OpenedPackage& opened, const QString& outDir)
{
    if (!opened.allPassed())
        return packageError("transmit.extract.refused",
                            QStringLiteral("nothing was written because checks failed: %1")
                                .arg(opened.failures().join(QStringLiteral("; "))),
                            opened.label);
    const QFileInfo target(outDir);
    if (target.exists() || target.isSymLink())
        return packageError("transmit.extract.exists",
                            QStringLiteral("the output folder already exists (choose a new one)"), outDir);
    const QString parent = target.absolutePath();
    if (!QFileInfo(parent).isDir())
        return packageError("transmit.extract.parent", QStringLiteral("the parent folder does not exist"),
                            outDir);
    QTemporaryDir tmp(QDir(parent).filePath(QStringLiteral(".%1.partial-XXXXXX").arg(target.fileName())));
    if (!tmp.isValid())
        return packageError("transmit.extract.write",
                            QStringLiteral("cannot create a temporary folder: %1").arg(tmp.errorString()),
                            outDir);
    QList<TarEntry> outputs = opened.files;
    outputs << TarEntry{QString::fromLatin1(manifestFileName), opened.manifestJson}
            << TarEntry{QString::fromLatin1(manifestEntryName), opened.signedManifest};
    for (const TarEntry& e : outputs) {
        // Names were checked when the archive was read; check again: this is where it matters.
        if (!unsafeNameReason(e.name).isEmpty())
            return packageError("transmit.extract.name", QStringLiteral("unsafe name '%1'").arg(e.name),
                                outDir);
        QFile file(QDir(tmp.path()).filePath(e.name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return packageError("transmit.extract.write",
                                QStringLiteral("cannot write '%1': %2").arg(e.name, file.errorString()),
                                outDir);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (file.write(e.data) != e.data.size() || !file.flush())
            return packageError("transmit.extract.write",
                                QStringLiteral("cannot write '%1': %2").arg(e.name, file.errorString()),
                                outDir);
        file.close();
    }
    if (!QDir().rename(tmp.path(), target.absoluteFilePath()))
        return packageError("transmit.extract.write",
                            QStringLiteral("cannot move the checked files into place"), outDir);
    tmp.setAutoRemove(false);
    return {};
}

} // namespace mla::transmit
