#include "DraftReader.h"
namespace mla::draft {
Result<Request> readRequest(xmlDoc*, const QString& fileName)
{
    return Error{QStringLiteral("draft.todo"), QStringLiteral("not implemented"), fileName, 0, 0};
}
} // namespace mla::draft
