#include "TransmitTestSupport.h"

#include "transmit/Cms.h"
#include "transmit/Receipt.h"

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

namespace {

struct Sent
{
    QByteArray package;
    transmit::OpenedPackage opened;
    QByteArray receipt;
};

const Sent& sent()
{
    static const Sent s = [] {
        Sent out;
        out.package = samplePackage();
        Result<transmit::OpenedPackage> opened =
            transmit::openPackage(out.package, recipientRsa().identity, trustAll(), QStringLiteral("pkg"));
        REQUIRE(opened.ok());
        REQUIRE(opened.value().allPassed());
        out.opened = opened.value();
        Result<QByteArray> receipt =
            transmit::createReceipt(out.opened, recipientRsa().identity, QStringLiteral("THEIR-77/2026"));
        REQUIRE(receipt.ok());
        out.receipt = receipt.value();
        return out;
    }();
    return s;
}

QStringList failedIds(const transmit::ReceiptVerdict& v)
{
    QStringList ids;
    for (const transmit::PackageCheck& c : v.checks)
        if (!c.ok)
            ids << c.id;
    return ids;
}

} // namespace

TEST_CASE("a receipt names the package, both hashes, the opener and every check", "[transmit][receipt]")
{
    Result<transmit::ReceiptVerdict> v = transmit::checkReceipt(sent().receipt, sent().package, trustAll(),
                                                                &sender().identity, QStringLiteral("r"));
    REQUIRE(v.ok());
    INFO(v.value().toText().toStdString());
    CHECK(v.value().allPassed());
    const transmit::Receipt& r = v.value().receipt;
    CHECK(r.packageId == sent().opened.manifest.packageId);
    CHECK(r.packageSha256 == QString::fromLatin1(transmit::sha256Hex(sent().package)));
    CHECK(r.manifestSha256 == QString::fromLatin1(sent().opened.manifestSha256));
    CHECK(r.recipientReference == QStringLiteral("THEIR-77/2026"));
    CHECK(r.senderReference == QStringLiteral("OUR-2026-0042"));
    CHECK(r.allPassed);
    CHECK(r.checks.size() == sent().opened.checks.size());
    CHECK(r.openedAt.isValid());

    SECTION("without the sender's key the trust anchors decide")
    {
        Result<transmit::ReceiptVerdict> w =
            transmit::checkReceipt(sent().receipt, sent().package, trustAll(), nullptr, QStringLiteral("r"));
        REQUIRE(w.ok());
        CHECK(w.value().allPassed());
    }
    SECTION("without trust anchors, the sender's signed manifest pins the recipient")
    {
        Result<transmit::ReceiptVerdict> w = transmit::checkReceipt(sent().receipt, sent().package, {},
                                                                    &sender().identity, QStringLiteral("r"));
        REQUIRE(w.ok());
        CHECK(w.value().allPassed());
    }
    SECTION("openssl cms -verify accepts the receipt")
    {
        const QString dir = scratch(QStringLiteral("receipt-openssl"));
        REQUIRE(writeBytes(dir + QStringLiteral("/r.mlapr"), sent().receipt));
        Tool t =
            runTool(QStringLiteral("openssl"),
                    {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                     QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                     dir + QStringLiteral("/r.mlapr"), QStringLiteral("-CAfile"), recipientRsa().caPath});
        INFO(t.err.toStdString());
        REQUIRE(t.exitCode == 0);
        CHECK(t.out.contains("\"packageId\""));
    }
}

TEST_CASE("a receipt for another package is refused", "[transmit][receipt][hostile]")
{
    const QByteArray other = samplePackage();
    Result<transmit::ReceiptVerdict> v =
        transmit::checkReceipt(sent().receipt, other, trustAll(), &sender().identity, QStringLiteral("r"));
    REQUIRE(v.ok());
    CHECK_FALSE(v.value().allPassed());
    CHECK(failedIds(v.value()).contains(QStringLiteral("receipt.package")));
    CHECK(failedIds(v.value()).contains(QStringLiteral("receipt.packageId")));
}

TEST_CASE("a receipt whose hash was changed is refused", "[transmit][receipt][hostile]")
{
    QByteArray changed = sent().receipt;
    const QByteArray sha = transmit::sha256Hex(sent().package);
    const int at = int(changed.indexOf(sha));
    REQUIRE(at > 0);
    changed[at] = changed.at(at) == 'a' ? 'b' : 'a';
    Result<transmit::ReceiptVerdict> v =
        transmit::checkReceipt(changed, sent().package, trustAll(), &sender().identity, QStringLiteral("r"));
    REQUIRE(v.ok());
    CHECK_FALSE(v.value().allPassed());
    CHECK(failedIds(v.value()).contains(QStringLiteral("receipt.signature")));
    CHECK(failedIds(v.value()).contains(QStringLiteral("receipt.package")));
}

TEST_CASE("a receipt signed by someone the package was not addressed to is refused",
          "[transmit][receipt][hostile]")
{
    Result<QByteArray> forged =
        transmit::createReceipt(sent().opened, stranger().identity, QStringLiteral("X"));
    REQUIRE(forged.ok());
    Result<transmit::ReceiptVerdict> v = transmit::checkReceipt(forged.value(), sent().package, trustAll(),
                                                                &sender().identity, QStringLiteral("r"));
    REQUIRE(v.ok());
    CHECK(failedIds(v.value()) == QStringList{QStringLiteral("receipt.signer")});
}

TEST_CASE("a receipt that reports failed checks is not an acknowledgement", "[transmit][receipt]")
{
    transmit::OpenedPackage failed = sent().opened;
    failed.checks.append({QStringLiteral("pdf:request.en.pdf"), false, QStringLiteral("signature broken")});
    Result<QByteArray> receipt = transmit::createReceipt(failed, recipientRsa().identity, {});
    REQUIRE(receipt.ok());
    Result<transmit::ReceiptVerdict> v = transmit::checkReceipt(receipt.value(), sent().package, trustAll(),
                                                                &sender().identity, QStringLiteral("r"));
    REQUIRE(v.ok());
    CHECK(failedIds(v.value()) == QStringList{QStringLiteral("receipt.verdict")});
    CHECK(v.value().failures().join(u' ').contains(QStringLiteral("pdf:request.en.pdf")));
}

TEST_CASE("what is not a receipt is unreadable", "[transmit][receipt][hostile]")
{
    for (const QByteArray& bad : {QByteArray(), QByteArrayLiteral("not DER"), sent().receipt.left(100),
                                  sent().package, QByteArray(2 * 1024 * 1024, '\x30')}) {
        Result<transmit::ReceiptVerdict> v =
            transmit::checkReceipt(bad, sent().package, trustAll(), nullptr, QStringLiteral("r"));
        CHECK_FALSE(v.ok());
    }
    // A signed manifest is signed JSON but not a receipt.
    Result<transmit::ReceiptVerdict> v = transmit::checkReceipt(sent().opened.signedManifest, sent().package,
                                                                trustAll(), nullptr, QStringLiteral("r"));
    REQUIRE_FALSE(v.ok());
    CHECK(v.error().code == QStringLiteral("transmit.receipt.format"));
}
