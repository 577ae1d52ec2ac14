#include "render/PageComposer.h"
#include "render/PdfFinisher.h"
#include "render/PdfText.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mla::render;

namespace {

bool hasForbidden(const QString& s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if ((u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF) || (u >= 0x2E80 && u <= 0x2FDF))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("composed Arabic and Chinese text reads back as the characters laid out", "[render][textlayer]")
{
    QTemporaryDir dir;
    dir.setAutoRemove(false);
    for (const QString& lang : {QStringLiteral("ar"), QStringLiteral("zh")}) {
        QList<Block> blocks;
        Block b;
        b.rightToLeft = lang == QLatin1String("ar");
        b.text = lang == QLatin1String("ar") ? QString::fromUtf8("لا الأطراف في الاتفاقية")
                                              : QString::fromUtf8("中华人民共和国最高人民检察院");
        blocks << b;
        const QString raw = dir.filePath(lang + QStringLiteral(".raw.pdf"));
        const QString out = dir.filePath(lang + QStringLiteral(".pdf"));
        PageComposer c(lang, PaperSize::A4);
        auto doc = c.compose(blocks, {}, QStringLiteral("t"), raw);
        REQUIRE(doc.ok());
        FinishInfo info;
        info.language = lang;
        info.title = QStringLiteral("t");
        info.glyphs = doc.value().glyphs;
        auto st = PdfFinisher::finish(raw, out, info);
        INFO((st.ok() ? QString() : st.error().toString()).toStdString());
        REQUIRE(st.ok());
        auto pages = PdfText::pages(out);
        REQUIRE(pages.ok());
        const QString text = PdfText::normalized(pages.value().join(u' '));
        INFO(text.toStdString());
        CHECK(text.contains(PdfText::normalized(b.text)));
        CHECK_FALSE(hasForbidden(text));
    }
}
