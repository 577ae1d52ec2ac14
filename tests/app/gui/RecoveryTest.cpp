// Nothing is lost: autosave on page change and on a timer, recovery after a crash.
#include "draft/Recovery.h"
#include "DraftSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProceedingsPage.h"
#include "StartPage.h"
#include "Wizard.h"
#include "ui_ProceedingsPage.h"
#include "ui_StartPage.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

TEST_CASE("a draft killed after edits leaves a recovery file that the next start offers and restores",
          "[gui][recovery][crash]")
{
    GuiEnv env;
    const QString subject = QStringLiteral("Investment fraud through a fictitious trading platform");
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(GUI_CRASH_CHILD),
                {env.recoveryDir(), env.path(QStringLiteral("child-config")), subject});
    REQUIRE(child.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("ready") && child.waitForReadyRead(60000))
        out += child.readAllStandardOutput();
    REQUIRE(out.contains("ready"));
    child.kill(); // SIGKILL: no clean shutdown, no chance to save
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    gui::MainWindow window(env.recoveryDir());
    window.show();
    gui::StartPage* start = window.startPage();
    REQUIRE(start->recovered().size() == 1);
    REQUIRE(start->ui()->recoveredList->count() == 1);
    CHECK(start->ui()->recoveredGroup->isVisible());

    start->ui()->recoveredList->setCurrentRow(0);
    QTest::mouseClick(start->ui()->restoreButton, Qt::LeftButton);
    REQUIRE(window.session()->isOpen());
    CHECK(window.session()->request().proceedings.subject.text == subject);
    CHECK(window.session()->isModified()); // restored, not yet saved anywhere
    window.wizard()->goTo(QStringLiteral("proceedings"));
    CHECK(window.wizard()->proceedingsPage()->ui()->subjectEdit->toPlainText() == subject);

    // Saving makes the snapshot go away.
    REQUIRE(window.saveAs(env.path(QStringLiteral("restored.mlar"))).ok());
    CHECK(draft::Recovery(env.recoveryDir()).pending().isEmpty());
}

TEST_CASE("the autosave timer writes a snapshot without a page change", "[gui][recovery]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    window.session()->setAutosaveInterval(50);
    window.wizard()->goTo(QStringLiteral("proceedings"));
    QSignalSpy spy(window.session(), &gui::DraftSession::autosaved);
    typeText(window.wizard()->proceedingsPage()->ui()->caseReferenceEdit, QStringLiteral("TIMER-1"));
    REQUIRE(spy.wait(5000));
    const auto pending = draft::Recovery(env.recoveryDir()).pending();
    REQUIRE(pending.size() == 1);
    const auto snap = draft::Recovery::load(pending.first().recoveryFile);
    REQUIRE(snap.ok());
    CHECK(snap.value().proceedings.caseReference == QStringLiteral("TIMER-1"));
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}
