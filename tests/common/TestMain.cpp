// Shared main() for every Catch2 test executable: the Qt application must exist before any
// test touches fonts, painting or SQL, and discovery runs this binary at build time, so the
// offscreen platform is chosen when none is set.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale::c());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mlawriter-tests"));
    QApplication::setApplicationName(QStringLiteral("mlawriter-tests"));
    return Catch::Session().run(argc, argv);
}
