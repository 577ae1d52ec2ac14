#include "Binding.h"

#include "draft/DraftFile.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace mla::workflow {

QString contentHash(const Request& request)
{
    Request r = request;
    r.status = RequestStatus::Draft;
    r.history.clear();
    r.comments.clear();
    r.created = {};
    r.modified = {};
    return QString::fromLatin1(
        QCryptographicHash::hash(draft::DraftFile::serialize(r), QCryptographicHash::Sha256).toHex());
}

QString bindingText(const QString& hash)
{
    return QStringLiteral("draft SHA-256 ") + hash;
}

QString boundHash(const QString& reason)
{
    if (reason.size() > 4096)
        return {};
    static const QRegularExpression re(QStringLiteral("draft SHA-256 ([0-9a-f]{64})(?![0-9a-f])"));
    return re.match(reason).captured(1);
}

Status checkCountersign(const pdf::VerifyReport& report, const Request& request)
{
    auto refuse = [&report](const char* code, const QString& detail) {
        return Error{QString::fromLatin1(code), detail, report.file, 0, 0};
    };
    if (report.signatures.isEmpty())
        return refuse("countersign.unsigned", QStringLiteral("the PDF is not signed"));
    if (report.refused || !report.documentProblems.isEmpty())
        return refuse(
            "countersign.damaged",
            QStringLiteral("the PDF is damaged: %1").arg(report.documentProblems.join(QStringLiteral("; "))));
    for (const auto& s : report.signatures)
        if (!s.intact())
            return refuse(
                "countersign.damaged",
                QStringLiteral("the signature %1 does not verify: %2").arg(s.fieldName, s.explanation()));
    const QString bound = boundHash(report.signatures.first().reason);
    if (bound.isEmpty())
        return refuse("countersign.unbound",
                      QStringLiteral("the signature does not say which draft it was made from"));
    if (bound != contentHash(request))
        return refuse("countersign.other-version",
                      QStringLiteral("the PDF was made from another version of the draft (signed %1, under "
                                     "review %2)")
                          .arg(bound.left(12), contentHash(request).left(12)));
    return {};
}

} // namespace mla::workflow
