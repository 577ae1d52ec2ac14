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
};

QImage renderAppearanceImage(const QSizeF& sizePoints, const AppearanceText& text);

} // namespace mla::pdf
