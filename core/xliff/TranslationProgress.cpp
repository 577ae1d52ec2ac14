#include "TranslationProgress.h"

namespace mla::xliff {

QString fieldStateId(FieldState s)
{
    switch (s) {
    case FieldState::NotNeeded:
        return QStringLiteral("not-needed");
    case FieldState::Missing:
        return QStringLiteral("missing");
    case FieldState::Stale:
        return QStringLiteral("stale");
    case FieldState::Draft:
        return QStringLiteral("draft");
    case FieldState::Translated:
        return QStringLiteral("translated");
    case FieldState::Reviewed:
        return QStringLiteral("reviewed");
    }
    return QStringLiteral("missing");
}

QList<FieldStatus> TranslationProgress::of(const Request& request, const QString& targetLanguage)
{
    QList<FieldStatus> out;
    for (const auto& [path, text] : request.localizedTexts()) {
        FieldStatus s;
        s.fieldPath = path;
        s.context = FieldContext::of(request, path);
        s.originalLanguage = text->language.isEmpty() ? request.draftLanguage : text->language;
        const Translation* t = text->translation(targetLanguage);
        if (text->isEmpty() || s.originalLanguage == targetLanguage) {
            s.state = FieldState::NotNeeded;
        } else if (!t || t->text.trimmed().isEmpty()) {
            s.state = FieldState::Missing;
        } else {
            s.modified = t->modified;
            if (text->isStale(targetLanguage))
                s.state = FieldState::Stale;
            else if (t->status == TranslationStatus::Reviewed)
                s.state = FieldState::Reviewed;
            else if (t->status == TranslationStatus::Translated)
                s.state = FieldState::Translated;
            else
                s.state = FieldState::Draft;
        }
        out.append(s);
    }
    return out;
}

bool TranslationProgress::complete(const QList<FieldStatus>& statuses)
{
    for (const auto& s : statuses)
        if (s.state != FieldState::NotNeeded && s.state != FieldState::Reviewed)
            return false;
    return true;
}

} // namespace mla::xliff
