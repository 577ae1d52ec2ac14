// What the wizard says is missing before moving on.
#include "MissingInfo.h"
#include "AuthorityPage.h"
#include "DraftSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MeasuresPage.h"
#include "StatePage.h"
#include "Wizard.h"
#include "draft/DraftFile.h"
#include "ui_AuthorityPage.h"
#include "ui_Wizard.h"

#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

namespace {
// The article is wrapped in bidi isolates for right-to-left layouts.
QString withoutIsolates(QString s)
{
    return s.remove(QChar(0x202A)).remove(QChar(0x202C));
}

QStringList paths(const QList<gui::MissingItem>& items)
{
    QStringList out;
    for (const auto& i : items)
        out << i.path;
    return out;
}
} // namespace

TEST_CASE("the authority page lists exactly the missing 18(15)(a) fields, and they go as they are typed",
          "[gui][missing][18-15-a]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    gui::Wizard* wiz = window.wizard();
    wiz->goTo(QStringLiteral("authority"));
    CHECK(paths(wiz->missing()) ==
          QStringList{QStringLiteral("requestingState"), QStringLiteral("authority.name"),
                      QStringLiteral("authority.address"), QStringLiteral("authority.email"),
                      QStringLiteral("signatory.name"), QStringLiteral("signatory.function")});
    CHECK(withoutIsolates(wiz->missingText())
              .contains(QStringLiteral("Name of the requesting authority — article 18(15)(a)")));

    auto* ui = wiz->authorityPage()->ui();
    typeText(ui->nameEdit, QStringLiteral("Office of the Prosecutor"));
    typeText(ui->phoneEdit, QStringLiteral("+00 000"));
    CHECK_FALSE(paths(wiz->missing()).contains(QStringLiteral("authority.name")));
    CHECK_FALSE(paths(wiz->missing()).contains(QStringLiteral("authority.email"))); // a phone number will do
    CHECK_FALSE(
        withoutIsolates(wiz->missingText()).contains(QStringLiteral("Name of the requesting authority")));
    CHECK(withoutIsolates(wiz->missingText())
              .contains(QStringLiteral("Address of the requesting authority — article 18(15)(a)")));
}

TEST_CASE("Next with missing information says so first, then lets the drafter continue", "[gui][missing]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    gui::Wizard* wiz = window.wizard();
    REQUIRE(wiz->currentPage()->pageId() == QStringLiteral("state"));
    CHECK(paths(wiz->missing()) == QStringList{QStringLiteral("requestedState")});

    QTest::mouseClick(wiz->ui()->nextButton, Qt::LeftButton);
    CHECK(wiz->currentPage()->pageId() == QStringLiteral("state"));
    CHECK(withoutIsolates(wiz->missingText()).contains(QStringLiteral("Requested State — article 18(13)")));
    CHECK(withoutIsolates(wiz->missingText()).contains(QStringLiteral("Press Next again")));

    QTest::mouseClick(wiz->ui()->nextButton, Qt::LeftButton);
    CHECK(wiz->currentPage()->pageId() == QStringLiteral("authority"));

    // An incomplete draft can be saved.
    const QString out = env.path(QStringLiteral("incomplete.mlar"));
    REQUIRE(window.saveAs(out).ok());
    CHECK(draft::DraftFile::read(out).ok());
}

TEST_CASE("a measure's required details from MeasureSchema are listed with the measure's article",
          "[gui][missing][schema]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    gui::Wizard* wiz = window.wizard();
    wiz->goTo(QStringLiteral("measures"));
    CHECK(paths(wiz->missing()) == QStringList{QStringLiteral("measures")});
    wiz->measuresPage()->addMeasure(MeasureType::BankRecords);
    const QStringList p = paths(wiz->missing());
    CHECK(p.contains(QStringLiteral("measures[m1].description")));
    CHECK(p.contains(QStringLiteral("measures[m1].purpose")));
    CHECK(p.contains(QStringLiteral("measures[m1].details.institution")));
    CHECK(p.contains(QStringLiteral("measures[m1].details.accounts")));
    CHECK_FALSE(p.contains(QStringLiteral("measures[m1].details.certification"))); // optional
    CHECK(withoutIsolates(wiz->missingText())
              .contains(QStringLiteral("Financial institution — article 18(3)(f)")));

    // Summary of facts is not needed for service of documents only (18(15)(c)).
    wiz->measuresPage()->removeMeasure();
    wiz->measuresPage()->addMeasure(MeasureType::Service);
    CHECK_FALSE(
        paths(gui::MissingInfo::all(window.session()->request())).contains(QStringLiteral("summaryOfFacts")));
}

TEST_CASE("activating a finding jumps to its page and field", "[gui][checks]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    gui::Wizard* wiz = window.wizard();
    wiz->jumpTo(QStringLiteral("authority.address"));
    CHECK(wiz->currentPage()->pageId() == QStringLiteral("authority"));
    CHECK(window.focusWidget() == wiz->authorityPage()->ui()->addressEdit);
}
