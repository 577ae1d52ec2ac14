#pragma once
// Reading back a PDF with poppler-cpp: the text of each page (as a screen reader or a search
// would see it) and page images. For tests, previews and other areas. poppler types stay
// inside this file's implementation. Reentrant; returns errors, never throws.

#include "base/Error.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace mla::render {

class PdfText
{
public:
    // The text of every page (poppler's reading order), one string per page.
    static Result<QStringList> pages(const QString& pdfPath);
    // `text` in Unicode NFC with directional marks and embedding controls removed (pdftotext and
    // poppler insert them around right-to-left runs) and runs of whitespace made single spaces.
    static QString normalized(const QString& text);
    // Page `index` (0-based) rendered at `dpi`.
    static Result<QImage> pageImage(const QString& pdfPath, int index, double dpi = 72);
    // Document-level facts read through poppler: page count and metadata.
    static Result<int> pageCount(const QString& pdfPath);
};

} // namespace mla::render
