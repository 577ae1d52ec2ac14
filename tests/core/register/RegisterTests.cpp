// The case register on both engines: lifecycles of the bundled samples, derived status, views,
// optimistic locking, the audit log, and the refusals of bad input.
#include "RegisterTestSupport.h"
#include "TestSupport.h"

#include "draft/DraftFile.h"
#include "register/CaseFromDraft.h"
#include "register/EventKind.h"
#include "register/Register.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace mla;
using namespace mla::reg;
using mla::test::Engine;

namespace {

const QDate today(2026, 12, 1);

QStringList samples()
{
    const QDir dir(test::sourcePath(QStringLiteral("templates/samples")));
    QStringList out;
    for (const QString& f : dir.entryList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

std::unique_ptr<Register> openOk(const QString& url)
{
    auto r = Register::open(url);
    INFO((r ? std::string() : r.error().toString().toStdString()));
    REQUIRE(r);
    return std::move(r.value());
}

NewCase sampleCase(const QString& path)
{
    auto request = draft::DraftFile::read(path);
    REQUIRE(request);
    DraftOrigin o;
    o.path = path;
    o.bytes = test::readAll(path);
    return caseFromDraft(request.value(), o);
}

Event ev(const QString& kind, const QDate& date)
{
    Event e;
    e.kind = kind;
    e.date = date;
    return e;
}

// Adds an event and checks the status the register derives against the timeline's own.
Case step(Register& r, const QString& ref, Event e, const QString& expectedStatus)
{
    auto c = r.findCase(ref);
    REQUIRE(c);
    auto done = r.addEvent(ref, e, c.value().version, today);
    INFO(e.kind.toStdString() << " " << (done ? std::string() : done.error().toString().toStdString()));
    REQUIRE(done);
    CHECK(done.value().updated.version == c.value().version + 1);
    CHECK(done.value().updated.status == expectedStatus);
    auto timeline = r.events(c.value().id);
    REQUIRE(timeline);
    CHECK(EventKind::statusOf(timeline.value()) == expectedStatus);
    return done.value().updated;
}

} // namespace

TEST_CASE("each bundled sample is registered from its draft and lives through its timeline",
          "[register][samples]")
{
    const QStringList files = samples();
    REQUIRE(files.size() >= 3);
    for (const Engine& engine : test::freshEngines()) {
        INFO(engine.name.toStdString());
        auto r = openOk(engine.url);
        for (int i = 0; i < files.size(); ++i) {
            INFO(files[i].toStdString());
            const NewCase nc = sampleCase(files[i]);
            auto added = r->addCase(nc);
            MLA_REQUIRE_OK(added);
            const Case& c = added.value();
            const QString ref = c.ourRef;
            CHECK(c.status == QLatin1String("draft"));
            CHECK(c.direction == QLatin1String("outgoing"));
            CHECK_FALSE(c.measures.isEmpty());
            CHECK_FALSE(c.iccs.isEmpty());
            auto docs = r->documents(c.id);
            REQUIRE(docs);
            REQUIRE(docs.value().size() == 1);
            CHECK(docs.value().first().sha256 ==
                  QString::fromLatin1(
                      QCryptographicHash::hash(test::readAll(files[i]), QCryptographicHash::Sha256).toHex()));
            // The register stores no person's name from the draft.
            auto request = draft::DraftFile::read(files[i]);
            auto show = r->findCase(ref);
            for (const Person& p : request.value().persons) {
                CHECK_FALSE(show.value().requestingAuthority.contains(p.familyName));
                CHECK_FALSE(show.value().urgencyReasons.contains(p.familyName));
            }

            step(*r, ref, ev(QStringLiteral("submitted"), QDate(2026, 11, 3)), QStringLiteral("in-review"));
            step(*r, ref, ev(QStringLiteral("approved"), QDate(2026, 11, 4)), QStringLiteral("approved"));
            step(*r, ref, ev(QStringLiteral("signed"), QDate(2026, 11, 5)), QStringLiteral("signed"));
            Event sent = ev(QStringLiteral("sent"), QDate(2026, 11, 6));
            sent.channel = QStringLiteral("central-authority");
            Case now = step(*r, ref, sent, QStringLiteral("sent"));
            CHECK(now.sentDate == QDate(2026, 11, 6));
            Event ack = ev(QStringLiteral("acknowledged"), QDate(2026, 11, 12));
            ack.theirRef = QStringLiteral("THEIR-%1").arg(i);
            now = step(*r, ref, ack, QStringLiteral("acknowledged"));
            CHECK(now.theirRef == ack.theirRef);
            if (i == 0) {
                Event part = ev(QStringLiteral("partly-executed"), QDate(2026, 11, 20));
                part.measures = QStringList{c.measures.first()};
                step(*r, ref, part, QStringLiteral("partly-executed"));
                step(*r, ref, ev(QStringLiteral("executed"), QDate(2026, 11, 25)),
                     QStringLiteral("executed"));
            } else if (i == 1) {
                step(*r, ref, ev(QStringLiteral("consultation"), QDate(2026, 11, 15)),
                     QStringLiteral("in-consultation"));
                Event refused = ev(QStringLiteral("refused"), QDate(2026, 11, 22));
                refused.ground = QStringLiteral("b");
                refused.reasons = QStringLiteral("Essential interests (test).");
                step(*r, ref, refused, QStringLiteral("refused"));
            } else {
                step(*r, ref, ev(QStringLiteral("info-requested"), QDate(2026, 11, 14)),
                     QStringLiteral("awaiting-information"));
                step(*r, ref, ev(QStringLiteral("info-supplied"), QDate(2026, 11, 18)),
                     QStringLiteral("in-execution"));
                step(*r, ref, ev(QStringLiteral("withdrawn"), QDate(2026, 11, 26)),
                     QStringLiteral("withdrawn"));
            }
            now = step(*r, ref, ev(QStringLiteral("closed"), QDate(2026, 11, 30)), QStringLiteral("closed"));
            CHECK_FALSE(now.open);
            auto audit = r->audit(c.id);
            REQUIRE(audit);
            CHECK(audit.value().size() == now.version); // one entry per change, the first being case.add
            CHECK(audit.value().first().action == QLatin1String("case.add"));
        }
        auto st = r->statistics({}, {}, today);
        MLA_REQUIRE_OK(st);
        qint64 total = 0;
        for (const auto& row : st.value().totals)
            total += row.count;
        CHECK(total == files.size());
    }
}

TEST_CASE("events out of order, in the future, of unknown kinds or without required details are refused",
          "[register][validation]")
{
    for (const Engine& engine : test::freshEngines()) {
        INFO(engine.name.toStdString());
        auto r = openOk(engine.url);
        NewCase nc = sampleCase(samples().first());
        MLA_REQUIRE_OK(r->addCase(nc));
        const QString ref = nc.data.ourRef;
        auto version = [&] { return r->findCase(ref).value().version; };
        auto refused = [&](const Event& e, const char* needle) {
            const int before = version();
            const auto eventsBefore = r->events(r->findCase(ref).value().id).value().size();
            auto res = r->addEvent(ref, e, before, today);
            REQUIRE_FALSE(res);
            INFO(res.error().detail.toStdString());
            CHECK(res.error().code == QLatin1String("register.event"));
            CHECK(res.error().detail.contains(QLatin1String(needle)));
            CHECK(version() == before); // nothing written
            CHECK(r->events(r->findCase(ref).value().id).value().size() == eventsBefore);
        };
        refused(ev(QStringLiteral("executed"), QDate(2026, 11, 20)), "needs the request sent");
        refused(ev(QStringLiteral("frobnicated"), QDate(2026, 11, 20)), "unknown event kind");
        refused(ev(QStringLiteral("sent"), today.addDays(1)), "in the future");
        refused(ev(QStringLiteral("received"), QDate(2026, 11, 20)), "outgoing case is 'sent'");
        refused(ev(QStringLiteral("approved"), QDate(2026, 11, 20)), "needs a 'submitted'");
        Event e = ev(QStringLiteral("sent"), QDate(2026, 11, 20));
        e.channel = QStringLiteral("pigeon");
        refused(e, "unknown channel");
        REQUIRE(r->addEvent(ref, ev(QStringLiteral("sent"), QDate(2026, 11, 20)), version(), today));
        Event noGround = ev(QStringLiteral("refused"), QDate(2026, 11, 25));
        noGround.reasons = QStringLiteral("x");
        refused(noGround, "18(21)");
        Event noReasons = ev(QStringLiteral("refused"), QDate(2026, 11, 25));
        noReasons.ground = QStringLiteral("a");
        refused(noReasons, "18(23)");
        refused(ev(QStringLiteral("postponed"), QDate(2026, 11, 25)), "18(25)");
        refused(ev(QStringLiteral("acknowledged"), QDate(2026, 11, 19)), "on or before");
        // A late entry of an old event is accepted, with a warning.
        REQUIRE(r->addEvent(ref, ev(QStringLiteral("acknowledged"), QDate(2026, 11, 28)), version(), today));
        auto late = r->addEvent(ref, ev(QStringLiteral("note"), QDate(2026, 11, 22)), version(), today);
        REQUIRE(late);
        REQUIRE(late.value().warnings.size() == 1);
        CHECK(late.value().warnings.first().contains(QLatin1String("late entry")));
        REQUIRE(r->addEvent(ref, ev(QStringLiteral("closed"), QDate(2026, 11, 29)), version(), today));
        refused(ev(QStringLiteral("executed"), QDate(2026, 11, 30)), "closed");
    }
}

TEST_CASE("two connections changing the same case: the second is told of the conflict and nothing is lost",
          "[register][conflict]")
{
    for (const Engine& engine : test::freshEngines()) {
        INFO(engine.name.toStdString());
        auto a = openOk(engine.url);
        auto b = openOk(engine.url);
        a->setUser(QStringLiteral("alice"));
        b->setUser(QStringLiteral("bob"));
        NewCase nc = sampleCase(samples().first());
        MLA_REQUIRE_OK(a->addCase(nc));
        const QString ref = nc.data.ourRef;
        const Case seenByA = a->findCase(ref).value();
        const Case seenByB = b->findCase(ref).value();
        REQUIRE(seenByA.version == seenByB.version);
        auto first = a->setNextAction(ref, QDate(2026, 12, 10), QStringLiteral("call the central authority"),
                                      seenByA.version);
        REQUIRE(first);
        auto second =
            b->setNextAction(ref, QDate(2026, 12, 20), QStringLiteral("send a chaser"), seenByB.version);
        REQUIRE_FALSE(second);
        CHECK(second.error().code == QLatin1String("register.conflict"));
        INFO(second.error().detail.toStdString());
        CHECK(second.error().detail.contains(QLatin1String("changed by ") + first.value().updatedBy));
        CHECK(second.error().detail.contains(QStringLiteral("— reload")));
        auto again = b->findCase(ref).value();
        CHECK(again.nextAction == QLatin1String("call the central authority"));
        CHECK(again.version == seenByA.version + 1);
        // After reloading, bob's change goes through.
        REQUIRE(b->setNextAction(ref, QDate(2026, 12, 20), QStringLiteral("send a chaser"), again.version));
        auto event =
            a->addEvent(ref, ev(QStringLiteral("note"), QDate(2026, 11, 30)), first.value().version, today);
        REQUIRE_FALSE(event);
        CHECK(event.error().code == QLatin1String("register.conflict"));
        CHECK(a->events(again.id).value().size() == 1);
    }
}

TEST_CASE("the audit log is append-only in the database itself", "[register][audit]")
{
    for (const Engine& engine : test::freshEngines()) {
        INFO(engine.name.toStdString());
        {
            auto r = openOk(engine.url);
            MLA_REQUIRE_OK(r->addCase(sampleCase(samples().first())));
        }
        auto url = RegisterUrl::parse(engine.url).value();
        const bool pg = url.engine == QLatin1String("postgresql");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            if (pg) {
                db.setHostName(url.host);
                db.setUserName(url.user);
                db.setDatabaseName(url.database);
            } else {
                db.setDatabaseName(url.path);
            }
            REQUIRE(db.open());
            QSqlQuery q(db);
            CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit SET who = 'mallory'")));
            CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit")));
            REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit WHERE who <> 'mallory'")));
            REQUIRE(q.next());
            CHECK(q.value(0).toInt() == 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
}

TEST_CASE("the overdue, due-soon and no-next-action views and their counts", "[register][views]")
{
    for (const Engine& engine : test::freshEngines()) {
        INFO(engine.name.toStdString());
        auto r = openOk(engine.url);
        QList<NewCase> batch;
        for (int i = 0; i < 12; ++i) {
            NewCase nc;
            nc.data.ourRef = QStringLiteral("V-%1").arg(i, 2, 10, QLatin1Char('0'));
            nc.data.requestingState = QStringLiteral("FRA");
            nc.data.requestedState = i % 2 ? QStringLiteral("ESP") : QStringLiteral("LVA");
            nc.data.handler = i % 3 ? QStringLiteral("h1") : QStringLiteral("h2");
            nc.data.measures = {QStringLiteral("evidence")};
            if (i < 4)
                nc.data.nextActionDate = today.addDays(-1 - i); // overdue
            else if (i < 7)
                nc.data.nextActionDate = today.addDays(i - 4); // due in 0..2 days
            else if (i < 8)
                nc.data.nextActionDate = today.addDays(30);
            nc.events << ev(QStringLiteral("sent"), QDate(2026, 10, 1));
            if (i == 3 || i == 11)
                nc.events << ev(QStringLiteral("withdrawn"), QDate(2026, 10, 5)); // closed: in no view
            batch << nc;
        }
        MLA_REQUIRE_OK(r->importCases(batch));
        CaseFilter f;
        f.today = today;
        f.days = 7;
        auto counts = r->counts(f);
        REQUIRE(counts);
        CHECK(counts.value().all == 12);
        CHECK(counts.value().open == 10);
        CHECK(counts.value().overdue == 3);
        CHECK(counts.value().dueWithin == 3);
        CHECK(counts.value().noNextAction == 3);
        f.view = CaseFilter::View::Overdue;
        auto overdue = r->listCases(f);
        REQUIRE(overdue);
        REQUIRE(overdue.value().cases.size() == 3);
        CHECK(overdue.value().cases.first().ourRef == QLatin1String("V-02")); // oldest date first
        for (const Case& c : overdue.value().cases)
            CHECK(c.overdue(today));
        f.view = CaseFilter::View::NoNextAction;
        CHECK(r->listCases(f).value().matching == 3);
        f.view = CaseFilter::View::DueWithin;
        CHECK(r->listCases(f).value().matching == 3);
        f.view = CaseFilter::View::All;
        f.state = QStringLiteral("ESP");
        CHECK(r->listCases(f).value().matching == 6);
        f.state.clear();
        f.text = QStringLiteral("v-1");
        CHECK(r->listCases(f).value().matching == 2);
        f.text = QStringLiteral("%");
        CHECK(r->listCases(f).value().matching == 0);
        f.text.clear();
        f.status = QStringLiteral("withdrawn");
        CHECK(r->listCases(f).value().matching == 2);
        f.status.clear();
        f.limit = 5;
        f.offset = 10;
        auto page = r->listCases(f);
        CHECK(page.value().cases.size() == 2);
        CHECK(page.value().matching == 12);
    }
}

TEST_CASE("registers that cannot be opened are refused with a clear message and left untouched",
          "[register][bad]")
{
    QTemporaryDir tmp;
    SECTION("a file that is not a database")
    {
        const QString path = tmp.filePath(QStringLiteral("notes.txt"));
        REQUIRE(test::writeAll(path, "these are my notes, not a register\n"));
        auto r = Register::open(path);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == QLatin1String("register.not-a-register"));
        CHECK(r.error().file == path);
        CHECK(test::readAll(path) == "these are my notes, not a register\n");
    }
    SECTION("an SQLite database of something else")
    {
        const QString path = tmp.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            REQUIRE(db.open());
            REQUIRE(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE state (iso3 TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = test::readAll(path);
        auto r = Register::open(path);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == QLatin1String("register.not-a-register"));
        CHECK(r.error().detail.contains(QLatin1String("state")));
        CHECK(test::readAll(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("a register from a newer version, on either engine")
    {
        for (const Engine& engine : test::freshEngines()) {
            INFO(engine.name.toStdString());
            {
                auto r = openOk(engine.url);
                MLA_REQUIRE_OK(r->addCase(sampleCase(samples().first())));
            }
            const auto url = RegisterUrl::parse(engine.url).value();
            const bool pg = url.engine == QLatin1String("postgresql");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(
                    pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                db.setHostName(url.host);
                db.setUserName(url.user);
                db.setDatabaseName(pg ? url.database : url.path);
                REQUIRE(db.open());
                REQUIRE(QSqlQuery(db).exec(
                    QStringLiteral("UPDATE register_meta SET value = '99' WHERE key = 'schema_version'")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
            auto r = Register::open(engine.url);
            REQUIRE_FALSE(r);
            CHECK(r.error().code == QLatin1String("register.newer"));
            CHECK(r.error().detail.contains(QLatin1String("99")));
        }
    }
    SECTION("an unknown URL scheme and bad parameters")
    {
        CHECK(Register::open(QStringLiteral("mysql://host/db")).error().code ==
              QLatin1String("register.url"));
        CHECK(Register::open(QStringLiteral("postgresql://host/db?options=-c%20x")).error().code ==
              QLatin1String("register.url"));
    }
    if (qEnvironmentVariableIsEmpty("MLAWRITER_TEST_PG"))
        return;
    SECTION("a server that cannot be reached")
    {
        auto r = Register::open(QStringLiteral("postgresql:///mla?host=") + tmp.path() +
                                QStringLiteral("/nowhere"));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == QLatin1String("register.connect"));
        CHECK(r.error().detail.contains(QLatin1String("cannot connect")));
    }
    SECTION("wrong credentials, and the password never appears in the message")
    {
        auto r = Register::open(test::postgresUrl(
            QStringLiteral("mla_password"), QStringLiteral("wrong-secret"), QStringLiteral("postgres")));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == QLatin1String("register.connect"));
        CHECK(r.error().detail.contains(QLatin1String("password")));
        CHECK_FALSE(r.error().toString().contains(QLatin1String("wrong-secret")));
        // The right password works (the server really checks).
        auto ok = Register::open(test::postgresUrl(
            QStringLiteral("mla_password"), QStringLiteral("mla-test-password"), QStringLiteral("postgres")));
        if (!ok)
            CHECK(ok.error().code != QLatin1String("register.connect"));
    }
    SECTION("a PostgreSQL database of something else")
    {
        const QString url = test::freshPostgres();
        const auto parsed = RegisterUrl::parse(url).value();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
            db.setHostName(parsed.host);
            db.setUserName(parsed.user);
            db.setDatabaseName(parsed.database);
            REQUIRE(db.open());
            REQUIRE(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        auto r = Register::open(url);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == QLatin1String("register.not-a-register"));
        CHECK(r.error().detail.contains(QLatin1String("invoices")));
    }
}
