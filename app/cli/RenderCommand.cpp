// Placeholder until the render work lands: the command exists but is not available yet.
#include "Commands.h"

#include <QTextStream>

namespace mla::cli {

int renderCommand(const QStringList&, QTextStream&, QTextStream& err)
{
    err << "mlawriter render: not available in this build yet\n";
    return 2;
}

} // namespace mla::cli
