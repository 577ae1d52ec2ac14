#pragma once
// Checks the request templates: the layout against its schema and its conditions, and every
// language file against the layout — missing or extra units, placeholder mismatches (target
// against source, source against the English file), unknown placeholders, empty targets,
// wrong languages, XML errors — each with file and line. Reentrant.

#include <QList>
#include <QString>

namespace mla::render {

struct LintIssue
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    QString toString() const; // "file:line:col: message"
};

class TemplateLint
{
public:
    // Lints `directory` (empty: the templates built into the program) for `languages`
    // (empty: the six UN languages). No issues: the templates are usable.
    static QList<LintIssue> run(const QString& directory = {}, const QStringList& languages = {});
};

} // namespace mla::render
