// Data that must never change or disappear without the user knowing: the wheel over an
// unfocused combo box, a date typed the way people type dates, a failed or cancelled open,
// and the seconds of typing before a crash.
#include "AppSettings.h"
#include "DateField.h"
#include "DraftSession.h"
#include "FormText.h"
#include "GuiTestSupport.h"
#include "Labels.h"
#include "MainWindow.h"
#include "OffencesPage.h"
#include "PersonsPage.h"
#include "PreferencesDialog.h"
#include "ProceedingsPage.h"
#include "RecoveryDialog.h"
#include "StatePage.h"
#include "UserDialog.h"
#include "WheelGuard.h"
#include "Wizard.h"
#include "draft/DraftFile.h"
#include "draft/Recovery.h"
#include "ui_OffencesPage.h"
#include "ui_PersonsPage.h"
#include "ui_ProceedingsPage.h"
#include "ui_StatePage.h"
#include "ui_Wizard.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

namespace {

void wheel(QWidget* w, int steps)
{
    const QPointF pos(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent e(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, -120 * steps), Qt::NoButton, Qt::NoModifier,
                  Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}

} // namespace

TEST_CASE("the wheel over an unfocused combo or spin box leaves its value alone; focused, it changes it",
          "[gui][inputs][wheel]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.newBlank();
    window.wizard()->goTo(QStringLiteral("state"));
    auto* ui = window.wizard()->statePage()->ui();
    QComboBox* basis = ui->legalBasisCombo;
    QComboBox* language = ui->draftLanguageCombo;
    const int basisBefore = basis->currentIndex();
    const int languageBefore = language->currentIndex();
    const Request before = window.session()->request();

    window.wizard()->ui()->nextButton->setFocus();
    REQUIRE_FALSE(basis->hasFocus());
    CHECK(basis->focusPolicy() == Qt::StrongFocus); // the wheel does not focus it either
    wheel(basis, 2);
    wheel(language, 3);
    CHECK(basis->currentIndex() == basisBefore);
    CHECK(language->currentIndex() == languageBefore);
    CHECK(window.session()->request() == before);

    // Every guarded widget of every page takes the wheel only with focus.
    for (QWidget* w : window.findChildren<QWidget*>())
        if (gui::WheelGuard::guards(w))
            CHECK(w->focusPolicy() != Qt::WheelFocus);

    window.wizard()->goTo(QStringLiteral("offences"));
    auto* off = window.wizard()->offencesPage()->ui();
    QTest::mouseClick(off->addOffenceButton, Qt::LeftButton);
    QSpinBox* penalty = off->maxPenaltySpin;
    const int penaltyBefore = penalty->value();
    off->addOffenceButton->setFocus();
    wheel(penalty, 2);
    CHECK(penalty->value() == penaltyBefore);

    // With the keyboard focus, the wheel is the user's choice.
    window.wizard()->goTo(QStringLiteral("state"));
    basis->setFocus();
    REQUIRE(basis->hasFocus());
    wheel(basis, 1);
    CHECK(basis->currentIndex() != basisBefore);
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("dates are read as people type them and stored as ISO dates", "[gui][inputs][date]")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale ar(QLocale::Arabic, QLocale::Egypt);
    const QDate d(1979, 8, 12);
    bool ok = false;
    CHECK(gui::formtext::parseUserDate(QStringLiteral("12.08.1979"), en, &ok) == d);
    CHECK(ok);
    CHECK(gui::formtext::parseUserDate(QStringLiteral("12.08.1979"), de, &ok) == d);
    CHECK(gui::formtext::parseUserDate(QStringLiteral("1979-08-12"), fr, &ok) == d);
    CHECK(gui::formtext::parseUserDate(QStringLiteral("8/12/1979"), en, &ok) == d);
    CHECK(gui::formtext::parseUserDate(QStringLiteral("12/08/1979"), fr, &ok) == d);
    CHECK(gui::formtext::parseUserDate(QStringLiteral("12081979"), de, &ok) == d);
    CHECK(gui::formtext::parseUserDate(gui::formtext::displayDate(d, ar), ar, &ok) == d);
    CHECK(ok);
    CHECK(gui::formtext::parseUserDate(QStringLiteral("  "), de, &ok).isNull());
    CHECK(ok); // empty is not an error
    for (const char* bad : {"31.02.1979", "12.13.1979", "yesterday", "12.08.19790", "1979"}) {
        INFO(bad);
        CHECK_FALSE(gui::formtext::parseUserDate(QString::fromLatin1(bad), de, &ok).isValid());
        CHECK_FALSE(ok);
    }
}

TEST_CASE("a date of birth typed as 12.08.1979 is saved, reopened and shown; one that is not a date is "
          "reported and blocks saving",
          "[gui][inputs][date]")
{
    GuiEnv env;
    const QString file = env.path(QStringLiteral("dob.mlar"));
    {
        gui::MainWindow window(env.recoveryDir());
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        window.newBlank();
        window.wizard()->goTo(QStringLiteral("persons"));
        auto* ui = window.wizard()->personsPage()->ui();
        QTest::mouseClick(ui->addPersonButton, Qt::LeftButton);
        typeText(ui->familyNameEdit, QStringLiteral("Mustermann"));
        gui::DateField* dob = ui->dateOfBirthEdit;
        typeText(dob, QStringLiteral("12.08.1979"));
        CHECK_FALSE(dob->hasError());
        CHECK(window.session()->request().persons.value(0).dateOfBirth == QDate(1979, 8, 12));
        ui->placeOfBirthEdit->setFocus(); // leaving the field shows the date in the locale's format
        INFO(dob->text().toStdString());
        CHECK(dob->text() == gui::formtext::displayDate(QDate(1979, 8, 12), QLocale()));

        // Text that is not a date stays, is marked and reported, and saving refuses.
        retype(dob, QStringLiteral("12.08.79x"));
        CHECK(dob->hasError());
        CHECK(dob->lineEdit()->toolTip().contains(QStringLiteral("12.08.79x")));
        CHECK(window.session()->unreadable().value(QStringLiteral("persons[p1].dateOfBirth")) ==
              QStringLiteral("12.08.79x"));
        CHECK(window.wizard()->missingText().contains(QStringLiteral("12.08.79x")));
        CHECK_FALSE(window.saveAs(file).ok());
        CHECK_FALSE(QFile::exists(file));
        // It survives leaving the page and coming back.
        window.wizard()->goTo(QStringLiteral("facts"));
        window.wizard()->goTo(QStringLiteral("persons"));
        CHECK(ui->dateOfBirthEdit->text() == QStringLiteral("12.08.79x"));
        CHECK(ui->dateOfBirthEdit->hasError());

        // The calendar picks a day.
        ui->dateOfBirthEdit->lineEdit()->setFocus();
        QTest::keyClick(ui->dateOfBirthEdit->lineEdit(), Qt::Key_Down, Qt::AltModifier);
        QCalendarWidget* cal = ui->dateOfBirthEdit->calendar();
        REQUIRE(cal);
        REQUIRE(cal->isVisible());
        cal->setSelectedDate(QDate(1979, 8, 12));
        Q_EMIT cal->activated(QDate(1979, 8, 12));
        CHECK_FALSE(ui->dateOfBirthEdit->hasError());
        CHECK(window.session()->unreadable().isEmpty());
        REQUIRE(window.saveAs(file).ok());
    }
    const auto read = draft::DraftFile::read(file);
    REQUIRE(read.ok());
    CHECK(read.value().persons.value(0).dateOfBirth == QDate(1979, 8, 12));
    CHECK(
        QString::fromUtf8(draft::DraftFile::serialize(read.value())).contains(QStringLiteral("1979-08-12")));

    gui::MainWindow again(env.recoveryDir());
    again.show();
    REQUIRE(again.openDraft(file).ok());
    again.wizard()->goTo(QStringLiteral("persons"));
    CHECK(again.wizard()->personsPage()->ui()->dateOfBirthEdit->date() == QDate(1979, 8, 12));
}

TEST_CASE("a cancelled or failed open keeps the current draft open", "[gui][inputs][open]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    window.wizard()->goTo(QStringLiteral("proceedings"));
    typeText(window.wizard()->proceedingsPage()->ui()->caseReferenceEdit, QStringLiteral("KEEP-1"));

    window.setOpenPathForTests(QString()); // the file dialog is cancelled
    window.openInteractive(true);
    REQUIRE(window.session()->isOpen());
    CHECK(window.session()->request().proceedings.caseReference == QStringLiteral("KEEP-1"));
    CHECK(window.wizard()->isVisible());

    const QString bad = env.path(QStringLiteral("malformed.mlar"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("<request xmlns=\"urn:mlawriter:draft:1\"><unclosed>");
    }
    const Status s = window.openDraft(bad);
    CHECK_FALSE(s.ok());
    REQUIRE(window.session()->isOpen());
    CHECK(window.session()->request().proceedings.caseReference == QStringLiteral("KEEP-1"));
    CHECK(window.session()->isModified());

    // Cancel on the unsaved-changes question also keeps it.
    const QString good = env.path(QStringLiteral("good.mlar"));
    REQUIRE(draft::DraftFile::write(gui::DraftSession::newRequest(QStringLiteral("x"), QStringLiteral("en")),
                                    good)
                .ok());
    window.setUnsavedAnswerForTests(QMessageBox::Cancel);
    CHECK_FALSE(window.openDraft(good).ok());
    CHECK(window.session()->request().proceedings.caseReference == QStringLiteral("KEEP-1"));
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("a snapshot is written two seconds after the last edit, and the recovered-drafts dialog restores "
          "it on the page being edited",
          "[gui][inputs][recovery]")
{
    GuiEnv env;
    {
        gui::MainWindow window(env.recoveryDir());
        window.show();
        window.newBlank();
        window.session()->setAutosaveInterval(0); // no timer: only the debounce
        CHECK(window.session()->snapshotDelay() == 2000);
        window.wizard()->goTo(QStringLiteral("proceedings"));
        QSignalSpy spy(window.session(), &gui::DraftSession::autosaved);
        spy.clear();
        QLineEdit* ref = window.wizard()->proceedingsPage()->ui()->caseReferenceEdit;
        QElapsedTimer t;
        t.start();
        typeText(ref, QStringLiteral("DEB"));
        QTest::qWait(1000);
        typeText(ref, QStringLiteral("OUNCE-7"));
        CHECK(spy.isEmpty()); // a burst of typing is one snapshot, after it ends
        REQUIRE(spy.wait(5000));
        CHECK(t.elapsed() >= 2900);
        const auto pending = draft::Recovery(env.recoveryDir()).pending();
        REQUIRE(pending.size() == 1);
        CHECK(pending.first().page == QStringLiteral("proceedings"));
        const auto snap = draft::Recovery::load(pending.first().recoveryFile);
        REQUIRE(snap.ok());
        CHECK(snap.value().proceedings.caseReference == QStringLiteral("DEBOUNCE-7"));
        window.setUnsavedAnswerForTests(QMessageBox::Discard);
    }
}

TEST_CASE("the recovered-drafts dialog at start restores a snapshot on the page that was being edited",
          "[gui][inputs][recovery]")
{
    GuiEnv env;
    Request r = gui::DraftSession::newRequest(QStringLiteral("x"), QStringLiteral("en"));
    r.proceedings.caseReference = QStringLiteral("DEBOUNCE-7");
    REQUIRE(draft::Recovery(env.recoveryDir()).save(r, {}, QStringLiteral("proceedings")).ok());
    REQUIRE(draft::Recovery(env.recoveryDir()).pending().size() == 1);

    gui::MainWindow window(env.recoveryDir());
    window.show();
    bool shown = false;
    window.setRecoveryDialogHookForTests([&shown](gui::RecoveryDialog* d) {
        shown = true;
        QTimer::singleShot(0, d, [d] {
            REQUIRE(d->list()->count() == 1);
            CHECK(d->list()->item(0)->text().contains(QStringLiteral("DEBOUNCE-7")));
            QTest::mouseClick(d->restoreButton(), Qt::LeftButton);
        });
    });
    REQUIRE(window.offerRecovered());
    CHECK(shown);
    REQUIRE(window.session()->isOpen());
    CHECK(window.session()->request().proceedings.caseReference == QStringLiteral("DEBOUNCE-7"));
    CHECK(window.wizard()->currentPage()->pageId() == QStringLiteral("proceedings"));
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("discarding in the recovered-drafts dialog asks first and removes the snapshot",
          "[gui][inputs][recovery]")
{
    GuiEnv env;
    Request r = gui::DraftSession::newRequest(QStringLiteral("x"), QStringLiteral("en"));
    r.proceedings.caseReference = QStringLiteral("GONE-1");
    REQUIRE(draft::Recovery(env.recoveryDir()).save(r, {}, QStringLiteral("facts")).ok());
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.setRecoveryDialogHookForTests([](gui::RecoveryDialog* d) {
        QTimer::singleShot(0, d, [d] {
            d->setDiscardConfirmedForTests(false);
            QTest::mouseClick(d->discardButton(), Qt::LeftButton);
            CHECK(d->list()->count() == 1); // not confirmed: kept
            d->setDiscardConfirmedForTests(true);
            QTest::mouseClick(d->discardButton(), Qt::LeftButton);
        });
    });
    CHECK_FALSE(window.offerRecovered());
    CHECK(draft::Recovery(env.recoveryDir()).pending().isEmpty());
    CHECK_FALSE(window.session()->isOpen());
}

TEST_CASE("the first run asks for the user's name, function and office; the history says who by that name",
          "[gui][inputs][user]")
{
    GuiEnv env;
    REQUIRE_FALSE(gui::AppSettings::hasUserProfile());
    {
        gui::UserDialog who;
        who.show();
        CHECK_FALSE(who.okButton()->isEnabled()); // a name is needed
        typeText(who.nameEdit(), QStringLiteral("Anna Schmidt"));
        typeText(who.functionEdit(), QStringLiteral("Public prosecutor"));
        typeText(who.officeEdit(), QStringLiteral("Public Prosecutor's Office, Frankfurt am Main"));
        REQUIRE(who.okButton()->isEnabled());
        QTest::mouseClick(who.okButton(), Qt::LeftButton);
        CHECK(who.result() == QDialog::Accepted);
    }
    CHECK(gui::AppSettings::hasUserProfile());
    CHECK(gui::AppSettings::userName() == QStringLiteral("Anna Schmidt"));
    CHECK(gui::AppSettings::userFunction() == QStringLiteral("Public prosecutor"));
    CHECK(gui::AppSettings::userOffice() == QStringLiteral("Public Prosecutor's Office, Frankfurt am Main"));
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    CHECK(window.session()->request().history.first().who == QStringLiteral("Anna Schmidt"));
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("a page opens with the keyboard focus on its first field, and Ctrl+Y redoes",
          "[gui][inputs][keyboard]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.newBlank();
    for (const char* id : {"proceedings", "facts", "persons", "state"}) {
        window.wizard()->goTo(QString::fromLatin1(id));
        QWidget* focus = QApplication::focusWidget();
        INFO(id);
        REQUIRE(focus);
        CHECK(window.wizard()->currentPage()->isAncestorOf(focus));
        CHECK(focus != window.wizard()->ui()->nextButton);
    }
    window.wizard()->goTo(QStringLiteral("proceedings"));
    QLineEdit* ref = window.wizard()->proceedingsPage()->ui()->caseReferenceEdit;
    typeText(ref, QStringLiteral("REDO-1"));
    window.session()->undoStack()->undo();
    CHECK(window.session()->request().proceedings.caseReference.isEmpty());
    window.wizard()->ui()->nextButton->setFocus();
    QTest::keyClick(window.wizard()->ui()->nextButton, Qt::Key_Y, Qt::ControlModifier);
    CHECK(window.session()->request().proceedings.caseReference == QStringLiteral("REDO-1"));
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("article citations and file paths read left to right in Arabic", "[gui][inputs][rtl]")
{
    const QChar lre(0x202A), pdf(0x202C);
    const QString isolated = gui::Labels::isolateLtr(QStringLiteral("الشخص (18(15)(e))"));
    CHECK(isolated == QStringLiteral("الشخص (") + lre + QStringLiteral("18(15)(e)") + pdf + u')');
    CHECK(gui::Labels::isolateLtr(isolated) == isolated); // idempotent
    const QString path = gui::Labels::isolateLtr(QStringLiteral("حُفظ /home/user/drafts/request.mlar"));
    CHECK(path.contains(lre + QStringLiteral("/home/user/drafts/request.mlar") + pdf));
    CHECK(gui::Labels::isolateLtr(path) == path);
    CHECK(gui::Labels::isolateLtr(QStringLiteral("article 18(13) and 18(9)")).count(lre) == 2);

    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    window.wizard()->goTo(QStringLiteral("persons"));
    gui::PreferencesDialog::applyLanguage(QStringLiteral("ar"));
    QCoreApplication::processEvents();
    const QString title = window.wizard()->personsPage()->ui()->detailGroup->title();
    INFO(title.toStdString());
    CHECK(title.contains(lre + QStringLiteral("18(15)(e)") + pdf));
    {
        // A window made while the interface is already Arabic (as at start).
        gui::MainWindow arabic(env.recoveryDir());
        arabic.show();
        arabic.newBlank();
        arabic.wizard()->goTo(QStringLiteral("persons"));
        QCoreApplication::processEvents();
        const QString t = arabic.wizard()->personsPage()->ui()->detailGroup->title();
        INFO(t.toStdString());
        CHECK(t.contains(lre + QStringLiteral("18(15)(e)") + pdf));
        arabic.setUnsavedAnswerForTests(QMessageBox::Discard);
    }
    gui::PreferencesDialog::applyLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK_FALSE(window.wizard()->personsPage()->ui()->detailGroup->title().contains(lre));
    QLocale::setDefault(QLocale::c());
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}
