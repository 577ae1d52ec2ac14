#include "CliRunner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

namespace mla::test {

QString cliBinary()
{
    return QStringLiteral(MLAWRITER_BIN);
}

CliRun runCli(const QStringList& args, int timeoutMs)
{
    CliRun r;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(cliBinary(), args);
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.ms = t.elapsed();
    r.exitCode = r.finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace mla::test
