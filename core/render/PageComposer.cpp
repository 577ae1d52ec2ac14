#include "PageComposer.h"

#include "Languages.h"

#include "FontSet.h"

#include <QGlyphRun>

#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextLayout>
#include <algorithm>
#include <limits>

#include <cmath>
#include <memory>

namespace mla::render {
namespace {

// Device resolution: 10 device units per point keeps positions exact to 0.1 pt.
constexpr int kDpi = 720;
constexpr double kPx = kDpi / 72.0;

constexpr double kMarginSide = 62;   // points (about 22 mm)
constexpr double kMarginTop = 74;    // body starts here
constexpr double kMarginBottom = 76; // body ends this far above the page bottom
constexpr double kHeaderBaseline = 40;
constexpr double kFooterTop = 40; // from the page bottom: top of the page number line

// Bidi controls and other default-ignorable characters produce invisible glyphs: they are not
// drawn, so they never reach the text layer.
bool isInvisible(const QString& s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool ignorable = (u >= 0x200B && u <= 0x200F) || (u >= 0x202A && u <= 0x202E) ||
                               (u >= 0x2060 && u <= 0x206F) || u == 0xFEFF || u == 0x00AD;
        if (!ignorable)
            return false;
    }
    return true;
}

QString fontKey(const QRawFont& f)
{
    return f.familyName() + u'|' + f.styleName() + u'|' + QString::number(f.pixelSize());
}

struct GlyphSlot
{
    int run = 0;
    int index = 0;
};

// Draws one line of `layout` with its top-left at `origin + line position`, recording the
// characters behind every glyph (QTextLine::glyphRuns(from, 1) tells which glyphs a character
// produced; characters that share a glyph — ligatures such as lam-alef — form one cluster).
void drawLine(QPainter& painter, const QTextLine& line, QPointF origin, const QString& text, PageGlyphs& out)
{
    const QList<QGlyphRun> runs = line.glyphRuns();
    if (runs.isEmpty())
        return;
    // Index runs' glyphs by (font, glyph, x position) to find them from per-character queries.
    QHash<QString, GlyphSlot> slotOf;
    auto key = [](const QRawFont& f, quint32 g, QPointF p) {
        return fontKey(f) + u'|' + QString::number(g) + u'|' + QString::number(std::lround(p.x() * 8)) +
               u'|' + QString::number(std::lround(p.y() * 8));
    };
    for (int r = 0; r < runs.size(); ++r) {
        const auto idx = runs[r].glyphIndexes();
        const auto pos = runs[r].positions();
        for (int i = 0; i < idx.size(); ++i)
            slotOf.insert(key(runs[r].rawFont(), idx[i], pos[i]), {r, i});
    }
    // cluster id per glyph slot; text per cluster
    QList<QList<int>> clusterOf(runs.size());
    for (int r = 0; r < runs.size(); ++r)
        clusterOf[r] = QList<int>(runs[r].glyphIndexes().size(), -1);
    // Per cluster: its characters (logical order) and its glyphs (in the order found, which is
    // logical order too: runs list right-to-left glyphs from the right).
    QList<QStringList> clusterChars;
    QList<QList<GlyphSlot>> clusterGlyphs;
    QList<int> parent;       // union-find over clusters
    QList<int> clusterStart; // first character of each cluster (logical position)
    auto find = [&](int c) {
        while (parent[c] != c)
            c = parent[c] = parent[parent[c]];
        return c;
    };
    auto addGlyph = [&](int c, GlyphSlot s) {
        for (const GlyphSlot& g : clusterGlyphs[c])
            if (g.run == s.run && g.index == s.index)
                return;
        clusterGlyphs[c].append(s);
    };
    const int end = line.textStart() + line.textLength();
    for (int i = line.textStart(); i < end; ++i) {
        // A surrogate pair is one character.
        int len = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < end)
            len = 2;
        QList<GlyphSlot> slots;
        for (const QGlyphRun& gr : line.glyphRuns(i, len)) {
            const auto idx = gr.glyphIndexes();
            const auto pos = gr.positions();
            for (int g = 0; g < idx.size(); ++g) {
                auto it = slotOf.constFind(key(gr.rawFont(), idx[g], pos[g]));
                if (it != slotOf.constEnd())
                    slots.append(*it);
            }
        }
        int cluster = -1;
        for (const GlyphSlot& s : slots) {
            const int c = clusterOf[s.run][s.index];
            if (c < 0)
                continue;
            if (cluster < 0)
                cluster = find(c);
            else if (find(c) != cluster) {
                // merge the later cluster into the earlier one
                const int other = find(c);
                const int keep = std::min(cluster, other), drop = std::max(cluster, other);
                clusterChars[keep] += clusterChars[drop];
                for (const GlyphSlot& g : clusterGlyphs[drop])
                    addGlyph(keep, g);
                clusterChars[drop].clear();
                clusterGlyphs[drop].clear();
                parent[drop] = keep;
                cluster = keep;
            }
        }
        if (cluster < 0 && !slots.isEmpty()) {
            cluster = int(clusterChars.size());
            clusterChars.append(QStringList());
            clusterGlyphs.append(QList<GlyphSlot>());
            parent.append(cluster);
            clusterStart.append(i);
        }
        if (cluster < 0)
            continue; // a character without a glyph (e.g. a line separator)
        clusterChars[cluster].append(text.mid(i, len));
        for (const GlyphSlot& s : slots) {
            clusterOf[s.run][s.index] = cluster;
            addGlyph(cluster, s);
        }
        i += len - 1;
    }
    // The characters of a cluster go onto its glyphs in order, one each; the last glyph takes
    // what is left (a ligature takes all). Glyphs beyond the characters stand for nothing.
    QHash<qint64, QString> glyphText;
    auto slotId = [](int r, int i) { return (qint64(r) << 32) | quint32(i); };
    for (int c = 0; c < clusterChars.size(); ++c) {
        if (find(c) != c)
            continue;
        const QStringList& chars = clusterChars[c];
        const QList<GlyphSlot>& glyphs = clusterGlyphs[c];
        // One character per glyph in order; the last glyph takes what is left (a ligature such
        // as lam-alef takes all: the finisher spreads those over invisible carrier glyphs).
        // Right-to-left clusters keep all their characters on the first glyph, because poppler
        // reorders a mark glyph drawn over its base letter; their further glyphs (the marks)
        // then stand for U+200D ZERO WIDTH JOINER, which is what they visibly are — a
        // continuation of the letter — and never an empty or U+FFFD mapping. Glyphs beyond the
        // characters of a left-to-right cluster repeat its last character.
        const bool rtlCluster = !chars.isEmpty() && (chars.first().at(0).direction() == QChar::DirR ||
                                                     chars.first().at(0).direction() == QChar::DirAL);
        for (int k = 0; k < glyphs.size(); ++k) {
            const bool last = k == glyphs.size() - 1;
            QString t;
            if (rtlCluster)
                t = k == 0 ? chars.join(QString()) : QString(QChar(0x200D));
            else if (k < chars.size())
                t = last ? chars.mid(k).join(QString()) : chars[k];
            else if (!chars.isEmpty())
                t = chars.last();
            glyphText.insert(slotId(glyphs[k].run, glyphs[k].index), t);
        }
    }
    // Runs are drawn in logical order (Qt lists them in visual order), so that extractors that
    // read the content stream in order (mutool) read a mixed right-to-left line as written.
    QList<int> order;
    QList<int> runStart(runs.size(), std::numeric_limits<int>::max());
    for (int r = 0; r < runs.size(); ++r) {
        order << r;
        for (int c : clusterOf[r])
            if (c >= 0)
                runStart[r] = std::min(runStart[r], clusterStart[find(c)]);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return runStart[a] < runStart[b]; });
    for (int r : order) {
        const QGlyphRun& run = runs[r];
        const auto idx = run.glyphIndexes();
        const auto pos = run.positions();
        QList<quint32> keepIdx;
        QList<QPointF> keepPos;
        for (int i = 0; i < idx.size(); ++i) {
            const int c = clusterOf[r][i] < 0 ? -1 : find(clusterOf[r][i]);
            if (c >= 0 && isInvisible(clusterChars[c].join(QString())))
                continue;
            // A glyph no character claims and that draws nothing (the invisible glyph a font
            // has for bidi isolates) is left out: it would stand for nothing in the text layer.
            if (c < 0 && run.rawFont().pathForGlyph(idx[i]).isEmpty())
                continue;
            keepIdx.append(idx[i]);
            keepPos.append(pos[i]);
            out.append(GlyphText{run.rawFont().familyName(), run.rawFont().styleName(), idx[i],
                                 glyphText.value(slotId(r, i))});
        }
        if (keepIdx.isEmpty())
            continue;
        QGlyphRun drawn = run;
        drawn.setGlyphIndexes(keepIdx);
        drawn.setPositions(keepPos);
        painter.drawGlyphRun(origin, drawn);
    }
}

struct LaidOut
{
    std::unique_ptr<QTextLayout> layout;
    const Block* block = nullptr;
    double height = 0; // device units, lines only
    double x = 0;      // device units, left of the line box
};

struct Placed
{
    int laid = 0;
    int line = 0;
    int page = 0;
    double top = 0; // device units from the page top
};

std::unique_ptr<QTextLayout> makeLayout(const QString& text, const QFont& font, bool rtl, Block::Align align,
                                        const QPaintDevice* device,
                                        const QList<QTextLayout::FormatRange>& formats)
{
    auto layout = std::make_unique<QTextLayout>(text, font, device);
    QTextOption opt;
    opt.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // QTextLayout aligns in absolute terms: the start of a right-to-left paragraph is the right.
    Qt::Alignment a = Qt::AlignHCenter;
    if (align == Block::Align::Start)
        a = rtl ? Qt::AlignRight : Qt::AlignLeft;
    else if (align == Block::Align::End)
        a = rtl ? Qt::AlignLeft : Qt::AlignRight;
    opt.setAlignment(a | Qt::AlignAbsolute);
    opt.setUseDesignMetrics(true);
    layout->setTextOption(opt);
    layout->setFormats(formats);
    layout->setCacheEnabled(true);
    return layout;
}

double layoutLines(QTextLayout& layout, double width)
{
    double y = 0;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() * 1.12; // a little leading for legibility of diacritics
    }
    layout.endLayout();
    return y;
}

} // namespace

PageComposer::PageComposer(QString language, PaperSize paper)
    : m_language(std::move(language)), m_paper(paper)
{}

double PageComposer::pageWidthPt(PaperSize paper)
{
    return paper == PaperSize::Letter ? 612.0 : 595.276;
}
double PageComposer::pageHeightPt(PaperSize paper)
{
    return paper == PaperSize::Letter ? 792.0 : 841.89;
}

Result<ComposedDocument> PageComposer::compose(const QList<Block>& blocks, const PageDecoration& deco,
                                               const QString& title, const QString& path) const
{
    if (Status s = FontSet::check(FontSet::familiesFor(m_language)); !s)
        return s.error();
    const bool rtlDoc = isRightToLeft(m_language);

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(m_paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(kDpi);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("mlawriter " MLAWRITER_VERSION));

    const double pageW = pageWidthPt(m_paper) * kPx;
    const double pageH = pageHeightPt(m_paper) * kPx;
    const double left = kMarginSide * kPx;
    const double contentW = pageW - 2 * kMarginSide * kPx;
    const double contentTop = kMarginTop * kPx;
    const double contentBottom = pageH - kMarginBottom * kPx;

    QImage logo;
    if (!deco.logoPng.isEmpty())
        logo = QImage::fromData(deco.logoPng, "PNG");
    double logoH = 0, logoW = 0;
    if (!logo.isNull()) {
        logoH = std::min(64.0 * kPx, double(logo.height()) * kPx);
        logoW = logoH * logo.width() / std::max(1, logo.height());
        if (logoW > contentW / 3) {
            logoW = contentW / 3;
            logoH = logoW * logo.height() / std::max(1, logo.width());
        }
    }

    // ---- layout -------------------------------------------------------------------------------
    std::vector<LaidOut> laid;
    laid.reserve(blocks.size());
    for (const Block& b : blocks) {
        LaidOut l;
        l.block = &b;
        QFont f = FontSet::font(m_language, b.fontSize, b.bold, b.italic);
        l.layout = makeLayout(b.text, f, b.rightToLeft, b.align, &writer, b.formats);
        const double indent = b.indent * kPx;
        l.height = layoutLines(*l.layout, contentW - indent);
        l.x = b.rightToLeft ? left : left + indent;
        laid.push_back(std::move(l));
    }

    // ---- pagination ---------------------------------------------------------------------------
    QList<Placed> placed;
    ComposedDocument doc;
    int page = 0;
    double y = contentTop + (logoH > 0 ? logoH + 8 * kPx : 0);
    bool pageTop = true;
    for (int i = 0; i < int(laid.size()); ++i) {
        const LaidOut& l = laid[i];
        const Block& b = *l.block;
        const double reserve = b.anchor.isEmpty() ? 0 : 56 * kPx;
        if (b.pageBreakBefore && !pageTop) {
            ++page;
            y = contentTop;
            pageTop = true;
        }
        if (!pageTop)
            y += b.spaceBefore * kPx;
        // keep-with-next: the block, every following keep-with-next block (a heading, then a
        // label, then an "untranslated" marker) and the first two lines of the block they lead
        // to; anchors (the signature block) are kept whole.
        double need = l.layout->lineCount() > 0 ? l.layout->lineAt(0).height() : 0;
        if (b.keepWithNext && i + 1 < int(laid.size())) {
            need = 0;
            int j = i;
            while (j + 1 < int(laid.size()) && laid[j].block->keepWithNext) {
                need +=
                    laid[j].height + laid[j].block->spaceAfter * kPx + laid[j + 1].block->spaceBefore * kPx;
                ++j;
            }
            const QTextLayout& n = *laid[j].layout;
            for (int k = 0; k < std::min(2, n.lineCount()); ++k)
                need += n.lineAt(k).height() * 1.12;
        }
        if (!b.anchor.isEmpty())
            need = l.height + reserve;
        if (!pageTop && y + need > contentBottom && need <= contentBottom - contentTop) {
            ++page;
            y = contentTop;
            pageTop = true;
        }
        const double blockTop = y;
        y += reserve;
        if (b.outlineLevel > 0)
            doc.result.outline.append(OutlineEntry{b.outlineTitle.isEmpty() ? b.text : b.outlineTitle, page,
                                                   (pageH - blockTop) / kPx, b.outlineLevel});
        int firstPage = page;
        for (int k = 0; k < l.layout->lineCount(); ++k) {
            const QTextLine line = l.layout->lineAt(k);
            if (y + line.height() > contentBottom && !pageTop) {
                ++page;
                y = contentTop;
            }
            placed.append(Placed{i, k, page, y});
            y += line.height() * 1.12;
            pageTop = false;
        }
        if (!b.anchor.isEmpty() && b.anchor == QLatin1String("signature")) {
            doc.result.signaturePage = page;
            const double top = page == firstPage ? blockTop : contentTop;
            doc.result.signatureRect = QRectF(left / kPx, (pageH - y) / kPx, contentW / kPx, (y - top) / kPx);
        }
        y += b.spaceAfter * kPx;
        pageTop = false;
    }
    const int pages = page + 1;
    doc.result.pageCount = pages;
    doc.glyphs.resize(pages);

    // ---- painting -----------------------------------------------------------------------------
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{QStringLiteral("render.write"), QStringLiteral("cannot write the PDF file"), path, 0, 0};
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0, 0, 0);
    const QColor muted(90, 90, 90);

    auto drawSmall = [&](const QString& text, double topPt, Block::Align align, double size, bool grey,
                         int pg) {
        if (text.isEmpty())
            return;
        QFont f = FontSet::font(m_language, size);
        auto layout = makeLayout(text, f, rtlDoc, align, &writer, {});
        layoutLines(*layout, contentW);
        painter.setPen(grey ? muted : ink);
        double yy = topPt * kPx;
        for (int k = 0; k < layout->lineCount(); ++k) {
            const QTextLine line = layout->lineAt(k);
            drawLine(painter, line, QPointF(left, yy - line.y()), text, doc.glyphs[pg]);
            yy += line.height();
        }
    };

    // The watermark is drawn as outlines (not text, so it stays out of the text layer), shaped
    // by QTextLayout so that Arabic joins and runs right to left.
    QPainterPath watermark;
    if (!deco.watermark.isEmpty()) {
        auto wl = makeLayout(deco.watermark, FontSet::font(m_language, 96, true), rtlDoc, Block::Align::Start,
                             &writer, {});
        layoutLines(*wl, pageW * 4);
        for (int k = 0; k < wl->lineCount(); ++k)
            for (const QGlyphRun& run : wl->lineAt(k).glyphRuns()) {
                const auto idx = run.glyphIndexes();
                const auto pos = run.positions();
                for (int g = 0; g < idx.size(); ++g)
                    watermark.addPath(run.rawFont().pathForGlyph(idx[g]).translated(pos[g]));
            }
    }

    int next = 0;
    for (int pg = 0; pg < pages; ++pg) {
        if (pg > 0 && !writer.newPage())
            return Error{QStringLiteral("render.write"), QStringLiteral("cannot add a page"), path, 0, 0};
        if (!watermark.isEmpty()) {
            painter.save();
            const QRectF br = watermark.boundingRect();
            painter.translate(pageW / 2, pageH / 2);
            painter.rotate(-40);
            const double scale = std::min(1.0, (pageW * 0.95) / br.width());
            painter.scale(scale, scale);
            painter.translate(-br.center());
            painter.fillPath(watermark, QColor(225, 225, 225));
            painter.restore();
        }
        if (pg == 0 && !logo.isNull()) {
            const double lx = rtlDoc ? left + contentW - logoW : left;
            painter.drawImage(QRectF(lx, contentTop, logoW, logoH), logo);
        }
        drawSmall(deco.headerStart, kHeaderBaseline - 12, Block::Align::Start, 8.5, true, pg);
        drawSmall(deco.headerEnd, kHeaderBaseline - 12, Block::Align::End, 8.5, false, pg);
        while (next < placed.size() && placed[next].page == pg) {
            const Placed& p = placed[next++];
            const LaidOut& l = laid[p.laid];
            const QTextLine line = l.layout->lineAt(p.line);
            painter.setPen(l.block->muted ? muted : ink);
            drawLine(painter, line, QPointF(l.x, p.top - line.y()), l.block->text, doc.glyphs[pg]);
        }
        const double footerTop = pageHeightPt(m_paper) - kFooterTop;
        if (!deco.footerNotice.isEmpty())
            drawSmall(deco.footerNotice, footerTop - 16, Block::Align::Center, 7.5, true, pg);
        if (deco.footer)
            drawSmall(deco.footer(pg + 1, pages), footerTop + 6, Block::Align::Center, 8.5, false, pg);
    }
    if (!painter.end())
        return Error{QStringLiteral("render.write"), QStringLiteral("cannot finish the PDF file"), path, 0,
                     0};
    return doc;
}

} // namespace mla::render
