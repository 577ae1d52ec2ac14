#include "ImportReport.h"

namespace mla::requirements {

QString ImportReport::outcomeId(Outcome o)
{
    switch (o) {
    case Outcome::Added:
        return QStringLiteral("added");
    case Outcome::Updated:
        return QStringLiteral("updated");
    case Outcome::Kept:
        return QStringLiteral("kept");
    case Outcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

} // namespace mla::requirements
