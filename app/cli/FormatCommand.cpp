#include "Commands.h"
#include <QTextStream>
namespace mla::cli {
int formatCommand(const QStringList&, QTextStream&, QTextStream& err)
{
    err << "not yet\n";
    return 2;
}
} // namespace mla::cli
