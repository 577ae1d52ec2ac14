#pragma once
// Internal: maps a parsed, schema-valid draft document onto the model.
#include "base/Error.h"
#include "model/Request.h"

#include <libxml/tree.h>

namespace mla::draft {

Result<Request> readRequest(xmlDoc* doc, const QString& fileName);

} // namespace mla::draft
