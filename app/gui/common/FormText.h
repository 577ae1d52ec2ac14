#pragma once
// Conversions between widget text and model values, shared by the pages. Pure functions.

#include "model/LocalizedText.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace mla::gui::formtext {

// Sets the original text of `t`, keeping its translations; a non-empty text without a language
// gets `language` (the drafter's), an emptied one loses its language.
void setOriginal(LocalizedText& t, const QString& text, const QString& language);
// ISO 8601 "yyyy-MM-dd" → date; invalid for anything else (including empty).
QDate parseDate(const QString& text);
QString formatDate(const QDate& date);
// Non-empty trimmed lines.
QStringList lines(const QString& text);
// Splits on `sep` (and, when sep is a space, on commas too), trimmed, non-empty.
QStringList split(const QString& text, QChar sep);
// Name of a UN language in itself ("العربية", "English" …).
QString languageName(const QString& code);

} // namespace mla::gui::formtext

class QLineEdit;
class QPlainTextEdit;

namespace mla::gui::formtext {
// Sets the widget's text only when it differs, so the cursor of the field being typed in stays put.
void show(QLineEdit* w, const QString& text);
void show(QPlainTextEdit* w, const QString& text);
} // namespace mla::gui::formtext
