#pragma once
// What renderPdf() reports about the document it wrote. Plain value type.

#include <QList>
#include <QRectF>
#include <QString>

namespace mla::render {

struct OutlineEntry
{
    QString title;
    int page = 0;  // 0-based page index
    double y = 0;  // top of the heading, PDF points from the bottom of the page
    int level = 1; // 1 = section, 2 = subsection
};

struct RenderResult
{
    int pageCount = 0;
    // Where the signature block is, so that a visible signature appearance can be drawn there:
    // 0-based page index and rectangle in PDF points, origin bottom-left of the page:
    // signatureRect.x()/y() is the lower-left corner, y() + height() the top edge. The upper
    // 56 points of it are left blank for the signature appearance; the name, function, place
    // and date are printed below that.
    int signaturePage = -1;
    QRectF signatureRect;
    QList<OutlineEntry> outline;
    // Text written in the output language by the project that still awaits review by a qualified
    // legal translator (the document then says so in its footer).
    bool awaitsTranslatorReview = false;
    // Free-text fields printed in their original language because no translation exists.
    QStringList untranslatedFields;
    // Every literal piece of fixed text (from the language file) the document prints, for
    // checking the text layer against the language file.
    QStringList fixedTextFragments;
};

} // namespace mla::render
