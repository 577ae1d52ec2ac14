#pragma once
// Free text of a request: the original as the drafter wrote it, in its language, plus
// translations into other languages, each with a status. Plain value type, no I/O.

#include <QDateTime>
#include <QList>
#include <QString>

namespace mla {

enum class TranslationStatus
{
    Draft,      // being worked on; not fit for a signed request
    Translated, // done by a translator, not yet reviewed
    Reviewed,   // checked by a reviewer; fit for a signed request
};

QString translationStatusId(TranslationStatus s);
bool translationStatusFromId(const QString& id, TranslationStatus* out);

struct Translation
{
    QString language; // BCP 47 code, e.g. "fr"
    QString text;
    TranslationStatus status = TranslationStatus::Draft;
    // SHA-256 (hex, first 16 chars) of the original text this translation was made from:
    // a translation whose sourceHash no longer matches the original is stale.
    QString sourceHash;
    QDateTime modified; // UTC; invalid when unknown

    bool operator==(const Translation&) const = default;
};

struct LocalizedText
{
    QString text;     // the original
    QString language; // BCP 47 code of the original; empty when text is empty
    QList<Translation> translations;

    bool isEmpty() const { return text.trimmed().isEmpty(); }
    // The translation into `language`, or nullptr.
    const Translation* translation(const QString& language) const;
    Translation* translation(const QString& language);
    // Adds or replaces the translation for t.language.
    void setTranslation(const Translation& t);
    // Whether the translation into `language` was made from the current original.
    bool isStale(const QString& language) const;
    // Short hash of `original` used for Translation::sourceHash.
    static QString hashOf(const QString& original);

    bool operator==(const LocalizedText&) const = default;
};

} // namespace mla
