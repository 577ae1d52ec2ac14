#include "LetterPdf.h"

#include "render/FontSet.h"
#include "render/TemplateSet.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace mla::reg::letters {

Result<QMap<QString, QString>> loadLetterUnits(const QString& language, const QString& directory)
{
    const QString dir = directory.isEmpty() ? QStringLiteral(":/mlawriter/templates/letters") : directory;
    auto file = render::TemplateSet::readLanguageFile(dir + u'/' + language + QStringLiteral(".xlf"));
    if (!file)
        return file.error();
    QMap<QString, QString> units;
    for (const render::TemplateUnit& u : file.value().units)
        units.insert(u.id, u.target.isEmpty() ? u.source : u.target);
    return units;
}

QString fillUnit(const QMap<QString, QString>& units, const QString& id, const QMap<QString, QString>& args)
{
    QString text = units.value(id, u'[' + id + u']');
    for (auto it = args.begin(); it != args.end(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

Result<QString> writePdf(const QList<PdfBlock>& blocks, const QString& language, const QString& title,
                         const QString& outPath, int* pageCount)
{
    if (Status s = render::FontSet::check(render::FontSet::familiesFor(language)); !s)
        return s.error();
    const bool rtl = language == QLatin1String("ar");
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(25, 25, 25, 25), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("mlawriter " MLAWRITER_VERSION));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);

        QTextDocument doc;
        // Lay out at the writer's resolution, so that point sizes are points on paper.
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        doc.setDocumentMargin(0);
        doc.setDefaultFont(render::FontSet::font(language, 11));
        QTextOption option = doc.defaultTextOption();
        option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        option.setAlignment(rtl ? (Qt::AlignRight | Qt::AlignAbsolute) : Qt::AlignLeft);
        doc.setDefaultTextOption(option);
        QTextCursor cursor(&doc);
        bool first = true;
        for (const PdfBlock& b : blocks) {
            QTextBlockFormat bf;
            bf.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
            bf.setAlignment(rtl ? (Qt::AlignRight | Qt::AlignAbsolute) : Qt::AlignLeft);
            bf.setBottomMargin(b.kind == PdfBlock::Item ? 10 : 40);
            if (b.kind == PdfBlock::Item) {
                if (rtl)
                    bf.setRightMargin(80);
                else
                    bf.setLeftMargin(80);
            }
            QTextCharFormat cf;
            cf.setFont(render::FontSet::font(language,
                                             b.kind == PdfBlock::Title   ? 14
                                             : b.kind == PdfBlock::Small ? 8
                                                                         : 11,
                                             b.kind == PdfBlock::Title));
            if (first) {
                cursor.setBlockFormat(bf);
                cursor.setBlockCharFormat(cf);
            } else {
                cursor.insertBlock(bf, cf);
            }
            first = false;
            cursor.insertText(b.kind == PdfBlock::Item ? QStringLiteral("• ") + b.text : b.text, cf);
        }

        QPainter painter(&writer);
        if (!painter.isActive())
            return Error{QStringLiteral("letter.write"), QStringLiteral("cannot paint the PDF"), outPath, 0,
                         0};
        const QSizeF page = doc.pageSize();
        const int pages = doc.pageCount();
        if (pageCount)
            *pageCount = pages;
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page.height() * i);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = QRectF(0, page.height() * i, page.width(), page.height());
            doc.documentLayout()->draw(&painter, ctx);
            painter.restore();
        }
        painter.end();
    }
    QSaveFile f(outPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{QStringLiteral("letter.write"), QStringLiteral("cannot write: ") + f.errorString(),
                     outPath, 0, 0};
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace mla::reg::letters
