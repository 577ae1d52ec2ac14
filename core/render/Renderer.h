#pragma once
// Entry point of core/render: the request document as a finished PDF (fonts embedded as
// subsets, a text layer that reads back exactly, /Lang, metadata, outline). Takes everything
// from outside as plain data (RenderContext); never opens the requirements database.
// Use from the thread that owns the QGuiApplication (fonts). Never throws.

#include "RenderContext.h"
#include "RenderResult.h"
#include "base/Error.h"
#include "model/Request.h"

namespace mla::render {

// Writes the request in ctx.language to `outPath` (atomically). Errors: "render.language",
// "render.font.missing" (names the Debian package), "template.*" (file and line),
// "render.write", "render.finish".
Result<RenderResult> renderPdf(const Request& request, const RenderContext& ctx, const QString& outPath);

// The same document as OpenDocument text, marked "editable copy — not the signed original" in
// the output language (never signed, never the original). pageCount and the signature
// rectangle stay unset. Errors as renderPdf.
Result<RenderResult> renderOdt(const Request& request, const RenderContext& ctx, const QString& outPath);

} // namespace mla::render
