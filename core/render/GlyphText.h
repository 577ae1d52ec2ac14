#pragma once
// The text behind each glyph the PageComposer drew, in drawing order, per page: what the
// PdfFinisher needs to write correct ToUnicode maps. Plain value types.

#include <QList>
#include <QString>

namespace mla::render {

struct GlyphText
{
    QString fontFamily; // family of the QRawFont the glyph was drawn with
    QString fontStyle;
    quint32 glyph = 0; // glyph index in that font
    QString text;      // the characters the glyph stands for (logical order); empty: none
};

using PageGlyphs = QList<GlyphText>;

} // namespace mla::render
