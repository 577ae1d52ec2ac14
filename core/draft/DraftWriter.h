#pragma once
// Internal: the canonical serialization of a request.
#include "model/Request.h"

#include <QByteArray>

namespace mla::draft {

QByteArray writeRequest(const Request& request);

} // namespace mla::draft
