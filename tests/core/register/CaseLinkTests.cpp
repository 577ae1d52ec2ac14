// Where drafts and transmission meet the register, on both engines: the case of a draft (by
// its UUID, else its reference), the measures and ICCS codes of a listed page, an event
// recorded together with its document (both or neither), the events of a draft's history, and
// the migration that adds the request-id index to a version 1 register.
#include "RegisterTestSupport.h"
#include "TestSupport.h"

#include "draft/DraftFile.h"
#include "register/CaseFromDraft.h"
#include "register/CaseLink.h"
#include "register/Register.h"
#include "register/Schema.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace mla;
using namespace mla::reg;
using mla::test::Engine;

namespace {

std::unique_ptr<Register> openOk(const QString& url)
{
    auto r = Register::open(url);
    INFO((r ? std::string() : r.error().toString().toStdString()));
    REQUIRE(r);
    return std::move(r.value());
}

Request sample()
{
    const QDir dir(test::sourcePath(QStringLiteral("templates/samples")));
    const QStringList files = dir.entryList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Name);
    REQUIRE(!files.isEmpty());
    auto r = draft::DraftFile::read(dir.filePath(files.first()));
    REQUIRE(r);
    return r.value();
}

} // namespace

TEST_CASE("the case of a draft, and the measures and offences of a listed page", "[register][link]")
{
    for (const Engine& engine : test::freshEngines()) {
        INFO(engine.name.toStdString());
        auto r = openOk(engine.url);
        Request request = sample();
        REQUIRE(!request.measures.isEmpty());
        DraftOrigin o;
        o.path = QStringLiteral("/tmp/sample.mlar");
        o.bytes = draft::DraftFile::serialize(request);
        NewCase nc = caseFromDraft(request, o);
        REQUIRE(!nc.data.measures.isEmpty());
        REQUIRE(!nc.data.iccs.isEmpty());
        auto added = r->addCase(nc);
        MLA_REQUIRE_OK(added);

        // by the draft's UUID, whatever its reference says now
        Request renamed = request;
        renamed.authority.reference = QStringLiteral("SOMETHING-ELSE");
        auto found = findCaseOfDraft(*r, renamed);
        MLA_REQUIRE_OK(found);
        CHECK(found.value().ourRef == added.value().ourRef);
        // by the reference when the UUID is unknown (registered by hand)
        Request other = request;
        other.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
        NewCase byHand;
        byHand.data.ourRef = QStringLiteral("BY-HAND-1");
        byHand.data.requestingState = QStringLiteral("FRA");
        byHand.data.requestedState = QStringLiteral("ESP");
        MLA_REQUIRE_OK(r->addCase(byHand));
        other.authority.reference = QStringLiteral("BY-HAND-1");
        auto byRef = findCaseOfDraft(*r, other);
        MLA_REQUIRE_OK(byRef);
        CHECK(byRef.value().ourRef == QLatin1String("BY-HAND-1"));
        // never the case of another draft
        other.authority.reference = added.value().ourRef;
        auto foreign = findCaseOfDraft(*r, other);
        REQUIRE_FALSE(foreign);
        CHECK(foreign.error().code == QLatin1String("register.unknown-case"));
        CHECK(r->findByRequestId(QStringLiteral("no-such-id")).error().code ==
              QLatin1String("register.unknown-case"));

        // a listed page holds what each case holds (it used to list them empty)
        CaseFilter f;
        auto page = r->listCases(f);
        MLA_REQUIRE_OK(page);
        REQUIRE(page.value().cases.size() == 2);
        for (const Case& c : page.value().cases) {
            auto one = r->findCase(c.ourRef);
            MLA_REQUIRE_OK(one);
            CHECK(c.measures == one.value().measures);
            CHECK(c.iccs == one.value().iccs);
        }
        const Case& listed = page.value().cases.last().ourRef == added.value().ourRef
                                 ? page.value().cases.last()
                                 : page.value().cases.first();
        QStringList measures = nc.data.measures, iccs = nc.data.iccs;
        measures.sort();
        iccs.sort();
        CHECK(listed.measures == measures);
        CHECK(listed.iccs == iccs);
    }
}

TEST_CASE("an event with its document is recorded whole or not at all", "[register][link]")
{
    for (const Engine& engine : test::freshEngines()) {
        INFO(engine.name.toStdString());
        auto r = openOk(engine.url);
        NewCase nc;
        nc.data.ourRef = QStringLiteral("DOC-1");
        nc.data.requestingState = QStringLiteral("FRA");
        nc.data.requestedState = QStringLiteral("ESP");
        Event signedEvent;
        signedEvent.kind = QStringLiteral("signed");
        signedEvent.date = QDate::currentDate().addDays(-2);
        nc.events << signedEvent;
        auto c = r->addCase(nc);
        MLA_REQUIRE_OK(c);

        Document pkg;
        pkg.path = QStringLiteral("/srv/out/DOC-1.mlap");
        pkg.sha256 = sha256Hex("package bytes");
        pkg.kind = QStringLiteral("package");
        Event sent;
        sent.kind = QStringLiteral("sent");
        sent.date = QDate::currentDate();
        sent.channel = QStringLiteral("diplomatic");
        auto done = r->addEvent(QStringLiteral("DOC-1"), sent, c.value().version, QDate::currentDate(), &pkg);
        MLA_REQUIRE_OK(done);
        auto events = r->events(c.value().id);
        auto docs = r->documents(c.value().id);
        MLA_REQUIRE_OK(events);
        MLA_REQUIRE_OK(docs);
        REQUIRE(docs.value().size() == 1);
        CHECK(docs.value().first().sha256 == pkg.sha256);
        CHECK(events.value().last().kind == QLatin1String("sent"));
        CHECK(events.value().last().channel == QLatin1String("diplomatic"));
        CHECK(events.value().last().documentId == docs.value().first().id);

        // a refused event (in the future) leaves no document behind
        Event future;
        future.kind = QStringLiteral("acknowledged");
        future.date = QDate::currentDate().addDays(3);
        Document receipt = pkg;
        receipt.kind = QStringLiteral("receipt");
        auto refused = r->addEvent(QStringLiteral("DOC-1"), future, done.value().updated.version,
                                   QDate::currentDate(), &receipt);
        REQUIRE_FALSE(refused);
        CHECK(r->documents(c.value().id).value().size() == 1);
        CHECK(r->events(c.value().id).value().size() == 2);
        // an unknown document kind is refused before anything is written
        receipt.kind = QStringLiteral("photo");
        future.date = QDate::currentDate();
        auto badKind = r->addEvent(QStringLiteral("DOC-1"), future, done.value().updated.version,
                                   QDate::currentDate(), &receipt);
        REQUIRE_FALSE(badKind);
        CHECK(badKind.error().code == QLatin1String("register.invalid"));
        CHECK(r->events(c.value().id).value().size() == 2);
    }
}

TEST_CASE("the draft's workflow steps map onto timeline events", "[register][link]")
{
    CHECK(eventKindForAction(QStringLiteral("submitted")) == QLatin1String("submitted"));
    CHECK(eventKindForAction(QStringLiteral("returned")) == QLatin1String("returned"));
    CHECK(eventKindForAction(QStringLiteral("approved")) == QLatin1String("approved"));
    CHECK(eventKindForAction(QStringLiteral("signed")) == QLatin1String("signed"));
    CHECK(eventKindForAction(QStringLiteral("countersigned")) == QLatin1String("signed"));
    CHECK(eventKindForAction(QStringLiteral("reopened")).isEmpty());
    CHECK(eventKindForAction(QStringLiteral("comment")).isEmpty());
    const HistoryEntry h{QDateTime(QDate(2026, 11, 30), QTime(23, 30), Qt::UTC),
                         QStringLiteral("reviewer"),
                         QStringLiteral("approved"),
                         {}};
    const Event e = eventFromHistory(h);
    CHECK(e.kind == QLatin1String("approved"));
    CHECK(e.date == QDate(2026, 11, 30)); // the day in UTC
    CHECK(e.note.contains(QLatin1String("reviewer")));
}

TEST_CASE("a version 1 register is migrated to version 2 with the request-id index", "[register][link]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString& s : Schema::statements(1, QStringLiteral("sqlite")))
            REQUIRE(q.exec(s));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO register_meta (key, value) VALUES ('application', "
                                      "'mlawriter-register'), ('schema_version', '1')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO cases (our_ref, direction, requesting_state, "
                                      "requested_state, legal_basis, request_id, "
                                      "created_at, updated_at, updated_by) VALUES ('OLD-1', 'outgoing', "
                                      "'FRA', 'ESP', 'untoc', 'uuid-1', "
                                      "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'test')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    {
        auto r = openOk(path);
        auto found = r->findByRequestId(QStringLiteral("uuid-1"));
        MLA_REQUIRE_OK(found);
        CHECK(found.value().ourRef == QLatin1String("OLD-1"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
    db.setDatabaseName(path);
    REQUIRE(db.open());
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM register_meta WHERE key = 'schema_version'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QString::number(Schema::latestVersion()));
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name = "
                                      "'cases_request_id'")));
        CHECK(q.next());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
}
