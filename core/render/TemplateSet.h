#pragma once
// The request document's templates: the layout (request.layout.xml, schema layout-1.xsd) and one
// XLIFF 2.0 language file per UN language (<lang>.xlf, source English, target the language).
// Read from the program's resources or, for tests and translators, from a directory. Files are
// parsed with mla::xml (hostile-input safe). Reentrant; errors carry file, line and column.

#include "base/Error.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mla::render {

struct LayoutNode
{
    QString element; // "section", "para", "field", "measures", …
    QString id;      // section id
    QString unit;    // para unit / title unit / section heading / signature heading
    QString second;  // title subtitle / field label / signature placeDate
    QString path;    // field path
    QString condition;
    QString article;
    int line = 0;
    QList<LayoutNode> children;
};

struct TemplateUnit
{
    QString id;
    QString source; // placeholders as {name}
    QString target;
    QStringList sourcePlaceholders;
    QStringList targetPlaceholders;
    QString state; // XLIFF segment state: initial | translated | reviewed | final
    int line = 0;
    int targetLine = 0;
};

struct LanguageFile
{
    QString path;
    QString sourceLanguage;
    QString targetLanguage;
    QList<TemplateUnit> units; // in file order
};

class TemplateSet
{
public:
    static QString builtinDirectory(); // ":/mlawriter/templates/request"
    static QString layoutFileName();   // "request.layout.xml"

    // The layout, validated against layout-1.xsd.
    static Result<QList<LayoutNode>> readLayout(const QString& directory);
    // One language file (XML and structure checked; no cross-checks: see TemplateLint).
    static Result<LanguageFile> readLanguageFile(const QString& path);
    // Every unit the layout and the generated parts of the document use.
    static QStringList requiredUnits(const QList<LayoutNode>& layout);
    // Conditions a layout may test.
    static QStringList knownConditions();
    // Placeholders a unit's text may hold.
    static QStringList knownPlaceholders();

    // Loads the layout and `language`'s file from `directory` (empty: built in).
    static Result<TemplateSet> load(const QString& language, const QString& directory = {});

    const QList<LayoutNode>& layout() const { return m_layout; }
    // The unit's target text with {placeholders} replaced by `args`; a unit that is missing
    // gives "[unit id]" and is remembered in missingUnits().
    QString text(const QString& unit, const QMap<QString, QString>& args = {}) const;
    bool has(const QString& unit) const { return m_units.contains(unit); }
    // True when a unit used so far is not in state "final" (legal-translator review pending).
    bool awaitsReview() const { return m_awaitsReview; }
    QStringList missingUnits() const { return m_missing; }
    // Every unit text() was asked for so far, in first-use order.
    QStringList usedUnits() const { return m_used; }
    // The literal pieces of a unit's target text between its placeholders (trimmed, non-empty).
    QStringList fragments(const QString& unit) const;

private:
    QList<LayoutNode> m_layout;
    QMap<QString, TemplateUnit> m_units;
    mutable QStringList m_missing;
    mutable QStringList m_used;
    mutable bool m_awaitsReview = false;
};

} // namespace mla::render
