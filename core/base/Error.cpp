#include "Error.h"

namespace mla {

QString Error::toString() const
{
    QString where;
    if (!file.isEmpty()) {
        where = file;
        if (line > 0) {
            where += u':' + QString::number(line);
            if (column > 0)
                where += u':' + QString::number(column);
        }
        where += QStringLiteral(": ");
    }
    return where + detail;
}

} // namespace mla
