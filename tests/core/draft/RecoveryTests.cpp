#include "draft/DraftFile.h"
#include "draft/Recovery.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QThread>

using namespace mla;
using namespace mla::draft;

TEST_CASE("a snapshot is listed as pending until discarded and restores the request", "[draft][recovery]")
{
    QTemporaryDir tmp;
    Recovery rec(tmp.filePath(QStringLiteral("recovery")));
    Request r;
    r.id = QStringLiteral("../../etc/passwd"); // a hostile id never becomes a path
    r.requestedState = QStringLiteral("UKR");
    r.proceedings.caseReference = QStringLiteral("JI 26/1");
    const QString original = tmp.filePath(QStringLiteral("case.mlar"));
    REQUIRE(rec.save(r, original).ok());

    const auto pending = rec.pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending.first().recoveryFile.startsWith(rec.directory()));
    CHECK(pending.first().originalPath == original);
    CHECK(pending.first().title == QStringLiteral("UKR - JI 26/1"));
    const auto restored = Recovery::load(pending.first().recoveryFile);
    REQUIRE(restored.ok());
    CHECK(restored.value() == r);

    // The draft file does not exist yet: the snapshot belongs to it.
    CHECK(rec.findFor(original).has_value());
    rec.discard(r.id);
    CHECK(rec.pending().isEmpty());
    CHECK_FALSE(rec.findFor(original).has_value());
}

TEST_CASE("a snapshot older than the saved draft is not offered for that draft", "[draft][recovery]")
{
    QTemporaryDir tmp;
    Recovery rec(tmp.filePath(QStringLiteral("recovery")));
    Request r;
    r.id = QStringLiteral("r2");
    const QString original = tmp.filePath(QStringLiteral("case.mlar"));
    REQUIRE(rec.save(r, original).ok());
    QThread::msleep(1100); // file times have one-second resolution on some file systems
    REQUIRE(DraftFile::write(r, original).ok());
    CHECK_FALSE(rec.findFor(original).has_value());
}

TEST_CASE("a corrupt snapshot is reported and not trusted", "[draft][recovery]")
{
    QTemporaryDir tmp;
    Recovery rec(tmp.path());
    Request r;
    r.id = QStringLiteral("r3");
    REQUIRE(rec.save(r, {}).ok());
    const QString file = rec.pending().first().recoveryFile;
    REQUIRE(test::writeAll(file, "<?xml version=\"1.0\"?><request"));
    const auto loaded = Recovery::load(file);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().file == file);
}
