// Placeholder until the checks work lands: the command exists but is not available yet.
#include "Commands.h"

#include <QTextStream>

namespace mla::cli {

int checkCommand(const QStringList&, QTextStream&, QTextStream& err)
{
    err << "mlawriter check: not available in this build yet\n";
    return 2;
}

} // namespace mla::cli
