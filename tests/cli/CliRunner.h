#pragma once
// Runs the mlawriter executable in a child process, with a time limit.
#include <QByteArray>
#include <QStringList>

namespace mla::test {

struct CliRun
{
    int exitCode = -1;
    bool finished = false; // false: timed out (and was killed)
    qint64 ms = 0;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& args, int timeoutMs = 30000);
QString cliBinary();

} // namespace mla::test
