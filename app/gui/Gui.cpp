#include "Gui.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

namespace mla::gui {

int run(int argc, char* argv[], const QString& draftPath)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mlawriter"));
    QApplication::setApplicationName(QStringLiteral("mlawriter"));
    QMainWindow w;
    w.setWindowTitle(QStringLiteral("mlawriter"));
    w.setCentralWidget(new QLabel(draftPath.isEmpty() ? QStringLiteral("mlawriter") : draftPath));
    w.resize(900, 640);
    w.show();
    return QApplication::exec();
}

} // namespace mla::gui
