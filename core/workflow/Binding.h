#pragma once
// What is signed and approved is bound to one version of the draft: the SHA-256 of the draft's
// content (its canonical form without status, history, comments and times, which change while
// it is reviewed) is written into the signature's /Reason and into the history when the request
// is signed, and a countersignature is refused unless the PDF verifies and carries the hash of
// the draft under review. Pure functions.

#include "base/Error.h"
#include "model/Request.h"
#include "pdf/VerifyReport.h"

#include <QString>

namespace mla::workflow {

// SHA-256 (lower-case hex) of the content of `request`.
QString contentHash(const Request& request);
// The text appended to a signature's /Reason: "draft SHA-256 <hash>".
QString bindingText(const QString& hash);
// The hash in a /Reason written with bindingText; empty when there is none.
QString boundHash(const QString& reason);
// Whether `report` (of the PDF to countersign) may be countersigned for `request`: at least one
// signature, no document problem, every signature intact, and the first one bound to the
// content of `request`. Error codes: countersign.unsigned, countersign.damaged,
// countersign.unbound, countersign.other-version (detail in plain English).
Status checkCountersign(const pdf::VerifyReport& report, const Request& request);

} // namespace mla::workflow
