// Signing levels through the GUI: Preferences (timestamp authority, default level, fallback), the
// sign dialog's level, signing on the output page and countersigning in the reviewer's window at
// B-T against a local timestamp authority (tests/core/pdf/TestPki.h), with PKCS#12 and PKCS#11
// (SoftHSM2) identities; a timestamp authority that cannot be reached; the validation report.
#include "AppSettings.h"
#include "DraftSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OutputPage.h"
#include "PreferencesDialog.h"
#include "ReviewView.h"
#include "SignDialog.h"
#include "SignatureText.h"
#include "TestPki.h"
#include "Wizard.h"
#include "draft/DraftFile.h"
#include "pdf/DemoIdentity.h"
#include "pdf/Identity.h"
#include "pdf/Signer.h"
#include "pdf/Verifier.h"
#include "render/Renderer.h"
#include "ui_OutputPage.h"
#include "ui_SignDialog.h"
#include "workflow/Binding.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

namespace {

// A port on 127.0.0.1 that nothing listens on (taken from the system, then closed).
int closedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    const int port = server.serverPort();
    server.close();
    return port;
}

void setPreferences(const QString& url, pdf::SignatureLevel level, bool fallBack)
{
    gui::PreferencesDialog prefs;
    retype(prefs.tsaUrlEdit(), url);
    prefs.levelCombo()->setCurrentIndex(prefs.levelCombo()->findData(int(level)));
    prefs.fallbackCheck()->setChecked(fallBack);
    prefs.accept();
    REQUIRE(prefs.result() == QDialog::Accepted);
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

struct Demo
{
    pdf::DemoIdentity files;
    pdf::Identity identity;
};

const Demo& demo()
{
    static const Demo d = [] {
        Demo out;
        const auto created = pdf::createDemoIdentity("secret");
        REQUIRE(created.ok());
        out.files = created.value();
        const auto id = pdf::loadIdentityFromBytes(out.files.p12, "secret", QStringLiteral("demo.p12"));
        REQUIRE(id.ok());
        out.identity = id.value();
        return out;
    }();
    return d;
}

// A request PDF signed by the drafter from the first sample's draft, ready for countersigning.
QString signedRequest(GuiEnv& env)
{
    const auto sample = draft::DraftFile::read(samples().first());
    REQUIRE(sample.ok());
    const QString pdfPath = env.path(QStringLiteral("request.pdf"));
    render::RenderContext ctx;
    ctx.language = sample.value().outputLanguage;
    REQUIRE(render::renderPdf(sample.value(), ctx, pdfPath).ok());
    const QString signedPath = env.path(QStringLiteral("signed.pdf"));
    pdf::SignOptions bound;
    bound.reason = workflow::bindingText(workflow::contentHash(sample.value()));
    REQUIRE(pdf::sign(pdfPath, signedPath, demo().identity, bound).ok());
    return signedPath;
}

QString openForReview(GuiEnv& env, gui::MainWindow& reviewer)
{
    const QString path = env.path(QStringLiteral("review.mlar"));
    QFile::remove(path);
    REQUIRE(QFile::copy(samples().first(), path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    reviewer.show();
    REQUIRE(reviewer.openDraft(path, true).ok());
    return path;
}

} // namespace

TEST_CASE("Preferences refuse a timestamp authority address that is not http or https, and remember a good "
          "one with the level and the fallback choice",
          "[gui][sign][preferences]")
{
    GuiEnv env;
    CHECK(gui::AppSettings::signatureLevel() == pdf::SignatureLevel::BB);
    CHECK_FALSE(gui::AppSettings::tsaFallback());
    {
        gui::PreferencesDialog prefs;
        CHECK_FALSE(prefs.fallbackCheck()->isChecked()); // off by default
        retype(prefs.tsaUrlEdit(), QStringLiteral("ftp://tsa.example.org/tsr"));
        prefs.levelCombo()->setCurrentIndex(prefs.levelCombo()->findData(int(pdf::SignatureLevel::BT)));
        prefs.accept();
        CHECK(prefs.result() != QDialog::Accepted);
        CHECK_FALSE(prefs.errorLabel()->isHidden());
        CHECK(prefs.errorLabel()->text().contains(QStringLiteral("http://")));
        CHECK(gui::AppSettings::tsaUrl().isEmpty());

        retype(prefs.tsaUrlEdit(), QString());
        prefs.accept(); // B-T without a timestamp authority
        CHECK(prefs.result() != QDialog::Accepted);
        CHECK(prefs.errorLabel()->text().contains(QStringLiteral("B-T")));

        retype(prefs.tsaUrlEdit(), QStringLiteral("tsa.example.org"));
        prefs.accept(); // no scheme
        CHECK(prefs.result() != QDialog::Accepted);
        CHECK(gui::AppSettings::signatureLevel() == pdf::SignatureLevel::BB);
    }
    {
        // Without a timestamp authority the sign dialog refuses a timestamped level for this signature.
        gui::SignDialog dialog(QStringLiteral("Sign"));
        CHECK(dialog.level() == pdf::SignatureLevel::BB);
        dialog.setLevel(pdf::SignatureLevel::BT);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(dialog.ui()->errorLabel->isHidden());
        CHECK(dialog.ui()->errorLabel->text().contains(QStringLiteral("B-T")));
    }
    {
        // B-LT as the default needs revocation lists.
        gui::PreferencesDialog prefs;
        retype(prefs.tsaUrlEdit(), QStringLiteral("https://tsa.example.org/tsr"));
        prefs.levelCombo()->setCurrentIndex(prefs.levelCombo()->findData(int(pdf::SignatureLevel::BLT)));
        prefs.accept();
        CHECK(prefs.result() != QDialog::Accepted);
        CHECK(prefs.errorLabel()->text().contains(QStringLiteral("CRL")));
    }
    setPreferences(QStringLiteral("https://tsa.example.org/tsr"), pdf::SignatureLevel::BT, true);
    CHECK(gui::AppSettings::tsaUrl() == QStringLiteral("https://tsa.example.org/tsr"));
    CHECK(gui::AppSettings::signatureLevel() == pdf::SignatureLevel::BT);
    CHECK(gui::AppSettings::tsaFallback());
    gui::PreferencesDialog again; // shows what was stored
    CHECK(again.tsaUrlEdit()->text() == QStringLiteral("https://tsa.example.org/tsr"));
    CHECK(again.levelCombo()->currentData().toInt() == int(pdf::SignatureLevel::BT));
    CHECK(again.fallbackCheck()->isChecked());
}

TEST_CASE("a sample is signed on the output page at B-T with the timestamp authority set in Preferences",
          "[gui][sign][tsa]")
{
    GuiEnv env;
    LocalTsa& tsa = sharedTsa();
    REQUIRE(tsa.running());
    setPreferences(tsa.url(), pdf::SignatureLevel::BT, false);

    // The sign dialog starts at Preferences' level and loads the PKCS#12 identity.
    const QString p12 = env.path(QStringLiteral("demo.p12"));
    {
        QFile f(p12);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(demo().files.p12);
    }
    gui::SignDialog dialog(QStringLiteral("Sign"));
    CHECK(dialog.level() == pdf::SignatureLevel::BT);
    dialog.ui()->identityEdit->setText(p12);
    dialog.ui()->passwordEdit->setText(QStringLiteral("secret"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    gui::MainWindow window(env.recoveryDir());
    window.show();
    REQUIRE(window.newFromSample(samples().first()).ok());
    window.wizard()->goTo(QStringLiteral("output"));
    gui::OutputPage* out = window.wizard()->outputPage();
    const Status s = out->signWith(dialog.identity(), QStringLiteral("Request"), QStringLiteral("Capital"),
                                   dialog.level());
    INFO((s.ok() ? QString() : s.error().detail).toStdString());
    REQUIRE(s.ok());
    CHECK(gui::SigningProgress::lastText().contains(gui::SignatureText::tsaName(tsa.url())));
    CHECK(out->lastSigningWarning().isEmpty());
    CHECK(window.session()->request().history.last().detail.contains(QStringLiteral("B-T")));
    const QString pdfPath = env.path(QStringLiteral("signed-bt.pdf"));
    REQUIRE(out->savePdf(pdfPath).ok());
    const auto report = pdf::verify(pdfPath, {demo().files.caPem, tsa.ca().certPem()});
    REQUIRE(report.ok());
    REQUIRE(report.value().signatures.size() == 1);
    const pdf::SignatureCheck& sig = report.value().signatures.first();
    INFO(report.value().toText().toStdString());
    CHECK(sig.level == QStringLiteral("B-T"));
    CHECK(sig.timestampOk);
    CHECK(report.value().allValid());
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE(
    "a timestamp authority on a closed port: the countersignature fails naming it and writes nothing, and "
    "with the fallback chosen it is made at B-B with a warning",
    "[gui][sign][tsa]")
{
    GuiEnv env;
    const QString signedPath = signedRequest(env);
    const int port = closedPort();
    const QString url = QStringLiteral("http://127.0.0.1:%1/ok").arg(port);
    setPreferences(url, pdf::SignatureLevel::BT, false);

    gui::MainWindow reviewer(env.recoveryDir());
    openForReview(env, reviewer);
    const QString out = env.path(QStringLiteral("countersigned.pdf"));
    const Status failed = reviewer.reviewView()->countersign(
        signedPath, out, demo().identity, QStringLiteral("Approved"), QStringLiteral("Capital"));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == QStringLiteral("pdf.tsa.unreachable"));
    CHECK(failed.error().detail.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    CHECK(failed.error().detail.contains(QStringLiteral("timestamp authority")));
    CHECK_FALSE(QFile::exists(out));
    CHECK((reviewer.session()->request().history.isEmpty() ||
           reviewer.session()->request().history.last().action != QStringLiteral("countersigned")));

    // The output page fails the same way and keeps the request unsigned.
    {
        gui::MainWindow drafter(env.recoveryDir());
        drafter.show();
        REQUIRE(drafter.newFromSample(samples().first()).ok());
        drafter.wizard()->goTo(QStringLiteral("output"));
        const Status s = drafter.wizard()->outputPage()->signWith(demo().identity, {}, {});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().detail.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
        CHECK(drafter.session()->request().status != RequestStatus::Signed);
        drafter.setUnsavedAnswerForTests(QMessageBox::Discard);
    }

    setPreferences(url, pdf::SignatureLevel::BT, true);
    const Status fell = reviewer.reviewView()->countersign(
        signedPath, out, demo().identity, QStringLiteral("Approved"), QStringLiteral("Capital"));
    INFO((fell.ok() ? QString() : fell.error().detail).toStdString());
    REQUIRE(fell.ok());
    const QString warning = reviewer.reviewView()->lastSigningWarning();
    CHECK(warning.contains(QStringLiteral("B-B")));
    CHECK(warning.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    REQUIRE(QFile::exists(out));
    const auto report = pdf::verify(out, {demo().files.caPem});
    REQUIRE(report.ok());
    REQUIRE(report.value().signatures.size() == 2);
    CHECK(report.value().signatures.last().level == QStringLiteral("B-B"));
    CHECK_FALSE(report.value().signatures.last().timestampPresent);
    CHECK(reviewer.session()->request().history.last().detail.contains(QStringLiteral("B-B")));
    reviewer.setUnsavedAnswerForTests(QMessageBox::Discard);

    // The output page with the fallback: signed at B-B, and the page says so.
    gui::MainWindow drafter(env.recoveryDir());
    drafter.show();
    REQUIRE(drafter.newFromSample(samples().first()).ok());
    drafter.wizard()->goTo(QStringLiteral("output"));
    gui::OutputPage* page = drafter.wizard()->outputPage();
    REQUIRE(page->signWith(demo().identity, {}, {}).ok());
    CHECK(page->lastSigningWarning().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    CHECK(page->ui()->statusLabel->text().contains(page->lastSigningWarning()));
    const QString pagePdf = env.path(QStringLiteral("fallback.pdf"));
    REQUIRE(page->savePdf(pagePdf).ok());
    const auto pageReport = pdf::verify(pagePdf, {demo().files.caPem});
    REQUIRE(pageReport.ok());
    REQUIRE(pageReport.value().signatures.size() == 1);
    CHECK(pageReport.value().signatures.first().level == QStringLiteral("B-B"));
    drafter.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("the reviewer countersigns at B-T with a key on a PKCS#11 token chosen in the sign dialog",
          "[gui][sign][tsa][pkcs11]")
{
    GuiEnv env;
    LocalTsa& tsa = sharedTsa();
    REQUIRE(tsa.running());
    SoftHsm hsm(env.path(QStringLiteral("softhsm")));
    const PkiCert ca = makeCa(QStringLiteral("Central Authority of Testland"));
    LeafOptions o;
    o.name = QStringLiteral("Reviewer On Token");
    const PkiCert leaf = issue(ca, o);
    const QByteArray pin = "246810";
    REQUIRE(hsm.addToken(QStringLiteral("mla-gui"), pin));
    INFO(hsm.lastOutput.toStdString());
    REQUIRE(hsm.import(QStringLiteral("mla-gui"), pin, leaf, QStringLiteral("sign"), QStringLiteral("0a")));
    setPreferences(tsa.url(), pdf::SignatureLevel::BT, false);
    QSettings().setValue(QStringLiteral("sign/source"), 1);
    QSettings().setValue(QStringLiteral("sign/pkcs11Module"), QString::fromLatin1(SoftHsm::module));

    gui::SignDialog dialog(QStringLiteral("Countersign"));
    QPushButton* refresh = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("fresh")))
            refresh = b;
    REQUIRE(refresh);
    refresh->click();
    QComboBox* certificates = nullptr;
    for (QComboBox* c : dialog.findChildren<QComboBox*>())
        if (c->count() > 0 && c->itemText(0).contains(QStringLiteral("Reviewer On Token")))
            certificates = c;
    REQUIRE(certificates);
    dialog.ui()->passwordEdit->setText(QString::fromLatin1(pin));
    CHECK(dialog.level() == pdf::SignatureLevel::BT);
    dialog.accept();
    INFO(dialog.ui()->errorLabel->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.identity().onToken());

    const QString signedPath = signedRequest(env);
    gui::MainWindow reviewer(env.recoveryDir());
    openForReview(env, reviewer);
    const QString out = env.path(QStringLiteral("countersigned-token.pdf"));
    const Status s =
        reviewer.reviewView()->countersign(signedPath, out, dialog.identity(), QStringLiteral("Approved"),
                                           QStringLiteral("Capital"), dialog.level());
    INFO((s.ok() ? QString() : s.error().detail).toStdString());
    REQUIRE(s.ok());
    const auto report = pdf::verify(out, {demo().files.caPem, ca.certPem(), tsa.ca().certPem()});
    REQUIRE(report.ok());
    INFO(report.value().toText().toStdString());
    REQUIRE(report.value().signatures.size() == 2);
    CHECK(report.value().signatures.last().signerName == QStringLiteral("Reviewer On Token"));
    CHECK(report.value().signatures.last().level == QStringLiteral("B-T"));
    CHECK(report.value().allValid());
    reviewer.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("the reviewer's validation report names the signer, in the interface language",
          "[gui][review][report]")
{
    GuiEnv env;
    const QString signedPath = signedRequest(env);
    gui::MainWindow reviewer(env.recoveryDir());
    openForReview(env, reviewer);
    gui::ReviewView* view = reviewer.reviewView();
    REQUIRE(view->reportButton());
    CHECK(view->reportButton()->text().contains(u'&')); // reachable from the keyboard
    CHECK((view->reportButton()->focusPolicy() & Qt::TabFocus));
    view->setTrustAnchors({demo().files.caPem});

    const QString out = env.path(QStringLiteral("report.pdf"));
    const auto report = view->writeValidationReport(signedPath, out);
    REQUIRE(report.ok());
    CHECK(report.value().allValid());
    const QString text = pdfText(out);
    INFO(text.toStdString());
    CHECK(text.contains(demo().identity.commonName()));
    const QString englishVerdict = gui::SignatureText::signatureVerdict(report.value().signatures.first());
    const QString summary = gui::SignatureText::summary(report.value());
    CHECK(summary.startsWith(gui::SignatureText::overallVerdict(report.value())));
    CHECK(summary.contains(QStringLiteral("valid and trusted")));
    CHECK(summary.contains(gui::SignatureText::levelDescription(pdf::SignatureLevel::BB)));
    CHECK(summary.contains(englishVerdict));
    CHECK(text.contains(englishVerdict.left(30)));

    // In French: the verdict sentence is the interface's translation.
    gui::PreferencesDialog::applyLanguage(QStringLiteral("fr"));
    gui::AppSettings::setInterfaceLanguage(QStringLiteral("fr"));
    const QString frOut = env.path(QStringLiteral("rapport.pdf"));
    const auto again = view->writeValidationReport(signedPath, frOut);
    const QString frenchVerdict = gui::SignatureText::signatureVerdict(report.value().signatures.first());
    gui::PreferencesDialog::applyLanguage(QStringLiteral("en"));
    REQUIRE(again.ok());
    CHECK(frenchVerdict != englishVerdict);
    const QString frText = pdfText(frOut);
    INFO(frText.toStdString());
    CHECK(frText.contains(demo().identity.commonName()));
    CHECK(frText.contains(frenchVerdict.left(30)));

    // A file that is not a PDF: a message, no report.
    const QString bogus = env.path(QStringLiteral("bogus.pdf"));
    {
        QFile f(bogus);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a pdf");
    }
    const QString none = env.path(QStringLiteral("none.pdf"));
    const auto bad = view->writeValidationReport(bogus, none);
    if (!bad.ok())
        CHECK_FALSE(QFile::exists(none));
    else
        CHECK_FALSE(bad.value().allValid());
    reviewer.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE("the signing settings and the sign dialog are translated and laid out right to left in Arabic",
          "[gui][sign][translations]")
{
    GuiEnv env;
    gui::AppSettings::setTsaUrl(QStringLiteral("https://tsa.example.org/tsr"));
    gui::AppSettings::setSignatureLevel(pdf::SignatureLevel::BT);
    // MLAWRITER_SCREENSHOT_DIR: where to save the pictures for a look (not needed by the checks).
    const QString shots = qEnvironmentVariable("MLAWRITER_SCREENSHOT_DIR");
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ar")}) {
        DYNAMIC_SECTION("language " << lang.toStdString())
        {
            gui::PreferencesDialog::applyLanguage(lang);
            {
                gui::PreferencesDialog prefs;
                prefs.show();
                prefs.adjustSize();
                CHECK(prefs.isRightToLeft() == (lang == QStringLiteral("ar")));
                CHECK(prefs.tsaUrlEdit()->layoutDirection() == Qt::LeftToRight);
                if (lang == QStringLiteral("ar"))
                    CHECK_FALSE(prefs.fallbackCheck()->text().contains(QStringLiteral("timestamp")));
                CHECK(prefs.width() >= prefs.minimumSizeHint().width());
                if (!shots.isEmpty())
                    prefs.grab().save(shots + QStringLiteral("/preferences-%1.png").arg(lang));
            }
            {
                gui::SignDialog dialog(QStringLiteral("Sign the request."));
                dialog.show();
                dialog.adjustSize();
                CHECK(dialog.levelCombo()->currentText() ==
                      gui::SignatureText::levelDescription(pdf::SignatureLevel::BT));
                if (lang == QStringLiteral("ar"))
                    CHECK_FALSE(dialog.levelCombo()->currentText().contains(QStringLiteral("timestamp")));
                if (!shots.isEmpty())
                    dialog.grab().save(shots + QStringLiteral("/sign-%1.png").arg(lang));
                // The busy indication while the timestamp authority is asked: modal, names it.
                const gui::SigningProgress busy(&dialog, pdf::SignatureLevel::BT, gui::AppSettings::tsaUrl());
                auto* progress = qobject_cast<QProgressDialog*>(QApplication::activeModalWidget());
                REQUIRE(progress);
                CHECK(progress->labelText().contains(QStringLiteral("tsa.example.org")));
                CHECK(progress->labelText() == gui::SigningProgress::lastText());
                if (!shots.isEmpty())
                    progress->grab().save(shots + QStringLiteral("/busy-%1.png").arg(lang));
            }
            {
                gui::MainWindow reviewer(env.recoveryDir());
                openForReview(env, reviewer);
                reviewer.resize(1200, 800);
                const bool translated =
                    reviewer.reviewView()->reportButton()->text() != QStringLiteral("Validation &report…");
                CHECK(translated == (lang == QStringLiteral("ar")));
                if (!shots.isEmpty())
                    reviewer.grab().save(shots + QStringLiteral("/review-%1.png").arg(lang));
                // The validation report in the interface language (Arabic right to left).
                gui::AppSettings::setInterfaceLanguage(lang);
                reviewer.reviewView()->setTrustAnchors({demo().files.caPem});
                const QString reportPath = env.path(QStringLiteral("report-%1.pdf").arg(lang));
                const auto report =
                    reviewer.reviewView()->writeValidationReport(signedRequest(env), reportPath);
                REQUIRE(report.ok());
                const QString text = pdfText(reportPath);
                CHECK(text.contains(QStringLiteral("DEMO Signer")));
                if (lang == QStringLiteral("ar"))
                    CHECK_FALSE(text.contains(QStringLiteral("unchanged since")));
                if (!shots.isEmpty())
                    QProcess::execute(QStringLiteral("pdftoppm"),
                                      {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                       QStringLiteral("-singlefile"), reportPath,
                                       shots + QStringLiteral("/report-%1").arg(lang)});
                reviewer.setUnsavedAnswerForTests(QMessageBox::Discard);
            }
            gui::PreferencesDialog::applyLanguage(QStringLiteral("en"));
        }
    }
}

TEST_CASE("while a slow timestamp authority is asked, the window shows a busy indication and keeps running",
          "[gui][sign][tsa]")
{
    GuiEnv env;
    LocalTsa& tsa = sharedTsa();
    REQUIRE(tsa.running());
    setPreferences(tsa.url(QStringLiteral("/slow")), pdf::SignatureLevel::BT, false);
    gui::MainWindow window(env.recoveryDir());
    window.show();
    REQUIRE(window.newFromSample(samples().first()).ok());
    window.wizard()->goTo(QStringLiteral("output"));
    // A timer of the window's event loop fires while the answer is awaited and sees the indication.
    QString seen;
    QTimer::singleShot(1000, &window, [&seen] {
        if (auto* busy = qobject_cast<QProgressDialog*>(QApplication::activeModalWidget());
            busy && busy->isVisible())
            seen = busy->labelText();
    });
    const Status s = window.wizard()->outputPage()->signWith(demo().identity, {}, {});
    INFO((s.ok() ? QString() : s.error().detail).toStdString());
    REQUIRE(s.ok());
    CHECK(seen.contains(gui::SignatureText::tsaName(tsa.url())));
    INFO((QApplication::activeModalWidget() ? QApplication::activeModalWidget()->metaObject()->className()
                                            : "none"));
    CHECK(qobject_cast<QProgressDialog*>(QApplication::activeModalWidget()) == nullptr); // gone once signed
    const QString pdfPath = env.path(QStringLiteral("slow.pdf"));
    REQUIRE(window.wizard()->outputPage()->savePdf(pdfPath).ok());
    const auto report = pdf::verify(pdfPath, {demo().files.caPem, tsa.ca().certPem()});
    REQUIRE(report.ok());
    REQUIRE(report.value().signatures.size() == 1);
    CHECK(report.value().signatures.first().level == QStringLiteral("B-T"));
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}

TEST_CASE(
    "a sample is signed on the output page at B-LT chosen for this signature, with the revocation lists "
    "set in Preferences",
    "[gui][sign][tsa]")
{
    GuiEnv env;
    LocalTsa& tsa = sharedTsa();
    REQUIRE(tsa.running());
    const PkiCert ca = makeCa(QStringLiteral("Central Authority of Testland"));
    LeafOptions o;
    o.name = QStringLiteral("Prosecutor Long Term");
    const PkiCert leaf = issue(ca, o);
    const auto id = pdf::loadIdentityFromBytes(makeP12(leaf, {ca}, "pw"), "pw", QStringLiteral("lt.p12"));
    REQUIRE(id.ok());
    const QString caCrl = env.path(QStringLiteral("ca.crl"));
    const QString tsaCrl = env.path(QStringLiteral("tsa.crl"));
    for (const auto& [path, der] :
         {std::pair{caCrl, makeCrl(ca, {})}, std::pair{tsaCrl, makeCrl(tsa.ca(), {})}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(der);
    }
    setPreferences(tsa.url(), pdf::SignatureLevel::BT, false); // the default stays B-T
    gui::MainWindow window(env.recoveryDir());
    window.show();
    REQUIRE(window.newFromSample(samples().first()).ok());
    window.wizard()->goTo(QStringLiteral("output"));
    gui::OutputPage* out = window.wizard()->outputPage();

    // B-LT without revocation lists is refused, in the sign dialog and on the page, before any signing.
    gui::SignDialog dialog(QStringLiteral("Sign"));
    dialog.setLevel(pdf::SignatureLevel::BLT);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.ui()->errorLabel->text().contains(QStringLiteral("CRL")));
    const Status refused = out->signWith(id.value(), {}, {}, pdf::SignatureLevel::BLT);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("gui.sign.crl"));
    CHECK(window.session()->request().status != RequestStatus::Signed);
    {
        gui::PreferencesDialog prefs;
        retype(prefs.crlEdit(), env.path(QStringLiteral("missing.crl")));
        prefs.accept();
        CHECK(prefs.result() != QDialog::Accepted);
        CHECK(prefs.errorLabel()->text().contains(QStringLiteral("missing.crl")));
        retype(prefs.crlEdit(), caCrl + QStringLiteral("; ") + tsaCrl);
        prefs.accept();
        REQUIRE(prefs.result() == QDialog::Accepted);
    }
    CHECK(gui::AppSettings::crlFiles() == QStringList{caCrl, tsaCrl});

    const Status s = out->signWith(id.value(), {}, {}, pdf::SignatureLevel::BLT);
    INFO((s.ok() ? QString() : s.error().detail).toStdString());
    REQUIRE(s.ok());
    const QString pdfPath = env.path(QStringLiteral("blt.pdf"));
    REQUIRE(window.wizard()->outputPage()->savePdf(pdfPath).ok());
    const auto report = pdf::verify(pdfPath, {ca.certPem(), tsa.ca().certPem()});
    REQUIRE(report.ok());
    INFO(report.value().toText().toStdString());
    REQUIRE(report.value().signatures.size() == 1);
    CHECK(report.value().signatures.first().level == QStringLiteral("B-LT"));
    CHECK(report.value().signatures.first().longTermData);
    CHECK(report.value().allValid());
    CHECK(gui::AppSettings::signatureLevel() == pdf::SignatureLevel::BT);
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}
