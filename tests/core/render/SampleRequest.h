#pragma once
// A rich request built in code for the render tests and the benchmark: several measures,
// persons with names in Arabic, Chinese and Latin script, numbers, free text translated into
// the six UN languages (and one field left untranslated).

#include "model/Request.h"
#include "render/RenderContext.h"

#include <QString>

namespace mla::test {

Request sampleRequest();
// Per-language context: State names in the language, a central authority, A4, fixed date.
render::RenderContext sampleContext(const QString& language);
// Free-text strings of sampleRequest() that must appear in the document in `language`.
QStringList sampleExpectedText(const QString& language);

} // namespace mla::test
