#pragma once
// A finding as the windows show it: from core/checks, or a missing essential field found by
// the wizard itself (MissingInfo). Plain value type.

#include <QString>

namespace mla::gui {

struct FindingItem
{
    enum class Severity
    {
        Blocking, // must be fixed before the request can be signed
        Warning,  // should be fixed; the requested State may ask for it
        Info,     // worth knowing
    };
    Severity severity = Severity::Warning;
    QString path;    // field path, e.g. "measures[m1].details.accounts"
    QString article; // e.g. "18(15)(d)"; may be empty
    QString message; // translated, ready to show
    QString ruleId;  // empty for the wizard's own missing-field findings
    // An "unknown" finding: the record of the requirements database that would settle it (its
    // kind and State, for opening the knowledge editor at it) and who to ask, when known.
    QString settleKind;
    QString settleState;
    QString askAuthority;
};

} // namespace mla::gui
