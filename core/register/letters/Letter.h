#pragma once
// The register's letters as PDF: the status inquiry under 18(24) ("chaser") for an outgoing
// case, and for an incoming case the acknowledgement of receipt, the request for additional
// information (18(16)), and the notice of refusal (18(21), 18(23)) or postponement (18(25)),
// citing a consultation under 18(26) when the timeline has one. Text from
// templates/letters/<lang>.xlf (built in; every unit awaits review by a qualified legal
// translator, which the letter says). Rendered with the Noto fonts of core/render (Arabic right
// to left) through QTextDocument and QPdfWriter, written atomically. Use from the thread that
// owns the QGuiApplication.

#include "base/Error.h"
#include "register/CaseRecord.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace mla::reg::letters {

struct LetterInput
{
    Case theCase;
    QList<Event> timeline;
    QString kind;     // chaser | acknowledgement | information | refusal | postponement
    QString language; // one of the six UN languages
    QDate date;       // the letter's date
    QString text;     // information: what is needed; refusal/postponement: overrides the event's reasons
    QString requestedStateName; // in `language`; empty: the ISO code
    QString requestingStateName;
    QString templateDirectory; // empty: built in
};

QStringList letterKinds();

// The letter's paragraphs, in order (what the PDF shows). Errors: letter.kind (a letter that
// does not fit the case: a chaser for an incoming case, a refusal without a refusal event),
// letter.language, template.*.
Result<QStringList> letterParagraphs(const LetterInput& in);

// Writes the PDF to outPath atomically; returns its SHA-256 (lowercase hex).
Result<QString> writeLetter(const LetterInput& in, const QString& outPath);

} // namespace mla::reg::letters
