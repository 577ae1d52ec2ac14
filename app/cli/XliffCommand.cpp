// Placeholder until the translation work lands: the command exists but is not available yet.
#include "Commands.h"

#include <QTextStream>

namespace mla::cli {

int xliffCommand(const QStringList&, QTextStream&, QTextStream& err)
{
    err << "mlawriter xliff: not available in this build yet\n";
    return 2;
}

} // namespace mla::cli
