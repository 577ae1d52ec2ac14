// Render, preview, sign and save each sample's request through the output page.
#include "ChecksPage.h"
#include "DraftSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OutputPage.h"
#include "PreviewWidget.h"
#include "Wizard.h"
#include "pdf/DemoIdentity.h"
#include "pdf/Identity.h"
#include "pdf/Verifier.h"

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

TEST_CASE("each sample's request is previewed, signed and saved as a PDF from the output page",
          "[gui][output][sign]")
{
    const auto demo = pdf::createDemoIdentity("secret");
    REQUIRE(demo.ok());
    const auto id = pdf::loadIdentityFromBytes(demo.value().p12, "secret", QStringLiteral("demo.p12"));
    REQUIRE(id.ok());
    for (const QString& sample : samples()) {
        DYNAMIC_SECTION("sample " << sample.toStdString())
        {
            GuiEnv env;
            gui::MainWindow window(env.recoveryDir());
            window.show();
            REQUIRE(window.newFromSample(sample).ok());
            gui::Wizard* wiz = window.wizard();
            wiz->goTo(QStringLiteral("output"));
            gui::OutputPage* out = wiz->outputPage();
            const auto preview = out->renderPreview();
            REQUIRE(preview.ok());
            CHECK(out->preview()->pageCount() > 0);
            CHECK(!out->preview()->pageImageSize().isEmpty());

            const auto findings = gui::ChecksPage::collect(window.session()->request(), window.knowledge());
            const bool blocking =
                std::any_of(findings.cbegin(), findings.cend(), [](const gui::FindingItem& f) {
                    return f.severity == gui::FindingItem::Severity::Blocking;
                });
            CHECK_FALSE(blocking);
            if (blocking)
                continue;
            REQUIRE(out->signWith(id.value(), QStringLiteral("Request"), QStringLiteral("Capital")).ok());
            CHECK(window.session()->request().status == RequestStatus::Signed);
            CHECK(window.session()->request().history.last().action == QStringLiteral("signed"));
            const QString pdfPath = env.path(QStringLiteral("signed.pdf"));
            REQUIRE(out->savePdf(pdfPath).ok());
            const auto report = pdf::verify(pdfPath, {demo.value().caPem});
            REQUIRE(report.ok());
            CHECK(report.value().signatures.size() == 1);
            CHECK(report.value().allValid());
            window.setUnsavedAnswerForTests(QMessageBox::Discard);
        }
    }
}

TEST_CASE("signing is refused while blocking findings remain", "[gui][output][sign]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    const auto demo = pdf::createDemoIdentity("secret");
    REQUIRE(demo.ok());
    const auto id = pdf::loadIdentityFromBytes(demo.value().p12, "secret", QStringLiteral("demo.p12"));
    REQUIRE(id.ok());
    window.wizard()->goTo(QStringLiteral("output"));
    const Status s = window.wizard()->outputPage()->signWith(id.value(), {}, {});
    CHECK_FALSE(s.ok());
    CHECK(s.error().code == QStringLiteral("gui.sign.blocking"));
    CHECK(window.session()->request().status == RequestStatus::Draft);
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}
