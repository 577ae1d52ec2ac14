#pragma once
// The pass after Qt has written a PDF (qpdf's C++ API): a correct text layer (each embedded
// font's /ToUnicode CMap rewritten from the characters each glyph was drawn for, and subset
// tags on /BaseFont), the document language (/Lang), title/author/subject metadata, an outline
// entry per section and viewer preferences. The input is read as a PDF with qpdf (never parsed
// by hand). Reentrant; returns errors, never throws.

#include "GlyphText.h"
#include "RenderResult.h"
#include "base/Error.h"

#include <QList>
#include <QString>

namespace mla::render {

struct FinishInfo
{
    QString language; // BCP 47, e.g. "ar"
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QList<OutlineEntry> outline;
    QList<PageGlyphs> glyphs; // per page, in the order the glyphs were drawn
};

class PdfFinisher
{
public:
    // Reads `inPath`, writes the finished document to `outPath` atomically (they may differ
    // or be the same file).
    static Status finish(const QString& inPath, const QString& outPath, const FinishInfo& info);
    // A ToUnicode CMap for the given CID → text map.
    static QByteArray toUnicodeCMap(const QMap<int, QString>& map);
};

} // namespace mla::render
