// package create|open|receipt|receipt-check|demo-authority: the encrypted request package and
// its delivery receipt (format: core/transmit/README.md).
//   package create DRAFT|PDF... --to CERT... --p12 F --pass-file F --out PKG [--lang L|all]
//           [--draft DRAFT] [--attach FILE]... [--reference R] [--answers PACKAGE-ID] [--cbc] [--no-self]
//   package open PKG --p12 F --pass-file F --out DIR [--json] [--trust PEM]
//   package receipt PKG --p12 F --pass-file F --out RCPT [--reference THEIR-REF] [--trust PEM]
//   package receipt-check RCPT --sent PKG [--json] [--trust PEM] [--p12 F --pass-file F]
//           [--register URL] [--draft DRAFT]
//   package demo-authority --out P12 --pass-file F [--ec] [--name N]
// Exit 0 ok, 1 a check failed (nothing extracted or recorded), 2 unreadable input or usage.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"

#include "draft/DraftFile.h"
#include "model/Vocabulary.h"
#include "pdf/Identity.h"
#include "pdf/Password.h"
#ifdef MLAWRITER_HAVE_REGISTER
#include "register/Register.h"
#endif
#include "requirements/Database.h"
#include "transmit/Package.h"
#include "transmit/PackageFormat.h"
#include "transmit/Receipt.h"
#include "workflow/Workflow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

namespace mla::cli {

namespace {

const char* kUsage =
    "usage: mlawriter package create DRAFT|PDF... --to CERT [--to CERT]... --p12 F --pass-file F --out PKG\n"
    "                        [--lang L|all] [--draft DRAFT] [--attach FILE]... [--reference R]\n"
    "                        [--answers PACKAGE-ID] [--cbc] [--no-self]\n"
    "       mlawriter package open PKG --p12 F --pass-file F --out DIR [--json] [--trust PEM]\n"
    "       mlawriter package receipt PKG --p12 F --pass-file F --out RCPT [--reference THEIR-REF] [--trust "
    "PEM]\n"
    "       mlawriter package receipt-check RCPT --sent PKG [--json] [--trust PEM] [--p12 F --pass-file F]\n"
    "                        [--register URL] [--draft DRAFT]\n"
    "       mlawriter package demo-authority --out P12 --pass-file F [--ec] [--name N]\n";

constexpr qint64 maxInputBytes = transmit::maxPackageBytes;

// Takes every "--name VALUE" (or --name=VALUE) out of `args`: the shared parser keeps one value.
QStringList takeRepeated(QStringList& args, const QString& name, QString* error)
{
    QStringList values;
    for (int i = 0; i < args.size();) {
        if (args.at(i) == name) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("%1 needs a value").arg(name);
                return values;
            }
            values << args.at(i + 1);
            args.remove(i, 2);
        } else if (args.at(i).startsWith(name + u'=')) {
            values << args.at(i).mid(name.size() + 1);
            args.remove(i);
        } else {
            ++i;
        }
    }
    return values;
}

bool readFile(const QString& path, qint64 cap, QByteArray* out, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << path << ": cannot read: " << file.errorString() << '\n';
        return false;
    }
    if (file.size() > cap) {
        err << path << ": larger than the cap of " << cap << " bytes\n";
        return false;
    }
    *out = file.read(cap + 1);
    if (out->size() > cap) {
        err << path << ": larger than the cap of " << cap << " bytes\n";
        return false;
    }
    return true;
}

bool writeFile(const QString& path, const QByteArray& bytes, QTextStream& err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << path << ": cannot write: " << file.errorString() << '\n';
        return false;
    }
    return true;
}

// --trust PEM plus the central authority certificates of the requirements database, as verify.
bool gatherTrust(const Args& a, QList<QByteArray>* trust, QTextStream& err)
{
    if (const QString trustPath = a.value(QStringLiteral("--trust")); !trustPath.isEmpty()) {
        QByteArray pem;
        if (!readFile(trustPath, 16 * 1024 * 1024, &pem, err))
            return false;
        *trust << pem;
    }
    if (auto db = requirements::Database::openDefault())
        *trust << db.value()->trustedCertificatesPem();
    else
        err << "mlawriter package: warning: " << db.error().toString()
            << " (central authority certificates not used)\n";
    return true;
}

bool loadIdentity(const Args& a, transmit::TransmitIdentity* identity, QTextStream& err)
{
    const QString p12 = a.value(QStringLiteral("--p12"));
    Result<QByteArray> password = pdf::resolvePassword(a.value(QStringLiteral("--pass-file")));
    if (!password) {
        err << password.error().toString() << '\n';
        return false;
    }
    Result<transmit::TransmitIdentity> id = transmit::loadTransmitIdentityFile(p12, password.value());
    password.value().fill('\0');
    if (!id) {
        err << id.error().toString() << '\n';
        return false;
    }
    *identity = id.value();
    return true;
}

QString languageOfName(const QString& fileName)
{
    // "<base>.<lang>.pdf", as render --lang all names them.
    const QStringList parts = fileName.split(u'.');
    if (parts.size() >= 3 && isUnLanguage(parts.at(parts.size() - 2)))
        return parts.at(parts.size() - 2);
    return {};
}

int createCommand(QStringList argList, QTextStream& out, QTextStream& err)
{
    QString repeatError;
    const QStringList to = takeRepeated(argList, QStringLiteral("--to"), &repeatError);
    const QStringList attach = takeRepeated(argList, QStringLiteral("--attach"), &repeatError);
    const Args a = parseArgs(argList,
                             {QStringLiteral("--p12"), QStringLiteral("--pass-file"), QStringLiteral("--out"),
                              QStringLiteral("--lang"), QStringLiteral("--draft"),
                              QStringLiteral("--reference"), QStringLiteral("--answers")},
                             {QStringLiteral("--cbc"), QStringLiteral("--no-self")}, 1, 64);
    const QString error = !repeatError.isEmpty() ? repeatError : a.error;
    if (!error.isEmpty() || to.isEmpty() || a.value(QStringLiteral("--p12")).isEmpty() ||
        a.value(QStringLiteral("--out")).isEmpty()) {
        err << "mlawriter package create: "
            << (error.isEmpty() ? QStringLiteral("--to, --p12 and --out are required") : error) << '\n'
            << kUsage;
        return BadInput;
    }
    transmit::TransmitIdentity sender;
    if (!loadIdentity(a, &sender, err))
        return BadInput;

    transmit::PackageSpec spec;
    for (const QString& certPath : to) {
        QByteArray pem;
        if (!readFile(certPath, 1024 * 1024, &pem, err))
            return BadInput;
        spec.recipientPems << pem;
    }
    spec.cipher = a.has(QStringLiteral("--cbc")) ? transmit::Cipher::Aes256Cbc : transmit::Cipher::Aes256Gcm;
    spec.includeSender = !a.has(QStringLiteral("--no-self"));
    spec.inReplyTo = a.value(QStringLiteral("--answers"));

    std::optional<Request> request;
    QString draftPath = a.value(QStringLiteral("--draft"));
    QStringList pdfs;
    for (const QString& input : a.positional) {
        if (input.endsWith(QLatin1String(".mlar"), Qt::CaseInsensitive)) {
            if (!draftPath.isEmpty() && draftPath != input) {
                err << "mlawriter package create: one draft per package\n";
                return BadInput;
            }
            draftPath = input;
        } else {
            pdfs << input;
        }
    }
    const bool renderDraft = pdfs.isEmpty();
    if (!draftPath.isEmpty()) {
        Result<Request> r = draft::DraftFile::read(draftPath);
        if (!r) {
            err << r.error().toString() << '\n';
            return BadInput;
        }
        request = r.value();
        spec.files << transmit::PackageFile{QFileInfo(draftPath).completeBaseName() + QStringLiteral(".mlar"),
                                            QStringLiteral("draft"),
                                            {},
                                            {},
                                            draft::DraftFile::serialize(*request)};
    }

    QTemporaryDir renderDir;
    if (renderDraft) {
        if (!request) {
            err << "mlawriter package create: give a draft or signed PDFs\n" << kUsage;
            return BadInput;
        }
        // Render and sign with the same code as render --sign.
        const QString lang =
            a.value(QStringLiteral("--lang"),
                    request->outputLanguage.isEmpty() ? QStringLiteral("en") : request->outputLanguage);
        const QStringList langs = lang == QLatin1String("all") ? unLanguages() : QStringList{lang};
        for (const QString& l : langs)
            if (!isUnLanguage(l)) {
                err << "mlawriter package create: unknown language '" << l << "'\n";
                return BadInput;
            }
        Result<QByteArray> password = pdf::resolvePassword(a.value(QStringLiteral("--pass-file")));
        if (!password) {
            err << password.error().toString() << '\n';
            return BadInput;
        }
        Result<pdf::Identity> signer = pdf::loadIdentity(a.value(QStringLiteral("--p12")), password.value());
        password.value().fill('\0');
        if (!signer) {
            err << signer.error().toString() << '\n';
            return BadInput;
        }
        auto db = requirements::Database::openDefault();
        const requirements::Database* dbPtr = db ? db.value().get() : nullptr;
        const QString base = QFileInfo(draftPath).completeBaseName();
        for (const QString& l : langs) {
            const QString path = renderDir.filePath(base + u'.' + l + QStringLiteral(".pdf"));
            pdf::SignOptions options;
            options.reason = QStringLiteral("Request for mutual legal assistance");
            auto result = workflow::renderAndSign(*request, l, path, signer.value(), options, dbPtr);
            if (!result) {
                err << (result.error().code == QLatin1String("workflow.blocking")
                            ? draftPath + QStringLiteral(": ") + result.error().detail
                            : result.error().toString())
                    << '\n';
                return result.error().code == QLatin1String("workflow.blocking") ? Invalid : BadInput;
            }
            pdfs << path;
        }
    }
    for (const QString& pdfPath : pdfs) {
        QByteArray bytes;
        if (!readFile(pdfPath, transmit::maxFileBytes, &bytes, err))
            return BadInput;
        const QString name = QFileInfo(pdfPath).fileName();
        spec.files << transmit::PackageFile{name, QStringLiteral("request"),
                                            QStringLiteral("application/pdf"), languageOfName(name), bytes};
    }
    for (const QString& path : attach) {
        QByteArray bytes;
        if (!readFile(path, transmit::maxFileBytes, &bytes, err))
            return BadInput;
        spec.files << transmit::PackageFile{
            QFileInfo(path).fileName(), QStringLiteral("attachment"), {}, {}, bytes};
    }

    // Parties: the draft when there is one, the certificates otherwise.
    spec.sender.authority =
        request && !request->authority.name.isEmpty() ? request->authority.name : sender.organization();
    spec.sender.state =
        request && !request->requestingState.isEmpty() ? request->requestingState : sender.country();
    spec.recipient.state = request ? request->requestedState : QString();
    spec.recipient.authority = transmit::certificateOrganization(spec.recipientPems.first());
    if (spec.recipient.state.isEmpty())
        spec.recipient.state = transmit::certificateCountry(spec.recipientPems.first());
    spec.reference =
        a.value(QStringLiteral("--reference"), request ? request->authority.reference : QString());
    if (request)
        spec.requestId = request->id;

    Result<transmit::CreatedPackage> created = transmit::createPackage(spec, sender);
    if (!created) {
        err << created.error().toString() << '\n';
        return created.error().code == QLatin1String("transmit.package.input") ? Invalid : BadInput;
    }
    const QString outPath = a.value(QStringLiteral("--out"));
    if (!writeFile(outPath, created.value().bytes, err))
        return BadInput;
    const transmit::Manifest& m = created.value().manifest;
    out << outPath << ": package " << m.packageId << ", " << m.files.size() << " file(s), "
        << created.value().bytes.size() << " bytes, to " << m.recipientCertificates.size()
        << " certificate(s), signed by " << sender.commonName() << '\n';
    if (!created.value().senderCanReopen)
        err << "mlawriter package create: warning: the sender's certificate does not allow encryption, so "
               "the "
               "sender cannot reopen this package (receipt-check can still compare its SHA-256)\n";
    return Ok;
}

int openCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(argList,
                             {QStringLiteral("--p12"), QStringLiteral("--pass-file"), QStringLiteral("--out"),
                              QStringLiteral("--trust")},
                             {QStringLiteral("--json")}, 1, 1);
    if (!a.error.isEmpty() || a.value(QStringLiteral("--p12")).isEmpty() ||
        a.value(QStringLiteral("--out")).isEmpty()) {
        err << "mlawriter package open: "
            << (a.error.isEmpty() ? QStringLiteral("--p12 and --out are required") : a.error) << '\n'
            << kUsage;
        return BadInput;
    }
    const QString pkg = a.positional.first();
    QByteArray bytes;
    QList<QByteArray> trust;
    transmit::TransmitIdentity recipient;
    if (!readFile(pkg, maxInputBytes, &bytes, err) || !gatherTrust(a, &trust, err) ||
        !loadIdentity(a, &recipient, err))
        return BadInput;
    Result<transmit::OpenedPackage> opened = transmit::openPackage(bytes, recipient, trust, pkg);
    if (!opened) {
        err << opened.error().toString() << '\n';
        return BadInput;
    }
    out << (a.has(QStringLiteral("--json")) ? QString::fromUtf8(opened.value().toJson())
                                            : opened.value().toText());
    if (!opened.value().allPassed()) {
        for (const QString& f : opened.value().failures())
            err << pkg << ": " << f << '\n';
        err << pkg << ": refused: nothing was extracted\n";
        return Invalid;
    }
    const QString outDir = a.value(QStringLiteral("--out"));
    const Status done = transmit::extractPackage(opened.value(), outDir);
    if (!done) {
        err << done.error().toString() << '\n';
        return BadInput;
    }
    if (!a.has(QStringLiteral("--json")))
        out << "extracted into " << outDir << '\n';
    return Ok;
}

int receiptCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(argList,
                             {QStringLiteral("--p12"), QStringLiteral("--pass-file"), QStringLiteral("--out"),
                              QStringLiteral("--trust"), QStringLiteral("--reference")},
                             {}, 1, 1);
    if (!a.error.isEmpty() || a.value(QStringLiteral("--p12")).isEmpty() ||
        a.value(QStringLiteral("--out")).isEmpty()) {
        err << "mlawriter package receipt: "
            << (a.error.isEmpty() ? QStringLiteral("--p12 and --out are required") : a.error) << '\n'
            << kUsage;
        return BadInput;
    }
    const QString pkg = a.positional.first();
    QByteArray bytes;
    QList<QByteArray> trust;
    transmit::TransmitIdentity recipient;
    if (!readFile(pkg, maxInputBytes, &bytes, err) || !gatherTrust(a, &trust, err) ||
        !loadIdentity(a, &recipient, err))
        return BadInput;
    Result<transmit::OpenedPackage> opened = transmit::openPackage(bytes, recipient, trust, pkg);
    if (!opened) {
        err << opened.error().toString() << '\n';
        return BadInput;
    }
    Result<QByteArray> receipt =
        transmit::createReceipt(opened.value(), recipient, a.value(QStringLiteral("--reference")));
    if (!receipt) {
        err << receipt.error().toString() << '\n';
        return BadInput;
    }
    const QString outPath = a.value(QStringLiteral("--out"));
    if (!writeFile(outPath, receipt.value(), err))
        return BadInput;
    out << outPath << ": receipt for package " << opened.value().manifest.packageId
        << (opened.value().allPassed() ? QStringLiteral(", every check passed")
                                       : QStringLiteral(", reporting failed checks"))
        << '\n';
    if (!opened.value().allPassed()) {
        for (const QString& f : opened.value().failures())
            err << pkg << ": " << f << '\n';
        return Invalid;
    }
    return Ok;
}

int receiptCheckCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a =
        parseArgs(argList,
                  {QStringLiteral("--sent"), QStringLiteral("--trust"), QStringLiteral("--p12"),
                   QStringLiteral("--pass-file"), QStringLiteral("--register"), QStringLiteral("--draft")},
                  {QStringLiteral("--json")}, 1, 1);
    if (!a.error.isEmpty() || a.value(QStringLiteral("--sent")).isEmpty()) {
        err << "mlawriter package receipt-check: "
            << (a.error.isEmpty() ? QStringLiteral("--sent is required") : a.error) << '\n'
            << kUsage;
        return BadInput;
    }
    const QString rcpt = a.positional.first();
    const QString sentPath = a.value(QStringLiteral("--sent"));
    QByteArray receiptBytes, sentBytes;
    QList<QByteArray> trust;
    if (!readFile(rcpt, transmit::maxReceiptBytes, &receiptBytes, err) ||
        !readFile(sentPath, maxInputBytes, &sentBytes, err) || !gatherTrust(a, &trust, err))
        return BadInput;
    transmit::TransmitIdentity sender;
    if (!a.value(QStringLiteral("--p12")).isEmpty() && !loadIdentity(a, &sender, err))
        return BadInput;
    Result<transmit::ReceiptVerdict> verdict =
        transmit::checkReceipt(receiptBytes, sentBytes, trust, sender.isNull() ? nullptr : &sender, rcpt);
    if (!verdict) {
        err << verdict.error().toString() << '\n';
        return BadInput;
    }
    const transmit::ReceiptVerdict& v = verdict.value();
    out << (a.has(QStringLiteral("--json")) ? QString::fromUtf8(v.toJson()) : v.toText());
    if (!v.allPassed()) {
        for (const QString& f : v.failures())
            err << rcpt << ": " << f << '\n';
        err << rcpt << ": refused: nothing was recorded\n";
        return Invalid;
    }
    const QString note = QStringLiteral("receipt %1 for package %2, opened %3 by %4")
                             .arg(v.receipt.receiptId, v.receipt.packageId,
                                  v.receipt.openedAt.toString(Qt::ISODate), v.receipt.openedBy.authority);
    if (const QString url = a.value(QStringLiteral("--register")); !url.isEmpty()) {
#ifndef MLAWRITER_HAVE_REGISTER
        err << "mlawriter package receipt-check: this build has no case register (--register)\n";
        return BadInput;
#else
        auto reg = reg::Register::open(url);
        if (!reg) {
            err << reg.error().toString() << '\n';
            return BadInput;
        }
        auto found = reg.value()->findCase(v.receipt.senderReference);
        if (!found) {
            err << found.error().toString() << '\n';
            return BadInput;
        }
        reg::Event event;
        event.kind = QStringLiteral("acknowledged");
        event.date = v.receipt.openedAt.date();
        event.theirRef = v.receipt.recipientReference;
        event.note = note;
        auto added = reg.value()->addEvent(v.receipt.senderReference, event, found.value().version);
        if (!added) {
            err << added.error().toString() << '\n';
            return BadInput;
        }
        out << "register: case " << v.receipt.senderReference << " acknowledged\n";
#endif
    }
    if (const QString draftPath = a.value(QStringLiteral("--draft")); !draftPath.isEmpty()) {
        Result<Request> request = draft::DraftFile::read(draftPath);
        if (!request) {
            err << request.error().toString() << '\n';
            return BadInput;
        }
        if (!v.receipt.senderReference.isEmpty() &&
            request.value().authority.reference != v.receipt.senderReference) {
            err << draftPath << ": the draft's reference '" << request.value().authority.reference
                << "' is not the acknowledged package's '" << v.receipt.senderReference << "'\n";
            return Invalid;
        }
        request.value().history.append(HistoryEntry{
            QDateTime::currentDateTimeUtc(), v.receipt.openedBy.authority, QStringLiteral("acknowledged"),
            note + (v.receipt.recipientReference.isEmpty()
                        ? QString()
                        : QStringLiteral(", their reference %1").arg(v.receipt.recipientReference))});
        const Status written = draft::DraftFile::write(request.value(), draftPath);
        if (!written) {
            err << written.error().toString() << '\n';
            return BadInput;
        }
        out << draftPath << ": history: acknowledged\n";
    }
    return Ok;
}

int demoAuthorityCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a =
        parseArgs(argList, {QStringLiteral("--out"), QStringLiteral("--pass-file"), QStringLiteral("--name")},
                  {QStringLiteral("--ec")}, 0, 0);
    if (!a.error.isEmpty() || a.value(QStringLiteral("--out")).isEmpty()) {
        err << "mlawriter package demo-authority: "
            << (a.error.isEmpty() ? QStringLiteral("--out is required") : a.error) << '\n'
            << kUsage;
        return BadInput;
    }
    Result<QByteArray> password = pdf::resolvePassword(a.value(QStringLiteral("--pass-file")));
    if (!password) {
        err << password.error().toString() << '\n';
        return BadInput;
    }
    transmit::DemoAuthorityOptions options;
    options.keyType = a.has(QStringLiteral("--ec")) ? transmit::KeyType::Ec : transmit::KeyType::Rsa;
    if (const QString name = a.value(QStringLiteral("--name")); !name.isEmpty())
        options.name = name.contains(QLatin1String("DEMO")) ? name : QStringLiteral("DEMO ") + name;
    Result<pdf::DemoIdentity> demo = transmit::createDemoAuthority(password.value(), options);
    password.value().fill('\0');
    if (!demo) {
        err << demo.error().toString() << '\n';
        return BadInput;
    }
    const QString p12 = a.value(QStringLiteral("--out"));
    if (!writeFile(p12, demo.value().p12, err) ||
        !writeFile(p12 + QStringLiteral(".ca.pem"), demo.value().caPem, err) ||
        !writeFile(p12 + QStringLiteral(".cert.pem"), demo.value().signerPem, err))
        return BadInput;
    QFile::setPermissions(p12, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out << "DEMO central authority (not for real requests): " << p12 << "\ncertificate (for --to): " << p12
        << ".cert.pem\nCA certificate (for --trust): " << p12 << ".ca.pem\n";
    return Ok;
}

} // namespace

int packageCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("create"))
        return createCommand(rest, out, err);
    if (sub == QLatin1String("open"))
        return openCommand(rest, out, err);
    if (sub == QLatin1String("receipt"))
        return receiptCommand(rest, out, err);
    if (sub == QLatin1String("receipt-check"))
        return receiptCheckCommand(rest, out, err);
    if (sub == QLatin1String("demo-authority"))
        return demoAuthorityCommand(rest, out, err);
    err << "mlawriter package: "
        << (sub.isEmpty() ? QStringLiteral("a subcommand is required")
                          : QStringLiteral("unknown subcommand '%1'").arg(sub))
        << '\n'
        << kUsage;
    return BadInput;
}

} // namespace mla::cli
