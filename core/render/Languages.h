#pragma once
// The request document's languages: one per language file found, not a fixed list. Language
// files are templates/request/<code>.xlf built into the program plus those in the user's folder
// (languageDirectories()). Each file declares its script direction (XLIFF 2.0 trgDir="rtl" on
// <file>; default ltr) and the font families to set it in (mla:fonts="Family, Family, …" on
// <file>, namespace urn:x-mlawriter:template; default the Noto families of the six UN
// languages). The six UN languages come first. Reentrant (a mutex guards the registry).

#include <QList>
#include <QString>
#include <QStringList>

namespace mla::render {

struct DocumentLanguage
{
    QString code; // BCP 47, the file's trgLang and base name ("pt", "ja")
    QString path; // the language file
    bool rightToLeft = false;
    QStringList fonts; // declared families, in fallback order; empty: the defaults
    bool builtIn = false;
};

// The folders searched, in order: the built-in templates, then the user's folder
// ($MLAWRITER_TEMPLATES_DIR, else <MLAWRITER_DATA_DIR or the application data folder>/templates).
QStringList languageDirectories();
// Every language a file exists for (the first file found for a code wins), the six UN
// languages first, then the others by code. `directory` non-empty: that folder only.
QList<DocumentLanguage> documentLanguages(const QString& directory = {});
QStringList documentLanguageCodes(const QString& directory = {});
bool isDocumentLanguage(const QString& code, const QString& directory = {});
// The file for `code` (`directory` empty: the folders above); false when none exists.
bool findDocumentLanguage(const QString& code, const QString& directory, DocumentLanguage* out);

// What the last loaded file for `code` declared (registered by TemplateSet::load), else what
// is known of the built-in languages. Used by layout and fonts.
void registerDocumentLanguage(const DocumentLanguage& language);
bool isRightToLeft(const QString& code);
QStringList declaredFonts(const QString& code);

} // namespace mla::render
