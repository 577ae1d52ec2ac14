#pragma once
// The request document as OpenDocument text (Qt's QTextDocumentWriter, format "odf"): the same
// paragraphs as the PDF, headings as ODF headings, each language's direction and fonts, opening
// and closing with a visible "editable copy — not the signed original" notice in the output
// language. For central authorities that finish a request in a word processor. Use from the
// thread that owns the QGuiApplication (fonts). Never throws.

#include "Block.h"
#include "base/Error.h"

#include <QList>
#include <QString>

namespace mla::render {

// Writes `blocks` to `path` atomically; `notice` is the editable-copy marking.
Status writeOdt(const QList<Block>& blocks, const QString& language, const QString& title,
                const QString& notice, const QString& path);

} // namespace mla::render
