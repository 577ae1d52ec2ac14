// Spoofing risks in names and identifiers: bidirectional controls (text that displays differently
// from what it is, "Trojan Source"), invisible characters (two values that look the same but
// differ) and words mixing Latin with look-alike Cyrillic or Greek letters.
#include "Rule.h"

#include <QRegularExpression>

namespace mla::checks {
namespace {

enum class FieldClass
{
    Identifier,  // numbers, accounts, references: exact values
    LatinName,   // names in Latin script, as in identity documents
    OtherScript, // names in another script, where joiners and direction marks have legitimate uses
};

bool isBidiMark(char32_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C;
}
bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}
bool isJoiner(char32_t c)
{
    return c == 0x200C || c == 0x200D;
}
bool isInvisible(char32_t c)
{
    return c == 0x200B || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0x00AD || c == 0x180E ||
           c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x034F ||
           (c >= 0xE0000 && c <= 0xE007F) || (c >= 0xFE00 && c <= 0xFE0F);
}

QString hex(char32_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

class TextHygieneRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("text-hygiene"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Request& r = ctx.request();
        auto scan = [&](const QString& path, const QString& value, FieldClass cls) {
            check(path, value, cls, out);
        };
        scan(QStringLiteral("authority.reference"), r.authority.reference, FieldClass::Identifier);
        scan(QStringLiteral("proceedings.caseReference"), r.proceedings.caseReference,
             FieldClass::Identifier);
        for (const auto& p : r.persons) {
            const QString base = QStringLiteral("persons[%1].").arg(p.id);
            scan(base + QStringLiteral("familyName"), p.familyName, FieldClass::LatinName);
            scan(base + QStringLiteral("givenNames"), p.givenNames, FieldClass::LatinName);
            for (const QString& a : p.aliases)
                scan(base + QStringLiteral("aliases"), a, FieldClass::LatinName);
            for (const auto& n : p.otherScripts)
                scan(base + QStringLiteral("otherScripts"), n.text, FieldClass::OtherScript);
            for (const auto& d : p.documents)
                scan(base + QStringLiteral("documents"), d.number, FieldClass::Identifier);
        }
        for (const auto& m : r.measures) {
            for (const auto& f : measureSpec(m.type).fields) {
                if (f.kind != FieldKind::Plain && f.kind != FieldKind::List)
                    continue;
                const FieldValue v = m.details.value(f.key);
                const QString path = QStringLiteral("measures[%1].details.%2").arg(m.id, f.key);
                scan(path, v.plain, FieldClass::Identifier);
                for (const QString& x : v.values)
                    scan(path, x, FieldClass::Identifier);
            }
        }
        for (int i = 0; i < r.attachments.size(); ++i)
            scan(QStringLiteral("attachments[%1].fileName").arg(i + 1), r.attachments.at(i).fileName,
                 FieldClass::Identifier);
    }

private:
    void check(const QString& path, const QString& value, FieldClass cls, QList<Finding>& out) const
    {
        if (value.isEmpty())
            return;
        const QString src = QStringLiteral("text hygiene (Unicode TR36 / TR39 security considerations)");
        bool reported = false;
        for (char32_t c : value.toUcs4()) {
            if (reported)
                break;
            if (isBidiControl(c) || (isBidiMark(c) && cls != FieldClass::OtherScript)) {
                out << CheckContext::make(id(), Severity::Blocking, QString(), path,
                                          QStringLiteral("hygiene.bidi"), {path, hex(c)}, src);
                reported = true;
            } else if (isBidiMark(c)) {
                out << CheckContext::make(id(), Severity::Warning, QString(), path,
                                          QStringLiteral("hygiene.bidi"), {path, hex(c)}, src);
                reported = true;
            } else if (isInvisible(c) || (isJoiner(c) && cls != FieldClass::OtherScript)) {
                out << CheckContext::make(
                    id(), cls == FieldClass::Identifier ? Severity::Blocking : Severity::Warning, QString(),
                    path, QStringLiteral("hygiene.invisible"), {path, hex(c)}, src);
                reported = true;
            }
        }
        if (cls == FieldClass::OtherScript)
            return;
        // A word mixing Latin with Cyrillic or Greek letters.
        for (const QString& word :
             value.split(QRegularExpression(QStringLiteral("[\\s,;/()-]+")), Qt::SkipEmptyParts)) {
            bool latin = false;
            QString other;
            for (char32_t c : word.toUcs4()) {
                const QChar::Script s = QChar::script(c);
                if (s == QChar::Script_Latin)
                    latin = true;
                else if (s == QChar::Script_Cyrillic)
                    other = QStringLiteral("Cyrillic");
                else if (s == QChar::Script_Greek)
                    other = QStringLiteral("Greek");
            }
            if (latin && !other.isEmpty()) {
                out << CheckContext::make(id(), Severity::Warning, QString(), path,
                                          QStringLiteral("hygiene.mixedScript"), {path, other, word.left(60)},
                                          src);
                return;
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeTextHygieneRule()
{
    return std::make_unique<TextHygieneRule>();
}

} // namespace mla::checks
