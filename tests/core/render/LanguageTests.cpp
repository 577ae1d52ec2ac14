// The document's languages are the language files found: the six UN languages first, then
// Portuguese, German and Italian, plus any file in the user's folder; each file declares its
// direction and fonts. State names outside the UN languages come from Debian's iso-codes and
// the document says so. Japanese and Korean files made here render with Noto CJK.
#include "SampleRequest.h"
#include "TestSupport.h"
#include "model/Vocabulary.h"
#include "render/IsoCodes.h"
#include "render/Languages.h"
#include "render/PdfText.h"
#include "render/Renderer.h"
#include "render/TemplateLint.h"
#include "render/TemplateSet.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-font.h>

#include <catch2/catch.hpp>

#include <memory>

using namespace mla;
using namespace mla::render;

namespace {

QString pdfText(const QString& path)
{
    auto pages = PdfText::pages(path);
    REQUIRE(pages.ok());
    return PdfText::normalized(pages.value().join(u' '));
}

QStringList fontNames(const QString& path)
{
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path.toStdString()));
    REQUIRE(doc);
    QStringList out;
    for (const poppler::font_info& f : doc->fonts())
        out << QString::fromStdString(f.name());
    return out;
}

// A language file made from the English one: trgLang, fonts and a few translated units.
void makeLanguageFile(const QString& dir, const QString& lang, const QString& fonts,
                      const QMap<QString, QString>& targets)
{
    QString s =
        QString::fromUtf8(test::readAll(test::sourcePath(QStringLiteral("templates/request/en.xlf"))));
    s.replace(QStringLiteral("trgLang=\"en\""), QStringLiteral("trgLang=\"%1\"").arg(lang));
    s.replace(QRegularExpression(QStringLiteral("mla:fonts=\"[^\"]*\"")),
              QStringLiteral("mla:fonts=\"%1\"").arg(fonts));
    for (auto it = targets.constBegin(); it != targets.constEnd(); ++it) {
        const QRegularExpression unit(QStringLiteral("(<unit id=\"%1\">.*?<target>)(.*?)(</target>)")
                                          .arg(QRegularExpression::escape(it.key())),
                                      QRegularExpression::DotMatchesEverythingOption);
        s.replace(unit, QStringLiteral("\\1") + it.value() + QStringLiteral("\\3"));
    }
    REQUIRE(test::writeAll(QDir(dir).filePath(lang + QStringLiteral(".xlf")), s.toUtf8()));
}

} // namespace

TEST_CASE("the document languages are the language files found, UN languages first", "[render][languages]")
{
    const QStringList codes = documentLanguageCodes();
    INFO(codes.join(u' ').toStdString());
    REQUIRE(codes.size() >= 9);
    CHECK(codes.mid(0, 6) == unLanguages());
    for (const QString& l : {QStringLiteral("pt"), QStringLiteral("de"), QStringLiteral("it")})
        CHECK(codes.contains(l));
    for (const DocumentLanguage& l : documentLanguages()) {
        INFO(l.code.toStdString());
        CHECK(l.builtIn);
        CHECK(l.rightToLeft == (l.code == QLatin1String("ar")));
        CHECK_FALSE(l.fonts.isEmpty()); // every shipped file declares its fonts
    }
    CHECK_FALSE(isDocumentLanguage(QStringLiteral("xx")));
    CHECK_FALSE(isDocumentLanguage(QStringLiteral("../en")));
}

TEST_CASE("every language file found passes the lint", "[render][languages][lint]")
{
    const QList<LintIssue> issues = TemplateLint::run({}, documentLanguageCodes());
    for (const LintIssue& i : issues)
        UNSCOPED_INFO(i.toString().toStdString());
    CHECK(issues.isEmpty());
}

TEST_CASE("a language file in the user's folder is offered and renders", "[render][languages][user]")
{
    QTemporaryDir dir;
    makeLanguageFile(
        dir.path(), QStringLiteral("nl"), QStringLiteral("Noto Serif, Noto Sans Arabic, Noto Serif CJK SC"),
        {{QStringLiteral("doc.title"), QStringLiteral("Verzoek om wederzijdse rechtshulp in strafzaken")}});
    qputenv("MLAWRITER_TEMPLATES_DIR", dir.path().toUtf8());
    const QStringList codes = documentLanguageCodes();
    qunsetenv("MLAWRITER_TEMPLATES_DIR");
    CHECK(codes.contains(QStringLiteral("nl")));
    CHECK(codes.indexOf(QStringLiteral("nl")) > codes.indexOf(QStringLiteral("es")));
    DocumentLanguage nl;
    REQUIRE(findDocumentLanguage(QStringLiteral("nl"), dir.path(), &nl));
    CHECK_FALSE(nl.rightToLeft);
}

TEST_CASE("Portuguese, German and Italian render, read back and name States from iso-codes",
          "[render][languages][iso-codes]")
{
    QTemporaryDir dir;
    struct Case
    {
        const char* lang;
        const char* spain;
        const char* china;
    };
    for (const Case& c :
         {Case{"pt", "Espanha", "China"}, Case{"de", "Spanien", "China"}, Case{"it", "Spagna", "Cina"}}) {
        const QString lang = QString::fromLatin1(c.lang);
        const QString path = dir.filePath(lang + QStringLiteral(".pdf"));
        auto res = renderPdf(test::sampleRequest(), test::sampleContext(lang), path);
        INFO(lang.toStdString() << ": " << (res.ok() ? QString() : res.error().toString()).toStdString());
        REQUIRE(res.ok());
        const QString text = pdfText(path);
        CHECK(text.contains(TemplateSet::load(lang).value().text(QStringLiteral("doc.title"))));
        CHECK(text.contains(QString::fromUtf8(c.spain)));
        CHECK(text.contains(QString::fromUtf8(c.china)));
        // the names are said to be ISO names, not UN names
        CHECK(text.contains(
            PdfText::normalized(TemplateSet::load(lang).value().text(QStringLiteral("notice.stateNames")))));
        CHECK(res.value().awaitsTranslatorReview);
    }
    // and the UN languages say nothing of the kind
    const QString en = dir.filePath(QStringLiteral("en.pdf"));
    REQUIRE(renderPdf(test::sampleRequest(), test::sampleContext(QStringLiteral("en")), en).ok());
    CHECK_FALSE(pdfText(en).contains(QStringLiteral("iso-codes")));
}

TEST_CASE("iso-codes names come with their source and differ from UN names", "[render][iso-codes]")
{
    const IsoName de = isoCountryName(QStringLiteral("DEU"), QStringLiteral("pt"));
    CHECK(de.name == QString::fromUtf8("Alemanha"));
    CHECK(de.source.contains(QStringLiteral("/usr/share/locale/pt/LC_MESSAGES/iso_3166-1.mo")));
    CHECK(isoCountryName(QStringLiteral("LVA"), QStringLiteral("de")).name == QString::fromUtf8("Lettland"));
    CHECK(isoCountryName(QStringLiteral("CHN"), QStringLiteral("ja")).name == QString::fromUtf8("中国"));
    // the ISO short name of Bolivia is not the UN name ("Bolivia (Plurinational State of)")
    CHECK(isoCountryName(QStringLiteral("BOL"), QStringLiteral("en"))
              .name.startsWith(QStringLiteral("Bolivia")));
    CHECK(isoCountryName(QStringLiteral("XXX"), QStringLiteral("pt")).name.isEmpty());
    CHECK(isoLanguageName(QStringLiteral("en"), QStringLiteral("fr")).name == QStringLiteral("anglais"));
    CHECK(isoLanguageName(QStringLiteral("es"), QStringLiteral("de")).name == QStringLiteral("Spanisch"));
    CHECK(isoLanguageName(QStringLiteral("en"), QStringLiteral("ru")).name ==
          QString::fromUtf8("английский"));
}

TEST_CASE("the untranslated-text marker names the original language in the output language",
          "[render][untranslated]")
{
    QTemporaryDir dir;
    Request r = test::sampleRequest();
    r.summaryOfFacts.translations.clear(); // the English original, untranslated everywhere
    for (const auto& [lang, name] :
         {std::pair{"fr", "anglais"}, std::pair{"ru", "английский"}, std::pair{"de", "Englisch"}}) {
        const QString path = dir.filePath(QString::fromLatin1(lang) + QStringLiteral(".pdf"));
        REQUIRE(renderPdf(r, test::sampleContext(QString::fromLatin1(lang)), path).ok());
        const QString text = pdfText(path);
        INFO(lang);
        CHECK(text.contains(QString::fromUtf8(name)));
        CHECK_FALSE(text.contains(QStringLiteral("American English")));
    }
}

TEST_CASE("Japanese and Korean language files made here render with Noto CJK", "[render][languages][cjk]")
{
    QTemporaryDir dir;
    QFile::copy(test::sourcePath(QStringLiteral("templates/request/request.layout.xml")),
                dir.filePath(QStringLiteral("request.layout.xml")));
    makeLanguageFile(dir.path(), QStringLiteral("ja"),
                     QStringLiteral("Noto Serif CJK JP, Noto Serif, Noto Sans Arabic"),
                     {{QStringLiteral("doc.title"), QString::fromUtf8("刑事共助の要請")},
                      {QStringLiteral("sec.facts"), QString::fromUtf8("関連する事実の概要")}});
    makeLanguageFile(dir.path(), QStringLiteral("ko"),
                     QStringLiteral("Noto Serif CJK KR, Noto Serif, Noto Sans Arabic"),
                     {{QStringLiteral("doc.title"), QString::fromUtf8("형사사법공조 요청")},
                      {QStringLiteral("sec.facts"), QString::fromUtf8("관련 사실의 요약")}});
    CHECK(TemplateLint::run(dir.path(), {QStringLiteral("ja"), QStringLiteral("ko")}).isEmpty());
    struct Case
    {
        const char* lang;
        const char* font;
        const char* title;
        const char* facts;
        const char* china;
    };
    for (const Case& c : {Case{"ja", "NotoSerifCJKjp", "刑事共助の要請", "関連する事実の概要", "中国"},
                          Case{"ko", "NotoSerifCJKkr", "형사사법공조 요청", "관련 사실의 요약", "중국"}}) {
        RenderContext ctx = test::sampleContext(QString::fromLatin1(c.lang));
        ctx.templateDir = dir.path();
        const QString path = dir.filePath(QString::fromLatin1(c.lang) + QStringLiteral(".pdf"));
        auto res = renderPdf(test::sampleRequest(), ctx, path);
        INFO(c.lang << ": " << (res.ok() ? QString() : res.error().toString()).toStdString());
        REQUIRE(res.ok());
        const QString text = pdfText(path);
        CHECK(text.contains(QString::fromUtf8(c.title)));
        CHECK(text.contains(QString::fromUtf8(c.facts)));
        CHECK(text.contains(QString::fromUtf8(c.china))); // State name from iso-codes
        const QStringList fonts = fontNames(path);
        INFO(fonts.join(u' ').toStdString());
        CHECK(std::any_of(fonts.begin(), fonts.end(), [&](const QString& f) {
            return f.contains(QLatin1String(c.font), Qt::CaseInsensitive);
        }));
    }
}
