// The whole window in each of the six languages: no visible text left in English where a
// translation exists, Arabic laid out right to left, the language switched while a request is
// open without losing it, and a screenshot of the start page and one wizard page per language.
#include "TsFile.h"

#include "gui/common/DraftSession.h"
#include "gui/common/MainWindow.h"
#include "gui/common/Translations.h"
#include "gui/wizard/Wizard.h"
#include "gui/wizard/WizardPage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <set>
#include <utility>

using namespace mla;
using mla::gui::Translations;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return s.toStdString(); }
};
} // namespace Catch

namespace {

const QStringList languages{QStringLiteral("ar"), QStringLiteral("zh"), QStringLiteral("en"),
                            QStringLiteral("fr"), QStringLiteral("ru"), QStringLiteral("es")};

// source -> translation, for entries whose translation differs from the English source.
QHash<QString, QString> translatedSources(const QString& lang)
{
    QHash<QString, QString> out;
    const auto ts =
        test::TsFile::read(QStringLiteral(MLAWRITER_TRANSLATIONS_DIR "/mlawriter_%1.ts").arg(lang));
    for (const auto& m : ts.messages)
        if (!m.numerus && !m.translations.isEmpty() && m.translations.first() != m.source)
            out.insert(m.source, m.translations.first());
    return out;
}

QStringList visibleTexts(QWidget* root)
{
    QStringList out{root->windowTitle()};
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root))
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            out << l->text();
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            out << b->text();
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            out << g->title();
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            out << e->placeholderText();
        if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i);
    }
    if (auto* mw = qobject_cast<QMainWindow*>(root))
        for (QAction* a : mw->menuBar()->actions())
            out << a->text();
    out.removeAll(QString());
    return out;
}

// Visible texts that are still the English source of a string translated into `lang`.
QStringList untranslated(QWidget* root, const QHash<QString, QString>& translated)
{
    QStringList out;
    for (const QString& t : visibleTexts(root))
        if (translated.contains(t))
            out << t;
    return out;
}

// Installed before the real translators, it is asked last: it sees exactly the lookups that no
// catalogue answered, and records them.
class MissSpy : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override
    {
        const QString c = QString::fromUtf8(context);
        // Qt's own classes ask for strings the qtbase catalogues may not carry; not ours.
        if (!(c.size() > 1 && c.at(0) == u'Q' && c.at(1).isUpper()))
            misses.insert({c, QString::fromUtf8(source)});
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable std::set<std::pair<QString, QString>> misses;
};

// Every English source of the .ts files, with the contexts it is filed under.
QHash<QString, QStringList> sourceContexts()
{
    QHash<QString, QStringList> out;
    const auto ts = test::TsFile::read(QStringLiteral(MLAWRITER_TRANSLATIONS_DIR "/mlawriter_en.ts"));
    for (const auto& m : ts.messages)
        out[m.source] << m.context;
    return out;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

TEST_CASE("the window runs in each of the six languages with screenshots", "[translations][gui]")
{
    const QString shots = QStringLiteral(MLAWRITER_SCREENSHOT_DIR);
    QDir().mkpath(shots);
    const QString sample = gui::MainWindow::samplePaths().value(0);
    REQUIRE_FALSE(sample.isEmpty());
    for (const QString& lang : languages) {
        INFO(lang.toStdString());
        REQUIRE(Translations::apply(lang));
        QTemporaryDir recovery;
        gui::MainWindow w(recovery.path());
        w.resize(1280, 860);
        w.show();
        settle();
        CHECK(w.layoutDirection() == (lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight));
        const auto translated =
            lang == QLatin1String("en") ? QHash<QString, QString>() : translatedSources(lang);
        CHECK(untranslated(&w, translated) == QStringList());
        CHECK(w.grab().save(QDir(shots).filePath(lang + QStringLiteral("-start.png"))));

        REQUIRE(w.newFromSample(sample).ok());
        for (int i = 0; i < w.wizard()->pages().size(); ++i) {
            w.wizard()->goTo(i);
            settle();
            INFO("page " << w.wizard()->currentPage()->pageId().toStdString());
            CHECK(untranslated(&w, translated) == QStringList());
            if (i == 1)
                CHECK(w.grab().save(QDir(shots).filePath(lang + QStringLiteral("-wizard.png"))));
        }
        w.setUnsavedAnswerForTests(QMessageBox::Discard);
    }
    Translations::apply(QStringLiteral("en"));
}

TEST_CASE("every string the window asks for at run time is found under the context lupdate filed it in",
          "[translations][gui]")
{
    MissSpy spy;
    QCoreApplication::installTranslator(&spy);
    REQUIRE(Translations::apply(QStringLiteral("fr"))); // installed after the spy: asked first
    {
        QTemporaryDir recovery;
        gui::MainWindow w(recovery.path());
        w.resize(1280, 860);
        w.show();
        REQUIRE(w.newFromSample(gui::MainWindow::samplePaths().value(0)).ok());
        for (int i = 0; i < w.wizard()->pages().size(); ++i) {
            w.wizard()->goTo(i);
            settle();
        }
        w.setUnsavedAnswerForTests(QMessageBox::Discard);
    }
    QCoreApplication::removeTranslator(&spy);
    Translations::apply(QStringLiteral("en"));

    const auto known = sourceContexts();
    QStringList wrongContext;
    QStringList notExtracted;
    for (const auto& [context, source] : spy.misses) {
        if (known.contains(source))
            wrongContext << QStringLiteral("'%1' asked in context '%2', filed by lupdate under '%3'")
                                .arg(source, context, known.value(source).join(QStringLiteral("', '")));
        else
            notExtracted << QStringLiteral("'%1' (context '%2')").arg(source, context);
    }
    for (const auto& n : notExtracted)
        WARN("translated at run time but not in the .ts files (dynamic text passed to tr()?): "
             << n.toStdString());
    CHECK(wrongContext == QStringList());
}

TEST_CASE("switching the language keeps the open request and retranslates everything", "[translations][gui]")
{
    REQUIRE(Translations::apply(QStringLiteral("fr")));
    QTemporaryDir recovery;
    gui::MainWindow w(recovery.path());
    w.resize(1280, 860);
    w.show();
    REQUIRE(w.newFromSample(gui::MainWindow::samplePaths().value(0)).ok());
    w.wizard()->goTo(2);
    settle();
    const Request before = w.session()->request();
    const QString page = w.wizard()->currentPage()->pageId();

    for (const QString& lang : {QStringLiteral("ar"), QStringLiteral("ru"), QStringLiteral("zh")}) {
        INFO(lang.toStdString());
        REQUIRE(Translations::apply(lang));
        settle();
        CHECK(w.session()->request() == before);
        CHECK(w.wizard()->currentPage()->pageId() == page);
        CHECK(w.layoutDirection() == (lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight));
        // Nothing left in English, and nothing left in French.
        CHECK(untranslated(&w, translatedSources(lang)) == QStringList());
        const auto french = translatedSources(QStringLiteral("fr"));
        const auto now = translatedSources(lang);
        QStringList leftover;
        for (const QString& t : visibleTexts(&w))
            for (auto it = french.cbegin(); it != french.cend(); ++it)
                if (it.value() == t && now.value(it.key()) != t)
                    leftover << t;
        CHECK(leftover == QStringList());
    }
    w.setUnsavedAnswerForTests(QMessageBox::Discard);
    Translations::apply(QStringLiteral("en"));
}
