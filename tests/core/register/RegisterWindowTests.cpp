// The register window driven through its widgets (offscreen): views with counts, search,
// the case window's timeline and adding events; a register that cannot be opened; the
// workflow's steps recorded on the draft's case from the main window; the start page's
// overdue cases.
#include "CaseRecorder.h"
#include "DraftSession.h"
#include "MainWindow.h"
#include "OpenPackageDialog.h"
#include "OutputPage.h"
#include "PreferencesDialog.h"
#include "RegisterWindow.h"
#include "ReviewView.h"
#include "SendPackageDialog.h"
#include "StartPage.h"
#include "TestSupport.h"
#include "Wizard.h"
#include "ui_OutputPage.h"
#include "ui_StartPage.h"

#include "draft/DraftFile.h"
#include "register/CaseFromDraft.h"
#include "register/Register.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace mla;

TEST_CASE("the register window lists, filters and counts cases, and adds events through the case window",
          "[register][gui]")
{
    QTemporaryDir tmp;
    const QString url = tmp.filePath(QStringLiteral("r.sqlite"));
    {
        auto r = reg::Register::open(url);
        REQUIRE(r);
        QList<reg::NewCase> cases;
        for (int i = 0; i < 3; ++i) {
            reg::NewCase nc;
            nc.data.ourRef = QStringLiteral("GUI-%1").arg(i);
            nc.data.requestingState = QStringLiteral("FRA");
            nc.data.requestedState = QStringLiteral("ESP");
            nc.data.measures = {QStringLiteral("evidence")};
            if (i == 0)
                nc.data.nextActionDate = QDate::currentDate().addDays(-3);
            reg::Event sent;
            sent.kind = QStringLiteral("sent");
            sent.date = QDate::currentDate().addDays(-10);
            nc.events << sent;
            cases << nc;
        }
        REQUIRE(r.value()->importCases(cases));
    }
    gui::RegisterWindow w(url);
    CHECK(w.message().isEmpty());
    CHECK(w.rowCount() == 3);
    CHECK(w.viewLabel(0).contains(QLatin1String("3")));
    CHECK(w.viewLabel(2).contains(QLatin1String("1")));
    w.setView(2);
    REQUIRE(w.rowCount() == 1);
    CHECK(w.refAt(0) == QLatin1String("GUI-0"));
    w.setView(0);
    w.setSearch(QStringLiteral("gui-2"));
    REQUIRE(w.rowCount() == 1);
    gui::CaseDialog* d = w.openCase(QStringLiteral("GUI-2"));
    REQUIRE(d);
    CHECK(d->timelineRows() == 1);
    CHECK(d->status() == QLatin1String("sent"));
    CHECK(
        d->addEvent(QStringLiteral("acknowledged"), QDate::currentDate(), QStringLiteral("by e-mail"), false)
            .isEmpty());
    CHECK(d->timelineRows() == 2);
    CHECK(d->status() == QLatin1String("acknowledged"));
    const QString refused =
        d->addEvent(QStringLiteral("acknowledged"), QDate::currentDate().addDays(5), QString(), false);
    CHECK(refused.contains(QLatin1String("future")));
    CHECK(d->timelineRows() == 2);
    delete d;
}

TEST_CASE("the register window shows why a register cannot be opened", "[register][gui]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("notes.txt"));
    REQUIRE(test::writeAll(path, "not a register"));
    gui::RegisterWindow w(path);
    CHECK(w.message().contains(QLatin1String("not a register")));
    CHECK(w.rowCount() == 0);
    CHECK(test::readAll(path) == "not a register");
}

TEST_CASE("the workflow's steps are recorded on the draft's case by themselves, from the window",
          "[register][gui][workflow]")
{
    QTemporaryDir tmp;
    const QString url = tmp.filePath(QStringLiteral("r.sqlite"));
    const QDir samples(test::sourcePath(QStringLiteral("templates/samples")));
    const QString sample =
        samples.filePath(samples.entryList({QStringLiteral("*.mlar")}, QDir::Files).first());
    const QString path = tmp.filePath(QStringLiteral("request.mlar"));
    REQUIRE(QFile::copy(sample, path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    gui::MainWindow drafter(tmp.filePath(QStringLiteral("recovery")));
    drafter.setRegisterUrl(url);
    drafter.caseRecorder()->setCreateAnswerForTests(true);
    drafter.show();
    REQUIRE(drafter.openDraft(path).ok());
    const QString requestId = drafter.session()->request().id;
    // File → Submit for review, as the user chooses it
    QAction* submit = nullptr;
    for (QAction* a : drafter.findChildren<QAction*>())
        if (a->text() == QLatin1String("Su&bmit for review"))
            submit = a;
    REQUIRE(submit);
    REQUIRE(submit->isEnabled());
    submit->trigger();
    CHECK(drafter.session()->request().status == RequestStatus::SubmittedForReview);
    CHECK_FALSE(submit->isEnabled());
    INFO(drafter.caseRecorder()->lastMessage().toStdString());
    {
        auto r = reg::Register::open(url);
        REQUIRE(r);
        auto c = r.value()->findByRequestId(requestId);
        REQUIRE(c); // registered on first use, after the (test's) confirmation
        CHECK(c.value().status == QLatin1String("in-review"));
        CHECK(c.value().direction == QLatin1String("outgoing"));
    }
    REQUIRE(drafter.save().ok());
    // undo and redo do not record the step twice
    drafter.session()->undoStack()->undo();
    drafter.session()->undoStack()->redo();

    // the reviewer returns it: "returned" joins the timeline by itself
    gui::MainWindow reviewer(tmp.filePath(QStringLiteral("recovery2")));
    reviewer.setRegisterUrl(url);
    reviewer.show();
    REQUIRE(reviewer.openDraft(path, true).ok());
    REQUIRE(reviewer.reviewView()->returnToDrafter().ok());
    INFO(reviewer.caseRecorder()->lastMessage().toStdString());
    CHECK(reviewer.caseRecorder()->lastMessage().contains(QLatin1String("returned")));

    gui::RegisterWindow w(url);
    REQUIRE(w.rowCount() == 1);
    gui::CaseDialog* d = w.openCase(w.refAt(0));
    REQUIRE(d);
    QStringList rows;
    for (int i = 0; i < d->timelineRows(); ++i)
        rows << d->timelineText(i);
    INFO(rows.join(u'\n').toStdString());
    CHECK(rows.filter(QStringLiteral("| submitted |")).size() == 1);
    CHECK(rows.filter(QStringLiteral("| returned |")).size() == 1);
    CHECK(d->status() == QLatin1String("returned"));
    delete d;

    SECTION("a draft whose registration is declined is not asked about again, and nothing is recorded")
    {
        QTemporaryDir other;
        const QString otherUrl = other.filePath(QStringLiteral("r.sqlite"));
        const QString copy = other.filePath(QStringLiteral("copy.mlar"));
        REQUIRE(QFile::copy(sample, copy));
        QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        gui::MainWindow m(other.filePath(QStringLiteral("recovery")));
        m.setRegisterUrl(otherUrl);
        m.caseRecorder()->setCreateAnswerForTests(false);
        REQUIRE(m.openDraft(copy).ok());
        REQUIRE(m.submitForReview().ok());
        CHECK_FALSE(QFileInfo::exists(otherUrl)); // declined: no register is even created
        auto r = reg::Register::open(otherUrl);
        REQUIRE(r);
        CHECK(r.value()->listCases({}).value().matching == 0);
    }
}

TEST_CASE("the start page lists overdue cases and opens the register at one", "[register][gui][start]")
{
    QTemporaryDir tmp;
    const QString url = tmp.filePath(QStringLiteral("r.sqlite"));
    {
        auto r = reg::Register::open(url);
        REQUIRE(r);
        for (int i = 0; i < 3; ++i) {
            reg::NewCase nc;
            nc.data.ourRef = QStringLiteral("LATE-%1").arg(i);
            nc.data.requestingState = QStringLiteral("FRA");
            nc.data.requestedState = QStringLiteral("ESP");
            if (i < 2)
                nc.data.nextActionDate = QDate::currentDate().addDays(i == 0 ? -5 : 5);
            nc.data.nextAction = QStringLiteral("chase the bank records");
            REQUIRE(r.value()->addCase(nc));
        }
    }
    gui::MainWindow window(tmp.filePath(QStringLiteral("recovery")));
    window.setRegisterUrl(url);
    window.show();
    Ui::StartPage* ui = window.startPage()->ui();
    CHECK(ui->overdueGroup->isVisible());
    REQUIRE(ui->overdueList->count() == 1);
    CHECK(ui->overdueList->item(0)->text().contains(QLatin1String("LATE-0")));
    CHECK(ui->overdueList->item(0)->text().contains(QLatin1String("5 day(s) overdue")));
    CHECK(ui->overdueList->item(0)->text().contains(QLatin1String("chase the bank records")));
    QTest::mouseClick(ui->openOverdueButton, Qt::LeftButton);
    const QList<gui::CaseDialog*> open = window.findChildren<gui::CaseDialog*>();
    REQUIRE(open.size() == 1);
    CHECK(open.first()->windowTitle().contains(QLatin1String("LATE-0")));
    CHECK(ui->openPackageButton->isEnabled());

    SECTION("without a register, the start page creates none and shows no overdue group")
    {
        QTemporaryDir none;
        const QString missing = none.filePath(QStringLiteral("never.sqlite"));
        window.setRegisterUrl(missing);
        CHECK_FALSE(ui->overdueGroup->isVisible());
        CHECK_FALSE(QFileInfo::exists(missing));
    }
}

TEST_CASE("Send… opens from the output page and from a case, filled in", "[register][gui][send]")
{
    QTemporaryDir tmp;
    const QString url = tmp.filePath(QStringLiteral("r.sqlite"));
    const QDir samples(test::sourcePath(QStringLiteral("templates/samples")));
    const QString path = tmp.filePath(QStringLiteral("request.mlar"));
    REQUIRE(QFile::copy(samples.filePath(samples.entryList({QStringLiteral("*.mlar")}, QDir::Files).first()),
                        path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // the dialog is modal: what it was given is read, then it is closed
    QString seenDraft, seenCase;
    auto inspectNextDialog = [&] {
        QTimer::singleShot(0, [&] {
            auto* d = qobject_cast<gui::SendPackageDialog*>(QApplication::activeModalWidget());
            REQUIRE(d);
            seenDraft = d->draftPath();
            seenCase = d->caseRef();
            d->reject();
        });
    };
    gui::MainWindow window(tmp.filePath(QStringLiteral("recovery")));
    window.setRegisterUrl(url);
    window.show();
    REQUIRE(window.openDraft(path).ok());
    window.wizard()->goTo(QStringLiteral("output"));
    QPushButton* send = window.wizard()->outputPage()->ui()->sendButton;
    REQUIRE(send->isVisible());
    inspectNextDialog();
    send->click();
    CHECK(seenDraft == path);

    // from the case window of the request's case
    auto request = draft::DraftFile::read(path);
    REQUIRE(request);
    reg::DraftOrigin origin;
    origin.path = path;
    origin.bytes = test::readAll(path);
    const reg::NewCase nc = reg::caseFromDraft(request.value(), origin);
    {
        auto r = reg::Register::open(url);
        REQUIRE(r);
        REQUIRE(r.value()->addCase(nc));
    }
    gui::RegisterWindow w(url);
    gui::CaseDialog* d = w.openCase(nc.data.ourRef);
    REQUIRE(d);
    REQUIRE(d->sendButton()->isEnabled());
    seenDraft.clear();
    inspectNextDialog();
    d->sendButton()->click();
    CHECK(seenCase == nc.data.ourRef);
    CHECK(seenDraft == QFileInfo(path).absoluteFilePath());
    delete d;
}

// Not run by default: `register_gui_tests "[.shots]"` with MLAWRITER_SHOTS=DIR writes the start
// page with overdue cases, a case window's timeline and the Send… dialog, in English and Arabic.
TEST_CASE("screenshots of the register's places in the window", "[.shots]")
{
    const QString shots = qEnvironmentVariable("MLAWRITER_SHOTS");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QTemporaryDir tmp;
    const QString url = tmp.filePath(QStringLiteral("r.sqlite"));
    {
        auto r = reg::Register::open(url);
        REQUIRE(r);
        reg::NewCase nc;
        nc.data.ourRef = QStringLiteral("DP 123/2026-EJEMPLO");
        nc.data.requestingState = QStringLiteral("ESP");
        nc.data.requestedState = QStringLiteral("BRA");
        nc.data.nextActionDate = QDate::currentDate().addDays(-12);
        nc.data.nextAction = QStringLiteral("chaser 18(24)");
        for (const auto& [kind, days] : {std::pair{QStringLiteral("drafted"), -40},
                                         {QStringLiteral("submitted"), -35},
                                         {QStringLiteral("approved"), -33},
                                         {QStringLiteral("signed"), -32}}) {
            reg::Event e;
            e.kind = kind;
            e.date = QDate::currentDate().addDays(days);
            e.note = QStringLiteral("%1 by j.doe").arg(kind);
            nc.events << e;
        }
        auto c = r.value()->addCase(nc);
        REQUIRE(c);
        reg::Event sent;
        sent.kind = QStringLiteral("sent");
        sent.date = QDate::currentDate().addDays(-30);
        sent.channel = QStringLiteral("central-authority");
        sent.note = QStringLiteral("package 8e0380ba-a5d3-40a0-8806-ec482a8d4e55");
        reg::Document pkg{0,
                          QStringLiteral("/home/j.doe/out/DP-123-2026.mlap"),
                          QStringLiteral("3f7a9c0e5b1d24e8a6c3f0b9d7e2a1c45b8f6e3d2c1b0a99887766554433221"),
                          QStringLiteral("package"),
                          {}};
        REQUIRE(r.value()->addEvent(nc.data.ourRef, sent, c.value().version, QDate::currentDate(), &pkg));
    }
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        gui::PreferencesDialog::applyLanguage(lang);
        gui::MainWindow window(tmp.filePath(QStringLiteral("recovery")));
        window.setRegisterUrl(url);
        window.resize(1100, 700);
        window.show();
        CHECK(window.grab().save(QDir(shots).filePath(lang + QStringLiteral("-start-overdue.png"))));
        gui::RegisterWindow w(url);
        gui::CaseDialog* d = w.openCase(QStringLiteral("DP 123/2026-EJEMPLO"));
        REQUIRE(d);
        d->resize(900, 420);
        d->show();
        CHECK(d->grab().save(QDir(shots).filePath(lang + QStringLiteral("-case-timeline.png"))));
        delete d;
        gui::SendPackageDialog send;
        send.show();
        CHECK(send.grab().save(QDir(shots).filePath(lang + QStringLiteral("-send.png"))));
        gui::OpenPackageDialog open(gui::OpenPackageDialog::Mode::Open);
        open.show();
        CHECK(open.grab().save(QDir(shots).filePath(lang + QStringLiteral("-open-package.png"))));
    }
    gui::PreferencesDialog::applyLanguage(QStringLiteral("en"));
}
