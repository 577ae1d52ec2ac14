// templates-lint [DIR]: checks the request document's layout and its six language files
// (built in, or those in DIR). Each problem is printed as "file:line: message".
// Exit 0: no problem; 1: problems found; 2: usage error or DIR unreadable.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"

#include "render/TemplateLint.h"

#include <QDir>
#include <QTextStream>

namespace mla::cli {

int templatesLintCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args args = parseArgs(argList, {}, {}, 0, 1);
    if (!args.error.isEmpty()) {
        err << "mlawriter templates-lint: " << args.error << "\nusage: mlawriter templates-lint [DIR]\n";
        return BadInput;
    }
    const QString dir = args.positional.value(0);
    if (!dir.isEmpty() && !QDir(dir).exists()) {
        err << dir << ": no such directory\n";
        return BadInput;
    }
    const QList<render::LintIssue> issues = render::TemplateLint::run(dir);
    for (const render::LintIssue& i : issues)
        err << i.toString() << "\n";
    const QString where = dir.isEmpty() ? QStringLiteral("built-in templates") : dir;
    if (!issues.isEmpty()) {
        out << where << ": " << issues.size() << " problem(s)\n";
        return Invalid;
    }
    out << where << ": layout and 6 language files OK\n";
    return Ok;
}

} // namespace mla::cli
