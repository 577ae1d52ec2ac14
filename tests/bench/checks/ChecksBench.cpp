// Prints the time to open the requirements database (creating it from the seed, then reopening)
// and the median time to check the largest sample draft against it, plus the other samples and a
// large synthetic request (the largest sample's measures, persons and offences repeated).
#include "checks/Checker.h"
#include "draft/DraftFile.h"
#include "requirements/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
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

bool g_print = false;

void bench(const QString& label, const Request& r, const requirements::Database* db, int runs)
{
    std::vector<double> ms;
    qsizetype findings = 0;
    bool blocking = false;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto f = checks::runChecks(r, db);
        ms.push_back(t.nsecsElapsed() / 1e6);
        findings = f.size();
        blocking = checks::hasBlocking(f);
    }
    if (g_print)
        for (const auto& f : checks::runChecks(r, db))
            std::printf("  %s [%s] %s: %s\n", qPrintable(checks::severityId(f.severity)),
                        qPrintable(f.article), qPrintable(f.path), qPrintable(checks::messageText(f)));
    std::printf("check %s: median %.2f ms (%d runs; %lld findings%s)\n", qPrintable(label), medianMs(ms),
                runs, qlonglong(findings), blocking ? ", blocking" : "");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    g_print = QCoreApplication::arguments().contains(QStringLiteral("--print")); // also list the findings
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("requirements.sqlite"));
    QElapsedTimer t;
    t.start();
    (void)requirements::Database::open(path);
    std::printf("open database, first start (create + seed): %.1f ms\n", t.nsecsElapsed() / 1e6);
    t.restart();
    auto opened = requirements::Database::open(path);
    std::printf("open database: %.2f ms\n", t.nsecsElapsed() / 1e6);
    if (!opened) {
        std::printf("%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const auto db = std::move(opened).value();

    QDir samples(QStringLiteral(MLAWRITER_SOURCE_DIR "/templates/samples"));
    QFileInfoList files = samples.entryInfoList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Size);
    if (files.isEmpty()) {
        std::printf("no samples in %s\n", qPrintable(samples.path()));
        return 1;
    }
    Request largest;
    for (const QFileInfo& fi : files) {
        auto r = draft::DraftFile::read(fi.filePath());
        if (!r) {
            std::printf("%s\n", qPrintable(r.error().toString()));
            continue;
        }
        if (largest.id.isEmpty())
            largest = r.value();
        bench(fi.fileName() + QStringLiteral(" (%1 bytes)").arg(fi.size()), r.value(), db.get(), 51);
    }
    Request big = largest;
    for (int i = 0; i < 20; ++i) {
        for (Measure m : largest.measures) {
            m.id = big.nextId(QStringLiteral("m"));
            big.measures << m;
        }
        for (Person p : largest.persons) {
            p.id = big.nextId(QStringLiteral("p"));
            big.persons << p;
        }
        for (Offence o : largest.offences) {
            o.id = big.nextId(QStringLiteral("o"));
            big.offences << o;
        }
    }
    bench(QStringLiteral("synthetic x21 of the largest (%1 measures, %2 persons, %3 offences)")
              .arg(big.measures.size())
              .arg(big.persons.size())
              .arg(big.offences.size()),
          big, db.get(), 21);
    return 0;
}
