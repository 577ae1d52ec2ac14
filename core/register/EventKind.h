#pragma once
// The closed vocabulary of timeline events and what they mean: the status a case has after an
// event, which events end a case, and the rules an event must follow to enter a timeline
// (order, dates, required details). Pure functions, reentrant.

#include "CaseRecord.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace mla::reg {

class EventKind
{
public:
    // Every kind id, in life order: drafted, submitted, returned, approved, signed, sent,
    // received, acknowledged, info-requested, info-supplied, partly-executed, executed, refused,
    // postponed, consultation, no-longer-required, withdrawn, closed, chaser, letter, note.
    static const QStringList& ids();
    static bool known(const QString& kind);
    // Kinds that change the status (all but chaser, letter, note).
    static const QStringList& statusKinds();
    // Kinds that decide the outcome counted in statistics.
    static const QStringList& outcomeKinds(); // partly-executed executed refused withdrawn no-longer-required
    // Statuses after which a case is no longer open.
    static const QStringList& closedStatuses();
    // The status a case has when `kind` is its latest status event; "registered" for none.
    static QString statusAfter(const QString& kind);
    // The status of a timeline (events in any order; sorted by date then id).
    static QString statusOf(const QList<Event>& timeline);
    // The 18(21) grounds: a b c d.
    static const QStringList& refusalGrounds();
    static const QStringList& channels(); // central-authority diplomatic interpol
};

// The verdict on one event before it enters a timeline.
struct EventCheck
{
    QString error;        // non-empty: refused, with this message
    QStringList warnings; // accepted, with these remarks (a late entry, an unusual order)
    bool ok() const { return error.isEmpty(); }
};

// Checks `event` against the case's direction and its timeline so far, as of `today`:
// unknown kinds, invalid or future dates, events that need an earlier one (executed before
// sent), events after the case ended, and details a kind requires (ground and reasons of a
// refusal, 18(21) and 18(23); reasons of a postponement, 18(25)) are refused; an entry dated
// before the latest event is accepted with a warning (a late entry of an old event).
EventCheck checkEvent(const Case& c, const QList<Event>& timeline, const Event& event, const QDate& today);

} // namespace mla::reg
