#include "FormText.h"

#include <QMap>
#include <QRegularExpression>

namespace mla::gui::formtext {

void setOriginal(LocalizedText& t, const QString& text, const QString& language)
{
    t.text = text;
    if (text.trimmed().isEmpty())
        t.language.clear();
    else if (t.language.isEmpty())
        t.language = language;
}

QDate parseDate(const QString& text)
{
    const QString s = text.trimmed();
    if (s.size() != 10)
        return {};
    return QDate::fromString(s, Qt::ISODate);
}

QString formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString dateFormat(const QLocale& locale)
{
    QString f = locale.dateFormat(QLocale::ShortFormat);
    if (!f.contains(QLatin1String("yyyy")))
        f.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return f;
}

QString displayDate(const QDate& date, const QLocale& locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QDate parseUserDate(const QString& text, const QLocale& locale, bool* ok)
{
    *ok = true;
    QString s = text.trimmed();
    if (s.isEmpty())
        return {};
    if (s.size() > 40) {
        *ok = false;
        return {};
    }
    if (const QDate iso = QDate::fromString(s, Qt::ISODate); iso.isValid() && s.size() == 10)
        return iso;
    for (const QString& f : {dateFormat(locale), locale.dateFormat(QLocale::ShortFormat),
                             locale.dateFormat(QLocale::LongFormat)}) {
        if (const QDate d = locale.toDate(s, f); d.isValid())
            return d;
    }
    // Digits in any script (Arabic-Indic, …) become ASCII; direction marks go.
    QString ascii;
    for (const QChar c : std::as_const(s)) {
        if (c.isDigit())
            ascii += QChar(u'0' + c.digitValue());
        else if (c.category() != QChar::Other_Format)
            ascii += c;
    }
    const QString order = [&] {
        const QString f = locale.dateFormat(QLocale::ShortFormat);
        const qsizetype d = f.indexOf(u'd'), m = f.indexOf(u'M'), y = f.indexOf(u'y');
        if (y >= 0 && y < d && y < m)
            return QStringLiteral("ymd");
        return m >= 0 && m < d ? QStringLiteral("mdy") : QStringLiteral("dmy");
    }();
    QStringList parts;
    QString how = order;
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,4})\\s*([./\\-\\s])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,4})\\.?$"));
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    if (const auto m = separated.match(ascii); m.hasMatch()) {
        parts = {m.captured(1), m.captured(3), m.captured(4)};
        if (m.captured(1).size() == 4)
            how = QStringLiteral("ymd");
        else if (m.captured(2) == QLatin1String("."))
            how = QStringLiteral("dmy"); // dots are day first wherever they are used
        else if (how == QLatin1String("ymd"))
            how = QStringLiteral("dmy");
    } else if (const auto p = packed.match(ascii); p.hasMatch()) {
        parts = {p.captured(1), p.captured(2), p.captured(3)};
        if (how == QLatin1String("ymd"))
            how = QStringLiteral("dmy");
    } else {
        *ok = false;
        return {};
    }
    int day = 0, month = 0, year = 0;
    for (int i = 0; i < 3; ++i) {
        const int v = parts.at(i).toInt();
        switch (how.at(i).unicode()) {
        case u'd':
            day = v;
            break;
        case u'm':
            month = v;
            break;
        default:
            year = v;
            break;
        }
    }
    const QString yearText = parts.at(how.indexOf(u'y'));
    if (yearText.size() == 2) {
        const int now = QDate::currentDate().year();
        year += now - now % 100;
        if (year > now)
            year -= 100;
    } else if (yearText.size() != 4) {
        *ok = false;
        return {};
    }
    const QDate d(year, month, day);
    *ok = d.isValid();
    return d;
}

QStringList lines(const QString& text)
{
    QStringList out;
    for (const QString& l : text.split(u'\n')) {
        const QString t = l.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QStringList split(const QString& text, QChar sep)
{
    QStringList out;
    const QStringList parts =
        sep == u' ' ? text.split(QRegularExpression(QStringLiteral("[\\s,]+"))) : text.split(sep);
    for (const QString& p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString languageName(const QString& code)
{
    // Each language in itself, as the UN writes it (QLocale would add a territory, e.g. "de España").
    static const QMap<QString, QString> names{
        {QStringLiteral("ar"), QString::fromUtf8("العربية")},
        {QStringLiteral("zh"), QString::fromUtf8("中文")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QString::fromUtf8("Français")},
        {QStringLiteral("ru"), QString::fromUtf8("Русский")},
        {QStringLiteral("es"), QString::fromUtf8("Español")},
    };
    return names.value(code, code);
}

} // namespace mla::gui::formtext

#include <QLineEdit>
#include <QPlainTextEdit>

namespace mla::gui::formtext {

void show(QLineEdit* w, const QString& text)
{
    if (w->text() != text)
        w->setText(text);
}

void show(QPlainTextEdit* w, const QString& text)
{
    if (w->toPlainText() != text)
        w->setPlainText(text);
}

} // namespace mla::gui::formtext
