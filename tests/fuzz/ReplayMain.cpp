// Replays a corpus through a fuzz target's entry point, without libFuzzer: every file of every
// folder (or file) given on the command line, in name order. Used by ctest in every build, so a
// reproducer added to tests/data/fuzz/<target>/ fails CI if its defect comes back. Prints the
// number of inputs and the slowest one (a figure, not a timed assertion).
#include "FuzzSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int main(int argc, char* argv[])
{
    mla::fuzz::init();
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(arg);
        if (info.isDir()) {
            const QDir dir(arg);
            for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
                if (name != QLatin1String("README.md"))
                    files << dir.filePath(name);
        } else if (info.isFile()) {
            files << arg;
        } else {
            std::fprintf(stderr, "replay: no such file or folder: %s\n", argv[i]);
            return 2;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "replay: the corpus is empty\n");
        return 2;
    }
    qint64 slowest = -1;
    QString slowestFile;
    for (const QString& path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray data = f.readAll();
        QElapsedTimer t;
        t.start();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
        if (const qint64 ms = t.elapsed(); ms > slowest) {
            slowest = ms;
            slowestFile = QFileInfo(path).fileName();
        }
    }
    std::printf("replayed %lld input(s); slowest %lld ms (%s)\n", static_cast<long long>(files.size()),
                static_cast<long long>(slowest), qPrintable(slowestFile));
    return 0;
}
