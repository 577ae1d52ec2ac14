#include "DraftWriter.h"
namespace mla::draft {
QByteArray writeRequest(const Request&)
{
    return {};
}
} // namespace mla::draft
