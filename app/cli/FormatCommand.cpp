// format DRAFT: rewrites a valid draft in canonical form, atomically; a draft that cannot be
// read is never touched.
#include "Args.h"
#include "Cli.h"
#include "Commands.h"
#include "draft/DraftFile.h"

#include <QFile>
#include <QTextStream>

namespace mla::cli {

int formatCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(args, {}, {QStringLiteral("--check")}, 1, 1);
    if (!a.error.isEmpty()) {
        err << "mlawriter format: " << a.error << "\nUsage: mlawriter format [--check] DRAFT\n";
        return BadInput;
    }
    const QString path = a.positional.first();
    const auto r = draft::DraftFile::read(path);
    if (!r) {
        err << r.error().toString() << '\n';
        return BadInput;
    }
    QFile f(path);
    const QByteArray before = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    f.close();
    const QByteArray canonical = draft::DraftFile::serialize(r.value());
    if (before == canonical) {
        out << path << ": already canonical\n";
        return Ok;
    }
    if (a.has(QStringLiteral("--check"))) {
        out << path << ": not in canonical form\n";
        return Invalid;
    }
    if (Status s = draft::DraftFile::write(r.value(), path); !s) {
        err << s.error().toString() << '\n';
        return BadInput;
    }
    out << path << ": rewritten in canonical form (previous version kept as " << path << ".bak)\n";
    return Ok;
}

} // namespace mla::cli
