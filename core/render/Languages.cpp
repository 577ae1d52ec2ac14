#include "Languages.h"

#include "model/Vocabulary.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QStandardPaths>
#include <QXmlStreamReader>

namespace mla::render {
namespace {

constexpr const char* kTemplateNs = "urn:x-mlawriter:template";

QMutex& registryMutex()
{
    static QMutex m;
    return m;
}

QHash<QString, DocumentLanguage>& registry()
{
    static QHash<QString, DocumentLanguage> r;
    return r;
}

// Reads only the head of a language file (up to its first <file> element): trgLang, trgDir
// and mla:fonts. The whole file is read safely (and checked) by TemplateSet; a file that
// cannot be read here is not offered as a language.
bool readHead(const QString& path, DocumentLanguage* out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 8 * 1024 * 1024)
        return false;
    QXmlStreamReader xml(&f);
    QString trgLang;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("xliff")) {
            trgLang = xml.attributes().value(QStringLiteral("trgLang")).toString();
        } else if (xml.name() == QLatin1String("file")) {
            const QXmlStreamAttributes a = xml.attributes();
            out->code = trgLang;
            out->path = path;
            out->rightToLeft = a.value(QStringLiteral("trgDir")) == QLatin1String("rtl");
            out->fonts.clear();
            for (const QString& family :
                 a.value(QString::fromLatin1(kTemplateNs), QStringLiteral("fonts")).toString().split(u','))
                if (!family.trimmed().isEmpty())
                    out->fonts << family.trimmed();
            return !trgLang.isEmpty();
        }
        if (xml.lineNumber() > 200)
            break;
    }
    return false;
}

QString userDirectory()
{
    const QString env = qEnvironmentVariable("MLAWRITER_TEMPLATES_DIR");
    if (!env.isEmpty())
        return env;
    QString data = qEnvironmentVariable("MLAWRITER_DATA_DIR");
    if (data.isEmpty())
        data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return data.isEmpty() ? QString() : QDir(data).filePath(QStringLiteral("templates"));
}

} // namespace

QStringList languageDirectories()
{
    QStringList dirs{QStringLiteral(":/mlawriter/templates/request")};
    const QString user = userDirectory();
    if (!user.isEmpty())
        dirs << user;
    return dirs;
}

QList<DocumentLanguage> documentLanguages(const QString& directory)
{
    const QStringList dirs = directory.isEmpty() ? languageDirectories() : QStringList{directory};
    QList<DocumentLanguage> found;
    QStringList codes;
    for (int d = 0; d < dirs.size(); ++d) {
        const QDir dir(dirs[d]);
        const QStringList files = dir.entryList({QStringLiteral("*.xlf")}, QDir::Files, QDir::Name);
        for (const QString& name : files.mid(0, 500)) {
            DocumentLanguage l;
            // the file's name and its trgLang must agree
            if (!readHead(dir.filePath(name), &l) || l.code + QStringLiteral(".xlf") != name ||
                codes.contains(l.code))
                continue;
            l.builtIn = directory.isEmpty() && d == 0;
            codes << l.code;
            found << l;
        }
    }
    const QStringList un = unLanguages();
    std::stable_sort(found.begin(), found.end(), [&](const DocumentLanguage& a, const DocumentLanguage& b) {
        const int ia = un.indexOf(a.code), ib = un.indexOf(b.code);
        if ((ia >= 0) != (ib >= 0))
            return ia >= 0;
        if (ia >= 0)
            return ia < ib;
        return a.code < b.code;
    });
    return found;
}

QStringList documentLanguageCodes(const QString& directory)
{
    QStringList out;
    for (const DocumentLanguage& l : documentLanguages(directory))
        out << l.code;
    return out;
}

bool findDocumentLanguage(const QString& code, const QString& directory, DocumentLanguage* out)
{
    if (code.isEmpty() || code.contains(u'/') || code.contains(u'\\') || code.startsWith(u'.'))
        return false;
    const QStringList dirs = directory.isEmpty() ? languageDirectories() : QStringList{directory};
    for (int d = 0; d < dirs.size(); ++d) {
        DocumentLanguage l;
        if (readHead(QDir(dirs[d]).filePath(code + QStringLiteral(".xlf")), &l) && l.code == code) {
            l.builtIn = directory.isEmpty() && d == 0;
            *out = l;
            return true;
        }
    }
    return false;
}

bool isDocumentLanguage(const QString& code, const QString& directory)
{
    DocumentLanguage l;
    return findDocumentLanguage(code, directory, &l);
}

void registerDocumentLanguage(const DocumentLanguage& language)
{
    QMutexLocker lock(&registryMutex());
    registry().insert(language.code, language);
}

bool isRightToLeft(const QString& code)
{
    {
        QMutexLocker lock(&registryMutex());
        auto it = registry().constFind(code);
        if (it != registry().constEnd())
            return it->rightToLeft;
    }
    const QString base = code.section(u'-', 0, 0).toLower();
    return base == QLatin1String("ar") || base == QLatin1String("he") || base == QLatin1String("fa") ||
           base == QLatin1String("ur");
}

QStringList declaredFonts(const QString& code)
{
    QMutexLocker lock(&registryMutex());
    return registry().value(code).fonts;
}

} // namespace mla::render
