#include "AppearanceImage.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace mla::pdf {

QString digitallySignedText(const QString& language)
{
    const QString l = language.left(2).toLower();
    if (l == QStringLiteral("fr"))
        return QStringLiteral("Signé électroniquement");
    if (l == QStringLiteral("es"))
        return QStringLiteral("Firmado digitalmente");
    if (l == QStringLiteral("ru"))
        return QStringLiteral("Подписано электронной подписью");
    if (l == QStringLiteral("ar"))
        return QStringLiteral("موقّع رقميًا");
    if (l == QStringLiteral("zh"))
        return QStringLiteral("已数字签名");
    return QStringLiteral("Digitally signed");
}

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
    const QString lang = text.language.left(2).toLower();
    const bool known = QStringList{QStringLiteral("ar"), QStringLiteral("zh"), QStringLiteral("fr"),
                                   QStringLiteral("ru"), QStringLiteral("es")}
                           .contains(lang);
    const bool rtl = lang == QStringLiteral("ar");
    // The date as the language writes it (long form, e.g. "14 mars 2026"), the time in 24 hours.
    const QLocale locale = known ? QLocale(lang) : QLocale(QLocale::English, QLocale::UnitedKingdom);
    const QDateTime utc = text.when.toUTC();
    QString dated = locale.toString(utc.date(), QLocale::LongFormat) + QLatin1Char(' ') +
                    locale.toString(utc.time(), QStringLiteral("HH:mm")) + QStringLiteral(" UTC");
    if (!text.place.isEmpty())
        dated = text.place +
                (lang == QStringLiteral("zh") ? QStringLiteral("，")
                 : rtl                        ? QStringLiteral("، ")
                                              : QStringLiteral(", ")) +
                dated;
    lines << dated << digitallySignedText(lang);
    if (rtl)
        p.setLayoutDirection(Qt::RightToLeft);

    // The largest font (up to 10 pt) at which every line fits the frame.
    const QRectF inner = frame.adjusted(4, 3, -4, -3);
    QFont font(QStringLiteral("Noto Sans"));
    font.setFamilies({rtl ? QStringLiteral("Noto Naskh Arabic")
                          : (lang == QStringLiteral("zh") ? QStringLiteral("Noto Sans CJK SC")
                                                          : QStringLiteral("Noto Sans")),
                      QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Sans CJK SC")});
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
                   (rtl ? Qt::AlignRight | Qt::AlignAbsolute : Qt::AlignLeft | Qt::AlignAbsolute) |
                       Qt::AlignVCenter | Qt::TextSingleLine,
                   lines.at(i));
        y += fm.lineSpacing();
    }
    p.end();
    return image;
}

} // namespace mla::pdf
