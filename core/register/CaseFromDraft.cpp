#include "CaseFromDraft.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace mla::reg {

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

NewCase caseFromDraft(const Request& r, const DraftOrigin& origin)
{
    NewCase nc;
    Case& c = nc.data;
    c.direction = origin.direction;
    const bool incoming = origin.direction == QLatin1String("incoming");
    c.ourRef = !origin.ourRef.isEmpty()
                   ? origin.ourRef
                   : (!r.authority.reference.isEmpty() ? r.authority.reference : r.proceedings.caseReference);
    if (incoming)
        c.theirRef = r.authority.reference;
    c.requestingState = r.requestingState;
    c.requestedState = r.requestedState;
    c.requestingAuthority = r.authority.name;
    switch (r.legalBasis.kind) {
    case LegalBasisKind::Untoc:
        c.legalBasis =
            r.legalBasis.treatyName.isEmpty() ? QStringLiteral("untoc") : QStringLiteral("untoc-treaty");
        break;
    case LegalBasisKind::Treaty:
        c.legalBasis = QStringLiteral("treaty");
        break;
    case LegalBasisKind::Reciprocity:
        c.legalBasis = QStringLiteral("reciprocity");
        break;
    }
    c.treaty = r.legalBasis.treatyName;
    for (const Measure& m : r.measures)
        if (!c.measures.contains(measureSpec(m.type).id))
            c.measures << measureSpec(m.type).id;
    for (const Offence& o : r.offences)
        for (const QString& code : o.iccsCodes)
            if (!c.iccs.contains(code))
                c.iccs << code;
    c.urgent = r.urgency.urgent;
    c.deadline = r.urgency.deadline;
    c.urgencyReasons = r.urgency.reasons.text;
    c.confidential = r.confidentiality.requested;
    c.handler = origin.handler;
    c.language = r.outputLanguage;
    c.requestId = r.id;

    Document d;
    d.path = QFileInfo(origin.path).absoluteFilePath();
    d.sha256 = sha256Hex(origin.bytes);
    d.kind = QStringLiteral("draft");
    nc.documents << d;

    if (incoming) {
        Event e;
        e.kind = QStringLiteral("received");
        e.date = QDate::currentDate();
        e.note = QStringLiteral("registered from %1").arg(QFileInfo(origin.path).fileName());
        nc.events << e;
        return nc;
    }
    // The draft's own history, mapped onto timeline events.
    static const QList<QPair<QString, QString>> map{
        {QStringLiteral("created"), QStringLiteral("drafted")},
        {QStringLiteral("submitted"), QStringLiteral("submitted")},
        {QStringLiteral("returned"), QStringLiteral("returned")},
        {QStringLiteral("approved"), QStringLiteral("approved")},
        {QStringLiteral("signed"), QStringLiteral("signed")},
        {QStringLiteral("countersigned"), QStringLiteral("signed")},
        {QStringLiteral("sent"), QStringLiteral("sent")},
    };
    for (const HistoryEntry& h : r.history) {
        for (const auto& [action, kind] : map) {
            if (h.action != action)
                continue;
            Event e;
            e.kind = kind;
            e.date = h.time.toUTC().date();
            e.note = QStringLiteral("from the draft's history");
            nc.events << e;
        }
    }
    if (nc.events.isEmpty() && r.created.isValid()) {
        Event e;
        e.kind = QStringLiteral("drafted");
        e.date = r.created.toUTC().date();
        nc.events << e;
    }
    return nc;
}

} // namespace mla::reg
