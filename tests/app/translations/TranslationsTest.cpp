#include "gui/common/Translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

using mla::gui::Translations;

namespace {
const char* const noticeSource =
    "The interface translations are provided for convenience and await review by a "
    "qualified translator.";
const QStringList languages{QStringLiteral("ar"), QStringLiteral("zh"), QStringLiteral("en"),
                            QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("es")};
} // namespace

TEST_CASE("all six .qm files are embedded and load and translate a known string", "[translations][qm]")
{
    CHECK(Translations::available() == languages);
    for (const auto& lang : languages) {
        INFO(lang.toStdString());
        QTranslator t;
        REQUIRE(t.load(QStringLiteral(":/i18n/mlawriter_%1.qm").arg(lang)));
        CHECK(t.language().startsWith(lang));
        const QString translated = t.translate("Translations", noticeSource);
        REQUIRE_FALSE(translated.isEmpty());
        if (lang != QLatin1String("en"))
            CHECK(translated != QString::fromLatin1(noticeSource));
    }
    QTranslator fr;
    REQUIRE(fr.load(QStringLiteral(":/i18n/mlawriter_fr.qm")));
    CHECK(fr.translate("Translations", noticeSource).startsWith(QStringLiteral("Les traductions")));
}

TEST_CASE("applying a language installs its translations and locale and layout direction",
          "[translations][apply]")
{
    REQUIRE(Translations::apply(QStringLiteral("ar")));
    CHECK(Translations::current() == QStringLiteral("ar"));
    CHECK(QGuiApplication::layoutDirection() == Qt::RightToLeft);
    CHECK(QLocale().language() == QLocale::Arabic);
    CHECK(Translations::reviewNotice() != QString::fromLatin1(noticeSource));

    REQUIRE(Translations::apply(QStringLiteral("zh")));
    CHECK(QGuiApplication::layoutDirection() == Qt::LeftToRight);
    CHECK(QLocale().script() == QLocale::SimplifiedChineseScript);

    REQUIRE(Translations::apply(QStringLiteral("fr")));
    CHECK(Translations::reviewNotice().startsWith(QStringLiteral("Les traductions")));
    // Qt's own strings (standard buttons) come from qtbase_fr.qm when the system has it.
    if (Translations::hasQtTranslation(QStringLiteral("fr")))
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Annuler"));
    else
        WARN("qtbase_fr.qm not found in QLibraryInfo::TranslationsPath (package qt6-translations-l10n)");

    // Only the previous translators are replaced: English gives the source text back.
    REQUIRE(Translations::apply(QStringLiteral("en")));
    CHECK(Translations::reviewNotice() == QString::fromLatin1(noticeSource));
    if (Translations::hasQtTranslation(QStringLiteral("fr")))
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));

    CHECK_FALSE(Translations::apply(QStringLiteral("de")));
    CHECK(Translations::current() == QStringLiteral("en"));
    CHECK(QGuiApplication::layoutDirection() == Qt::LeftToRight);

    // "" follows the system locale (pinned to C in tests: English).
    CHECK(Translations::apply(QString()));
    CHECK(languages.contains(Translations::current()));
    Translations::apply(QStringLiteral("en"));
}

TEST_CASE("Qt's own translations exist for the six languages", "[translations][qtbase]")
{
    for (const auto& lang : languages) {
        INFO(lang.toStdString());
        CHECK(Translations::hasQtTranslation(lang));
    }
}

TEST_CASE("the review status of each language is recorded and readable", "[translations][review]")
{
    for (const auto& lang : languages) {
        INFO(lang.toStdString());
        CHECK_FALSE(Translations::reviewStatus(lang).isEmpty());
    }
    CHECK(Translations::reviewStatus(QStringLiteral("fr")).contains(QStringLiteral("review")));
}
