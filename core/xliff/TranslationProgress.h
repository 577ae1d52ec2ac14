#pragma once
// The translation state of every free-text field of a request for one target language, for the
// wizard's output page and `mlawriter xliff status`. Pure function of the request; reentrant.

#include "FieldContext.h"

#include "model/Request.h"

#include <QList>
#include <QString>

namespace mla::xliff {

enum class FieldState
{
    NotNeeded,  // empty, or written in the target language
    Missing,    // no translation
    Stale,      // translated from an earlier version of the original
    Draft,      // TranslationStatus::Draft
    Translated, // TranslationStatus::Translated
    Reviewed,   // TranslationStatus::Reviewed
};
QString fieldStateId(FieldState s); // "not-needed", "missing", "stale", "draft", "translated", "reviewed"

struct FieldStatus
{
    QString fieldPath;
    FieldContext context;
    QString originalLanguage;
    FieldState state = FieldState::Missing;
    QDateTime modified; // of the translation, when there is one
};

class TranslationProgress
{
public:
    // One entry per field of Request::localizedTexts(), in document order.
    static QList<FieldStatus> of(const Request& request, const QString& targetLanguage);
    // True when every field is NotNeeded or Reviewed: fit for a signed request in that language.
    static bool complete(const QList<FieldStatus>& statuses);
};

} // namespace mla::xliff
