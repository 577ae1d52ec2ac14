// The reviewer's round trip: comment per section, return, the drafter sees the comments;
// approval; countersigning a signed PDF.
#include "ChecksPage.h"
#include "DraftSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ReviewView.h"
#include "Wizard.h"
#include "draft/DraftFile.h"
#include "pdf/DemoIdentity.h"
#include "pdf/Identity.h"
#include "pdf/Signer.h"
#include "pdf/Verifier.h"
#include "render/Renderer.h"
#include "ui_ReviewView.h"
#include "ui_Wizard.h"
#include "workflow/Binding.h"

#include <QFile>
#include <QTest>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

TEST_CASE("a reviewer's comments and return reach the drafter through the saved draft", "[gui][review]")
{
    GuiEnv env;
    const QString path = env.path(QStringLiteral("review.mlar"));
    REQUIRE(QFile::copy(samples().first(), path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto original = draft::DraftFile::read(path);
    REQUIRE(original.ok());
    {
        gui::MainWindow reviewer(env.recoveryDir());
        reviewer.show();
        REQUIRE(reviewer.openDraft(path, true).ok());
        CHECK(reviewer.session()->isReadOnly());
        gui::ReviewView* view = reviewer.reviewView();
        auto* ui = view->ui();
        CHECK(ui->documentView->toPlainText().contains(original.value().proceedings.caseReference));
        view->setCurrentSection(QStringLiteral("measures"));
        typeText(ui->commentEdit, QStringLiteral("Give the period of the records for each account."));
        QTest::mouseClick(ui->addCommentButton, Qt::LeftButton);
        CHECK(ui->commentEdit->toPlainText().isEmpty());
        CHECK(ui->commentsView->toPlainText().contains(QStringLiteral("Give the period of the records")));
        view->setConfirmAnswerForTests(true); // "Return the request to the drafter?" Yes
        QTest::mouseClick(ui->returnButton, Qt::LeftButton);
        REQUIRE(reviewer.save().ok());
        // The content of the request is untouched by the review.
        CHECK(editableContent(reviewer.session()->request()) == editableContent(original.value()));
    }
    gui::MainWindow drafter(env.recoveryDir());
    drafter.show();
    REQUIRE(drafter.openDraft(path).ok());
    const Request& r = drafter.session()->request();
    REQUIRE(r.comments.size() == 1);
    CHECK(r.comments.first().section == QStringLiteral("measures"));
    CHECK(r.comments.first().text == QStringLiteral("Give the period of the records for each account."));
    CHECK(!r.comments.first().author.isEmpty());
    CHECK(r.comments.first().time.isValid());
    CHECK(r.status == RequestStatus::Returned);
    REQUIRE(!r.history.isEmpty());
    CHECK(r.history.last().action == QStringLiteral("returned"));
    // The drafter sees it on the page it is about.
    drafter.wizard()->goTo(QStringLiteral("measures"));
    CHECK(drafter.wizard()->ui()->reviewNotesLabel->isVisible());
    CHECK(drafter.wizard()->ui()->reviewNotesLabel->text().contains(
        QStringLiteral("Give the period of the records")));
    drafter.wizard()->goTo(QStringLiteral("facts"));
    CHECK_FALSE(drafter.wizard()->ui()->reviewNotesLabel->text().contains(QStringLiteral("Give the period")));
}

TEST_CASE("approval is recorded, and refused while blocking findings remain", "[gui][review]")
{
    GuiEnv env;
    const QString path = env.path(QStringLiteral("approve.mlar"));
    REQUIRE(QFile::copy(samples().first(), path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    gui::MainWindow reviewer(env.recoveryDir());
    reviewer.show();
    REQUIRE(reviewer.openDraft(path, true).ok());
    const auto findings = gui::ChecksPage::collect(reviewer.session()->request(), reviewer.knowledge());
    const bool blocking = std::any_of(findings.cbegin(), findings.cend(), [](const gui::FindingItem& f) {
        return f.severity == gui::FindingItem::Severity::Blocking;
    });
    const Status s = reviewer.reviewView()->approve();
    if (blocking) {
        CHECK_FALSE(s.ok());
        CHECK(reviewer.session()->request().status == RequestStatus::Draft);
    } else {
        REQUIRE(s.ok());
        CHECK(reviewer.session()->request().status == RequestStatus::Approved);
        CHECK(reviewer.session()->request().history.last().action == QStringLiteral("approved"));
    }
    // A request with the authority's name removed is always refused.
    Request broken = reviewer.session()->request();
    broken.authority.name.clear();
    broken.status = RequestStatus::SubmittedForReview;
    reviewer.session()->open(broken, path, false, true);
    CHECK_FALSE(reviewer.reviewView()->approve().ok());
    CHECK(reviewer.session()->request().status != RequestStatus::Approved);
    reviewer.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("the reviewer countersigns a signed PDF and both signatures verify", "[gui][review][sign]")
{
    GuiEnv env;
    const auto sample = draft::DraftFile::read(samples().first());
    REQUIRE(sample.ok());
    const QString pdfPath = env.path(QStringLiteral("request.pdf"));
    render::RenderContext ctx;
    ctx.language = sample.value().outputLanguage;
    REQUIRE(render::renderPdf(sample.value(), ctx, pdfPath).ok());
    const auto demo = pdf::createDemoIdentity("secret");
    REQUIRE(demo.ok());
    const auto id = pdf::loadIdentityFromBytes(demo.value().p12, "secret", QStringLiteral("demo.p12"));
    REQUIRE(id.ok());
    const QString signedPath = env.path(QStringLiteral("signed.pdf"));
    pdf::SignOptions bound; // made from this draft (see BindingTest)
    bound.reason = workflow::bindingText(workflow::contentHash(sample.value()));
    REQUIRE(pdf::sign(pdfPath, signedPath, id.value(), bound).ok());

    const QString path = env.path(QStringLiteral("countersign.mlar"));
    REQUIRE(QFile::copy(samples().first(), path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    gui::MainWindow reviewer(env.recoveryDir());
    reviewer.show();
    REQUIRE(reviewer.openDraft(path, true).ok());
    const QString out = env.path(QStringLiteral("countersigned.pdf"));
    REQUIRE(
        reviewer.reviewView()
            ->countersign(signedPath, out, id.value(), QStringLiteral("Approved"), QStringLiteral("Capital"))
            .ok());
    const auto report = pdf::verify(out, {demo.value().caPem});
    REQUIRE(report.ok());
    CHECK(report.value().signatures.size() == 2);
    CHECK(report.value().allValid());
    CHECK(reviewer.session()->request().history.last().action == QStringLiteral("countersigned"));
    reviewer.setUnsavedAnswerForTests(QMessageBox::Discard);
}
