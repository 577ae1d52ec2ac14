// The mlawriter executable: the command line when a command is given, the window otherwise.
// A lone draft (.mlar) opens in the window (see cli::dispatch); a lone request package (.mlap),
// as a file manager passes it, opens in the "Open package" dialog.
#include "cli/Cli.h"
#include "gui/common/AppSettings.h"
#include "gui/common/Gui.h"
#include "gui/common/PreferencesDialog.h"
#include "gui/transmit/OpenPackageDialog.h"

#include <QApplication>
#include <QFileInfo>

namespace {

int openPackage(int argc, char* argv[], const QString& path)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mlawriter"));
    QApplication::setApplicationName(QStringLiteral("mlawriter"));
    QApplication::setApplicationVersion(QStringLiteral(MLAWRITER_VERSION));
    mla::gui::PreferencesDialog::applyLanguage(mla::gui::AppSettings::interfaceLanguage());
    mla::gui::OpenPackageDialog dialog(mla::gui::OpenPackageDialog::Mode::Open);
    dialog.setFiles(path, {});
    dialog.exec();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc == 2) {
        const QString arg = QString::fromLocal8Bit(argv[1]);
        if (arg.endsWith(QLatin1String(".mlap")) && QFileInfo(arg).isFile())
            return openPackage(argc, argv, arg);
    }
    const mla::cli::Dispatch d = mla::cli::dispatch(argc, argv);
    if (d.runGui)
        return mla::gui::run(argc, argv, d.guiDraft);
    return d.exitCode;
}
