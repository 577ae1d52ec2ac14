#include "Incoming.h"

#include "draft/DraftFile.h"
#include "pdf/EmbeddedFiles.h"
#include "pdf/Verifier.h"
#include "register/CaseFromDraft.h"

#include <QDir>
#include <QFileInfo>

namespace mla::incoming {
namespace {

Error incomingError(const QString& code, const QString& detail, const QString& file)
{
    return Error{code, detail, file, 0, 0};
}

QString documentKind(const QString& role)
{
    if (role == QLatin1String("request"))
        return QStringLiteral("signed-pdf");
    if (role == QLatin1String("draft"))
        return QStringLiteral("draft");
    return QStringLiteral("other");
}

void receivedOn(reg::NewCase* nc, const QDate& day, const QString& note)
{
    for (reg::Event& e : nc->events)
        if (e.kind == QLatin1String("received")) {
            e.date = day;
            e.note = note;
        }
}

} // namespace

Result<IncomingRequest> incomingFromPackage(const transmit::OpenedPackage& opened, const QString& packagePath,
                                            const IncomingOptions& options, const QString& extractedDir)
{
    if (!opened.allPassed())
        return incomingError(
            QStringLiteral("incoming.unverified"),
            QStringLiteral("the package did not pass every check, so it is not registered: %1")
                .arg(opened.failures().join(QStringLiteral("; "))),
            packagePath);
    if (options.ourRef.trimmed().isEmpty())
        return incomingError(QStringLiteral("incoming.reference"),
                             QStringLiteral("an incoming request needs our own reference"), packagePath);
    const transmit::Manifest& m = opened.manifest;
    IncomingRequest out;
    QString draftName;
    const QString absolutePackage = QFileInfo(packagePath).absoluteFilePath();
    auto locate = [&](const QString& name) {
        return extractedDir.isEmpty() ? absolutePackage + u'#' + name
                                      : QDir(extractedDir).absoluteFilePath(name);
    };
    for (const transmit::TarEntry& f : opened.files) {
        const transmit::ManifestFile* mf = m.file(f.name);
        if (!mf || mf->role != QLatin1String("draft"))
            continue;
        Result<Request> r = draft::DraftFile::parse(f.data, packagePath + u'#' + f.name);
        if (!r)
            return incomingError(
                QStringLiteral("incoming.draft"),
                QStringLiteral("the draft in the package is refused: %1").arg(r.error().toString()),
                packagePath);
        out.draft = r.value();
        out.draftBytes = f.data;
        draftName = f.name;
        break;
    }
    reg::Case* c = nullptr;
    if (out.draft) {
        reg::DraftOrigin origin;
        origin.path = locate(draftName);
        origin.direction = QStringLiteral("incoming");
        origin.ourRef = options.ourRef.trimmed();
        origin.handler = options.handler;
        origin.bytes = out.draftBytes;
        out.newCase = reg::caseFromDraft(*out.draft, origin);
        out.newCase.documents.clear(); // listed below from the manifest, with the package
        c = &out.newCase.data;
        if (!m.sender.state.isEmpty() && c->requestingState != m.sender.state)
            out.warnings << QStringLiteral("the manifest names %1 as the sending State, the draft %2")
                                .arg(m.sender.state, c->requestingState);
        if (c->theirRef.isEmpty())
            c->theirRef = m.reference;
    } else {
        reg::Event e;
        e.kind = QStringLiteral("received");
        out.newCase.events << e;
        c = &out.newCase.data;
        c->direction = QStringLiteral("incoming");
        c->ourRef = options.ourRef.trimmed();
        c->handler = options.handler;
        c->theirRef = m.reference;
        c->requestingState = m.sender.state;
        c->requestedState = m.recipient.state;
        c->requestingAuthority = m.sender.authority;
        c->requestId = m.requestId;
        out.warnings << QStringLiteral("the package carries no draft: measures and offences are not known");
    }
    c->handlingAuthority = m.recipient.authority;
    receivedOn(
        &out.newCase, options.received,
        QStringLiteral("package %1 from %2%3")
            .arg(m.packageId, m.sender.authority,
                 m.reference.isEmpty() ? QString() : QStringLiteral(", their reference ") + m.reference));
    reg::Document pkg;
    pkg.path = absolutePackage;
    pkg.sha256 = QString::fromLatin1(opened.packageSha256);
    pkg.kind = QStringLiteral("package");
    out.newCase.documents << pkg;
    for (const transmit::ManifestFile& f : m.files) {
        reg::Document d;
        d.path = locate(f.name);
        d.sha256 = f.sha256;
        d.kind = documentKind(f.role);
        out.newCase.documents << d;
    }
    return out;
}

Result<IncomingRequest> incomingFromPdf(const QByteArray& pdf, const QString& pdfPath,
                                        const QList<QByteArray>& trustPem, const IncomingOptions& options)
{
    if (options.ourRef.trimmed().isEmpty())
        return incomingError(QStringLiteral("incoming.reference"),
                             QStringLiteral("an incoming request needs our own reference"), pdfPath);
    Result<pdf::VerifyReport> report = pdf::verifyPdf(pdf, trustPem, pdfPath);
    if (!report)
        return report.error();
    if (report.value().signatures.isEmpty())
        return incomingError(QStringLiteral("incoming.unverified"),
                             QStringLiteral("the PDF is not signed: nothing proves who sent it, so it is not "
                                            "registered"),
                             pdfPath);
    if (!report.value().allValid()) {
        QStringList problems = report.value().documentProblems;
        for (const pdf::SignatureCheck& s : report.value().signatures)
            problems << s.problems;
        return incomingError(QStringLiteral("incoming.unverified"),
                             QStringLiteral("the PDF's signatures do not verify, so it is not registered: %1")
                                 .arg(problems.join(QStringLiteral("; "))),
                             pdfPath);
    }
    Result<QByteArray> embedded = pdf::embeddedSourceDraft(pdf);
    if (!embedded)
        return incomingError(
            QStringLiteral("incoming.draft"),
            QStringLiteral("the PDF carries no readable draft: %1").arg(embedded.error().detail), pdfPath);
    Result<Request> r = draft::DraftFile::parse(embedded.value(), pdfPath + QStringLiteral("#request.mlar"));
    if (!r)
        return incomingError(QStringLiteral("incoming.draft"),
                             QStringLiteral("the embedded draft is refused: %1").arg(r.error().toString()),
                             pdfPath);
    IncomingRequest out;
    out.draft = r.value();
    out.draftBytes = embedded.value();
    const QString absolutePdf = QFileInfo(pdfPath).absoluteFilePath();
    reg::DraftOrigin origin;
    origin.path = absolutePdf + QStringLiteral("#request.mlar");
    origin.bytes = out.draftBytes;
    origin.direction = QStringLiteral("incoming");
    origin.ourRef = options.ourRef.trimmed();
    origin.handler = options.handler;
    out.newCase = reg::caseFromDraft(*out.draft, origin);
    for (reg::Document& d : out.newCase.documents)
        d.path = origin.path; // caseFromDraft made it absolute: keep the '#' part as given
    receivedOn(&out.newCase, options.received,
               QStringLiteral("signed PDF %1 (%2 signature(s) valid)")
                   .arg(QFileInfo(pdfPath).fileName())
                   .arg(report.value().signatures.size()));
    reg::Document signedPdf;
    signedPdf.path = absolutePdf;
    signedPdf.sha256 = reg::sha256Hex(pdf);
    signedPdf.kind = QStringLiteral("signed-pdf");
    out.newCase.documents.prepend(signedPdf);
    return out;
}

} // namespace mla::incoming
