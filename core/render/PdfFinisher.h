#pragma once
// The pass after Qt has written a PDF (qpdf's C++ API): a correct text layer (each embedded
// font's /ToUnicode CMap rewritten from the characters each glyph was drawn for, and subset
// tags on /BaseFont), the document language (/Lang), title/author/subject metadata, an outline
// entry per section and viewer preferences; and for PDF/A-3b: the request's canonical draft as
// an associated file (/AF, /AFRelationship /Source, in the /EmbeddedFiles name tree), XMP
// metadata matching the document information, an sRGB output intent and a unique /ID. The file
// is rewritten once. The input is read as a PDF with qpdf (never parsed by hand). Reentrant;
// returns errors, never throws.

#include "GlyphText.h"
#include "RenderResult.h"
#include "base/Error.h"

#include <QDateTime>
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
    QString producer;         // "mlawriter <version>"
    // The source of the document: the request's canonical .mlar bytes, embedded as an associated
    // file named `sourceName`; empty: nothing embedded.
    QByteArray sourceDraft;
    QString sourceName = QStringLiteral("request.mlar");
    QString draftId;         // the request's UUID (XMP)
    QDateTime draftModified; // the draft's own modification time (embedded file /ModDate)
    QDateTime draftCreated;  // (embedded file /CreationDate)
    // What still keeps the document from being final (XMP mla:DocumentState, mla:OpenGaps,
    // mla:UntranslatedFields): `sign` refuses a document marked DRAFT or with open markers.
    bool draft = true;    // rendered with the DRAFT watermark
    int openGaps = 0;     // visible gaps such as "[central authority unknown — verify]"
    int untranslated = 0; // free-text fields printed in the original, marked untranslated
};

class PdfFinisher
{
public:
    // Reads `inPath`, writes the finished document to `outPath` atomically (they may differ
    // or be the same file).
    static Status finish(const QString& inPath, const QString& outPath, const FinishInfo& info);
    // A ToUnicode CMap for the given CID → text map.
    static QByteArray toUnicodeCMap(const QMap<int, QString>& map);
    // The XMP packet written into the catalog's /Metadata (public for tests).
    static QByteArray xmp(const FinishInfo& info, const QDateTime& now, const QString& documentId,
                          const QString& instanceId);
    // "D:20261201204500Z" (UTC)
    static QByteArray pdfDate(const QDateTime& t);
};

} // namespace mla::render
