// The request document: every UN language renders, reads back exactly (poppler-cpp), embeds
// its fonts, numbers its pages, and lays Arabic out right to left.
#include "SampleRequest.h"
#include "TestSupport.h"
#include "render/FontSet.h"
#include "render/PdfText.h"
#include "render/Renderer.h"
#include "render/TemplateSet.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-font.h>
#include <poppler/cpp/poppler-page.h>
#include <poppler/cpp/poppler-toc.h>

#include <catch2/catch.hpp>

#include <memory>

using namespace mla;
using namespace mla::render;

namespace {

// Presentation forms (U+FB50–FDFF, U+FE70–FEFF) or CJK radicals (U+2E80–U+2FDF).
QString forbiddenIn(const QString& s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF) || (u >= 0x2E80 && u <= 0x2FDF))
            return QStringLiteral("U+%1").arg(int(u), 4, 16, QLatin1Char('0')).toUpper();
    }
    return {};
}

struct Rendered
{
    QString path;
    RenderResult result;
    QStringList pages; // normalized text per page
};

Rendered renderSample(const QTemporaryDir& dir, const QString& lang, RenderContext ctx = {})
{
    if (ctx.language.isEmpty())
        ctx = test::sampleContext(lang);
    Rendered r;
    r.path = dir.filePath(lang + QStringLiteral(".pdf"));
    auto res = renderPdf(test::sampleRequest(), ctx, r.path);
    INFO((res.ok() ? QString() : res.error().toString()).toStdString());
    REQUIRE(res.ok());
    r.result = res.value();
    auto pages = PdfText::pages(r.path);
    REQUIRE(pages.ok());
    for (const QString& p : pages.value())
        r.pages << PdfText::normalized(p);
    return r;
}

QString unitText(const QString& lang, const QString& unit, const QMap<QString, QString>& args = {})
{
    auto t = TemplateSet::load(lang);
    REQUIRE(t.ok());
    return PdfText::normalized(t.value().text(unit, args));
}

} // namespace

TEST_CASE("every UN language reads back exactly from the PDF text layer", "[render][textlayer]")
{
    QTemporaryDir dir;
    for (const QString& lang : unLanguages()) {
        DYNAMIC_SECTION("language " << lang.toStdString())
        {
            const Rendered r = renderSample(dir, lang);
            const QString all = r.pages.join(u' ');
            INFO(all.toStdString());
            CHECK(forbiddenIn(all).isEmpty());
            CHECK(all.contains(unitText(lang, QStringLiteral("doc.title"))));
            CHECK(all.contains(unitText(lang, QStringLiteral("sec.assistance"))));
            CHECK(all.contains(unitText(lang, QStringLiteral("measure.bank-records"))));
            for (const QString& expected : test::sampleExpectedText(lang)) {
                INFO("expected: " << expected.toStdString());
                CHECK(all.contains(PdfText::normalized(expected)));
            }
        }
    }
}

TEST_CASE("Arabic keeps lam-alef and base letters; Chinese keeps unified ideographs", "[render][textlayer]")
{
    QTemporaryDir dir;
    const Rendered ar = renderSample(dir, QStringLiteral("ar"));
    const QString a = ar.pages.join(u' ');
    CHECK(a.contains(QString::fromUtf8("لا تزال")));
    CHECK(a.contains(QString::fromUtf8("الاتفاقية")));
    CHECK(a.contains(QString::fromUtf8("الأمم المتحدة")));
    CHECK(a.contains(QString::fromUtf8("الأشخاص")));
    // A base letter with a shadda mark: every character there in order. (poppler breaks the word
    // before the mark glyph, which maps to U+200D since no glyph may map to nothing.)
    CHECK(QString(a).remove(u' ').contains(QString::fromUtf8("غيرمعدّةللتوقيع")));
    CHECK(forbiddenIn(a).isEmpty());
    const Rendered zh = renderSample(dir, QStringLiteral("zh"));
    const QString z = zh.pages.join(u' ');
    CHECK(z.contains(QString::fromUtf8("中华人民共和国")));
    CHECK(z.contains(QString::fromUtf8("联合国打击跨国有组织犯罪公约")));
    CHECK_FALSE(z.contains(QChar(0x2F08))); // KANGXI RADICAL MAN instead of 人
    CHECK_FALSE(z.contains(QChar(0x2EA0))); // CJK RADICAL CIVILIAN instead of 民
}

TEST_CASE("Chinese lines never start with closing punctuation", "[render][cjk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("zh.pdf"));
    REQUIRE(renderPdf(test::sampleRequest(), test::sampleContext(QStringLiteral("zh")), path).ok());
    auto pages = PdfText::pages(path);
    REQUIRE(pages.ok());
    const QString forbiddenStart = QString::fromUtf8("，。、）：；！？」』");
    int lines = 0;
    for (const QString& page : pages.value())
        for (const QString& line : page.split(u'\n', Qt::SkipEmptyParts)) {
            const QString l = line.trimmed();
            if (l.isEmpty())
                continue;
            ++lines;
            INFO(l.toStdString());
            CHECK_FALSE(forbiddenStart.contains(l.at(0)));
        }
    CHECK(lines > 40);
}

TEST_CASE("every font is embedded as a subset and the document carries its language, metadata and outline",
          "[render][fonts][metadata]")
{
    QTemporaryDir dir;
    for (const QString& lang : {QStringLiteral("ar"), QStringLiteral("zh"), QStringLiteral("ru")}) {
        const Rendered r = renderSample(dir, lang);
        std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(r.path.toStdString()));
        REQUIRE(doc);
        const std::vector<poppler::font_info> fonts = doc->fonts();
        REQUIRE_FALSE(fonts.empty());
        for (const poppler::font_info& f : fonts) {
            INFO(f.name());
            CHECK(f.is_embedded());
            CHECK(f.is_subset());
        }
        QPDF pdf;
        pdf.processFile(r.path.toStdString().c_str());
        CHECK(pdf.getRoot().getKey("/Lang").getUTF8Value() == lang.toStdString());
        QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
        CHECK(QString::fromStdString(info.getKey("/Title").getUTF8Value()) ==
              TemplateSet::load(lang).value().text(QStringLiteral("doc.title")));
        CHECK(info.getKey("/Author").getUTF8Value() == "Fiscalía Especial Antidroga");
        std::unique_ptr<poppler::toc> toc(doc->create_toc());
        REQUIRE(toc);
        const auto items = toc->root()->children();
        CHECK(items.size() >= 8); // one per section and the signature
        CHECK(int(items.size()) == int(std::count_if(r.result.outline.begin(), r.result.outline.end(),
                                                     [](const OutlineEntry& e) { return e.level == 1; })));
    }
}

TEST_CASE("page count and 'page X of Y' are right on every page", "[render][pages]")
{
    QTemporaryDir dir;
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        const Rendered r = renderSample(dir, lang);
        const int n = r.result.pageCount;
        CHECK(n >= 2);
        CHECK(PdfText::pageCount(r.path).value() == n);
        REQUIRE(r.pages.size() == n);
        for (int i = 0; i < n; ++i) {
            const QString footer = unitText(lang, QStringLiteral("footer.page"),
                                            {{QStringLiteral("page"), QString::number(i + 1)},
                                             {QStringLiteral("pages"), QString::number(n)}});
            INFO(r.pages[i].toStdString());
            // compared without spaces: poppler places the space next to a number inside an
            // Arabic line by its own heuristic ("الصفحة 1من 5")
            QString page = r.pages[i], want = footer;
            CHECK(page.remove(u' ').contains(want.remove(u' ')));
            CHECK(r.pages[i].contains(QStringLiteral("FEA-2024/0173")));
        }
    }
}

TEST_CASE("Arabic page 1 sets its text block on the right, English on the left", "[render][rtl]")
{
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("MLAWRITER_KEEP_TEST_OUTPUT"))
        dir.setAutoRemove(false);
    auto sides = [&](const QString& lang) {
        const Rendered r = renderSample(dir, lang);
        auto img = PdfText::pageImage(r.path, 0, 50);
        REQUIRE(img.ok());
        const QImage im = img.value().convertToFormat(QImage::Format_Grayscale8);
        // body rows only (skip header/footer); count text rows by the side they touch
        const int marginPx = int(62.0 / 72 * 50);
        const int tolerance = int(12.0 / 72 * 50);
        int left = 0, right = 0;
        for (int y = im.height() / 5; y < im.height() * 4 / 5; ++y) {
            const uchar* row = im.constScanLine(y);
            int first = -1, last = -1;
            for (int x = 0; x < im.width(); ++x)
                if (row[x] < 110) {
                    if (first < 0)
                        first = x;
                    last = x;
                }
            if (first < 0)
                continue;
            if (first <= marginPx + tolerance)
                ++left;
            if (last >= im.width() - marginPx - tolerance)
                ++right;
        }
        return std::pair<int, int>(left, right);
    };
    const auto [arLeft, arRight] = sides(QStringLiteral("ar"));
    INFO("ar rows touching left " << arLeft << ", right " << arRight);
    CHECK(arRight > 3 * std::max(1, arLeft));
    const auto [enLeft, enRight] = sides(QStringLiteral("en"));
    INFO("en rows touching left " << enLeft << ", right " << enRight);
    CHECK(enLeft > 3 * std::max(1, enRight));
}

TEST_CASE("the DRAFT marking is present unless rendered for signing", "[render][draft]")
{
    QTemporaryDir dir;
    const QString marker = unitText(QStringLiteral("fr"), QStringLiteral("header.draft"));
    RenderContext ctx = test::sampleContext(QStringLiteral("fr"));
    const Rendered draft = renderSample(dir, QStringLiteral("fr"), ctx);
    CHECK(draft.pages.first().contains(marker));
    ctx.draftWatermark = false;
    const Rendered final = renderSample(dir, QStringLiteral("fr"), ctx);
    CHECK_FALSE(final.pages.join(u' ').contains(marker));
}

TEST_CASE("fixed text awaiting legal review says so; untranslated free text is marked",
          "[render][translation]")
{
    QTemporaryDir dir;
    const Rendered r = renderSample(dir, QStringLiteral("es"));
    CHECK(r.result.awaitsTranslatorReview);
    CHECK(r.pages.first().contains(unitText(QStringLiteral("es"), QStringLiteral("notice.review"))));
    CHECK(r.result.untranslatedFields.contains(QStringLiteral("useLimitation")));
    const QString all = r.pages.join(u' ');
    CHECK(all.contains(QStringLiteral("Le informazioni saranno usate solo nel procedimento indicato.")));
    CHECK(all.contains(QStringLiteral("[Sin traducir")));
}

TEST_CASE("an unknown central authority leaves a visible gap", "[render][addressee]")
{
    QTemporaryDir dir;
    RenderContext ctx = test::sampleContext(QStringLiteral("en"));
    ctx.centralAuthorityName.clear();
    const Rendered r = renderSample(dir, QStringLiteral("en"), ctx);
    CHECK(r.pages.first().contains(QString::fromUtf8("[central authority unknown — verify]")));
}

TEST_CASE("US Letter and A4 page sizes; the signature block is located on the last page", "[render][paper]")
{
    QTemporaryDir dir;
    RenderContext ctx = test::sampleContext(QStringLiteral("en"));
    ctx.paper = PaperSize::Letter;
    const Rendered r = renderSample(dir, QStringLiteral("en"), ctx);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(r.path.toStdString()));
    std::unique_ptr<poppler::page> p(doc->create_page(0));
    CHECK(p->page_rect().width() == Approx(612));
    CHECK(p->page_rect().height() == Approx(792));
    CHECK(r.result.signaturePage == r.result.pageCount - 1);
    const QRectF s = r.result.signatureRect;
    CHECK(s.left() >= 0);
    CHECK(s.right() <= 612);
    CHECK(s.top() >= 0);
    CHECK(s.bottom() <= 792);
    CHECK(s.height() > 56); // room for a visible signature above the name
    // the signatory's name is inside the rectangle (poppler: origin top-left)
    std::unique_ptr<poppler::page> last(doc->create_page(r.result.signaturePage));
    poppler::rectf hit;
    REQUIRE(last->search(poppler::ustring::from_utf8("Ana Martínez Ruiz"), hit,
                         poppler::page::search_from_top, poppler::case_sensitive));
    bool inside = false;
    // the contact section names her too; look for the occurrence inside the block
    do {
        const double yTop = 792 - hit.top();
        if (hit.left() >= s.left() - 1 && yTop <= s.bottom() + 1 && yTop >= s.top() - 1)
            inside = true;
    } while (!inside && last->search(poppler::ustring::from_utf8("Ana Martínez Ruiz"), hit,
                                     poppler::page::search_next_result, poppler::case_sensitive));
    CHECK(inside);

    ctx.paper = PaperSize::A4;
    const Rendered a4 = renderSample(dir, QStringLiteral("en"), ctx);
    std::unique_ptr<poppler::document> d2(poppler::document::load_from_file(a4.path.toStdString()));
    std::unique_ptr<poppler::page> p2(d2->create_page(0));
    CHECK(p2->page_rect().width() == Approx(595.3).margin(0.5));
}

TEST_CASE("a missing font names the Debian package to install", "[render][fonts]")
{
    const Status s = FontSet::check({QStringLiteral("Noto Serif CJK XX")});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == QStringLiteral("render.font.missing"));
    CHECK(s.error().detail.contains(QStringLiteral("fonts-noto-cjk")));
    CHECK(FontSet::check(FontSet::familiesFor(QStringLiteral("ar"))).ok());
}

TEST_CASE("an unknown output language is refused", "[render]")
{
    QTemporaryDir dir;
    RenderContext ctx = test::sampleContext(QStringLiteral("en"));
    ctx.language = QStringLiteral("xx"); // no language file
    auto res = renderPdf(test::sampleRequest(), ctx, dir.filePath(QStringLiteral("x.pdf")));
    REQUIRE_FALSE(res.ok());
    CHECK(res.error().code == QStringLiteral("render.language"));
}

TEST_CASE("the letterhead logo is embedded as an image on page 1", "[render][logo]")
{
    QTemporaryDir dir;
    Request req = test::sampleRequest();
    QImage logo(120, 60, QImage::Format_RGB32);
    logo.fill(QColor(20, 60, 140));
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    logo.save(&buf, "PNG");
    req.authority.logoPng = png;
    const QString path = dir.filePath(QStringLiteral("logo.pdf"));
    auto res = renderPdf(req, test::sampleContext(QStringLiteral("en")), path);
    REQUIRE(res.ok());
    QPDF pdf;
    pdf.processFile(path.toStdString().c_str());
    QPDFObjectHandle page = pdf.getAllPages().front();
    QPDFObjectHandle xobjects = page.getKey("/Resources").getKey("/XObject");
    bool image = false;
    if (xobjects.isDictionary())
        for (auto& key : xobjects.getKeys())
            if (xobjects.getKey(key).isStream() &&
                xobjects.getKey(key).getDict().getKey("/Subtype").isNameAndEquals("/Image"))
                image = true;
    CHECK(image);
    // a broken logo is left out, not fatal
    req.authority.logoPng = QByteArray("not a png");
    CHECK(renderPdf(req, test::sampleContext(QStringLiteral("en")), path).ok());
}

TEST_CASE("a broken language file stops rendering with its file and line", "[render][templates]")
{
    QTemporaryDir dir;
    const QDir shipped(test::sourcePath(QStringLiteral("templates/request")));
    for (const QString& f : shipped.entryList(QDir::Files))
        REQUIRE(QFile::copy(shipped.filePath(f), dir.filePath(f)));
    QFile::remove(dir.filePath(QStringLiteral("es.xlf")));
    REQUIRE(QFile::copy(test::dataPath(QStringLiteral("templates/extra-unit-and-broken-xml/es.xlf")),
                        dir.filePath(QStringLiteral("es.xlf"))));
    RenderContext ctx = test::sampleContext(QStringLiteral("es"));
    ctx.templateDir = dir.path();
    auto res = renderPdf(test::sampleRequest(), ctx, dir.filePath(QStringLiteral("x.pdf")));
    REQUIRE_FALSE(res.ok());
    CHECK(res.error().file.endsWith(QStringLiteral("es.xlf")));
    CHECK(res.error().line > 0);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}
