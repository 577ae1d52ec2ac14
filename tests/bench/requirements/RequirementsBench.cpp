// Prints: the time to create a database from the shipped seed (first start), to open an existing
// one (every start; the median of repeated runs), to read one State's record, and to search ICCS.
#include "requirements/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mla;

namespace {
double medianMs(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("requirements.sqlite"));
    QElapsedTimer t;
    t.start();
    {
        auto db = requirements::Database::open(path);
        if (!db) {
            std::printf("open failed: %s\n", qPrintable(db.error().toString()));
            return 1;
        }
    }
    std::printf("create + seed (first start): %.1f ms\n", t.nsecsElapsed() / 1e6);

    std::vector<double> openMs;
    for (int i = 0; i < 15; ++i) {
        t.restart();
        auto db = requirements::Database::open(path);
        openMs.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("open existing database: median %.2f ms (15 runs)\n", medianMs(openMs));

    auto db = std::move(requirements::Database::open(path)).value();
    std::vector<double> stateMs;
    for (int i = 0; i < 50; ++i) {
        t.restart();
        (void)db->state(QStringLiteral("MEX"));
        stateMs.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("read one State record: median %.3f ms (50 runs)\n", medianMs(stateMs));
    t.restart();
    const auto states = db->states();
    std::printf("list %lld States: %.2f ms\n", qlonglong(states.size()), t.nsecsElapsed() / 1e6);
    std::vector<double> iccsMs;
    for (int i = 0; i < 50; ++i) {
        t.restart();
        (void)db->iccs(QStringLiteral("laundering"));
        iccsMs.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("ICCS text search: median %.3f ms (50 runs)\n", medianMs(iccsMs));
    t.restart();
    const QByteArray pkg = db->exportPackage();
    std::printf("export package (%lld bytes): %.1f ms\n", qlonglong(pkg.size()), t.nsecsElapsed() / 1e6);
    t.restart();
    auto report = db->importPackage(pkg, QStringLiteral("export.xml"));
    std::printf("import the same package (%lld records, all kept): %.1f ms\n",
                report ? qlonglong(report.value().entries.size()) : -1LL, t.nsecsElapsed() / 1e6);
    return 0;
}
