#include "FontSet.h"

#include "Languages.h"

#include <QFontDatabase>

namespace mla::render {

QStringList FontSet::familiesFor(const QString& language)
{
    // A language file may declare its own families (e.g. Japanese: Noto Serif CJK JP).
    if (const QStringList declared = declaredFonts(language); !declared.isEmpty())
        return declared;
    const QString latin = QStringLiteral("Noto Serif");
    const QString arabic = QStringLiteral("Noto Sans Arabic");
    const QString cjk = QStringLiteral("Noto Serif CJK SC");
    // Every document holds names in other scripts (persons' names in Arabic or Chinese
    // script), so all three families are always present; the language's own comes first so
    // that shared characters (digits, punctuation) take its style.
    if (language == QLatin1String("ar"))
        return {arabic, latin, cjk};
    if (language == QLatin1String("zh"))
        return {cjk, latin, arabic};
    return {latin, arabic, cjk};
}

QString FontSet::packageFor(const QString& family)
{
    if (family.contains(QLatin1String("CJK")))
        return QStringLiteral("fonts-noto-cjk");
    return QStringLiteral("fonts-noto-core");
}

Status FontSet::check(const QStringList& families)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString& f : families) {
        if (!installed.contains(f, Qt::CaseInsensitive))
            return Error{QStringLiteral("render.font.missing"),
                         QStringLiteral("font family '%1' is not installed: install the Debian package %2")
                             .arg(f, packageFor(f)),
                         {},
                         0,
                         0};
    }
    return {};
}

QFont FontSet::font(const QString& language, double pointSize, bool bold, bool italic)
{
    QFont f;
    f.setFamilies(familiesFor(language));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

} // namespace mla::render
