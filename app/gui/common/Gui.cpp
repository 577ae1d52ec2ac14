#include "Gui.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "ScreenshotTour.h"
#include "UserDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

namespace mla::gui {

int run(int argc, char* argv[], const QString& draftPath)
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mlawriter"));
    QApplication::setApplicationName(QStringLiteral("mlawriter"));
    QApplication::setApplicationVersion(QStringLiteral(MLAWRITER_VERSION));

    // MLAWRITER_UI_LANGUAGE overrides the preference for one run (screenshots, support).
    const QString forced = qEnvironmentVariable("MLAWRITER_UI_LANGUAGE");
    PreferencesDialog::applyLanguage(forced.isEmpty() ? AppSettings::interfaceLanguage() : forced);

    MainWindow window;
    if (const QString shots = qEnvironmentVariable("MLAWRITER_SCREENSHOTS"); !shots.isEmpty()) {
        QString sample = draftPath;
        if (sample.isEmpty())
            sample = MainWindow::samplePaths().value(0);
        ScreenshotTour tour(&window, shots, sample);
        return tour.run() > 0 ? 0 : 1;
    }
    window.show();
    if (qEnvironmentVariableIsSet("MLAWRITER_REPORT_STARTUP")) {
        // Time from process start to the start page painted, for tests/bench/gui.
        QTimer::singleShot(0, &window, [&started] {
            QTextStream(stdout) << "startup-ms " << started.elapsed() << '\n';
            QApplication::quit();
        });
    }
    if (!draftPath.isEmpty()) {
        const Status s = window.openDraft(draftPath);
        if (!s)
            QTextStream(stderr) << s.error().toString() << '\n';
    } else if (!qEnvironmentVariableIsSet("MLAWRITER_REPORT_STARTUP")) {
        // On the first run the user's name, function and office; then drafts left by a crash.
        QTimer::singleShot(0, &window, [&window] {
            if (!AppSettings::hasUserProfile()) {
                UserDialog who(&window);
                who.exec();
            }
            window.offerRecovered();
        });
    }
    return QApplication::exec();
}

} // namespace mla::gui
