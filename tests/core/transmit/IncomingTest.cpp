// Incoming requests registered from what was received (core/incoming), into a real SQLite
// register: an opened package that passed every check, a signed PDF that carries its draft;
// and the refusals — a package that failed a check, an unsigned PDF, a PDF whose signature is
// not trusted, a PDF without a draft — each registering nothing.
#include "TransmitTestSupport.h"

#include "draft/DraftFile.h"
#include "incoming/Incoming.h"
#include "pdf/Identity.h"
#include "pdf/Signer.h"
#include "register/CaseFromDraft.h"
#include "register/Register.h"
#include "render/Renderer.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

namespace {

// The sample rendered (its draft embedded as the PDF's source file) and signed by the sender.
QByteArray renderedSignedSample(const QString& dir)
{
    Result<Request> r = draft::DraftFile::parse(sampleDraft(attachmentBytes), QStringLiteral("sample"));
    REQUIRE(r.ok());
    render::RenderContext ctx;
    ctx.language = QStringLiteral("en");
    ctx.draftWatermark = false;
    const QString path = dir + QStringLiteral("/rendered.pdf");
    auto rendered = render::renderPdf(r.value(), ctx, path);
    INFO((rendered ? std::string() : rendered.error().toString().toStdString()));
    REQUIRE(rendered.ok());
    Result<pdf::Identity> id =
        pdf::loadIdentityFromBytes(sender().demo.p12, transmitPassword, QStringLiteral("sender"));
    REQUIRE(id.ok());
    pdf::SignOptions options;
    options.invisible = true;
    Result<QByteArray> signedBytes = pdf::signPdf(readBytes(path), id.value(), options);
    REQUIRE(signedBytes.ok());
    return signedBytes.value();
}

std::unique_ptr<reg::Register> freshRegister(const QTemporaryDir& tmp)
{
    auto r = reg::Register::open(tmp.filePath(QStringLiteral("register.sqlite")));
    INFO((r ? std::string() : r.error().toString().toStdString()));
    REQUIRE(r.ok());
    return std::move(r.value());
}

} // namespace

TEST_CASE("an opened package is registered as an incoming case with its documents", "[transmit][incoming]")
{
    QTemporaryDir tmp;
    const QString pkgPath = tmp.filePath(QStringLiteral("in.mlap"));
    const QByteArray pkg = samplePackage();
    REQUIRE(writeBytes(pkgPath, pkg));
    Result<transmit::OpenedPackage> opened =
        transmit::openPackage(pkg, recipientRsa().identity, trustAll(), pkgPath);
    REQUIRE(opened.ok());
    REQUIRE(opened.value().allPassed());

    incoming::IncomingOptions options;
    options.ourRef = QStringLiteral("IN-2026-0001");
    options.handler = QStringLiteral("handler-1");
    options.received = QDate(2026, 12, 1);
    auto in = incoming::incomingFromPackage(opened.value(), pkgPath, options);
    INFO((in ? std::string() : in.error().toString().toStdString()));
    REQUIRE(in.ok());
    REQUIRE(in.value().draft.has_value());
    const reg::Case& c = in.value().newCase.data;
    CHECK(c.direction == QLatin1String("incoming"));
    CHECK(c.ourRef == QLatin1String("IN-2026-0001"));
    CHECK(c.theirRef == in.value().draft->authority.reference);
    CHECK(c.requestingState == in.value().draft->requestingState);
    CHECK(c.handler == QLatin1String("handler-1"));
    CHECK(!c.measures.isEmpty());

    auto r = freshRegister(tmp);
    auto added = r->addCase(in.value().newCase);
    INFO((added ? std::string() : added.error().toString().toStdString()));
    REQUIRE(added.ok());
    CHECK(added.value().status == QLatin1String("received"));
    CHECK(added.value().sentDate == QDate(2026, 12, 1));
    auto docs = r->documents(added.value().id);
    REQUIRE(docs.ok());
    // the package itself and each of its files, every one with the SHA-256 of its bytes
    REQUIRE(docs.value().size() == 1 + opened.value().manifest.files.size());
    CHECK(docs.value().first().kind == QLatin1String("package"));
    CHECK(docs.value().first().sha256 == reg::sha256Hex(pkg));
    for (const transmit::TarEntry& f : opened.value().files) {
        const QString expected = QFileInfo(pkgPath).absoluteFilePath() + u'#' + f.name;
        const auto it = std::find_if(docs.value().cbegin(), docs.value().cend(),
                                     [&](const reg::Document& d) { return d.path == expected; });
        REQUIRE(it != docs.value().cend());
        CHECK(it->sha256 == reg::sha256Hex(f.data));
    }
    auto events = r->events(added.value().id);
    REQUIRE(events.ok());
    REQUIRE(events.value().size() == 1);
    CHECK(events.value().first().note.contains(opened.value().manifest.packageId));

    SECTION("extracted first, the documents point at the extracted files")
    {
        const QString out = tmp.filePath(QStringLiteral("extracted"));
        REQUIRE(transmit::extractPackage(opened.value(), out).ok());
        options.ourRef = QStringLiteral("IN-2026-0002");
        auto again = incoming::incomingFromPackage(opened.value(), pkgPath, options, out);
        REQUIRE(again.ok());
        for (const reg::Document& d : again.value().newCase.documents)
            if (d.kind != QLatin1String("package"))
                CHECK(readBytes(d.path).size() > 0);
    }
}

TEST_CASE("a package that failed a check, or without our reference, is not registered",
          "[transmit][incoming]")
{
    QTemporaryDir tmp;
    const QByteArray pkg = samplePackage();
    // the sender's CA not trusted: the signature check fails
    Result<transmit::OpenedPackage> opened =
        transmit::openPackage(pkg, recipientRsa().identity, {}, QStringLiteral("in.mlap"));
    REQUIRE(opened.ok());
    REQUIRE_FALSE(opened.value().allPassed());
    incoming::IncomingOptions options;
    options.ourRef = QStringLiteral("IN-X");
    auto in = incoming::incomingFromPackage(opened.value(), QStringLiteral("in.mlap"), options);
    REQUIRE_FALSE(in.ok());
    CHECK(in.error().code == QLatin1String("incoming.unverified"));

    Result<transmit::OpenedPackage> good =
        transmit::openPackage(pkg, recipientRsa().identity, trustAll(), QStringLiteral("in.mlap"));
    REQUIRE(good.ok());
    options.ourRef = QStringLiteral("  ");
    auto noRef = incoming::incomingFromPackage(good.value(), QStringLiteral("in.mlap"), options);
    REQUIRE_FALSE(noRef.ok());
    CHECK(noRef.error().code == QLatin1String("incoming.reference"));
}

TEST_CASE("a received signed PDF carrying its draft is registered as an incoming case",
          "[transmit][incoming]")
{
    QTemporaryDir tmp;
    const QByteArray pdfBytes = renderedSignedSample(tmp.path());
    const QString pdfPath = tmp.filePath(QStringLiteral("received.en.pdf"));
    REQUIRE(writeBytes(pdfPath, pdfBytes));
    incoming::IncomingOptions options;
    options.ourRef = QStringLiteral("IN-PDF-1");
    options.received = QDate(2026, 11, 30);
    auto in = incoming::incomingFromPdf(pdfBytes, pdfPath, trustAll(), options);
    INFO((in ? std::string() : in.error().toString().toStdString()));
    REQUIRE(in.ok());
    REQUIRE(in.value().draft.has_value());
    const QByteArray canonical = draft::DraftFile::serialize(*in.value().draft);
    CHECK(canonical == sampleDraft(attachmentBytes));

    auto r = freshRegister(tmp);
    auto added = r->addCase(in.value().newCase);
    INFO((added ? std::string() : added.error().toString().toStdString()));
    REQUIRE(added.ok());
    CHECK(added.value().direction == QLatin1String("incoming"));
    CHECK(added.value().theirRef == in.value().draft->authority.reference);
    CHECK(added.value().requestId == in.value().draft->id);
    auto docs = r->documents(added.value().id);
    REQUIRE(docs.ok());
    REQUIRE(docs.value().size() == 2);
    CHECK(docs.value().at(0).kind == QLatin1String("signed-pdf"));
    CHECK(docs.value().at(0).sha256 == reg::sha256Hex(pdfBytes));
    CHECK(docs.value().at(1).kind == QLatin1String("draft"));
    CHECK(docs.value().at(1).path.endsWith(QLatin1String("received.en.pdf#request.mlar")));
    CHECK(docs.value().at(1).sha256 == reg::sha256Hex(canonical));

    SECTION("a PDF whose signer is not trusted registers nothing")
    {
        auto untrusted = incoming::incomingFromPdf(pdfBytes, pdfPath, {}, options);
        REQUIRE_FALSE(untrusted.ok());
        CHECK(untrusted.error().code == QLatin1String("incoming.unverified"));
    }
    SECTION("an unsigned PDF registers nothing")
    {
        auto unsignedPdf = incoming::incomingFromPdf(readBytes(tmp.filePath(QStringLiteral("rendered.pdf"))),
                                                     pdfPath, trustAll(), options);
        REQUIRE_FALSE(unsignedPdf.ok());
        CHECK(unsignedPdf.error().code == QLatin1String("incoming.unverified"));
        CHECK(unsignedPdf.error().detail.contains(QLatin1String("not signed")));
    }
    SECTION("a signed PDF without a draft registers nothing")
    {
        auto noDraft = incoming::incomingFromPdf(signedPdf(1), pdfPath, trustAll(), options);
        REQUIRE_FALSE(noDraft.ok());
        CHECK(noDraft.error().code == QLatin1String("incoming.draft"));
    }
}
