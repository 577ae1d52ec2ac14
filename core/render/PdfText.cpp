#include "PdfText.h"

#include <QRegularExpression>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>

namespace mla::render {
namespace {

QString fromUstring(const poppler::ustring& u)
{
    const poppler::byte_array b = u.to_utf8();
    return QString::fromUtf8(b.data(), qsizetype(b.size()));
}

Result<std::unique_ptr<poppler::document>> open(const QString& path)
{
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_file(path.toLocal8Bit().toStdString()));
    if (!doc || doc->is_locked())
        return Error{QStringLiteral("pdf.unreadable"), QStringLiteral("cannot read the PDF"), path, 0, 0};
    return doc;
}

} // namespace

Result<QStringList> PdfText::pages(const QString& pdfPath)
{
    auto doc = open(pdfPath);
    if (!doc)
        return doc.error();
    QStringList out;
    for (int i = 0; i < doc.value()->pages(); ++i) {
        std::unique_ptr<poppler::page> p(doc.value()->create_page(i));
        out.append(p ? fromUstring(p->text(poppler::rectf(), poppler::page::physical_layout)) : QString());
    }
    return out;
}

QString PdfText::normalized(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_C);
    static const QRegularExpression marks(
        QStringLiteral("[\\x{200D}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    s.remove(marks);
    s.replace(space, QStringLiteral(" "));
    return s.trimmed();
}

Result<QImage> PdfText::pageImage(const QString& pdfPath, int index, double dpi)
{
    auto doc = open(pdfPath);
    if (!doc)
        return doc.error();
    if (index < 0 || index >= doc.value()->pages())
        return Error{QStringLiteral("pdf.page"), QStringLiteral("no page %1").arg(index + 1), pdfPath, 0, 0};
    std::unique_ptr<poppler::page> p(doc.value()->create_page(index));
    poppler::page_renderer r;
    r.set_render_hint(poppler::page_renderer::antialiasing, true);
    r.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    r.set_image_format(poppler::image::format_argb32);
    poppler::image img = r.render_page(p.get(), dpi, dpi);
    if (!img.is_valid())
        return Error{QStringLiteral("pdf.render"), QStringLiteral("cannot render page %1").arg(index + 1),
                     pdfPath, 0, 0};
    QImage out(reinterpret_cast<const uchar*>(img.const_data()), img.width(), img.height(),
               img.bytes_per_row(), QImage::Format_ARGB32);
    return out.copy(); // detach from poppler's buffer
}

Result<int> PdfText::pageCount(const QString& pdfPath)
{
    auto doc = open(pdfPath);
    if (!doc)
        return doc.error();
    return doc.value()->pages();
}

} // namespace mla::render
