#include "Translations.h"

#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace mla::gui {
namespace {

struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language;
};

Installed& installed()
{
    static Installed i;
    return i;
}

QString qmPath(const QString& language)
{
    return QStringLiteral(":/i18n/mlawriter_%1.qm").arg(language);
}

// Qt names its Chinese catalogue by territory.
QString qtCatalogue(const QString& language)
{
    return language == QLatin1String("zh") ? QStringLiteral("qtbase_zh_CN")
                                           : QStringLiteral("qtbase_") + language;
}

QLocale localeFor(const QString& language)
{
    if (language == QLatin1String("zh"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    return QLocale(language);
}

void remove(std::unique_ptr<QTranslator>& t)
{
    if (t) {
        QCoreApplication::removeTranslator(t.get());
        t.reset();
    }
}

} // namespace

QStringList Translations::available()
{
    QStringList out;
    for (const QString& lang : unLanguages())
        if (QFile::exists(qmPath(lang)))
            out << lang;
    return out;
}

QString Translations::systemLanguage()
{
    const QLocale sys = QLocale::system();
    for (const QString& lang : sys.uiLanguages()) {
        const QString primary = lang.section(u'-', 0, 0).toLower();
        if (isUnLanguage(primary))
            return primary;
    }
    return QStringLiteral("en");
}

bool Translations::apply(const QString& language)
{
    const QString wanted = language.isEmpty() ? systemLanguage() : language;
    bool ok = isUnLanguage(wanted);
    QString lang = ok ? wanted : QStringLiteral("en");

    auto app = std::make_unique<QTranslator>();
    if (!app->load(qmPath(lang))) {
        ok = false;
        lang = QStringLiteral("en");
        if (!app->load(qmPath(lang)))
            app.reset();
    }
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(qtCatalogue(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();

    Installed& i = installed();
    remove(i.app);
    remove(i.qt);
    // Installed last is searched first: ours before Qt's.
    if (qt)
        QCoreApplication::installTranslator(qt.get());
    if (app)
        QCoreApplication::installTranslator(app.get());
    i.app = std::move(app);
    i.qt = std::move(qt);
    i.language = lang;

    QLocale::setDefault(localeFor(lang));
    QGuiApplication::setLayoutDirection(lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
    return ok;
}

QString Translations::current()
{
    return installed().language;
}

bool Translations::hasQtTranslation(const QString& language)
{
    QTranslator t;
    return isUnLanguage(language) &&
           t.load(qtCatalogue(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QString Translations::reviewStatus(const QString& language)
{
    // REVIEW.md holds a table "| ar | Arabic | <status> | ... |"; the third cell is the status.
    QFile f(QStringLiteral(":/i18n/REVIEW.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString& line : lines) {
        const QStringList cells = line.split(u'|');
        if (cells.size() > 4 && cells.at(1).trimmed() == language)
            return cells.at(3).trimmed();
    }
    return {};
}

QString Translations::reviewNotice()
{
    return QCoreApplication::translate(
        "Translations", "The interface translations are provided for convenience and await review "
                        "by a qualified translator.");
}

} // namespace mla::gui
