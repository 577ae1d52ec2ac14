#include "CaseLink.h"

namespace mla::reg {

QString eventKindForAction(const QString& action)
{
    static const QList<QPair<QString, QString>> map{
        {QStringLiteral("created"), QStringLiteral("drafted")},
        {QStringLiteral("submitted"), QStringLiteral("submitted")},
        {QStringLiteral("returned"), QStringLiteral("returned")},
        {QStringLiteral("approved"), QStringLiteral("approved")},
        {QStringLiteral("signed"), QStringLiteral("signed")},
        {QStringLiteral("countersigned"), QStringLiteral("signed")},
        {QStringLiteral("sent"), QStringLiteral("sent")},
    };
    for (const auto& [from, kind] : map)
        if (from == action)
            return kind;
    return {};
}

Event eventFromHistory(const HistoryEntry& entry)
{
    Event e;
    e.kind = eventKindForAction(entry.action);
    if (e.kind.isEmpty())
        return e;
    e.date = entry.time.isValid() ? entry.time.toUTC().date() : QDate::currentDate();
    e.note = entry.who.isEmpty() ? entry.action : QStringLiteral("%1 by %2").arg(entry.action, entry.who);
    if (!entry.detail.isEmpty())
        e.note += QStringLiteral(" (%1)").arg(entry.detail.left(500));
    return e;
}

Result<Case> findCaseOfDraft(const Register& reg, const Request& request)
{
    auto byId = reg.findByRequestId(request.id);
    if (byId || byId.error().code != QLatin1String("register.unknown-case"))
        return byId;
    const QString ref = request.authority.reference.trimmed();
    if (ref.isEmpty())
        return byId.error();
    auto byRef = reg.findCase(ref);
    if (!byRef)
        return byRef;
    const Case& c = byRef.value();
    if (c.direction != QLatin1String("outgoing") || (!c.requestId.isEmpty() && c.requestId != request.id))
        return Error{QStringLiteral("register.unknown-case"),
                     QStringLiteral("the case '%1' belongs to another request").arg(ref), QString(), 0, 0};
    return byRef;
}

} // namespace mla::reg
