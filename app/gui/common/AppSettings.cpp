#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace mla::gui {

namespace {
constexpr int maxRecent = 10;

QString profileKey(const QString& name)
{
    // Profile names are free text: keep them out of the key syntax.
    return QStringLiteral("profiles/") + QString::fromLatin1(name.toUtf8().toHex());
}
} // namespace

QStringList AppSettings::recentDrafts()
{
    return QSettings().value(QStringLiteral("recent/drafts")).toStringList();
}

void AppSettings::addRecentDraft(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList l = recentDrafts();
    l.removeAll(abs);
    l.prepend(abs);
    while (l.size() > maxRecent)
        l.removeLast();
    QSettings().setValue(QStringLiteral("recent/drafts"), l);
}

QString AppSettings::lastFolder()
{
    return QSettings().value(QStringLiteral("recent/folder"), QDir::homePath()).toString();
}

void AppSettings::setLastFolder(const QString& folderOrFile)
{
    const QFileInfo fi(folderOrFile);
    QSettings().setValue(QStringLiteral("recent/folder"),
                         fi.isDir() ? fi.absoluteFilePath() : fi.absolutePath());
}

QString AppSettings::interfaceLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setInterfaceLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

QString AppSettings::effectiveInterfaceLanguage()
{
    // MLAWRITER_UI_LANGUAGE overrides the preference for one run (screenshots, support).
    const QString forced = qEnvironmentVariable("MLAWRITER_UI_LANGUAGE");
    const QString chosen = isUnLanguage(forced) ? forced : interfaceLanguage();
    if (isUnLanguage(chosen))
        return chosen;
    const QString system = QLocale::system().name().left(2);
    return isUnLanguage(system) ? system : QStringLiteral("en");
}

QString AppSettings::userName()
{
    QString fallback = qEnvironmentVariable("USER");
    if (fallback.isEmpty())
        fallback = qEnvironmentVariable("USERNAME");
    if (fallback.isEmpty())
        fallback = QDir::home().dirName();
    return QSettings().value(QStringLiteral("user/name"), fallback).toString();
}

QString AppSettings::userFunction()
{
    return QSettings().value(QStringLiteral("user/function")).toString();
}

void AppSettings::setUserFunction(const QString& function)
{
    QSettings().setValue(QStringLiteral("user/function"), function.trimmed());
}

QString AppSettings::userOffice()
{
    return QSettings().value(QStringLiteral("user/office")).toString();
}

void AppSettings::setUserOffice(const QString& office)
{
    QSettings().setValue(QStringLiteral("user/office"), office.trimmed());
}

bool AppSettings::hasUserProfile()
{
    return !QSettings().value(QStringLiteral("user/name")).toString().trimmed().isEmpty();
}

void AppSettings::setUserName(const QString& name)
{
    QSettings().setValue(QStringLiteral("user/name"), name);
}

int AppSettings::autosaveSeconds()
{
    return qBound(5, QSettings().value(QStringLiteral("draft/autosaveSeconds"), 30).toInt(), 600);
}

void AppSettings::setAutosaveSeconds(int seconds)
{
    QSettings().setValue(QStringLiteral("draft/autosaveSeconds"), seconds);
}

QStringList AppSettings::profileNames()
{
    QSettings s;
    s.beginGroup(QStringLiteral("profiles"));
    QStringList names;
    const QStringList groups = s.childGroups();
    for (const QString& g : groups)
        names << s.value(g + QStringLiteral("/name")).toString();
    names.sort(Qt::CaseInsensitive);
    return names;
}

AuthorityProfile AppSettings::profile(const QString& name)
{
    QSettings s;
    s.beginGroup(profileKey(name));
    AuthorityProfile p;
    p.name = s.value(QStringLiteral("name")).toString();
    p.requestingState = s.value(QStringLiteral("requestingState")).toString();
    p.authority.name = s.value(QStringLiteral("authority/name")).toString();
    p.authority.address = s.value(QStringLiteral("authority/address")).toString();
    p.authority.contactPerson = s.value(QStringLiteral("authority/contactPerson")).toString();
    p.authority.phone = s.value(QStringLiteral("authority/phone")).toString();
    p.authority.email = s.value(QStringLiteral("authority/email")).toString();
    p.authority.logoPng = s.value(QStringLiteral("authority/logoPng")).toByteArray();
    p.signatory.name = s.value(QStringLiteral("signatory/name")).toString();
    p.signatory.function = s.value(QStringLiteral("signatory/function")).toString();
    p.signatory.place = s.value(QStringLiteral("signatory/place")).toString();
    return p;
}

void AppSettings::saveProfile(const AuthorityProfile& p)
{
    QSettings s;
    s.remove(profileKey(p.name));
    s.beginGroup(profileKey(p.name));
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("requestingState"), p.requestingState);
    s.setValue(QStringLiteral("authority/name"), p.authority.name);
    s.setValue(QStringLiteral("authority/address"), p.authority.address);
    s.setValue(QStringLiteral("authority/contactPerson"), p.authority.contactPerson);
    s.setValue(QStringLiteral("authority/phone"), p.authority.phone);
    s.setValue(QStringLiteral("authority/email"), p.authority.email);
    s.setValue(QStringLiteral("authority/logoPng"), p.authority.logoPng);
    s.setValue(QStringLiteral("signatory/name"), p.signatory.name);
    s.setValue(QStringLiteral("signatory/function"), p.signatory.function);
    s.setValue(QStringLiteral("signatory/place"), p.signatory.place);
}

void AppSettings::removeProfile(const QString& name)
{
    QSettings().remove(profileKey(name));
}

QString AppSettings::tsaUrl()
{
    return QSettings().value(QStringLiteral("sign/tsaUrl")).toString();
}

void AppSettings::setTsaUrl(const QString& url)
{
    QSettings().setValue(QStringLiteral("sign/tsaUrl"), url.trimmed());
}

pdf::SignatureLevel AppSettings::signatureLevel()
{
    const QString v = QSettings().value(QStringLiteral("sign/level")).toString();
    if (v == QLatin1String("B-T"))
        return pdf::SignatureLevel::BT;
    if (v == QLatin1String("B-LT"))
        return pdf::SignatureLevel::BLT;
    return pdf::SignatureLevel::BB;
}

void AppSettings::setSignatureLevel(pdf::SignatureLevel level)
{
    // B-LTA is made by the command line only; the GUI offers up to B-LT.
    if (level == pdf::SignatureLevel::BLTA)
        level = pdf::SignatureLevel::BLT;
    QSettings().setValue(QStringLiteral("sign/level"), pdf::levelName(level));
}

bool AppSettings::tsaFallback()
{
    return QSettings().value(QStringLiteral("sign/tsaFallback"), false).toBool();
}

void AppSettings::setTsaFallback(bool fallBack)
{
    QSettings().setValue(QStringLiteral("sign/tsaFallback"), fallBack);
}

QStringList AppSettings::crlFiles()
{
    return QSettings().value(QStringLiteral("sign/crlFiles")).toStringList();
}

void AppSettings::setCrlFiles(const QStringList& paths)
{
    QSettings().setValue(QStringLiteral("sign/crlFiles"), paths);
}

QString AppSettings::reportFolder()
{
    return QSettings().value(QStringLiteral("recent/reportFolder"), lastFolder()).toString();
}

void AppSettings::setReportFolder(const QString& folderOrFile)
{
    const QFileInfo fi(folderOrFile);
    QSettings().setValue(QStringLiteral("recent/reportFolder"),
                         fi.isDir() ? fi.absoluteFilePath() : fi.absolutePath());
}

} // namespace mla::gui
