#pragma once
// Where a draft meets its case: the case born from a draft (found by the draft's UUID, else by
// our reference for an outgoing request), and the timeline event that a step of the draft's
// workflow history stands for (submitted, returned, approved, signed, countersigned). Used by
// the window and the command line so that both record the same events.

#include "CaseRecord.h"
#include "Register.h"

#include "model/Request.h"

namespace mla::reg {

// The timeline event kind for a history action of the draft; empty when the action is not one
// the register records ("created" is "drafted", "countersigned" is "signed").
QString eventKindForAction(const QString& historyAction);

// The event that `entry` of the draft's history stands for (kind, its day in UTC, a note saying
// who did it); an event with an empty kind when the action is not recorded.
Event eventFromHistory(const HistoryEntry& entry);

// The case of `request`: the one registered from its UUID, else (outgoing requests) the one
// whose our reference is the requesting authority's reference and that was not born from
// another draft. register.unknown-case when there is none.
Result<Case> findCaseOfDraft(const Register& reg, const Request& request);

} // namespace mla::reg
