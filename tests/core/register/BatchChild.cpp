// Test helper: adds COUNT cases with their events in one batch (one transaction), printing
// "progress N" after each and sleeping DELAY ms, then "committed". Usage:
//   register_batch_child URL COUNT DELAY_MS [PREFIX]
#include "register/Register.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QString url = QString::fromLocal8Bit(argv[1]);
    const int count = QString::fromLocal8Bit(argv[2]).toInt();
    const int delay = QString::fromLocal8Bit(argv[3]).toInt();
    const QString prefix = argc > 4 ? QString::fromLocal8Bit(argv[4]) : QStringLiteral("K-");
    auto r = mla::reg::Register::open(url);
    if (!r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
        return 2;
    }
    QList<mla::reg::NewCase> batch;
    for (int i = 0; i < count; ++i) {
        mla::reg::NewCase nc;
        nc.data.ourRef = prefix + QString::number(i);
        nc.data.requestingState = QStringLiteral("FRA");
        nc.data.requestedState = QStringLiteral("ESP");
        nc.data.measures = {QStringLiteral("evidence"), QStringLiteral("service")};
        nc.data.iccs = {QStringLiteral("0201")};
        for (const char* kind : {"drafted", "signed", "sent"}) {
            mla::reg::Event e;
            e.kind = QString::fromLatin1(kind);
            e.date = QDate(2026, 1, 1).addDays(i % 300);
            nc.events << e;
        }
        batch << nc;
    }
    const auto status = r.value()->importCases(batch, [&](int i) {
        std::printf("progress %d\n", i + 1);
        std::fflush(stdout);
        if (delay > 0)
            QThread::msleep(delay);
    });
    if (!status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error().toString()));
        return 1;
    }
    std::printf("committed\n");
    std::fflush(stdout);
    return 0;
}
