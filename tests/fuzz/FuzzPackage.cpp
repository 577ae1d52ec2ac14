// Fuzz target "package": every parser of a request package and its receipt, chosen by the first
// byte of the input (the rest is the parser's input):
//   0 the ustar payload reader, 1 the manifest JSON, 2 the receipt JSON, 3 CMS SignedData (the
//   signed manifest or receipt), 4 a whole package (CMS enveloped, decrypted with a fixed DEMO
//   identity), 5 a receipt checked against a fixed package.
// Properties: never crash, hang or leak; what the payload reader accepts is written back and
// read again to the same entries; an accepted manifest or receipt survives its own JSON.
#include "FuzzSupport.h"

#include "transmit/Cms.h"
#include "transmit/Manifest.h"
#include "transmit/Package.h"
#include "transmit/PackageFormat.h"
#include "transmit/Receipt.h"
#include "transmit/Tar.h"

namespace {

const mla::transmit::TransmitIdentity& identity()
{
    static const mla::transmit::TransmitIdentity id = [] {
        auto demo = mla::transmit::createDemoAuthority(QByteArrayLiteral("fuzz"));
        if (!demo.ok())
            mla::fuzz::broken("cannot create the DEMO authority", demo.error().detail);
        auto loaded = mla::transmit::loadTransmitIdentity(demo.value().p12, QByteArrayLiteral("fuzz"),
                                                          QStringLiteral("fuzz.p12"));
        if (!loaded.ok())
            mla::fuzz::broken("cannot load the DEMO authority", loaded.error().detail);
        return loaded.value();
    }();
    return id;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace mla::transmit;
    mla::fuzz::init();
    if (size < 1)
        return 0;
    const QByteArray input = mla::fuzz::bytes(data + 1, size - 1);
    const QString label = QStringLiteral("fuzz");
    switch (data[0] % 6) {
    case 0: {
        const TarLimits limits{maxFiles + 1, maxFileBytes, maxTotalBytes};
        auto entries = readTar(input, label, limits);
        if (!entries.ok())
            return 0;
        auto again = readTar(writeTar(entries.value(), {}), label, limits);
        if (!again.ok())
            mla::fuzz::broken("an accepted payload cannot be read back after writing", again.error().detail);
        if (again.value().size() != entries.value().size())
            mla::fuzz::broken("writing a payload changes its entries");
        for (int i = 0; i < entries.value().size(); ++i)
            if (again.value().at(i).name != entries.value().at(i).name ||
                again.value().at(i).data != entries.value().at(i).data)
                mla::fuzz::broken("writing a payload changes its entries", entries.value().at(i).name);
        return 0;
    }
    case 1: {
        auto m = Manifest::fromJson(input, label);
        if (!m.ok())
            return 0;
        auto back = Manifest::fromJson(m.value().toJson(), label);
        if (!back.ok())
            mla::fuzz::broken("an accepted manifest cannot be read back", back.error().detail);
        if (back.value().toJson() != m.value().toJson())
            mla::fuzz::broken("writing a manifest is not canonical");
        return 0;
    }
    case 2: {
        auto r = Receipt::fromJson(input, label);
        if (r.ok() && !Receipt::fromJson(r.value().toJson(), label).ok())
            mla::fuzz::broken("an accepted receipt cannot be read back");
        return 0;
    }
    case 3:
        (void)readSignedContent(input, {}, label, maxManifestBytes);
        return 0;
    case 4:
        (void)openPackage(input, identity(), {}, label);
        return 0;
    default: {
        static const QByteArray sent = QByteArrayLiteral("a package as sent");
        (void)checkReceipt(input, sent, {}, nullptr, label);
        return 0;
    }
    }
}
