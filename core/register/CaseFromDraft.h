#pragma once
// "Register this request": a new case filled from a draft (outgoing unless told otherwise),
// linked to the draft file by path and SHA-256. Only what is needed to find and count a case is
// taken: references, States, authorities, legal basis, measure types, ICCS codes, urgency and
// confidentiality; never the persons. The draft's history (created, submitted, returned,
// approved, signed, sent) becomes the first events.

#include "CaseRecord.h"

#include "model/Request.h"

#include <QByteArray>
#include <QString>

namespace mla::reg {

struct DraftOrigin
{
    QString path;     // the draft file, stored as given (made absolute)
    QByteArray bytes; // the file's bytes, for the hash
    QString direction = QStringLiteral("outgoing");
    QString ourRef; // empty: the requesting authority's reference (outgoing)
    QString handler;
};

NewCase caseFromDraft(const Request& request, const DraftOrigin& origin);

// Lowercase hex SHA-256 of `bytes`.
QString sha256Hex(const QByteArray& bytes);

} // namespace mla::reg
