// The register window driven through its widgets (offscreen): views with counts, search,
// the case window's timeline and adding events; a register that cannot be opened.
#include "RegisterWindow.h"
#include "TestSupport.h"

#include "register/Register.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace mla;

TEST_CASE("the register window lists, filters and counts cases, and adds events through the case window",
          "[register][gui]")
{
    QTemporaryDir tmp;
    const QString url = tmp.filePath(QStringLiteral("r.sqlite"));
    {
        auto r = reg::Register::open(url);
        REQUIRE(r);
        QList<reg::NewCase> cases;
        for (int i = 0; i < 3; ++i) {
            reg::NewCase nc;
            nc.data.ourRef = QStringLiteral("GUI-%1").arg(i);
            nc.data.requestingState = QStringLiteral("FRA");
            nc.data.requestedState = QStringLiteral("ESP");
            nc.data.measures = {QStringLiteral("evidence")};
            if (i == 0)
                nc.data.nextActionDate = QDate::currentDate().addDays(-3);
            reg::Event sent;
            sent.kind = QStringLiteral("sent");
            sent.date = QDate::currentDate().addDays(-10);
            nc.events << sent;
            cases << nc;
        }
        REQUIRE(r.value()->importCases(cases));
    }
    gui::RegisterWindow w(url);
    CHECK(w.message().isEmpty());
    CHECK(w.rowCount() == 3);
    CHECK(w.viewLabel(0).contains(QLatin1String("3")));
    CHECK(w.viewLabel(2).contains(QLatin1String("1")));
    w.setView(2);
    REQUIRE(w.rowCount() == 1);
    CHECK(w.refAt(0) == QLatin1String("GUI-0"));
    w.setView(0);
    w.setSearch(QStringLiteral("gui-2"));
    REQUIRE(w.rowCount() == 1);
    gui::CaseDialog* d = w.openCase(QStringLiteral("GUI-2"));
    REQUIRE(d);
    CHECK(d->timelineRows() == 1);
    CHECK(d->status() == QLatin1String("sent"));
    CHECK(
        d->addEvent(QStringLiteral("acknowledged"), QDate::currentDate(), QStringLiteral("by e-mail"), false)
            .isEmpty());
    CHECK(d->timelineRows() == 2);
    CHECK(d->status() == QLatin1String("acknowledged"));
    const QString refused =
        d->addEvent(QStringLiteral("acknowledged"), QDate::currentDate().addDays(5), QString(), false);
    CHECK(refused.contains(QLatin1String("future")));
    CHECK(d->timelineRows() == 2);
    delete d;
}

TEST_CASE("the register window shows why a register cannot be opened", "[register][gui]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("notes.txt"));
    REQUIRE(test::writeAll(path, "not a register"));
    gui::RegisterWindow w(path);
    CHECK(w.message().contains(QLatin1String("not a register")));
    CHECK(w.rowCount() == 0);
    CHECK(test::readAll(path) == "not a register");
}
