#include "EventKind.h"

#include <QHash>

#include <algorithm>

namespace mla::reg {
namespace {

QStringList list(std::initializer_list<const char16_t*> items)
{
    QStringList out;
    for (const char16_t* s : items)
        out << QString::fromUtf16(s);
    return out;
}

const QHash<QString, QString>& statusMap()
{
    static const QHash<QString, QString> m{
        {QStringLiteral("drafted"), QStringLiteral("draft")},
        {QStringLiteral("submitted"), QStringLiteral("in-review")},
        {QStringLiteral("returned"), QStringLiteral("returned")},
        {QStringLiteral("approved"), QStringLiteral("approved")},
        {QStringLiteral("signed"), QStringLiteral("signed")},
        {QStringLiteral("sent"), QStringLiteral("sent")},
        {QStringLiteral("received"), QStringLiteral("received")},
        {QStringLiteral("acknowledged"), QStringLiteral("acknowledged")},
        {QStringLiteral("info-requested"), QStringLiteral("awaiting-information")},
        {QStringLiteral("info-supplied"), QStringLiteral("in-execution")},
        {QStringLiteral("partly-executed"), QStringLiteral("partly-executed")},
        {QStringLiteral("executed"), QStringLiteral("executed")},
        {QStringLiteral("refused"), QStringLiteral("refused")},
        {QStringLiteral("postponed"), QStringLiteral("postponed")},
        {QStringLiteral("consultation"), QStringLiteral("in-consultation")},
        {QStringLiteral("no-longer-required"), QStringLiteral("no-longer-required")},
        {QStringLiteral("withdrawn"), QStringLiteral("withdrawn")},
        {QStringLiteral("closed"), QStringLiteral("closed")},
    };
    return m;
}

bool before(const Event& a, const Event& b)
{
    if (a.date != b.date)
        return a.date < b.date;
    return a.id < b.id;
}

bool hasAtOrBefore(const QList<Event>& timeline, const QStringList& kinds, const QDate& date)
{
    return std::any_of(timeline.begin(), timeline.end(),
                       [&](const Event& e) { return kinds.contains(e.kind) && e.date <= date; });
}

} // namespace

const QStringList& EventKind::ids()
{
    static const QStringList l = list({u"drafted",
                                       u"submitted",
                                       u"returned",
                                       u"approved",
                                       u"signed",
                                       u"sent",
                                       u"received",
                                       u"acknowledged",
                                       u"info-requested",
                                       u"info-supplied",
                                       u"partly-executed",
                                       u"executed",
                                       u"refused",
                                       u"postponed",
                                       u"consultation",
                                       u"no-longer-required",
                                       u"withdrawn",
                                       u"closed",
                                       u"chaser",
                                       u"letter",
                                       u"note"});
    return l;
}

bool EventKind::known(const QString& kind)
{
    return ids().contains(kind);
}

const QStringList& EventKind::statusKinds()
{
    static const QStringList l = [] {
        QStringList out = ids();
        out.removeAll(QStringLiteral("chaser"));
        out.removeAll(QStringLiteral("letter"));
        out.removeAll(QStringLiteral("note"));
        return out;
    }();
    return l;
}

const QStringList& EventKind::outcomeKinds()
{
    static const QStringList l =
        list({u"partly-executed", u"executed", u"refused", u"withdrawn", u"no-longer-required"});
    return l;
}

const QStringList& EventKind::closedStatuses()
{
    static const QStringList l =
        list({u"executed", u"refused", u"withdrawn", u"no-longer-required", u"closed"});
    return l;
}

QString EventKind::statusAfter(const QString& kind)
{
    return statusMap().value(kind, QStringLiteral("registered"));
}

QString EventKind::statusOf(const QList<Event>& timeline)
{
    QList<Event> sorted = timeline;
    std::sort(sorted.begin(), sorted.end(), before);
    QString status = QStringLiteral("registered");
    for (const Event& e : sorted)
        if (statusKinds().contains(e.kind))
            status = statusAfter(e.kind);
    return status;
}

const QStringList& EventKind::refusalGrounds()
{
    static const QStringList l = list({u"a", u"b", u"c", u"d"});
    return l;
}

const QStringList& EventKind::channels()
{
    static const QStringList l = list({u"central-authority", u"diplomatic", u"interpol"});
    return l;
}

EventCheck checkEvent(const Case& c, const QList<Event>& timeline, const Event& event, const QDate& today)
{
    EventCheck r;
    const QString& k = event.kind;
    if (!EventKind::known(k)) {
        r.error = QStringLiteral("unknown event kind '%1' (known: %2)").arg(k, EventKind::ids().join(u", "));
        return r;
    }
    if (!event.date.isValid()) {
        r.error = QStringLiteral("the event has no valid date (use YYYY-MM-DD)");
        return r;
    }
    if (event.date > today) {
        r.error = QStringLiteral("the date %1 is in the future (today is %2)")
                      .arg(event.date.toString(Qt::ISODate), today.toString(Qt::ISODate));
        return r;
    }
    if (event.date.year() < 1945) {
        r.error = QStringLiteral("the date %1 is implausibly old").arg(event.date.toString(Qt::ISODate));
        return r;
    }
    const bool incoming = c.direction == QLatin1String("incoming");
    if (k == QLatin1String("sent") && incoming) {
        r.error = QStringLiteral("an incoming case is 'received', not 'sent'");
        return r;
    }
    if (k == QLatin1String("received") && !incoming) {
        r.error = QStringLiteral("an outgoing case is 'sent', not 'received'");
        return r;
    }
    if (k == QLatin1String("sent") && !event.channel.isEmpty() &&
        !EventKind::channels().contains(event.channel)) {
        r.error = QStringLiteral("unknown channel '%1' (18(13): %2)")
                      .arg(event.channel, EventKind::channels().join(u", "));
        return r;
    }
    if (k == QLatin1String("refused")) {
        if (!EventKind::refusalGrounds().contains(event.ground)) {
            r.error = QStringLiteral("a refusal needs its ground under article 18(21): a, b, c or d");
            return r;
        }
        if (event.reasons.trimmed().isEmpty()) {
            r.error = QStringLiteral("a refusal needs its reasons (article 18(23))");
            return r;
        }
    }
    if (k == QLatin1String("postponed") && event.reasons.trimmed().isEmpty()) {
        r.error = QStringLiteral("a postponement needs its reasons (article 18(25))");
        return r;
    }
    for (const QString& m : event.measures)
        if (!c.measures.contains(m)) {
            r.error = QStringLiteral("measure '%1' is not one of the case's measures (%2)")
                          .arg(m, c.measures.join(u", "));
            return r;
        }

    // Order: what must have happened at or before this event's date.
    static const QStringList afterTransmission{
        QStringLiteral("acknowledged"),       QStringLiteral("info-requested"),
        QStringLiteral("info-supplied"),      QStringLiteral("partly-executed"),
        QStringLiteral("executed"),           QStringLiteral("refused"),
        QStringLiteral("postponed"),          QStringLiteral("consultation"),
        QStringLiteral("no-longer-required"), QStringLiteral("chaser")};
    const QStringList transmitted{QStringLiteral("sent"), QStringLiteral("received")};
    if (afterTransmission.contains(k) && !hasAtOrBefore(timeline, transmitted, event.date)) {
        r.error = QStringLiteral("'%1' on %2 needs the request %3 on or before that date")
                      .arg(k, event.date.toString(Qt::ISODate),
                           incoming ? QStringLiteral("received") : QStringLiteral("sent"));
        return r;
    }
    if (k == QLatin1String("info-supplied") &&
        !hasAtOrBefore(timeline, {QStringLiteral("info-requested")}, event.date)) {
        r.error = QStringLiteral("'info-supplied' needs an 'info-requested' on or before %1")
                      .arg(event.date.toString(Qt::ISODate));
        return r;
    }
    if ((k == QLatin1String("returned") || k == QLatin1String("approved")) &&
        !hasAtOrBefore(timeline, {QStringLiteral("submitted")}, event.date)) {
        r.error = QStringLiteral("'%1' needs a 'submitted' (for review) on or before %2")
                      .arg(k, event.date.toString(Qt::ISODate));
        return r;
    }
    // A case that has ended takes only closing, notes and letters.
    const QString status = EventKind::statusOf(timeline);
    if (status == QLatin1String("closed") && k != QLatin1String("note")) {
        r.error = QStringLiteral("the case is closed; only notes can be added");
        return r;
    }
    if (EventKind::closedStatuses().contains(status) && k != QLatin1String("closed") &&
        k != QLatin1String("note") && k != QLatin1String("letter")) {
        // A late entry of an earlier step is fine; a new step after the end is not.
        const bool late = std::any_of(timeline.begin(), timeline.end(), [&](const Event& e) {
            return EventKind::outcomeKinds().contains(e.kind) && e.date >= event.date;
        });
        if (!late) {
            r.error = QStringLiteral("the case has ended (%1); add 'closed' or a note").arg(status);
            return r;
        }
    }
    if (k == QLatin1String("sent") && !incoming &&
        !hasAtOrBefore(timeline, {QStringLiteral("signed")}, event.date))
        r.warnings << QStringLiteral("sent without a recorded signature");
    QDate latest;
    for (const Event& e : timeline)
        if (!latest.isValid() || e.date > latest)
            latest = e.date;
    if (latest.isValid() && event.date < latest)
        r.warnings << QStringLiteral("late entry: %1 is before the latest event (%2)")
                          .arg(event.date.toString(Qt::ISODate), latest.toString(Qt::ISODate));
    return r;
}

} // namespace mla::reg
