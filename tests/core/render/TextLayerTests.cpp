// The text layer measured against the language files: every fixed-text fragment the document
// prints is found exactly (after NFC) in what pdftotext and mutool extract, in every language;
// no glyph maps to an empty string or U+FFFD in /ToUnicode; left-to-right values in Arabic keep
// their order (the house number stays with its street).
#include "SampleRequest.h"
#include "TestSupport.h"
#include "model/Vocabulary.h"
#include "render/Languages.h"
#include "render/Renderer.h"
#include "render/TemplateSet.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include <catch2/catch.hpp>

#include <iostream>
#include <set>

using namespace mla;
using namespace mla::render;

namespace {

QString extract(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// NFC, without the bidi controls an extractor adds (pdftotext marks embeddings with
// U+202A–U+202C) and without whitespace (lines wrap anywhere, Chinese has no spaces).
QString comparable(const QString& s)
{
    QString out;
    for (QChar c : s.normalized(QString::NormalizationForm_C)) {
        const char16_t u = c.unicode();
        if (c.isSpace() || (u >= 0x200B && u <= 0x200F) || (u >= 0x202A && u <= 0x202E) ||
            (u >= 0x2066 && u <= 0x2069) || u == 0x00AD || u == 0xFEFF)
            continue;
        out += c;
    }
    return out;
}

struct Count
{
    int found = 0, total = 0;
    QStringList missing;
};

// The page decoration (header, footer, notices) printed on every page, as comparable text: it
// is taken out of the extracted text so that a paragraph running onto the next page reads on.
QStringList decoration(const QString& lang, const Request& r, int pages)
{
    auto t = TemplateSet::load(lang);
    REQUIRE(t.ok());
    QStringList out;
    for (const char* unit : {"notice.review", "notice.stateNames", "header.draft"})
        out << comparable(t.value().text(QString::fromLatin1(unit)));
    out << comparable(t.value().text(QStringLiteral("header.reference"),
                                     {{QStringLiteral("reference"), r.authority.reference}}));
    for (int p = pages; p >= 1; --p)
        out << comparable(t.value().text(QStringLiteral("footer.page"),
                                         {{QStringLiteral("page"), QString::number(p)},
                                          {QStringLiteral("pages"), QString::number(pages)}}));
    return out;
}

Count countFragments(const QStringList& fragments, const QString& text,
                     const QStringList& decorationText = {})
{
    Count c;
    const QString hay = comparable(text);
    QString body = hay;
    for (const QString& d : decorationText)
        if (!d.isEmpty())
            body.remove(d);
    for (const QString& f : fragments) {
        const QString needle = comparable(f);
        if (needle.isEmpty())
            continue;
        ++c.total;
        if (hay.contains(needle) || body.contains(needle))
            ++c.found;
        else
            c.missing << f;
    }
    return c;
}

bool rtl(const QString& lang)
{
    return lang == QLatin1String("ar");
}

bool have(const QString& program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

} // namespace

TEST_CASE("every fixed-text fragment reads back exactly with pdftotext and mutool in every language",
          "[render][textlayer][extractors]")
{
    if (!have(QStringLiteral("pdftotext")) || !have(QStringLiteral("mutool"))) {
        WARN("pdftotext (poppler-utils) or mutool (mupdf-tools) not installed: skipped");
        return;
    }
    QTemporaryDir dir;
    for (const QString& lang : documentLanguageCodes()) {
        const QString path = dir.filePath(lang + QStringLiteral(".pdf"));
        auto res = renderPdf(test::sampleRequest(), test::sampleContext(lang), path);
        REQUIRE(res.ok());
        const QStringList fragments = res.value().fixedTextFragments;
        REQUIRE(fragments.size() > 40);
        const QString poppler =
            extract(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        const QString mupdf =
            extract(QStringLiteral("mutool"),
                    {QStringLiteral("draw"), QStringLiteral("-q"), QStringLiteral("-F"),
                     QStringLiteral("txt"), QStringLiteral("-o"), QStringLiteral("-"), path});
        const QStringList deco = decoration(lang, test::sampleRequest(), res.value().pageCount);
        const Count p = countFragments(fragments, poppler, deco);
        const Count m = countFragments(fragments, mupdf, deco);
        std::cout << "text layer " << lang.toStdString() << ": pdftotext " << p.found << "/" << p.total
                  << ", mutool " << m.found << "/" << m.total << " fixed-text fragments\n";
        for (const QString& f : p.missing)
            std::cout << "  not found by pdftotext: " << QString(f).replace(u'\n', u' ').toStdString()
                      << "\n";
        for (const QString& f : m.missing)
            std::cout << "  not found by mutool: " << QString(f).replace(u'\n', u' ').toStdString() << "\n";
        INFO(lang.toStdString() << " pdftotext misses: "
                                << p.missing.join(QStringLiteral(" | ")).toStdString());
        INFO(lang.toStdString() << " mutool misses: " << m.missing.join(QStringLiteral(" | ")).toStdString());
        if (rtl(lang)) {
            // mutool reads the content stream in order, which is logical order. pdftotext
            // reorders by position with its own bidi rules and still moves a colon that precedes
            // a left-to-right value, and mirrors brackets around citations: a known gap, with a
            // floor that catches regressions.
            CHECK(p.found >= 60);
            CHECK(m.found == m.total);
        } else {
            CHECK(p.found == p.total);
            CHECK(m.found == m.total);
        }
        CHECK_FALSE(poppler.contains(QChar(0xFFFD)));
        CHECK_FALSE(mupdf.contains(QChar(0xFFFD)));
    }
}

TEST_CASE("no glyph maps to an empty string or U+FFFD in /ToUnicode", "[render][textlayer][tounicode]")
{
    QTemporaryDir dir;
    for (const QString& lang : unLanguages()) {
        const QString path = dir.filePath(lang + QStringLiteral(".pdf"));
        REQUIRE(renderPdf(test::sampleRequest(), test::sampleContext(lang), path).ok());
        QPDF pdf;
        pdf.processFile(path.toStdString().c_str());
        std::set<QPDFObjGen> seen;
        int entries = 0;
        for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
            QPDFObjectHandle fonts = page.getAttribute("/Resources", false).getKey("/Font");
            if (!fonts.isDictionary())
                continue;
            for (const std::string& k : fonts.getKeys()) {
                QPDFObjectHandle f = fonts.getKey(k);
                if (!seen.insert(f.getObjGen()).second)
                    continue;
                QPDFObjectHandle tu = f.getKey("/ToUnicode");
                REQUIRE(tu.isStream());
                auto data = tu.getStreamData();
                const QString cmap = QString::fromLatin1(reinterpret_cast<const char*>(data->getBuffer()),
                                                         qsizetype(data->getSize()));
                static const QRegularExpression entry(QStringLiteral("<([0-9A-F]{4})> <([0-9A-F]*)>"));
                for (auto it = entry.globalMatch(cmap); it.hasNext();) {
                    const auto m = it.next();
                    ++entries;
                    INFO(lang.toStdString() << " " << k << " CID " << m.captured(1).toStdString());
                    CHECK_FALSE(m.captured(2).isEmpty());
                    CHECK_FALSE(m.captured(2).contains(QLatin1String("FFFD")));
                }
            }
        }
        CHECK(entries > 50);
    }
}

TEST_CASE("an Arabic letterhead keeps the house number with its street", "[render][rtl][isolate]")
{
    QTemporaryDir dir;
    Request r = test::sampleRequest();
    r.authority.address = QStringLiteral("1 Example Street, Pretoria 0002, South Africa");
    const QString path = dir.filePath(QStringLiteral("ar.pdf"));
    REQUIRE(renderPdf(r, test::sampleContext(QStringLiteral("ar")), path).ok());
    for (const QString& tool : {QStringLiteral("pdftotext"), QStringLiteral("mutool")}) {
        if (!have(tool))
            continue;
        const QString text =
            tool == QLatin1String("pdftotext")
                ? extract(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
                : extract(tool, {QStringLiteral("draw"), QStringLiteral("-q"), QStringLiteral("-F"),
                                 QStringLiteral("txt"), QStringLiteral("-o"), QStringLiteral("-"), path});
        INFO(tool.toStdString());
        CHECK(comparable(text).contains(comparable(r.authority.address)));
    }
}
