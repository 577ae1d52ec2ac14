// Prints the time to read (parse + validate + map) and to write (serialize + atomic save) each
// sample draft, as the median of repeated runs, and the same for a large synthetic draft.
#include "draft/DraftFile.h"

#include <QCoreApplication>
#include <QDir>
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

void bench(const QString& label, const QString& path, int runs)
{
    std::vector<double> readMs, writeMs;
    Request r;
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("out.mlar"));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto res = draft::DraftFile::read(path);
        readMs.push_back(t.nsecsElapsed() / 1e6);
        if (!res) {
            std::printf("%s: %s\n", qPrintable(label), qPrintable(res.error().toString()));
            return;
        }
        r = res.value();
        t.restart();
        (void)draft::DraftFile::write(r, out);
        writeMs.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("%-48s %9lld bytes  read %8.3f ms  write %8.3f ms  (median of %d)\n", qPrintable(label),
                static_cast<long long>(QFileInfo(path).size()), medianMs(readMs), medianMs(writeMs), runs);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QDir samples(QStringLiteral(MLAWRITER_SOURCE_DIR "/templates/samples"));
    for (const auto& f : samples.entryList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Name))
        bench(f, samples.filePath(f), 50);

    // A large draft: a sample with 400 more persons (the schema allows 500).
    auto base =
        draft::DraftFile::read(samples.filePath(QStringLiteral("trafficking-videoconference-fr.mlar")));
    if (!base)
        return 1;
    Request big = base.value();
    for (int i = 0; i < 400; ++i) {
        Person p = big.persons.first();
        p.id = QStringLiteral("x%1").arg(i);
        p.notes = {QStringLiteral("Note %1 ").arg(i) + QString(4000, u'a'), QStringLiteral("fr"), {}};
        big.persons.append(p);
    }
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("big.mlar"));
    (void)draft::DraftFile::write(big, path);
    bench(QStringLiteral("synthetic: sample + 400 persons"), path, 5);
    return 0;
}
