#pragma once
// Internal to core/pdf: the picture of a visible signature (any script: Qt shapes the text with
// the system fonts), drawn at 4 pixels per point. Needs a QGuiApplication. Reentrant.

#include <QDateTime>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace mla::pdf {

struct AppearanceText
{
    QString name;
    QString function;
    QString place;
    QDateTime when;
    QString language; // BCP 47 ("fr", "ar", …): "Digitally signed" and the date in its conventions;
                      // Arabic right to left. Empty or unknown: English.
};

// "Digitally signed" in `language` (ar, zh, en, fr, ru, es; else English).
QString digitallySignedText(const QString& language);

QImage renderAppearanceImage(const QSizeF& sizePoints, const AppearanceText& text);

} // namespace mla::pdf
