#pragma once
// Conversions between widget text and model values, shared by the pages. Pure functions.

#include "model/LocalizedText.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace mla::gui::formtext {

// Sets the original text of `t`, keeping its translations; a non-empty text without a language
// gets `language` (the drafter's), an emptied one loses its language.
void setOriginal(LocalizedText& t, const QString& text, const QString& language);
// ISO 8601 "yyyy-MM-dd" → date; invalid for anything else (including empty).
QDate parseDate(const QString& text);
QString formatDate(const QDate& date);
// A date as a person types it: ISO "1979-08-12", the locale's own format ("8/12/1979" in
// English, "12.08.1979" in German), day-first with dots ("12.08.1979") in any locale, or the
// same digits without separators ("12081979"). Two-digit years are read as within the last
// hundred years. Sets `ok` to false when `text` is not empty and is not a date.
QDate parseUserDate(const QString& text, const QLocale& locale, bool* ok);
// The locale's short date format with a four-digit year ("M/d/yyyy", "dd.MM.yyyy" …).
QString dateFormat(const QLocale& locale);
// `date` in dateFormat(locale); empty for an invalid date.
QString displayDate(const QDate& date, const QLocale& locale);
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
