// Placeholder until the pdf work lands: the command exists but is not available yet.
#include "Commands.h"

#include <QTextStream>

namespace mla::cli {

int demoIdentityCommand(const QStringList&, QTextStream&, QTextStream& err)
{
    err << "mlawriter demo-identity: not available in this build yet\n";
    return 2;
}

} // namespace mla::cli
