// Visible and invisible signatures: where the widget is and what it shows.
#include "PdfTestSupport.h"

#include "pdf/AppearanceImage.h"
#include "pdf/QpdfSupport.h"
#include "pdf/Signer.h"
#include "pdf/Verifier.h"

#include <catch2/catch.hpp>

#include <QImage>

using namespace mla;
using namespace mla::test;

namespace {

// The page rendered by poppler at 72 dpi (1 pixel = 1 point).
QImage renderPage(const QByteArray& pdfBytes, int pageNumber, const QString& name)
{
    const QString path = scratch(name + QStringLiteral(".pdf"));
    write(path, pdfBytes);
    const QString prefix = scratch(name);
    const ToolRun run =
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-f"),
                 QString::number(pageNumber), QStringLiteral("-l"), QString::number(pageNumber),
                 QStringLiteral("-singlefile"), QStringLiteral("-png"), path, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

int darkPixels(const QImage& image, const QRect& area)
{
    int dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.valid(x, y) && qGray(image.pixel(x, y)) < 160)
                ++dark;
    return dark;
}

QPDFObjectHandle widgetOf(QPDF& doc, int pageIndex)
{
    QPDFObjectHandle page = doc.getAllPages().at(size_t(pageIndex));
    QPDFObjectHandle annots = page.getKey("/Annots");
    REQUIRE(annots.isArray());
    return annots.getArrayItem(annots.getArrayNItems() - 1);
}

} // namespace

TEST_CASE("a visible signature shows its block where the renderer placed it", "[pdf][appearance]")
{
    const QByteArray plain = makeTextPdf(3);
    pdf::SignOptions options;
    pdf::SignatureAppearance look;
    look.pageIndex = 1;
    look.rect = QRectF(300, 100, 220, 70); // PDF points from the bottom-left
    look.name = QStringLiteral("Ana Example");
    look.function = QStringLiteral("Public prosecutor");
    look.place = QStringLiteral("Vienna");
    options.appearance = look;
    Result<QByteArray> signedPdf = pdf::signPdf(plain, signerIdentity().identity, options);
    REQUIRE(signedPdf.ok());

    std::unique_ptr<QPDF> doc = pdf::openPdf(signedPdf.value(), QStringLiteral("visible"));
    QPDFObjectHandle widget = widgetOf(*doc, 1);
    CHECK(widget.getKey("/FT").isNameAndEquals("/Sig"));
    const QPDFObjectHandle::Rectangle r = widget.getKey("/Rect").getArrayAsRectangle();
    CHECK(r.llx == Approx(300));
    CHECK(r.lly == Approx(100));
    CHECK(r.urx == Approx(520));
    CHECK(r.ury == Approx(170));
    CHECK(widget.getKey("/AP").getKey("/N").isStream());

    // Drawn on page 2 (top-left origin for the image: y = 842 - 170 … 842 - 100), nowhere on page 1.
    const QImage page2 = renderPage(signedPdf.value(), 2, QStringLiteral("visible-p2"));
    const QImage before = renderPage(plain, 2, QStringLiteral("plain-p2"));
    REQUIRE(!page2.isNull());
    const QRect block(302, 842 - 168, 216, 66);
    CHECK(darkPixels(page2, block) > 200);
    CHECK(darkPixels(before, block) == 0);
}

TEST_CASE("the signature block shows names in any of the six languages", "[pdf][appearance][i18n]")
{
    pdf::SignOptions options;
    pdf::SignatureAppearance look;
    look.pageIndex = 0;
    look.rect = QRectF(72, 72, 220, 70);
    look.name = QString::fromUtf8("\xd8\xa3\xd8\xad\xd9\x85\xd8\xaf");         // Arabic
    look.function = QString::fromUtf8("\xe6\xa3\x80\xe5\xaf\x9f\xe5\xae\x98"); // Chinese
    look.place = QString::fromUtf8("\xd0\x92\xd0\xb5\xd0\xbd\xd0\xb0");        // Russian
    options.appearance = look;
    options.reason = look.name;
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(1), signerIdentity().identity, options);
    REQUIRE(signedPdf.ok());
    const QImage page = renderPage(signedPdf.value(), 1, QStringLiteral("unicode"));
    REQUIRE(!page.isNull());
    CHECK(darkPixels(page, QRect(74, 842 - 140, 216, 66)) > 200);
    Result<pdf::VerifyReport> report = pdf::verifyPdf(signedPdf.value(), bothCas());
    REQUIRE(report.ok());
    REQUIRE(report.value().signatures.size() == 1);
    CHECK(report.value().signatures.front().reason == look.name); // UTF-16 text string round trip
    CHECK(report.value().allValid());
}

TEST_CASE("a visible signature without a given place goes to the bottom of the last page",
          "[pdf][appearance]")
{
    std::unique_ptr<QPDF> doc = pdf::openPdf(signedSample(), QStringLiteral("sample"));
    QPDFObjectHandle widget = widgetOf(*doc, 5);
    const QPDFObjectHandle::Rectangle r = widget.getKey("/Rect").getArrayAsRectangle();
    CHECK(r.lly < 150);
    CHECK(r.urx - r.llx > 100);
    CHECK(r.ury - r.lly > 30);
}

TEST_CASE("a countersignature placed by default does not cover the first signature", "[pdf][appearance]")
{
    Result<QByteArray> twice = pdf::signPdf(signedSample(), reviewerIdentity().identity, {});
    REQUIRE(twice.ok());
    std::unique_ptr<QPDF> doc = pdf::openPdf(twice.value(), QStringLiteral("twice"));
    QPDFObjectHandle page = doc->getAllPages().at(5);
    QPDFObjectHandle annots = page.getKey("/Annots");
    REQUIRE(annots.getArrayNItems() == 2);
    auto rectOf = [&](int i) {
        const QPDFObjectHandle::Rectangle r = annots.getArrayItem(i).getKey("/Rect").getArrayAsRectangle();
        return QRectF(r.llx, r.lly, r.urx - r.llx, r.ury - r.lly);
    };
    CHECK(!rectOf(0).intersects(rectOf(1)));
    CHECK(rectOf(1).left() >= 0);
}

TEST_CASE("an invisible signature has an empty widget rectangle", "[pdf][appearance]")
{
    pdf::SignOptions options;
    options.invisible = true;
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(1), signerIdentity().identity, options);
    REQUIRE(signedPdf.ok());
    std::unique_ptr<QPDF> doc = pdf::openPdf(signedPdf.value(), QStringLiteral("invisible"));
    QPDFObjectHandle widget = widgetOf(*doc, 0);
    const QPDFObjectHandle::Rectangle r = widget.getKey("/Rect").getArrayAsRectangle();
    CHECK(r.urx - r.llx == Approx(0));
    CHECK(r.ury - r.lly == Approx(0));
    CHECK(!signedPdf.value().contains("/Subtype /Image"));
}

TEST_CASE("a page that does not exist is a clear error", "[pdf][appearance][errors]")
{
    pdf::SignOptions options;
    pdf::SignatureAppearance look;
    look.pageIndex = 7;
    options.appearance = look;
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(2), signerIdentity().identity, options);
    REQUIRE(!signedPdf.ok());
    CHECK(signedPdf.error().code == QLatin1String("pdf.sign.page"));
    CHECK(signedPdf.error().detail.contains(QLatin1String("2 pages")));
}

namespace {

// Leftmost and rightmost columns with ink inside the frame (a 10-pixel border is skipped).
QPair<int, int> inkColumns(const QImage& image)
{
    int left = image.width(), right = -1;
    for (int y = 10; y < image.height() - 10; ++y)
        for (int x = 10; x < image.width() - 10; ++x)
            if (qGray(image.pixel(x, y)) < 128) {
                left = qMin(left, x);
                right = qMax(right, x);
            }
    return {left, right};
}

} // namespace

TEST_CASE("the appearance speaks the document's language; Arabic is right-aligned", "[pdf][appearance][lang]")
{
    CHECK(pdf::digitallySignedText(QStringLiteral("fr")) == QStringLiteral("Signé électroniquement"));
    CHECK(pdf::digitallySignedText(QStringLiteral("ar")) == QStringLiteral("موقّع رقميًا"));
    CHECK(pdf::digitallySignedText(QStringLiteral("xx")) == QStringLiteral("Digitally signed"));
    const QDateTime when(QDate(2026, 3, 14), QTime(9, 26), Qt::UTC);
    const QSizeF size(216, 64);
    const QImage en =
        pdf::renderAppearanceImage(size, {QStringLiteral("Jane Doe"), QStringLiteral("Prosecutor"),
                                          QStringLiteral("Geneva"), when, QStringLiteral("en")});
    const QImage fr =
        pdf::renderAppearanceImage(size, {QStringLiteral("Jane Doe"), QStringLiteral("Procureure"),
                                          QStringLiteral("Genève"), when, QStringLiteral("fr")});
    const QImage ar =
        pdf::renderAppearanceImage(size, {QStringLiteral("ليلى أحمد"), QStringLiteral("مدعية عامة"),
                                          QStringLiteral("جنيف"), when, QStringLiteral("ar")});
    CHECK(en != fr);
    const auto [enLeft, enRight] = inkColumns(en);
    const auto [arLeft, arRight] = inkColumns(ar);
    INFO("en " << enLeft << ".." << enRight << ", ar " << arLeft << ".." << arRight << " of " << ar.width());
    CHECK(enLeft < 30);               // left-aligned: ink starts at the inner margin
    CHECK(arRight > ar.width() - 30); // right-aligned: ink ends at the inner margin
    CHECK(arLeft > enLeft + 40);      // and the short Arabic lines leave the left side empty

    // Signing with a language puts that picture in the PDF (poppler renders its page).
    pdf::SignOptions options;
    options.language = QStringLiteral("ar");
    options.signingTime = when;
    Result<QByteArray> signedPdf = pdf::signPdf(makeTextPdf(1), signerIdentity().identity, options);
    REQUIRE(signedPdf);
    CHECK(signedPdf.value().contains("/Subtype /Image"));
}
