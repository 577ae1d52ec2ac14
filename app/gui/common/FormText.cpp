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
