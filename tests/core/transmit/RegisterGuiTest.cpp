// The transmission dialogs and the case register, offscreen, on a real SQLite register: "Send…"
// records "sent" with the channel chosen and the package (path, SHA-256), creating the case
// of a draft that had none; "Import receipt" records "acknowledged" with their reference and the
// receipt; an opened package becomes an incoming case whose draft opens read-only; and every
// one of these events is in the case window's timeline.
#include "TransmitTestSupport.h"

#include "ImportReceiptDialog.h"
#include "MainWindow.h"
#include "OpenPackageDialog.h"
#include "RegisterWindow.h"
#include "ReviewView.h"
#include "SendPackageDialog.h"

#include "DraftSession.h"
#include "draft/DraftFile.h"
#include "pdf/Identity.h"
#include "pdf/Signer.h"
#include "register/CaseFromDraft.h"
#include "register/Register.h"
#include "render/Renderer.h"

#include <QComboBox>
#include <QFileInfo>
#include <QPushButton>
#include <QStackedWidget>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

namespace {

std::unique_ptr<reg::Register> openRegister(const QString& url)
{
    auto r = reg::Register::open(url);
    INFO((r ? std::string() : r.error().toString().toStdString()));
    REQUIRE(r.ok());
    return std::move(r.value());
}

// The sample rendered (its draft embedded) and signed by the sender.
QByteArray signedSample(const QString& dir)
{
    Result<Request> r = draft::DraftFile::parse(sampleDraft(attachmentBytes), QStringLiteral("sample"));
    REQUIRE(r.ok());
    render::RenderContext ctx;
    ctx.language = QStringLiteral("en");
    ctx.draftWatermark = false;
    const QString path = dir + QStringLiteral("/rendered.pdf");
    REQUIRE(render::renderPdf(r.value(), ctx, path).ok());
    Result<pdf::Identity> id =
        pdf::loadIdentityFromBytes(sender().demo.p12, transmitPassword, QStringLiteral("sender"));
    REQUIRE(id.ok());
    pdf::SignOptions options;
    options.invisible = true;
    Result<QByteArray> signedBytes = pdf::signPdf(readBytes(path), id.value(), options);
    REQUIRE(signedBytes.ok());
    return signedBytes.value();
}

} // namespace

TEST_CASE("Send… records sent with its channel and package, and the receipt records acknowledged",
          "[transmit][gui][register]")
{
    const QString dir = scratch(QStringLiteral("gui-register"));
    const QString url = dir + QStringLiteral("/register.sqlite");
    const QString password = QString::fromLatin1(transmitPassword);
    const QString draftPath = dir + QStringLiteral("/request.mlar");
    REQUIRE(writeBytes(draftPath, sampleDraft(attachmentBytes)));
    REQUIRE(writeBytes(dir + QStringLiteral("/evidence.txt"), attachmentBytes));
    REQUIRE(writeBytes(dir + QStringLiteral("/request.en.pdf"), signedPdf(2, QStringLiteral("en"))));
    const QString pkg = dir + QStringLiteral("/request.mlap");
    Result<Request> request = draft::DraftFile::read(draftPath);
    REQUIRE(request.ok());

    gui::SendPackageDialog send;
    send.setRegisterUrl(url);
    send.addRecipient(recipientEc().certPath);
    send.addPdf(dir + QStringLiteral("/request.en.pdf"));
    send.addAttachment(dir + QStringLiteral("/evidence.txt"));
    send.setDraft(draftPath);
    send.setIdentity(sender().p12Path, password);
    // the channel is chosen in the dialog's combo box, as a user does
    auto* channel = send.findChild<QComboBox*>();
    REQUIRE(channel);
    REQUIRE(channel->count() == 3);
    channel->setCurrentIndex(channel->findData(QStringLiteral("diplomatic")));
    CHECK(send.channel() == QLatin1String("diplomatic"));
    INFO(send.message().toStdString());
    REQUIRE(send.createTo(pkg));
    CHECK(send.message().contains(QLatin1String("recorded in the case register")));

    auto r = openRegister(url);
    auto c = r->findByRequestId(request.value().id);
    REQUIRE(c.ok());
    CHECK(c.value().status == QLatin1String("sent"));
    CHECK(c.value().direction == QLatin1String("outgoing"));
    auto events = r->events(c.value().id);
    REQUIRE(events.ok());
    const reg::Event sent = events.value().last();
    CHECK(sent.kind == QLatin1String("sent"));
    CHECK(sent.channel == QLatin1String("diplomatic"));
    auto docs = r->documents(c.value().id);
    REQUIRE(docs.ok());
    const auto pkgDoc = std::find_if(docs.value().cbegin(), docs.value().cend(),
                                     [&](const reg::Document& d) { return d.id == sent.documentId; });
    REQUIRE(pkgDoc != docs.value().cend());
    CHECK(pkgDoc->kind == QLatin1String("package"));
    CHECK(pkgDoc->path == QFileInfo(pkg).absoluteFilePath());
    CHECK(pkgDoc->sha256 == reg::sha256Hex(readBytes(pkg)));

    // the other side opens it and writes a receipt with their reference
    gui::OpenPackageDialog receipt(gui::OpenPackageDialog::Mode::Receipt);
    receipt.setFiles(pkg, recipientEc().p12Path, sender().caPath);
    receipt.setPassword(password);
    REQUIRE(receipt.check());
    REQUIRE(receipt.writeReceipt(dir + QStringLiteral("/request.mlapr"), QStringLiteral("EC-123")));

    gui::ImportReceiptDialog import;
    import.setRegisterUrl(url);
    import.setFiles(dir + QStringLiteral("/request.mlapr"), pkg, sender().p12Path);
    import.setPassword(password);
    INFO(import.report().toStdString());
    REQUIRE(import.check());
    REQUIRE(import.recordInRegister());
    CHECK(import.report().contains(QLatin1String("recorded in the case register")));
    auto after = r->findCase(c.value().ourRef);
    REQUIRE(after.ok());
    CHECK(after.value().status == QLatin1String("acknowledged"));
    CHECK(after.value().theirRef == QLatin1String("EC-123"));
    auto receiptDocs = r->documents(c.value().id);
    REQUIRE(receiptDocs.ok());
    CHECK(receiptDocs.value().last().kind == QLatin1String("receipt"));
    CHECK(receiptDocs.value().last().sha256 ==
          reg::sha256Hex(readBytes(dir + QStringLiteral("/request.mlapr"))));

    // both are in the case window's timeline, with their details
    gui::RegisterWindow window(url);
    gui::CaseDialog* d = window.openCase(c.value().ourRef);
    REQUIRE(d);
    QStringList rows;
    for (int i = 0; i < d->timelineRows(); ++i)
        rows << d->timelineText(i);
    INFO(rows.join(u'\n').toStdString());
    CHECK(rows.filter(QStringLiteral("sent | channel: diplomatic")).size() == 1);
    CHECK(rows.filter(QStringLiteral("package request.mlap (")).size() == 1);
    CHECK(rows.filter(QStringLiteral("acknowledged | their reference: EC-123")).size() == 1);
    CHECK(d->sendButton()->isEnabled());
    delete d;

    SECTION("unticked, nothing is recorded")
    {
        gui::SendPackageDialog quiet;
        quiet.setRegisterUrl(url);
        quiet.setRecordInRegister(false);
        quiet.addRecipient(recipientEc().certPath);
        quiet.addPdf(dir + QStringLiteral("/request.en.pdf"));
        quiet.setIdentity(sender().p12Path, password);
        REQUIRE(quiet.createTo(dir + QStringLiteral("/again.mlap")));
        CHECK(r->events(c.value().id).value().size() == events.value().size() + 1);
    }
}

TEST_CASE("an opened package is registered as an incoming case and its draft opens read-only",
          "[transmit][gui][register]")
{
    const QString dir = scratch(QStringLiteral("gui-incoming"));
    const QString url = dir + QStringLiteral("/register.sqlite");
    const QString pkg = dir + QStringLiteral("/in.mlap");
    REQUIRE(writeBytes(pkg, samplePackage()));
    const QString password = QString::fromLatin1(transmitPassword);

    gui::OpenPackageDialog open(gui::OpenPackageDialog::Mode::Open);
    open.setRegisterUrl(url);
    open.setFiles(pkg, recipientRsa().p12Path, sender().caPath);
    open.setPassword(password);
    REQUIRE(open.check());
    auto* registerButton = [&]() -> QPushButton* {
        for (QPushButton* b : open.findChildren<QPushButton*>())
            if (b->text().startsWith(QLatin1String("Register as")))
                return b;
        return nullptr;
    }();
    REQUIRE(registerButton);
    CHECK(registerButton->isEnabled());
    REQUIRE(open.extractTo(dir + QStringLiteral("/inbox")));
    INFO(open.report().toStdString());
    REQUIRE(open.registerIncoming(QStringLiteral("IN-2026-0007"), QStringLiteral("handler")));
    CHECK(open.report().contains(QLatin1String("IN-2026-0007")));
    REQUIRE(open.incomingDraft().has_value());
    const Request received = *open.incomingDraft();
    const QString receivedPath = open.incomingPath();
    CHECK(QFileInfo(receivedPath).isFile());

    auto r = openRegister(url);
    auto c = r->findCase(QStringLiteral("IN-2026-0007"));
    REQUIRE(c.ok());
    CHECK(c.value().direction == QLatin1String("incoming"));
    CHECK(c.value().status == QLatin1String("received"));
    CHECK(c.value().theirRef == received.authority.reference);
    auto docs = r->documents(c.value().id);
    REQUIRE(docs.ok());
    CHECK(docs.value().first().sha256 == reg::sha256Hex(readBytes(pkg)));
    for (const reg::Document& d : docs.value())
        if (d.kind != QLatin1String("package"))
            CHECK(reg::sha256Hex(readBytes(d.path)) == d.sha256);

    // the same reference twice: refused, said plainly
    CHECK_FALSE(open.registerIncoming(QStringLiteral("IN-2026-0007")));
    CHECK(open.report().contains(QLatin1String("Not registered")));
    CHECK_FALSE(open.incomingDraft().has_value());

    // its draft, read-only in the reviewer's view
    gui::MainWindow window;
    REQUIRE(window.openIncoming(received, receivedPath).ok());
    CHECK(window.session()->isReadOnly());
    CHECK(window.session()->request().id == received.id);
    CHECK(window.session()->path() == receivedPath);
    CHECK(window.findChild<QStackedWidget*>()->currentWidget() == window.reviewView());
}

TEST_CASE("a received signed PDF is registered from the register window and its draft opened read-only",
          "[transmit][gui][register]")
{
    const QString dir = scratch(QStringLiteral("gui-received-pdf"));
    const QString url = dir + QStringLiteral("/register.sqlite");
    const QString pdf = dir + QStringLiteral("/received.en.pdf");
    REQUIRE(writeBytes(pdf, signedSample(dir)));

    gui::MainWindow window;
    window.setRegisterUrl(url);
    window.openRegisterAt({});
    gui::RegisterWindow* w = window.findChild<gui::RegisterWindow*>();
    REQUIRE(w);
    bool ok = false;
    // the sender's CA is not among the database's central authorities: not trusted, refused
    QString message = w->registerReceivedPdf(pdf, QStringLiteral("IN-PDF-9"), {}, &ok);
    CHECK_FALSE(ok);
    CHECK(message.contains(QLatin1String("Not registered")));
    CHECK(w->rowCount() == 0);
    // an unsigned rendering: refused
    message = w->registerReceivedPdf(dir + QStringLiteral("/rendered.pdf"), QStringLiteral("IN-PDF-9"),
                                     trustAll(), &ok);
    CHECK_FALSE(ok);
    CHECK(message.contains(QLatin1String("not signed")));
    // trusted: registered, listed, and its draft opens read-only in the window
    message = w->registerReceivedPdf(pdf, QStringLiteral("IN-PDF-9"), trustAll(), &ok);
    INFO(message.toStdString());
    REQUIRE(ok);
    CHECK(message.contains(QLatin1String("IN-PDF-9")));
    REQUIRE(w->rowCount() == 1);
    CHECK(w->refAt(0) == QLatin1String("IN-PDF-9"));
    REQUIRE(w->incomingDraft().has_value());
    auto r = openRegister(url);
    auto c = r->findCase(QStringLiteral("IN-PDF-9"));
    REQUIRE(c.ok());
    CHECK(c.value().direction == QLatin1String("incoming"));
    CHECK(r->documents(c.value().id).value().first().sha256 == reg::sha256Hex(readBytes(pdf)));
    Q_EMIT w->openDraftRequested(*w->incomingDraft(), {});
    CHECK(window.session()->isReadOnly());
    CHECK(window.session()->request().id == w->incomingDraft()->id);
}
