// The process the crash-recovery test kills: opens a new request in the main window, types a
// subject through the widgets, moves to the next page (which writes the recovery snapshot),
// says "ready" and waits to be killed. Usage: gui_crash_child RECOVERY_DIR CONFIG_DIR TEXT
#include "MainWindow.h"
#include "ProceedingsPage.h"
#include "Wizard.h"
#include "ui_ProceedingsPage.h"

#include <QApplication>
#include <QSettings>
#include <QTest>
#include <QTextStream>
#include <QThread>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mlawriter-tests"));
    QApplication::setApplicationName(QStringLiteral("mlawriter-tests"));
    const QStringList args = QApplication::arguments();
    if (args.size() != 4)
        return 2;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, args.at(2));

    mla::gui::MainWindow window(args.at(1));
    window.show();
    window.newBlank();
    window.wizard()->goTo(QStringLiteral("proceedings"));
    auto* ui = window.wizard()->proceedingsPage()->ui();
    ui->subjectEdit->setFocus();
    QTest::keyClicks(ui->subjectEdit, args.at(3));
    window.wizard()->goTo(QStringLiteral("facts")); // a page change autosaves
    QTextStream(stdout) << "ready" << Qt::endl;
    for (;;)
        QThread::sleep(1); // killed here
}
