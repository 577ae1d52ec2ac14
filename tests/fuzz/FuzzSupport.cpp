#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace mla::fuzz {
namespace {

void quiet(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "Qt fatal: %s\n", message.toLocal8Bit().constData());
        std::abort();
    }
}

} // namespace

void init()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    qInstallMessageHandler(quiet);
    static QTemporaryDir dataDir;
    if (qEnvironmentVariableIsEmpty("MLAWRITER_DATA_DIR"))
        qputenv("MLAWRITER_DATA_DIR", QFile::encodeName(dataDir.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "mlawriter-fuzz";
    static char* argv[] = {name, nullptr};
    static std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance())
        app = std::make_unique<QCoreApplication>(argc, argv);
    QLocale::setDefault(QLocale::c());
}

void broken(const char* what, const QString& detail)
{
    std::fprintf(stderr, "mlawriter fuzz: %s: %s\n", what, detail.toUtf8().constData());
    std::fflush(stderr);
    std::abort();
}

} // namespace mla::fuzz
