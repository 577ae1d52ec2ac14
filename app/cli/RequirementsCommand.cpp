// Placeholder until the requirements work lands: the command exists but is not available yet.
#include "Commands.h"

#include <QTextStream>

namespace mla::cli {

int requirementsCommand(const QStringList&, QTextStream&, QTextStream& err)
{
    err << "mlawriter requirements: not available in this build yet\n";
    return 2;
}

} // namespace mla::cli
