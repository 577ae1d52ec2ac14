// What is signed and approved is bound to the version of the draft: the hash in the signature
// and the history, countersigning refused for a PDF that does not verify or was made from
// another version, editing a signed request sends it back to draft, and Approve and Return ask
// first and have mnemonics of their own.
#include "workflow/Binding.h"
#include "DraftSession.h"
#include "FactsPage.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OutputPage.h"
#include "ReviewView.h"
#include "Wizard.h"
#include "draft/DraftFile.h"
#include "pdf/DemoIdentity.h"
#include "pdf/Identity.h"
#include "pdf/Signer.h"
#include "pdf/Verifier.h"
#include "render/Renderer.h"
#include "ui_FactsPage.h"
#include "ui_ReviewView.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTest>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

namespace {

struct Signed
{
    QString draft; // the draft as the drafter saved it after signing
    QString pdf;   // the signed PDF
};

Signed signAsDrafter(GuiEnv& env, const pdf::Identity& id)
{
    Signed out{env.path(QStringLiteral("signed.mlar")), env.path(QStringLiteral("signed.pdf"))};
    gui::MainWindow drafter(env.recoveryDir());
    drafter.show();
    REQUIRE(drafter.newFromSample(samples().first()).ok());
    drafter.wizard()->goTo(QStringLiteral("output"));
    REQUIRE(drafter.wizard()
                ->outputPage()
                ->signWith(id, QStringLiteral("Request"), QStringLiteral("Capital"))
                .ok());
    REQUIRE(drafter.wizard()->outputPage()->savePdf(out.pdf).ok());
    REQUIRE(drafter.saveAs(out.draft).ok());
    return out;
}

} // namespace

TEST_CASE("signing records the draft's hash in the signature and the history; the countersignature checks it",
          "[gui][review][sign][binding]")
{
    GuiEnv env;
    const auto demo = pdf::createDemoIdentity("secret");
    REQUIRE(demo.ok());
    const auto id = pdf::loadIdentityFromBytes(demo.value().p12, "secret", QStringLiteral("demo.p12"));
    REQUIRE(id.ok());
    const Signed s = signAsDrafter(env, id.value());

    const auto draft = draft::DraftFile::read(s.draft);
    REQUIRE(draft.ok());
    const QString hash = workflow::contentHash(draft.value());
    CHECK(draft.value().status == RequestStatus::Signed);
    CHECK(draft.value().history.last().detail.contains(hash));
    const auto report = pdf::verify(s.pdf, {demo.value().caPem});
    REQUIRE(report.ok());
    REQUIRE(report.value().signatures.size() == 1);
    CHECK(workflow::boundHash(report.value().signatures.first().reason) == hash);

    gui::MainWindow reviewer(env.recoveryDir());
    reviewer.show();
    REQUIRE(reviewer.openDraft(s.draft, true).ok());
    reviewer.reviewView()->setTrustAnchors({demo.value().caPem});
    const QString out = env.path(QStringLiteral("countersigned.pdf"));
    REQUIRE(reviewer.reviewView()
                ->countersign(s.pdf, out, id.value(), QStringLiteral("Approved"), QStringLiteral("Capital"))
                .ok());
    const auto both = pdf::verify(out, {demo.value().caPem});
    REQUIRE(both.ok());
    CHECK(both.value().signatures.size() == 2);
    CHECK(both.value().allValid());
    CHECK(reviewer.session()->request().history.last().action == QStringLiteral("countersigned"));
    CHECK(reviewer.session()->request().history.last().detail.contains(hash));
    reviewer.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("a signed request edited afterwards goes back to draft, and the old PDF cannot be countersigned",
          "[gui][review][sign][binding]")
{
    GuiEnv env;
    const auto demo = pdf::createDemoIdentity("secret");
    REQUIRE(demo.ok());
    const auto id = pdf::loadIdentityFromBytes(demo.value().p12, "secret", QStringLiteral("demo.p12"));
    REQUIRE(id.ok());
    const Signed s = signAsDrafter(env, id.value());
    {
        gui::MainWindow drafter(env.recoveryDir());
        drafter.show();
        REQUIRE(drafter.openDraft(s.draft).ok());
        drafter.wizard()->goTo(QStringLiteral("facts"));
        QPlainTextEdit* facts = drafter.wizard()->factsPage()->ui()->factsEdit;
        const QString before = facts->toPlainText();

        int asked = 0;
        drafter.session()->setReopenQuestion([&asked](RequestStatus st) {
            ++asked;
            CHECK(st == RequestStatus::Signed);
            return false; // keep it signed
        });
        typeText(facts, QStringLiteral(" X"));
        CHECK(asked >= 1);
        CHECK(drafter.session()->request().status == RequestStatus::Signed);
        CHECK(drafter.session()->request().summaryOfFacts.text == before);
        CHECK(facts->toPlainText() == before); // the widget shows what is signed again

        asked = 0;
        drafter.session()->setReopenQuestion([&asked](RequestStatus) {
            ++asked;
            return true;
        });
        typeText(facts, QStringLiteral(" The account was closed in May."));
        CHECK(asked == 1); // asked once: afterwards it is a draft
        CHECK(drafter.session()->request().status == RequestStatus::Draft);
        CHECK(drafter.session()->request().history.last().action == QStringLiteral("reopened"));
        REQUIRE(drafter.save().ok());
    }

    gui::MainWindow reviewer(env.recoveryDir());
    reviewer.show();
    REQUIRE(reviewer.openDraft(s.draft, true).ok());
    reviewer.reviewView()->setTrustAnchors({demo.value().caPem});
    const QString out = env.path(QStringLiteral("countersigned.pdf"));
    const Status refused =
        reviewer.reviewView()->countersign(s.pdf, out, id.value(), QStringLiteral("Approved"), QString());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("countersign.other-version"));
    CHECK(refused.error().detail.contains(QStringLiteral("another version")));
    CHECK_FALSE(QFile::exists(out));
    CHECK(reviewer.session()->request().history.last().action != QStringLiteral("countersigned"));
    reviewer.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("countersigning refuses a PDF that is damaged or does not name its draft",
          "[gui][review][sign][binding]")
{
    GuiEnv env;
    const auto demo = pdf::createDemoIdentity("secret");
    REQUIRE(demo.ok());
    const auto id = pdf::loadIdentityFromBytes(demo.value().p12, "secret", QStringLiteral("demo.p12"));
    REQUIRE(id.ok());
    const Signed s = signAsDrafter(env, id.value());
    gui::MainWindow reviewer(env.recoveryDir());
    reviewer.show();
    REQUIRE(reviewer.openDraft(s.draft, true).ok());
    const QString out = env.path(QStringLiteral("out.pdf"));

    // One byte of the signed content changed.
    QFile f(s.pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const qsizetype at = bytes.indexOf("/Type /Page");
    REQUIRE(at > 0);
    bytes[at + 7] = 'X';
    const QString damaged = env.path(QStringLiteral("damaged.pdf"));
    QFile d(damaged);
    REQUIRE(d.open(QIODevice::WriteOnly));
    d.write(bytes);
    d.close();
    Status st = reviewer.reviewView()->countersign(damaged, out, id.value(), QString(), QString());
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == QStringLiteral("countersign.damaged"));
    CHECK_FALSE(QFile::exists(out));

    // Signed, but without the draft's hash (by another program).
    const QString rendered = env.path(QStringLiteral("rendered.pdf"));
    render::RenderContext ctx;
    ctx.language = reviewer.session()->request().outputLanguage;
    REQUIRE(render::renderPdf(reviewer.session()->request(), ctx, rendered).ok());
    const QString plain = env.path(QStringLiteral("plain.pdf"));
    REQUIRE(pdf::sign(rendered, plain, id.value(), {}).ok());
    st = reviewer.reviewView()->countersign(plain, out, id.value(), QString(), QString());
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == QStringLiteral("countersign.unbound"));
    CHECK_FALSE(QFile::exists(out));

    // Not signed at all.
    st = reviewer.reviewView()->countersign(rendered, out, id.value(), QString(), QString());
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == QStringLiteral("countersign.unsigned"));
    reviewer.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("Approve and Return ask first, and the review buttons have mnemonics of their own",
          "[gui][review][binding]")
{
    GuiEnv env;
    const QString path = env.path(QStringLiteral("review.mlar"));
    REQUIRE(QFile::copy(samples().first(), path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    gui::MainWindow reviewer(env.recoveryDir());
    reviewer.show();
    REQUIRE(reviewer.openDraft(path, true).ok());
    auto* ui = reviewer.reviewView()->ui();
    const RequestStatus before = reviewer.session()->request().status;

    reviewer.reviewView()->setConfirmAnswerForTests(false);
    QTest::mouseClick(ui->approveButton, Qt::LeftButton);
    QTest::mouseClick(ui->returnButton, Qt::LeftButton);
    CHECK(reviewer.session()->request().status == before);

    reviewer.reviewView()->setConfirmAnswerForTests(true);
    QTest::mouseClick(ui->returnButton, Qt::LeftButton);
    CHECK(reviewer.session()->request().status == RequestStatus::Returned);
    QTest::mouseClick(ui->approveButton, Qt::LeftButton);
    CHECK(reviewer.session()->request().status == RequestStatus::Approved);

    // No two buttons or labels of the review window share a mnemonic, and Alt+A (typed while
    // writing a comment) is not Approve.
    QMap<QChar, QString> seen;
    auto mnemonic = [](const QString& text) -> QChar {
        static const QRegularExpression re(QStringLiteral("&([^&])"));
        const auto m = re.match(text);
        return m.hasMatch() ? m.captured(1).at(0).toLower() : QChar();
    };
    QStringList texts;
    for (auto* b : reviewer.reviewView()->findChildren<QAbstractButton*>())
        texts << b->text();
    for (auto* l : reviewer.reviewView()->findChildren<QLabel*>())
        if (l->buddy())
            texts << l->text();
    for (const QString& t : std::as_const(texts)) {
        const QChar c = mnemonic(t);
        if (c.isNull())
            continue;
        INFO(t.toStdString() << " and " << seen.value(c).toStdString());
        CHECK_FALSE(seen.contains(c));
        seen.insert(c, t);
    }
    CHECK(mnemonic(ui->approveButton->text()) != u'a');
    CHECK(mnemonic(ui->approveButton->text()) != mnemonic(ui->addCommentButton->text()));
    reviewer.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("the summary before signing names the language, warnings, placeholders and a signatory who is not "
          "the certificate's holder",
          "[gui][output][sign][binding]")
{
    GuiEnv env;
    const auto demo = pdf::createDemoIdentity("secret");
    REQUIRE(demo.ok());
    const auto id = pdf::loadIdentityFromBytes(demo.value().p12, "secret", QStringLiteral("demo.p12"));
    REQUIRE(id.ok());
    gui::MainWindow window(env.recoveryDir());
    window.show();
    REQUIRE(window.newFromSample(samples().first()).ok());
    window.wizard()->goTo(QStringLiteral("output"));
    gui::OutputPage* out = window.wizard()->outputPage();

    Request r = window.session()->request();
    r.signatory.name = QStringLiteral("Somebody Else");
    window.session()->edit(r, {}, QStringLiteral("test"));
    auto summary = out->signingSummary(id.value());
    REQUIRE(summary.ok());
    CHECK_FALSE(summary.value().language.isEmpty());
    CHECK(summary.value().holderDiffers);
    CHECK(summary.value().certificateHolder == id.value().commonName());
    const QString text = summary.value().text();
    CHECK(text.contains(QStringLiteral("Somebody Else")));
    CHECK(text.contains(id.value().commonName()));
    CHECK(text.contains(summary.value().language));
    for (const QString& w : summary.value().warnings.mid(0, 5))
        CHECK(text.contains(w));
    for (const QString& p : summary.value().placeholders) {
        CHECK(p.startsWith(u'['));
        CHECK(text.contains(p));
    }

    r.signatory.name = id.value().commonName();
    window.session()->edit(r, {}, QStringLiteral("test"));
    summary = out->signingSummary(id.value());
    REQUIRE(summary.ok());
    CHECK_FALSE(summary.value().holderDiffers);
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("the PDF's file name carries the case reference, safe for any file system", "[gui][output]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    Request r = window.session()->request();
    r.proceedings.caseReference = QStringLiteral("../St 2026/0042 ");
    r.requestedState = QStringLiteral("BRA");
    r.outputLanguage = QStringLiteral("ar");
    window.session()->edit(r, {}, QStringLiteral("test"));
    const QString name = window.wizard()->outputPage()->suggestedPdfName();
    CHECK(name == QStringLiteral("St-2026-0042-request-bra-ar.pdf"));
    CHECK_FALSE(name.contains(u'/'));
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}
