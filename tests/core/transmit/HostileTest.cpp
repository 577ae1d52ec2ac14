// The bad-input corpus of issue 13, made by the tests into a scratch folder: each package must
// be refused with a message naming the problem, exit 1 (a check failed) or 2 (unreadable), and
// nothing may be written: neither the output folder nor anything beside it.
#include "TransmitTestSupport.h"

#include "transmit/Cms.h"
#include "transmit/PackageFormat.h"
#include "transmit/Tar.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <cstring>

using namespace mla;
using namespace mla::test;

namespace {

struct Base
{
    transmit::CreatedPackage created;
    QList<transmit::TarEntry> files; // as sent, without the manifest
};

const Base& base()
{
    static const Base b = [] {
        Base out;
        Result<transmit::CreatedPackage> c = transmit::createPackage(sampleSpec(), sender().identity);
        REQUIRE(c.ok());
        out.created = c.value();
        Result<QByteArray> payload = transmit::decryptContent(c.value().bytes, recipientRsa().identity, {});
        REQUIRE(payload.ok());
        Result<QList<transmit::TarEntry>> entries =
            transmit::readTar(payload.value(), {}, {1000, transmit::maxFileBytes, transmit::maxTotalBytes});
        REQUIRE(entries.ok());
        out.files = entries.value().mid(1);
        return out;
    }();
    return b;
}

QJsonObject manifestObject()
{
    return QJsonDocument::fromJson(base().created.manifestJson).object();
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray assemble(const QByteArray& manifestJson, const QList<transmit::TarEntry>& files,
                    const transmit::TransmitIdentity& signer = sender().identity)
{
    Result<QByteArray> pkg =
        transmit::assemblePackage(manifestJson, files, signer, {recipientRsa().demo.signerPem});
    REQUIRE(pkg.ok());
    return pkg.value();
}

QByteArray encrypt(const QByteArray& payload)
{
    Result<QByteArray> pkg = transmit::encryptContent(payload, {recipientRsa().demo.signerPem});
    REQUIRE(pkg.ok());
    return pkg.value();
}

QByteArray signedManifest()
{
    Result<QByteArray> s = transmit::signContent(base().created.manifestJson, sender().identity);
    REQUIRE(s.ok());
    return s.value();
}

// A raw ustar header block (checksum fixed), for entries the writer would never make.
QByteArray header(const QByteArray& name, qint64 size, char type)
{
    QByteArray h(512, '\0');
    std::memcpy(h.data(), name.constData(), size_t(qMin<qsizetype>(name.size(), 100)));
    std::memcpy(h.data() + 100, "0000644", 7);
    std::memcpy(h.data() + 108, "0000000", 7);
    std::memcpy(h.data() + 116, "0000000", 7);
    const QByteArray sz = QByteArray::number(size, 8).rightJustified(11, '0');
    std::memcpy(h.data() + 124, sz.constData(), 11);
    std::memcpy(h.data() + 136, "00000000000", 11);
    h[156] = type;
    std::memcpy(h.data() + 257, "ustar", 6);
    std::memcpy(h.data() + 263, "00", 2);
    unsigned sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += (i >= 148 && i < 156) ? unsigned(' ') : unsigned(static_cast<unsigned char>(h[i]));
    const QByteArray cs = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h.data() + 148, cs.constData(), 6);
    h[154] = '\0';
    h[155] = ' ';
    return h;
}

QByteArray manifestEntry()
{
    return transmit::writeTar({{QString::fromLatin1(transmit::manifestEntryName), signedManifest()}}, {})
        .chopped(1024);
}

struct Case
{
    const char* name;
    QByteArray bytes;
    int exitCode;        // 1: a check failed, 2: unreadable
    const char* message; // part of the message the user reads
    const Party* opener = nullptr;
};

QList<Case> corpus()
{
    QList<Case> cases;
    const QByteArray good = base().created.bytes;

    cases.append({"wrong-recipient-key", good, 2, "is not addressed to", &stranger()});
    QByteArray flipped = good;
    flipped[flipped.size() - 200] = char(flipped.at(flipped.size() - 200) ^ 0x01);
    cases.append({"ciphertext-byte-changed", flipped, 2, "damaged or altered"});
    cases.append({"truncated", good.left(good.size() / 2), 2, "not an encrypted package"});
    cases.append({"not-a-package", QByteArrayLiteral("PK\x03\x04 this is a zip, not a package"), 2,
                  "not an encrypted package"});

    {
        // The signed bytes changed after signing (same length, so the DER still parses).
        QByteArray sm = signedManifest();
        const int at = int(sm.indexOf("OUR-2026-0042"));
        REQUIRE(at > 0);
        sm[at + 12] = '3';
        QList<transmit::TarEntry> entries{{QString::fromLatin1(transmit::manifestEntryName), sm}};
        entries << base().files;
        cases.append({"manifest-changed-after-signing", encrypt(transmit::writeTar(entries, {})), 1,
                      "manifest was changed after signing"});
    }
    {
        QJsonObject m = manifestObject();
        m.insert(QStringLiteral("senderCertificate"), QString::fromLatin1(stranger().identity.fingerprint()));
        cases.append(
            {"untrusted-signer", assemble(json(m), base().files, stranger().identity), 1, "is not trusted"});
    }
    cases.append({"file-missing", assemble(base().created.manifestJson, base().files.mid(0, 3)), 1,
                  "missing from the package: evidence.txt"});
    {
        QList<transmit::TarEntry> files = base().files;
        files.append({QStringLiteral("extra.exe"), QByteArrayLiteral("MZ")});
        cases.append({"file-extra", assemble(base().created.manifestJson, files), 1,
                      "not in the manifest: extra.exe"});
    }
    {
        QList<transmit::TarEntry> files = base().files;
        files[3].data[0] = 'B';
        cases.append(
            {"hash-differs", assemble(base().created.manifestJson, files), 1, "differs from the manifest"});
    }
    for (const auto& [caseName, badName] :
         {std::pair{"manifest-dotdot-name", QStringLiteral("../evidence.txt")},
          std::pair{"manifest-absolute-name", QStringLiteral("/tmp/evidence.txt")},
          std::pair{"manifest-nul-name", QStringLiteral("evidence") + QChar(0) + QStringLiteral(".txt")},
          std::pair{"manifest-backslash-name", QStringLiteral("..\\evidence.txt")}}) {
        QJsonObject m = manifestObject();
        QJsonArray files = m.value(QStringLiteral("files")).toArray();
        QJsonObject f = files.at(3).toObject();
        f.insert(QStringLiteral("name"), badName);
        files.replace(3, f);
        m.insert(QStringLiteral("files"), files);
        QList<transmit::TarEntry> entries = base().files;
        cases.append({caseName, assemble(json(m), entries), 1, "refused"});
    }
    for (const auto& [caseName, badName] :
         {std::pair{"entry-dotdot-name", QByteArrayLiteral("../evil.txt")},
          std::pair{"entry-absolute-name", QByteArrayLiteral("/tmp/evil.txt")},
          std::pair{"entry-dot-name", QByteArrayLiteral(".bashrc")}}) {
        QByteArray tar = manifestEntry();
        tar += header(badName, 4, '0') + QByteArray("evil").leftJustified(512, '\0');
        tar += QByteArray(1024, '\0');
        cases.append({caseName, encrypt(tar), 2, "entry '"});
    }
    {
        QByteArray tar = manifestEntry();
        tar += header("link.txt", 0, '2');
        tar += QByteArray(1024, '\0');
        cases.append({"entry-symlink", encrypt(tar), 2, "a symbolic link is not allowed"});
    }
    {
        QByteArray tar = manifestEntry();
        tar += header("huge.bin", 5LL * 1024 * 1024 * 1024, '0') + QByteArray(512, 'x');
        tar += QByteArray(1024, '\0');
        cases.append({"entry-declares-gigabytes", encrypt(tar), 2, "over the cap"});
    }
    {
        QJsonObject m = manifestObject();
        QJsonArray files = m.value(QStringLiteral("files")).toArray();
        QJsonObject f = files.at(3).toObject();
        f.insert(QStringLiteral("size"), 5.0 * 1024 * 1024 * 1024);
        files.replace(3, f);
        m.insert(QStringLiteral("files"), files);
        cases.append({"manifest-declares-gigabytes", assemble(json(m), base().files), 1, "over the cap"});
    }
    {
        QByteArray tar = manifestEntry();
        for (int i = 0; i < 3000; ++i)
            tar += header(QByteArray("f") + QByteArray::number(i), 0, '0');
        tar += QByteArray(1024, '\0');
        cases.append({"thousands-of-entries", encrypt(tar), 2, "more than"});
    }
    {
        QJsonObject m = manifestObject();
        QJsonArray files = m.value(QStringLiteral("files")).toArray();
        const QJsonObject f = files.at(3).toObject();
        for (int i = 0; i < 3000; ++i) {
            QJsonObject g = f;
            g.insert(QStringLiteral("name"), QStringLiteral("f%1.txt").arg(i));
            files.append(g);
        }
        m.insert(QStringLiteral("files"), files);
        cases.append({"manifest-thousands-of-files", assemble(json(m), base().files), 1, "over the cap"});
    }
    {
        QJsonObject m = manifestObject();
        m.insert(QStringLiteral("version"), 9);
        cases.append(
            {"manifest-newer-version", assemble(json(m), base().files), 1, "newer than this build reads"});
    }
    cases.append({"manifest-not-json",
                  assemble(QByteArrayLiteral("{\"format\": \"mlawriter-package\","), base().files), 1,
                  "not JSON"});
    {
        // Not the manifest first: an archive of the files only.
        cases.append({"no-manifest", encrypt(transmit::writeTar(base().files, {})), 2,
                      "does not start with its signed manifest"});
    }
    {
        QByteArray tar = transmit::writeTar(base().files, {});
        tar = manifestEntry() + tar.left(tar.size() - 1024 - 300);
        cases.append({"payload-truncated", encrypt(tar), 2, "truncated"});
    }
    return cases;
}

} // namespace

TEST_CASE("every package of the bad-input corpus is refused with its reason and nothing is written",
          "[transmit][hostile]")
{
    const QString corpusDir = scratch(QStringLiteral("corpus"));
    const QString trust = corpusDir + QStringLiteral("/trust.pem");
    REQUIRE(writeBytes(trust, trustAll().join()));
    for (const Case& c : corpus()) {
        DYNAMIC_SECTION(c.name)
        {
            const Party& opener = c.opener ? *c.opener : recipientRsa();
            const QString dir = scratch(QString::fromLatin1(c.name));
            const QString file =
                dir + QStringLiteral("/") + QString::fromLatin1(c.name) + QStringLiteral(".mlap");
            REQUIRE(writeBytes(file, c.bytes));
            // Core: an Error (unreadable) or a report with a failing check; never extracted.
            Result<transmit::OpenedPackage> opened =
                transmit::openPackage(c.bytes, opener.identity, trustAll(), QString::fromLatin1(c.name));
            if (opened.ok()) {
                INFO(opened.value().toText().toStdString());
                CHECK_FALSE(opened.value().allPassed());
                CHECK(c.exitCode == 1);
                CHECK_FALSE(transmit::extractPackage(opened.value(), dir + QStringLiteral("/core-out")).ok());
            } else {
                CHECK(c.exitCode == 2);
            }
            // Command line: the exit code, the reason, and nothing written.
            QString out, err;
            const int code =
                runPackage({QStringLiteral("open"), file, QStringLiteral("--p12"), opener.p12Path,
                            QStringLiteral("--pass-file"), passFile(), QStringLiteral("--trust"), trust,
                            QStringLiteral("--out"), dir + QStringLiteral("/out")},
                           &out, &err);
            INFO(err.toStdString());
            CHECK(code == c.exitCode);
            CHECK(err.contains(QString::fromUtf8(c.message)));
            CHECK(filesUnder(dir) == QStringList{QString::fromLatin1(c.name) + QStringLiteral(".mlap")});
        }
    }
}

TEST_CASE("the archive reader refuses what the package writer never makes", "[transmit][hostile][payload]")
{
    const transmit::TarLimits limits{10, 1024, 4096};
    SECTION("a checksum that does not match")
    {
        QByteArray tar = transmit::writeTar({{QStringLiteral("a.txt"), QByteArrayLiteral("abc")}}, {});
        tar[0] = 'b';
        Result<QList<transmit::TarEntry>> r = transmit::readTar(tar, QStringLiteral("t"), limits);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().detail.contains(QStringLiteral("checksum")));
    }
    SECTION("the same name twice, in another case")
    {
        const QByteArray tar = transmit::writeTar({{QStringLiteral("a.txt"), QByteArrayLiteral("1")},
                                                   {QStringLiteral("A.TXT"), QByteArrayLiteral("2")}},
                                                  {});
        Result<QList<transmit::TarEntry>> r = transmit::readTar(tar, QStringLiteral("t"), limits);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().detail.contains(QStringLiteral("appears twice")));
    }
    SECTION("every unsafe name is named")
    {
        for (const QString& name :
             {QString(), QStringLiteral(".."), QStringLiteral("a/b"), QStringLiteral("a\\b"),
              QStringLiteral("c:x"), QStringLiteral("CON.txt"), QStringLiteral("x\u0001"),
              QStringLiteral("trailing."), QString(101, u'a')})
            CHECK_FALSE(transmit::unsafeNameReason(name).isEmpty());
        CHECK(transmit::unsafeNameReason(QStringLiteral("solicitud.es.pdf")).isEmpty());
        CHECK(transmit::unsafeNameReason(QStringLiteral("请求.zh.pdf")).isEmpty());
    }
}
