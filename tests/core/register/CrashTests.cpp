// SIGKILL in the middle of a batch of changes: the register afterwards holds all of it or none
// of it, on both engines. The batch runs in a child process (register_batch_child).
#include "RegisterTestSupport.h"

#include "register/Register.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <random>

#include <signal.h>

using namespace mla;

namespace {

qint64 caseCount(const QString& url)
{
    auto r = reg::Register::open(url);
    REQUIRE(r);
    reg::CaseFilter f;
    auto page = r.value()->listCases(f);
    REQUIRE(page);
    return page.value().matching;
}

// Starts the child; returns after it printed `marker` (or finished).
void startAndWait(QProcess& p, const QString& url, int count, int delayMs, const QByteArray& marker)
{
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(REGISTER_BATCH_CHILD), {url, QString::number(count), QString::number(delayMs)});
    REQUIRE(p.waitForStarted(10000));
    QByteArray seen;
    QElapsedTimer t;
    t.start();
    while (!seen.contains(marker) && p.state() == QProcess::Running && t.elapsed() < 30000) {
        p.waitForReadyRead(100);
        seen += p.readAllStandardOutput();
    }
    INFO(seen.toStdString() << p.readAllStandardError().toStdString());
    REQUIRE((seen.contains(marker) || p.state() != QProcess::Running));
}

} // namespace

TEST_CASE("a batch killed with SIGKILL leaves the register with all of it or none of it", "[register][crash]")
{
    for (const test::Engine& engine : test::freshEngines()) {
        INFO(engine.name.toStdString());
        REQUIRE(caseCount(engine.url) == 0); // creates the schema
        {
            // Killed half-way through: none of it.
            QProcess p;
            startAndWait(p, engine.url, 200, 5, "progress 100\n");
            REQUIRE(p.state() == QProcess::Running);
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(10000);
            CHECK(caseCount(engine.url) == 0);
        }
        {
            // Left alone: all of it.
            QProcess p;
            startAndWait(p, engine.url, 50, 0, "committed\n");
            p.waitForFinished(30000);
            CHECK(p.exitCode() == 0);
            CHECK(caseCount(engine.url) == 50);
        }
        // Killed at random moments, around the commit too: 50 + 0 or 50 + 120 each time.
        std::mt19937 rng(12);
        qint64 expected = 50;
        for (int round = 0; round < 4; ++round) {
            QProcess p;
            p.start(
                QStringLiteral(REGISTER_BATCH_CHILD),
                {engine.url, QString::number(120), QStringLiteral("0"), QStringLiteral("B%1-").arg(round)});
            REQUIRE(p.waitForStarted(10000));
            QThread::msleep(50 + rng() % 400);
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(10000);
            const qint64 n = caseCount(engine.url);
            INFO("round " << round << ": " << n);
            CHECK((n == expected || n == expected + 120));
            expected = n;
        }
    }
}
