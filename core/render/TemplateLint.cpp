#include "TemplateLint.h"

#include "TemplateSet.h"
#include "model/Vocabulary.h"

#include <QDir>
#include <QSet>

#include <functional>

namespace mla::render {

QString LintIssue::toString() const
{
    QString s = file;
    if (line > 0)
        s += u':' + QString::number(line);
    if (column > 0)
        s += u':' + QString::number(column);
    return s + QStringLiteral(": ") + message;
}

namespace {

LintIssue fromError(const Error& e)
{
    return LintIssue{e.file, e.line, e.column, e.detail};
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

QList<LintIssue> TemplateLint::run(const QString& directory, const QStringList& languages)
{
    QList<LintIssue> issues;
    const QString dir = directory.isEmpty() ? TemplateSet::builtinDirectory() : directory;
    const QString layoutPath = QDir(dir).filePath(TemplateSet::layoutFileName());
    auto layout = TemplateSet::readLayout(dir);
    if (!layout) {
        issues.append(fromError(layout.error()));
        return issues;
    }
    const QStringList conditions = TemplateSet::knownConditions();
    std::function<void(const QList<LayoutNode>&)> walk = [&](const QList<LayoutNode>& nodes) {
        for (const LayoutNode& n : nodes) {
            QString c = n.condition;
            if (c.startsWith(u'!'))
                c.remove(0, 1);
            if (!c.isEmpty() && !conditions.contains(c))
                issues.append(
                    LintIssue{layoutPath, n.line, 0, QStringLiteral("unknown condition '%1'").arg(c)});
            walk(n.children);
        }
    };
    walk(layout.value());
    const QStringList required = TemplateSet::requiredUnits(layout.value());
    const QSet<QString> requiredSet(required.begin(), required.end());
    const QStringList known = TemplateSet::knownPlaceholders();

    // The English file is the reference for each unit's placeholders and source text.
    QMap<QString, TemplateUnit> english;
    const QString enPath = QDir(dir).filePath(QStringLiteral("en.xlf"));
    if (auto en = TemplateSet::readLanguageFile(enPath))
        for (const TemplateUnit& u : en.value().units)
            english.insert(u.id, u);

    const QStringList langs = languages.isEmpty() ? unLanguages() : languages;
    for (const QString& lang : langs) {
        const QString path = QDir(dir).filePath(lang + QStringLiteral(".xlf"));
        auto lf = TemplateSet::readLanguageFile(path);
        if (!lf) {
            issues.append(fromError(lf.error()));
            continue;
        }
        const LanguageFile& f = lf.value();
        if (f.sourceLanguage != QLatin1String("en"))
            issues.append(LintIssue{path, 1, 0,
                                    QStringLiteral("srcLang is '%1', expected 'en'").arg(f.sourceLanguage)});
        if (f.targetLanguage != lang)
            issues.append(LintIssue{
                path, 1, 0, QStringLiteral("trgLang is '%1', expected '%2'").arg(f.targetLanguage, lang)});
        QSet<QString> present;
        for (const TemplateUnit& u : f.units) {
            present.insert(u.id);
            if (!requiredSet.contains(u.id)) {
                issues.append(LintIssue{
                    path, u.line, 0, QStringLiteral("extra unit '%1' (not used by the layout)").arg(u.id)});
                continue;
            }
            if (u.target.trimmed().isEmpty()) {
                issues.append(
                    LintIssue{path, u.line, 0, QStringLiteral("unit '%1' has no target text").arg(u.id)});
                continue;
            }
            static const QStringList states{QStringLiteral("initial"), QStringLiteral("translated"),
                                            QStringLiteral("reviewed"), QStringLiteral("final")};
            if (!states.contains(u.state))
                issues.append(LintIssue{
                    path, u.line, 0, QStringLiteral("unit '%1' has unknown state '%2'").arg(u.id, u.state)});
            if (sorted(u.sourcePlaceholders) != sorted(u.targetPlaceholders))
                issues.append(LintIssue{
                    path, u.targetLine ? u.targetLine : u.line, 0,
                    QStringLiteral("unit '%1': placeholders of the target {%2} differ from the source {%3}")
                        .arg(u.id, sorted(u.targetPlaceholders).join(QStringLiteral(", ")),
                             sorted(u.sourcePlaceholders).join(QStringLiteral(", ")))});
            for (const QString& ph : u.targetPlaceholders)
                if (!known.contains(ph))
                    issues.append(
                        LintIssue{path, u.targetLine ? u.targetLine : u.line, 0,
                                  QStringLiteral("unit '%1': unknown placeholder '%2'").arg(u.id, ph)});
            auto en = english.constFind(u.id);
            if (en != english.constEnd() && lang != QLatin1String("en")) {
                if (sorted(en->sourcePlaceholders) != sorted(u.sourcePlaceholders))
                    issues.append(
                        LintIssue{path, u.line, 0,
                                  QStringLiteral("unit '%1': placeholders of the source differ from en.xlf")
                                      .arg(u.id)});
                if (en->source != u.source)
                    issues.append(LintIssue{
                        path, u.line, 0,
                        QStringLiteral("unit '%1': source text differs from en.xlf (outdated translation?)")
                            .arg(u.id)});
            }
        }
        for (const QString& id : required)
            if (!present.contains(id))
                issues.append(LintIssue{path, 0, 0, QStringLiteral("missing unit '%1'").arg(id)});
    }
    return issues;
}

} // namespace mla::render
