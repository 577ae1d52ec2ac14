#pragma once
// Lays blocks out into pages (QTextLayout: bidi, shaping, line breaking) and paints them into a
// PDF with QPdfWriter, glyph run by glyph run, recording which characters each drawn glyph stands
// for. Not thread-safe: use from the thread that owns the QGuiApplication. Failures (fonts
// missing, file not writable) are returned as errors; nothing throws.

#include "Block.h"
#include "GlyphText.h"
#include "RenderContext.h"
#include "RenderResult.h"
#include "base/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace mla::render {

struct PageDecoration
{
    QString headerStart;  // e.g. the reference; leading side of the header
    QString headerEnd;    // e.g. the DRAFT marker; trailing side
    QString footerNotice; // small print above the page number (e.g. translator review notice)
    std::function<QString(int page, int pages)> footer; // 1-based page
    QString watermark;  // drawn as outlines (not text) across every page; empty: none
    QByteArray logoPng; // top of page 1, leading side; empty or unreadable: none
};

struct ComposedDocument
{
    RenderResult result;
    QList<PageGlyphs> glyphs; // per page, in drawing order
};

class PageComposer
{
public:
    PageComposer(QString language, PaperSize paper);

    // Writes the PDF (as Qt produces it, before finishing) to `path`.
    Result<ComposedDocument> compose(const QList<Block>& blocks, const PageDecoration& decoration,
                                     const QString& title, const QString& path) const;

    static double pageWidthPt(PaperSize paper);
    static double pageHeightPt(PaperSize paper);

private:
    QString m_language;
    PaperSize m_paper;
};

} // namespace mla::render
