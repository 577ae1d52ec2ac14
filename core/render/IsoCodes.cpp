#include "IsoCodes.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QtEndian>

namespace mla::render {
namespace {

constexpr qint64 kMaxFile = 4 * 1024 * 1024;

struct Store
{
    QMutex mutex;
    QString jsonDir = QStringLiteral("/usr/share/iso-codes/json");
    QString localeDir = QStringLiteral("/usr/share/locale");
    QHash<QString, QHash<QString, QString>> english;    // standard -> code -> English name
    QHash<QString, QHash<QString, QString>> catalogues; // "<domain>|<locale>" -> English -> translated
};

Store& store()
{
    static Store s;
    return s;
}

QByteArray readCapped(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxFile)
        return {};
    return f.readAll();
}

// A gettext .mo catalogue: original → translation (msgctxt entries and plurals ignored).
QHash<QString, QString> readMo(const QByteArray& mo)
{
    QHash<QString, QString> out;
    if (mo.size() < 28)
        return out;
    const auto* d = reinterpret_cast<const uchar*>(mo.constData());
    const quint32 magic = qFromLittleEndian<quint32>(d);
    const bool le = magic == 0x950412de;
    if (!le && qFromBigEndian<quint32>(d) != 0x950412de)
        return out;
    auto u32 = [&](qsizetype at) -> qint64 {
        if (at < 0 || at + 4 > mo.size())
            return -1;
        return le ? qFromLittleEndian<quint32>(d + at) : qFromBigEndian<quint32>(d + at);
    };
    const qint64 n = u32(8), orig = u32(12), trans = u32(16);
    if (n < 0 || orig < 0 || trans < 0 || n > 100000)
        return out;
    auto str = [&](qint64 table, qint64 i) -> QString {
        const qint64 len = u32(table + i * 8), off = u32(table + i * 8 + 4);
        if (len < 0 || off < 0 || off + len > mo.size())
            return {};
        return QString::fromUtf8(mo.constData() + off, qsizetype(len));
    };
    for (qint64 i = 0; i < n; ++i) {
        const QString o = str(orig, i);
        if (o.isEmpty() || o.contains(QChar(4)))
            continue;
        out.insert(o, str(trans, i).section(QChar(0), 0, 0));
    }
    return out;
}

// code -> English name, from an iso-codes JSON file ("3166-1": alpha_3; "639-3": alpha_2 and alpha_3).
const QHash<QString, QString>& englishNames(Store& s, const QString& standard)
{
    auto it = s.english.find(standard);
    if (it != s.english.end())
        return *it;
    QHash<QString, QString> names;
    const QJsonDocument doc =
        QJsonDocument::fromJson(readCapped(s.jsonDir + QStringLiteral("/iso_%1.json").arg(standard)));
    for (const QJsonValue& v : doc.object().value(standard).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        for (const char* key : {"alpha_2", "alpha_3"}) {
            const QString code = o.value(QLatin1String(key)).toString();
            if (!code.isEmpty() && !name.isEmpty())
                names.insert(code.toLower(), name);
        }
    }
    return *s.english.insert(standard, names);
}

// The gettext locale folder for a BCP 47 language ("zh" → "zh_CN", "pt-BR" → "pt_BR").
QStringList localeCandidates(const QString& language)
{
    QString l = language;
    l.replace(u'-', u'_');
    QStringList c{l};
    const QString base = l.section(u'_', 0, 0);
    if (base == QLatin1String("zh"))
        c << QStringLiteral("zh_CN");
    if (!c.contains(base))
        c << base;
    return c;
}

IsoName lookup(const QString& standard, const QString& code, const QString& language)
{
    Store& s = store();
    QMutexLocker lock(&s.mutex);
    const QString english = englishNames(s, standard).value(code.toLower());
    if (english.isEmpty())
        return {};
    const QString domain = QStringLiteral("iso_") + standard;
    if (language.section(u'-', 0, 0) == QLatin1String("en"))
        return {english, QStringLiteral("Debian iso-codes: %1/iso_%2.json").arg(s.jsonDir, standard)};
    for (const QString& loc : localeCandidates(language)) {
        const QString path = QStringLiteral("%1/%2/LC_MESSAGES/%3.mo").arg(s.localeDir, loc, domain);
        const QString key = domain + u'|' + loc;
        auto it = s.catalogues.find(key);
        if (it == s.catalogues.end())
            it = s.catalogues.insert(key, readMo(readCapped(path)));
        const QString t = it->value(english);
        if (!t.isEmpty())
            return {t.section(u';', 0, 0).trimmed(), QStringLiteral("Debian iso-codes: %1").arg(path)};
    }
    return {english, QStringLiteral("Debian iso-codes (no %1 translation): %2/iso_%3.json")
                         .arg(language, s.jsonDir, standard)};
}

} // namespace

IsoName isoCountryName(const QString& alpha3, const QString& language)
{
    return lookup(QStringLiteral("3166-1"), alpha3, language);
}

IsoName isoLanguageName(const QString& code, const QString& language)
{
    return lookup(QStringLiteral("639-3"), code.section(u'-', 0, 0), language);
}

void setIsoCodesRoot(const QString& jsonDir, const QString& localeDir)
{
    Store& s = store();
    QMutexLocker lock(&s.mutex);
    s.jsonDir = jsonDir.isEmpty() ? QStringLiteral("/usr/share/iso-codes/json") : jsonDir;
    s.localeDir = localeDir.isEmpty() ? QStringLiteral("/usr/share/locale") : localeDir;
    s.english.clear();
    s.catalogues.clear();
}

} // namespace mla::render
