#pragma once
// The user's preferences and remembered state, in QSettings: recent drafts, last folder,
// interface language, name, autosave interval, authority profiles. Stateless wrapper; call
// from the GUI thread.

#include "model/Request.h"
#include "pdf/SignOptions.h"

#include <QString>
#include <QStringList>

namespace mla::gui {

struct AuthorityProfile
{
    QString name; // the profile's name as the user gave it
    QString requestingState;
    Authority authority;
    Signatory signatory;
};

class AppSettings
{
public:
    static QStringList recentDrafts();
    static void addRecentDraft(const QString& path);
    static QString lastFolder();
    static void setLastFolder(const QString& folderOrFile);
    // "" = the system locale's language; otherwise a UN language code.
    static QString interfaceLanguage();
    static void setInterfaceLanguage(const QString& code);
    // The language the interface actually uses (resolving "" to the system locale, falling back to English).
    static QString effectiveInterfaceLanguage();
    static QString userName();
    static void setUserName(const QString& name);
    // The user's function and office, asked once on the first run with the name (UserDialog).
    static QString userFunction();
    static void setUserFunction(const QString& function);
    static QString userOffice();
    static void setUserOffice(const QString& office);
    // True once the user has given a name (the login name is only the fallback).
    static bool hasUserProfile();
    static int autosaveSeconds();
    static void setAutosaveSeconds(int seconds);
    static QStringList profileNames();
    static AuthorityProfile profile(const QString& name);
    static void saveProfile(const AuthorityProfile& profile);
    static void removeProfile(const QString& name);
    // Signing (Preferences): the timestamp authority's URL ("" = none), the default PAdES level,
    // and whether a signature falls back to B-B (with a warning) when the TSA cannot be reached.
    static QString tsaUrl();
    static void setTsaUrl(const QString& url);
    static pdf::SignatureLevel signatureLevel(); // B-B, B-T or B-LT; default B-B
    static void setSignatureLevel(pdf::SignatureLevel level);
    static bool tsaFallback(); // default off
    static void setTsaFallback(bool fallBack);
    // Revocation lists (CRL files, DER or PEM) put into the document security store at B-LT.
    static QStringList crlFiles();
    static void setCrlFiles(const QStringList& paths);
    // The folder validation reports were last saved in (default: lastFolder()).
    static QString reportFolder();
    static void setReportFolder(const QString& folderOrFile);
};

} // namespace mla::gui
