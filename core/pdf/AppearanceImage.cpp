#include "AppearanceImage.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace mla::pdf {

QImage renderAppearanceImage(const QSizeF& sizePoints, const AppearanceText& text)
{
    constexpr double scale = 4.0;
    const QSize px(qMax(1, qRound(sizePoints.width() * scale)), qMax(1, qRound(sizePoints.height() * scale)));
    QImage image(px, QImage::Format_RGB888);
    image.fill(Qt::white);
    // 72 dots per inch in painter units, so that font point sizes are PDF points.
    image.setDotsPerMeterX(qRound(72.0 / 0.0254));
    image.setDotsPerMeterY(qRound(72.0 / 0.0254));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    const QColor ink(0x1a, 0x3a, 0x6b);
    p.setPen(QPen(ink, 0.8));
    const QRectF frame(0.5, 0.5, sizePoints.width() - 1.0, sizePoints.height() - 1.0);
    p.drawRect(frame);

    QStringList lines;
    lines << text.name;
    if (!text.function.isEmpty())
        lines << text.function;
    QString dated = QLocale::c().toString(text.when.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (!text.place.isEmpty())
        dated = text.place + QStringLiteral(", ") + dated;
    lines << dated << QStringLiteral("Digitally signed");

    // The largest font (up to 10 pt) at which every line fits the frame.
    const QRectF inner = frame.adjusted(4, 3, -4, -3);
    QFont font(QStringLiteral("Noto Sans"));
    double size = 10.0;
    for (; size > 4.0; size -= 0.5) {
        font.setPointSizeF(size);
        const QFontMetricsF fm(font);
        bool fits = fm.lineSpacing() * lines.size() <= inner.height();
        for (const QString& line : std::as_const(lines))
            fits = fits && fm.horizontalAdvance(line) <= inner.width();
        if (fits)
            break;
    }
    font.setPointSizeF(size);
    const QFontMetricsF fm(font);
    double y = inner.top();
    for (int i = 0; i < lines.size(); ++i) {
        QFont f = font;
        f.setBold(i == 0);
        f.setItalic(i == lines.size() - 1);
        p.setFont(f);
        p.drawText(QRectF(inner.left(), y, inner.width(), fm.lineSpacing()),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, lines.at(i));
        y += fm.lineSpacing();
    }
    p.end();
    return image;
}

} // namespace mla::pdf
