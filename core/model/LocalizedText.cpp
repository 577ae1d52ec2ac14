#include "LocalizedText.h"

#include <QCryptographicHash>

namespace mla {

QString translationStatusId(TranslationStatus s)
{
    switch (s) {
    case TranslationStatus::Draft:
        return QStringLiteral("draft");
    case TranslationStatus::Translated:
        return QStringLiteral("translated");
    case TranslationStatus::Reviewed:
        return QStringLiteral("reviewed");
    }
    return QStringLiteral("draft");
}

bool translationStatusFromId(const QString& id, TranslationStatus* out)
{
    for (auto s : {TranslationStatus::Draft, TranslationStatus::Translated, TranslationStatus::Reviewed}) {
        if (translationStatusId(s) == id) {
            *out = s;
            return true;
        }
    }
    return false;
}

const Translation* LocalizedText::translation(const QString& lang) const
{
    for (const auto& t : translations)
        if (t.language == lang)
            return &t;
    return nullptr;
}

Translation* LocalizedText::translation(const QString& lang)
{
    for (auto& t : translations)
        if (t.language == lang)
            return &t;
    return nullptr;
}

void LocalizedText::setTranslation(const Translation& t)
{
    if (auto* existing = translation(t.language))
        *existing = t;
    else
        translations.append(t);
}

bool LocalizedText::isStale(const QString& lang) const
{
    const auto* t = translation(lang);
    return t && !t->sourceHash.isEmpty() && t->sourceHash != hashOf(text);
}

QString LocalizedText::hashOf(const QString& original)
{
    const QByteArray h = QCryptographicHash::hash(original.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(h.left(16));
}

} // namespace mla
