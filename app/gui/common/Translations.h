#pragma once
// The interface language: mlawriter's own translations (translations/mlawriter_<lang>.ts,
// compiled to .qm and embedded under :/i18n/) plus Qt's (qtbase_<lang>.qm from
// QLibraryInfo::TranslationsPath, for standard dialogs and buttons). GUI thread only: apply()
// installs translators on the application, which sends QEvent::LanguageChange to every widget
// (pages retranslate in changeEvent), so the language changes without losing work.
// Owns the translators it installs; never throws.

#include <QString>
#include <QStringList>

namespace mla::gui {

class Translations
{
public:
    // UN languages ("ar","zh","en","fr","ru","es") whose .qm is built into this program.
    static QStringList available();
    // The UN language of the system locale (QLocale::system()), or "en" when it is none of them.
    static QString systemLanguage();
    // Installs the translators for `language` ("" = systemLanguage()), removing those installed
    // before, sets QLocale's default, and sets the application's layout direction (right to
    // left for Arabic). Returns false, and falls back to English, when `language` is not a UN
    // language or its .qm is missing. Needs a QGuiApplication.
    static bool apply(const QString& language);
    // The language last applied ("" before the first apply()).
    static QString current();
    // Whether Qt's own translation (qtbase) for `language` was found on this system.
    static bool hasQtTranslation(const QString& language);
    // The review status of the interface translation into `language`, as recorded in
    // translations/REVIEW.md (embedded), e.g. "needs review by a qualified translator".
    static QString reviewStatus(const QString& language);
    // One translated sentence saying the interface translations await review by a qualified
    // translator, for the About box and the preferences.
    static QString reviewNotice();
};

} // namespace mla::gui
