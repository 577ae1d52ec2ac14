// validate DRAFT: exit 0 when the draft is well-formed and valid, 2 when it cannot be read.
#include "Args.h"
#include "Cli.h"
#include "Commands.h"
#include "draft/DraftFile.h"

#include <QTextStream>

namespace mla::cli {

int validateCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(args, {}, {}, 1, 1);
    if (!a.error.isEmpty()) {
        err << "mlawriter validate: " << a.error << "\nUsage: mlawriter validate DRAFT\n";
        return BadInput;
    }
    const QString path = a.positional.first();
    const auto r = draft::DraftFile::read(path);
    if (!r) {
        err << r.error().toString() << '\n';
        return BadInput;
    }
    const Request& req = r.value();
    out << path << ": valid draft (format " << draft::DraftFile::version << "), " << req.offences.size()
        << " offence(s), " << req.persons.size() << " person(s), " << req.measures.size() << " measure(s)\n";
    return Ok;
}

} // namespace mla::cli
