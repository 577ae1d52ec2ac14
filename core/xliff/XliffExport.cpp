#include "XliffExport.h"

#include "FieldContext.h"
#include "UnitId.h"
#include "XliffSchema.h"

#include <QSaveFile>

namespace mla::xliff {
namespace {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

// Calls f(codePoint) for each code point; a lone surrogate is passed as itself.
template <typename F> void forEachCodePoint(const QString& s, F f)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, s.at(i + 1)));
            ++i;
        } else {
            f(char32_t(c.unicode()));
        }
    }
}

void appendCodePoint(QString& out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

// Attribute values and notes: characters XML cannot carry become U+FFFD (they are labels only).
QString escapeAttr(const QString& s)
{
    QString out;
    out.reserve(s.size() + 8);
    forEachCodePoint(s, [&out](char32_t c) {
        switch (c) {
        case '&':
            out += QLatin1String("&amp;");
            return;
        case '<':
            out += QLatin1String("&lt;");
            return;
        case '>':
            out += QLatin1String("&gt;");
            return;
        case '"':
            out += QLatin1String("&quot;");
            return;
        case '\n':
            out += QLatin1String("&#10;");
            return;
        case '\r':
            out += QLatin1String("&#13;");
            return;
        case '\t':
            out += QLatin1String("&#9;");
            return;
        default:
            break;
        }
        appendCodePoint(out, isXmlChar(c) ? c : char32_t(0xFFFD));
    });
    return out;
}

QString escapeNote(const QString& s)
{
    QString out;
    forEachCodePoint(s, [&out](char32_t c) {
        switch (c) {
        case '&':
            out += QLatin1String("&amp;");
            return;
        case '<':
            out += QLatin1String("&lt;");
            return;
        case '>':
            out += QLatin1String("&gt;");
            return;
        case '\r':
            out += QLatin1String("&#13;");
            return;
        default:
            break;
        }
        appendCodePoint(out, isXmlChar(c) ? c : char32_t(0xFFFD));
    });
    return out;
}

// Translatable content: exact round trip. Characters XML cannot carry become <cp hex="..."/>
// (XLIFF 2.0, 4.2.3.1); CR is written as a character reference so parsers keep it.
QString escapeContent(const QString& s)
{
    QString out;
    out.reserve(s.size() + 8);
    forEachCodePoint(s, [&out](char32_t c) {
        switch (c) {
        case '&':
            out += QLatin1String("&amp;");
            return;
        case '<':
            out += QLatin1String("&lt;");
            return;
        case '>':
            out += QLatin1String("&gt;");
            return;
        case '\r':
            out += QLatin1String("&#13;");
            return;
        default:
            break;
        }
        if (isXmlChar(c))
            appendCodePoint(out, c);
        else
            out += QStringLiteral("<cp hex=\"%1\"/>")
                       .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, u'0'));
    });
    return out;
}

QString stateOf(TranslationStatus s)
{
    switch (s) {
    case TranslationStatus::Draft:
        return QStringLiteral("initial");
    case TranslationStatus::Translated:
        return QStringLiteral("translated");
    case TranslationStatus::Reviewed:
        return QStringLiteral("reviewed");
    }
    return QStringLiteral("initial");
}

QString dirOf(const QString& lang)
{
    return lang == QLatin1String("ar") ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<ExportResult> XliffExport::run(const Request& request, const ExportOptions& options)
{
    const QString target = options.targetLanguage;
    if (!isUnLanguage(target))
        return Error{QStringLiteral("xliff.bad-language"),
                     QStringLiteral("target language '%1' is not one of ar, zh, en, fr, ru, es").arg(target),
                     {},
                     0,
                     0};

    const auto texts = request.localizedTexts();
    auto languageOf = [&request](const LocalizedText& t) {
        return t.language.isEmpty() ? request.draftLanguage : t.language;
    };
    QString source = options.sourceLanguage.isEmpty() ? request.draftLanguage : options.sourceLanguage;
    if (source.isEmpty()) {
        for (const auto& [path, t] : texts) {
            if (!t->isEmpty() && !languageOf(*t).isEmpty()) {
                source = languageOf(*t);
                break;
            }
        }
    }
    if (source.isEmpty())
        return Error{QStringLiteral("xliff.nothing-to-export"),
                     QStringLiteral("the request has no free text to translate"),
                     {},
                     0,
                     0};
    if (source == target)
        return Error{
            QStringLiteral("xliff.bad-language"),
            QStringLiteral("the target language '%1' is the language the text is written in").arg(target),
            {},
            0,
            0};

    const QDateTime now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    ExportResult result;
    result.sourceLanguage = source;

    QString units;
    for (const auto& [path, t] : texts) {
        if (t->isEmpty()) {
            result.skipped.append({path, QStringLiteral("empty")});
            continue;
        }
        const QString lang = languageOf(*t);
        if (lang != source) {
            result.skipped.append(
                {path, QStringLiteral("written in %1, not in the source language %2").arg(lang, source)});
            continue;
        }
        const FieldContext ctx = FieldContext::of(request, path);
        const Translation* existing = t->translation(target);
        const bool stale = existing && t->isStale(target);

        QString u;
        u += QStringLiteral("    <unit id=\"%1\" name=\"%2\" mla:sourceHash=\"%3\" mla:baseHash=\"%4\"")
                 .arg(UnitId::fromFieldPath(path), escapeAttr(path), LocalizedText::hashOf(t->text),
                      existing ? LocalizedText::hashOf(existing->text) : QString());
        if (existing && existing->modified.isValid())
            u += QStringLiteral(" mla:baseModified=\"%1\"").arg(isoTime(existing->modified));
        u += QStringLiteral(">\n      <notes>\n");
        if (!ctx.section.isEmpty())
            u +=
                QStringLiteral("        <note category=\"section\">%1</note>\n").arg(escapeNote(ctx.section));
        u += QStringLiteral("        <note category=\"field\">%1</note>\n").arg(escapeNote(ctx.field));
        if (!ctx.article.isEmpty())
            u +=
                QStringLiteral("        <note category=\"article\">%1</note>\n").arg(escapeNote(ctx.article));
        if (stale)
            u += QStringLiteral(
                "        <note category=\"status\" appliesTo=\"target\">The original text changed "
                "after this translation was made: check the translation against the new "
                "source.</note>\n");
        u += QStringLiteral("      </notes>\n");
        const QString state = existing && !stale ? stateOf(existing->status) : QStringLiteral("initial");
        u += QStringLiteral("      <segment state=\"%1\">\n").arg(state);
        u += QStringLiteral("        <source xml:space=\"preserve\">%1</source>\n")
                 .arg(escapeContent(t->text));
        if (existing)
            u += QStringLiteral("        <target xml:space=\"preserve\">%1</target>\n")
                     .arg(escapeContent(existing->text));
        u += QStringLiteral("      </segment>\n    </unit>\n");
        units += u;
        result.exportedFields.append(path);
    }
    if (result.exportedFields.isEmpty())
        return Error{QStringLiteral("xliff.nothing-to-export"),
                     QStringLiteral("no free-text field of the request has text in %1").arg(source),
                     {},
                     0,
                     0};

    QString doc;
    doc += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    doc += QStringLiteral(
               "<xliff xmlns=\"%1\" xmlns:mla=\"%2\" version=\"2.0\" srcLang=\"%3\" trgLang=\"%4\">\n")
               .arg(QLatin1String(XliffSchema::ns), QLatin1String(mlaNs), escapeAttr(source),
                    escapeAttr(target));
    doc += QStringLiteral("  <file id=\"request\" canResegment=\"no\" srcDir=\"%1\" trgDir=\"%2\"")
               .arg(dirOf(source), dirOf(target));
    if (!options.original.isEmpty())
        doc += QStringLiteral(" original=\"%1\"").arg(escapeAttr(options.original));
    doc += QStringLiteral(" mla:requestId=\"%1\" mla:exported=\"%2\">\n")
               .arg(escapeAttr(request.id), isoTime(now));
    doc += QStringLiteral(
        "    <notes>\n"
        "      <note category=\"instructions\">Free text of a request for mutual legal assistance in "
        "criminal "
        "matters (United Nations Convention against Transnational Organized Crime, article 18). Translate "
        "the "
        "text of each unit into the target language; do not change unit ids or source text. Each unit names "
        "the section of the request and the article it answers. Treat the content as confidential: it "
        "concerns criminal proceedings and may be subject to a confidentiality requirement (article "
        "18(20)).</note>\n"
        "    </notes>\n");
    doc += units;
    doc += QStringLiteral("  </file>\n</xliff>\n");

    result.bytes = doc.toUtf8();
    // What we hand to a translator must be valid XLIFF 2.0: checked every time.
    if (Status st = XliffSchema::validate(result.bytes, QStringLiteral("export")); !st.ok()) {
        Error e = st.error();
        e.code = QStringLiteral("xliff.internal");
        e.detail = QStringLiteral("the exported document is not valid XLIFF 2.0: ") + e.detail;
        return e;
    }
    return result;
}

Result<ExportResult> XliffExport::toFile(const Request& request, const ExportOptions& options,
                                         const QString& path)
{
    auto r = run(request, options);
    if (!r.ok())
        return r;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(r.value().bytes) != r.value().bytes.size() || !f.commit())
        return Error{QStringLiteral("xliff.write"), QStringLiteral("cannot write: %1").arg(f.errorString()),
                     path, 0, 0};
    return r;
}

} // namespace mla::xliff
