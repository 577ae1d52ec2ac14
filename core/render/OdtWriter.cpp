#include "OdtWriter.h"

#include "FontSet.h"
#include "Languages.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace mla::render {
namespace {

void addParagraph(QTextCursor& cursor, const Block& b, const QString& language, bool first)
{
    QTextBlockFormat bf;
    bf.setLayoutDirection(b.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    const Qt::Alignment start = Qt::AlignLeading | Qt::AlignAbsolute;
    bf.setAlignment(b.align == Block::Align::Center ? Qt::AlignHCenter
                    : b.align == Block::Align::End  ? Qt::AlignTrailing
                                                    : Qt::Alignment(Qt::AlignLeading));
    Q_UNUSED(start);
    if (b.rightToLeft)
        bf.setRightMargin(b.indent);
    else
        bf.setLeftMargin(b.indent);
    bf.setTopMargin(b.spaceBefore);
    bf.setBottomMargin(b.spaceAfter);
    if (b.outlineLevel > 0)
        bf.setHeadingLevel(b.outlineLevel);
    if (b.pageBreakBefore)
        bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat cf;
    cf.setFont(FontSet::font(language, b.fontSize, b.bold, b.italic));
    cf.setFontFamilies(FontSet::familiesFor(language));
    if (b.muted)
        cf.setForeground(QColor(0x55, 0x55, 0x55));
    if (first)
        cursor.setBlockFormat(bf);
    else
        cursor.insertBlock(bf);
    // bold/italic ranges inside the paragraph
    int pos = 0;
    QList<QTextLayout::FormatRange> ranges = b.formats;
    std::sort(ranges.begin(), ranges.end(), [](const auto& x, const auto& y) { return x.start < y.start; });
    for (const QTextLayout::FormatRange& r : ranges) {
        if (r.start < pos || r.start > b.text.size())
            continue;
        cursor.insertText(b.text.mid(pos, r.start - pos), cf);
        QTextCharFormat rf = cf;
        rf.merge(r.format);
        cursor.insertText(b.text.mid(r.start, r.length), rf);
        pos = r.start + r.length;
    }
    cursor.insertText(b.text.mid(pos), cf);
}

} // namespace

Status writeOdt(const QList<Block>& blocks, const QString& language, const QString& title,
                const QString& notice, const QString& path)
{
    QTextDocument doc;
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    doc.setDefaultFont(FontSet::font(language, 10.5));
    QTextCursor cursor(&doc);
    Block mark;
    mark.text = notice;
    mark.bold = true;
    mark.fontSize = 12;
    mark.align = Block::Align::Center;
    mark.rightToLeft = isRightToLeft(language);
    mark.spaceAfter = 12;
    addParagraph(cursor, mark, language, true);
    for (const Block& b : blocks)
        addParagraph(cursor, b, language, false);
    mark.spaceBefore = 12;
    addParagraph(cursor, mark, language, false);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&doc))
        return Error{QStringLiteral("render.write"), QStringLiteral("cannot write OpenDocument text"), path,
                     0, 0};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(buffer.data()) != buffer.data().size() || !out.commit())
        return Error{QStringLiteral("render.write"),
                     QStringLiteral("cannot write: %1").arg(out.errorString()), path, 0, 0};
    return {};
}

} // namespace mla::render
