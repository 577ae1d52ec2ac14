#pragma once
// One paragraph of the request document as the DocumentBuilder produces it and the
// PageComposer lays it out. Plain value type.

#include <QList>
#include <QString>
#include <QTextLayout>

namespace mla::render {

struct Block
{
    enum class Align
    {
        Start, // the leading side of the block's direction
        Center,
        End
    };
    QString text;                            // may contain line separators (U+2028)
    QList<QTextLayout::FormatRange> formats; // bold or italic ranges inside the text
    double fontSize = 10.5;                  // points
    bool bold = false;
    bool italic = false;
    bool rightToLeft = false; // paragraph direction
    Align align = Align::Start;
    double indent = 0;      // points, on the start side
    double spaceBefore = 0; // points
    double spaceAfter = 4;  // points
    bool keepWithNext = false;
    int outlineLevel = 0; // > 0: an outline (bookmark) entry with this level
    QString outlineTitle; // defaults to text
    QString anchor;       // "signature": its rectangle is reported in RenderResult
    bool muted = false;   // grey text (notices, gaps)
    bool pageBreakBefore = false;
};

} // namespace mla::render
