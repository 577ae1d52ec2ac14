#include "TsFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace mla::test {
namespace {

QStringList sorted(QStringList l)
{
    std::sort(l.begin(), l.end());
    return l;
}

// %1, %L1, %n, %Ln -> "%1", "%1", "%n", "%n"
QStringList placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << QLatin1Char('%') + it.next().captured(1);
    return sorted(out);
}

// A keyboard accelerator: '&' followed by a character other than '&' or a space ("&&" is a literal '&').
bool hasAccelerator(const QString& s)
{
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        if (s.at(i) != u'&')
            continue;
        if (s.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!s.at(i + 1).isSpace())
            return true;
    }
    return false;
}

QStringList tags(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out << (m.captured(0).startsWith(QLatin1String("</")) ? QStringLiteral("/") : QString()) +
                   m.captured(1).toLower();
    }
    return sorted(out);
}

} // namespace

int numerusForms(const QString& language)
{
    const QString l = language.section(u'_', 0, 0);
    if (l == QLatin1String("ar"))
        return 6;
    if (l == QLatin1String("ru"))
        return 3;
    if (l == QLatin1String("zh"))
        return 1;
    return 2;
}

TsFile TsFile::read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        TsFile t;
        t.path = path;
        t.error = QStringLiteral("cannot read %1").arg(path);
        return t;
    }
    return parse(f.readAll(), path);
}

TsFile TsFile::parse(const QByteArray& bytes, const QString& path)
{
    TsFile t;
    t.path = path;
    QXmlStreamReader x(bytes);
    QString context;
    TsMessage m;
    bool inMessage = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement()) {
            const auto n = x.name();
            if (n == QLatin1String("TS")) {
                t.language = x.attributes().value(QLatin1String("language")).toString();
            } else if (n == QLatin1String("name") && !inMessage) {
                context = x.readElementText();
            } else if (n == QLatin1String("message")) {
                m = TsMessage{};
                m.context = context;
                m.numerus = x.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                m.line = x.lineNumber();
                inMessage = true;
            } else if (inMessage && n == QLatin1String("source")) {
                m.source = x.readElementText();
            } else if (inMessage && n == QLatin1String("comment")) {
                m.comment = x.readElementText();
            } else if (inMessage && n == QLatin1String("translation")) {
                m.type = x.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translations << x.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inMessage && n == QLatin1String("numerusform")) {
                m.translations << x.readElementText();
            }
        } else if (x.isEndElement() && x.name() == QLatin1String("message")) {
            t.messages.append(m);
            inMessage = false;
        }
    }
    if (x.hasError())
        t.error = QStringLiteral("%1:%2: %3").arg(path).arg(x.lineNumber()).arg(x.errorString());
    return t;
}

QStringList problems(const TsFile& file)
{
    QStringList out;
    if (!file.error.isEmpty())
        return {file.error};
    if (file.messages.isEmpty())
        out << QStringLiteral("%1: no messages").arg(file.path);
    for (const auto& m : file.messages) {
        const QString where =
            QStringLiteral("%1:%2: %3: '%4': ").arg(file.path).arg(m.line).arg(m.context, m.source);
        if (m.type == QLatin1String("unfinished")) {
            out << where + QStringLiteral("unfinished");
            continue;
        }
        if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished")) {
            out << where + m.type + QStringLiteral(" (run the mlawriter_lupdate target)");
            continue;
        }
        if (m.numerus && m.translations.size() != numerusForms(file.language))
            out << where + QStringLiteral("%1 plural forms, %2 expected for %3")
                               .arg(m.translations.size())
                               .arg(numerusForms(file.language))
                               .arg(file.language);
        const QStringList want = placeholders(m.source);
        for (const auto& tr : m.translations) {
            if (tr.trimmed().isEmpty()) {
                out << where + QStringLiteral("empty translation");
                continue;
            }
            if (placeholders(tr) != want)
                out << where + QStringLiteral("placeholders %1 in the translation '%2', %3 in the source")
                                   .arg(placeholders(tr).join(u' '), tr, want.join(u' '));
            if (hasAccelerator(m.source) != hasAccelerator(tr))
                out << where + QStringLiteral(
                                   "keyboard accelerator (&) in only one of source and translation '%1'")
                                   .arg(tr);
            if (tags(m.source) != tags(tr))
                out << where + QStringLiteral("rich-text tags differ in the translation '%1'").arg(tr);
        }
    }
    return out;
}

} // namespace mla::test
