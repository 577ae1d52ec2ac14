#include "TsFile.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace mla::test;

namespace {
QString tsPath(const QString& lang)
{
    return QStringLiteral(MLAWRITER_TRANSLATIONS_DIR "/mlawriter_%1.ts").arg(lang);
}
const QStringList languages{QStringLiteral("ar"), QStringLiteral("zh"), QStringLiteral("en"),
                            QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("es")};
} // namespace

TEST_CASE("every interface translation is finished and current and keeps its placeholders",
          "[translations][ts]")
{
    for (const auto& lang : languages) {
        const TsFile ts = TsFile::read(tsPath(lang));
        INFO(lang.toStdString());
        REQUIRE(ts.error.isEmpty());
        CHECK(ts.language.startsWith(lang));
        const QStringList found = problems(ts);
        // Show the first problems in full; the count says how many remain.
        for (const auto& p : found.mid(0, 15))
            UNSCOPED_INFO(p.toStdString());
        CHECK(found.size() == 0);
    }
}

TEST_CASE("the six language files hold the same messages", "[translations][ts]")
{
    auto keys = [](const TsFile& f) {
        QStringList k;
        for (const auto& m : f.messages)
            k << m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment;
        k.sort();
        return k;
    };
    const QStringList reference = keys(TsFile::read(tsPath(QStringLiteral("en"))));
    REQUIRE(reference.size() > 0);
    for (const auto& lang : languages) {
        INFO(lang.toStdString());
        CHECK(keys(TsFile::read(tsPath(lang))) == reference);
    }
}

TEST_CASE("the .ts check catches each kind of broken entry", "[translations][ts]")
{
    auto check = [](const char* message, const char* language = "fr") {
        const QByteArray ts =
            QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><TS version=\"2.1\" language=\"") +
            language + "\"><context><name>C</name>" + message + "</context></TS>";
        return problems(TsFile::parse(ts, QStringLiteral("x.ts")));
    };
    CHECK(check("<message><source>Open</source><translation>Ouvrir</translation></message>").isEmpty());
    CHECK(
        check("<message><source>Open</source><translation type=\"unfinished\">Ouvrir</translation></message>")
            .value(0)
            .contains(QStringLiteral("unfinished")));
    CHECK(check("<message><source>Open</source><translation type=\"obsolete\">Ouvrir</translation></message>")
              .value(0)
              .contains(QStringLiteral("obsolete")));
    CHECK(check("<message><source>Open</source><translation type=\"vanished\">Ouvrir</translation></message>")
              .value(0)
              .contains(QStringLiteral("vanished")));
    CHECK(check("<message><source>Open</source><translation></translation></message>")
              .value(0)
              .contains(QStringLiteral("empty")));
    CHECK(check("<message><source>%1 of %2</source><translation>%1 sur %1</translation></message>")
              .value(0)
              .contains(QStringLiteral("placeholders")));
    CHECK(
        check("<message><source>%1 of %2</source><translation>%2 sur %1</translation></message>").isEmpty());
    CHECK(check("<message><source>%L1 found</source><translation>%1 trouvés</translation></message>")
              .isEmpty());
    CHECK(check("<message numerus=\"yes\"><source>%n file(s)</source><translation><numerusform>%n "
                "fichier</numerusform>"
                "<numerusform>fichiers</numerusform></translation></message>")
              .value(0)
              .contains(QStringLiteral("placeholders")));
    CHECK(check("<message numerus=\"yes\"><source>%n file(s)</source><translation><numerusform>%n "
                "файл</numerusform>"
                "<numerusform>%n файла</numerusform></translation></message>",
                "ru")
              .value(0)
              .contains(QStringLiteral("plural forms")));
    CHECK(check("<message><source>&amp;Open</source><translation>Ouvrir</translation></message>")
              .value(0)
              .contains(QStringLiteral("accelerator")));
    CHECK(
        check("<message><source>&amp;Open</source><translation>打开(&amp;O)</translation></message>", "zh_CN")
            .isEmpty());
    CHECK(
        check(
            "<message><source>Save &amp;&amp; close</source><translation>Enregistrer et fermer</translation>"
            "</message>")
            .isEmpty());
    CHECK(check("<message><source>&lt;b&gt;Note&lt;/b&gt;</source><translation>Note</translation></message>")
              .value(0)
              .contains(QStringLiteral("tags")));
}
