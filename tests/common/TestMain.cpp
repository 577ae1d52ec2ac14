// Shared main() for every Catch2 test executable: the Qt application must exist before any
// test touches fonts, painting or SQL, and discovery runs this binary at build time, so the
// offscreen platform is chosen when none is set.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Every test process gets its own data folder (requirements database, recovery snapshots,
    // settings), so tests never touch the user's data and never race each other.
    QTemporaryDir dataDir;
    if (qEnvironmentVariableIsEmpty("MLAWRITER_DATA_DIR"))
        qputenv("MLAWRITER_DATA_DIR", QFile::encodeName(dataDir.path()));
    if (qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"))
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(dataDir.path() + QStringLiteral("/config")));
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        QDir().mkpath(dataDir.path() + QStringLiteral("/runtime"));
        QFile::setPermissions(dataDir.path() + QStringLiteral("/runtime"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dataDir.path() + QStringLiteral("/runtime")));
    }
    QLocale::setDefault(QLocale::c());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mlawriter-tests"));
    QApplication::setApplicationName(QStringLiteral("mlawriter-tests"));
    return Catch::Session().run(argc, argv);
}
