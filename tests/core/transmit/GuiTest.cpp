// The transmission dialogs driven through their small public API, offscreen: send, open and
// extract, write a receipt, import it into the draft's history; and a refused package.
#include "TransmitTestSupport.h"

#include "ImportReceiptDialog.h"
#include "OpenPackageDialog.h"
#include "SendPackageDialog.h"
#include "TransmitMenu.h"

#include "draft/DraftFile.h"

#include <QAction>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

TEST_CASE("the transmission dialogs send, open, acknowledge and import", "[transmit][gui]")
{
    const QString dir = scratch(QStringLiteral("gui"));
    const QString password = QString::fromLatin1(transmitPassword);
    const QString draftPath = dir + QStringLiteral("/request.mlar");
    REQUIRE(writeBytes(draftPath, sampleDraft(attachmentBytes)));
    REQUIRE(writeBytes(dir + QStringLiteral("/evidence.txt"), attachmentBytes));
    REQUIRE(writeBytes(dir + QStringLiteral("/request.en.pdf"), signedPdf(2, QStringLiteral("en"))));
    const QString pkg = dir + QStringLiteral("/request.mlap");

    gui::SendPackageDialog send;
    send.addRecipient(recipientEc().certPath);
    send.addPdf(dir + QStringLiteral("/request.en.pdf"));
    send.addAttachment(dir + QStringLiteral("/evidence.txt"));
    send.setDraft(draftPath);
    send.setIdentity(sender().p12Path, password);
    INFO(send.message().toStdString());
    REQUIRE(send.createTo(pkg));
    CHECK(send.message().contains(QStringLiteral("3 files")));

    gui::OpenPackageDialog open(gui::OpenPackageDialog::Mode::Open);
    open.setFiles(pkg, recipientEc().p12Path, sender().caPath);
    open.setPassword(password);
    INFO(open.report().toStdString());
    REQUIRE(open.check());
    CHECK(open.report().contains(QStringLiteral("Every check passed")));
    REQUIRE(open.extractTo(dir + QStringLiteral("/inbox")));
    CHECK(QFileInfo::exists(dir + QStringLiteral("/inbox/evidence.txt")));

    gui::OpenPackageDialog receipt(gui::OpenPackageDialog::Mode::Receipt);
    receipt.setFiles(pkg, recipientEc().p12Path, sender().caPath);
    receipt.setPassword(password);
    REQUIRE(receipt.check());
    REQUIRE(receipt.writeReceipt(dir + QStringLiteral("/request.mlapr"), QStringLiteral("EC-123")));

    gui::ImportReceiptDialog import;
    import.setFiles(dir + QStringLiteral("/request.mlapr"), pkg, sender().p12Path);
    import.setPassword(password);
    INFO(import.report().toStdString());
    REQUIRE(import.check());
    REQUIRE(import.recordInDraft(draftPath));
    Result<Request> after = draft::DraftFile::read(draftPath);
    REQUIRE(after.ok());
    CHECK(after.value().history.last().action == QStringLiteral("acknowledged"));
    CHECK(after.value().history.last().detail.contains(QStringLiteral("EC-123")));

    SECTION("a package that fails a check explains it and cannot be extracted")
    {
        gui::OpenPackageDialog untrusted(gui::OpenPackageDialog::Mode::Open);
        untrusted.setFiles(pkg, recipientEc().p12Path);
        untrusted.setPassword(password);
        CHECK_FALSE(untrusted.check());
        CHECK(untrusted.report().contains(QStringLiteral("REFUSED")));
        CHECK(untrusted.report().contains(QStringLiteral("is not trusted")));
        CHECK_FALSE(untrusted.extractTo(dir + QStringLiteral("/never")));
        CHECK_FALSE(QFileInfo::exists(dir + QStringLiteral("/never")));
    }
    SECTION("a receipt for another package is refused and cannot be recorded")
    {
        const QString other = dir + QStringLiteral("/other.mlap");
        REQUIRE(writeBytes(other, samplePackage()));
        gui::ImportReceiptDialog wrong;
        wrong.setFiles(dir + QStringLiteral("/request.mlapr"), other, {}, recipientEc().caPath);
        CHECK_FALSE(wrong.check());
        CHECK(wrong.report().contains(QStringLiteral("another package")));
        CHECK_FALSE(wrong.recordInDraft(draftPath));
    }
}

TEST_CASE("the Transmission menu has its four actions with keyboard mnemonics", "[transmit][gui]")
{
    gui::TransmitMenu menu;
    REQUIRE(menu.actions().size() == 4);
    for (QAction* a : menu.actions())
        CHECK(a->text().contains(u'&'));
    CHECK(menu.title().contains(u'&'));
}
