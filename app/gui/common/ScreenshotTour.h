#pragma once
// Walks the main window through the start page, every wizard page, the reviewer's view and the
// dialogs, writing a PNG of each into a directory (scripts/screenshots runs it under Xvfb in
// English and Arabic). Started by run() when MLAWRITER_SCREENSHOTS names a directory.

#include <QObject>
#include <QString>

namespace mla::gui {

class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow* window, QString outDir, QString samplePath, QObject* parent = nullptr);
    // Takes every screenshot; returns the number written (0 on failure).
    int run();

private:
    bool grab(const QString& name, QWidget* w = nullptr);
    MainWindow* m_window;
    QString m_dir;
    QString m_sample;
    int m_count = 0;
};

} // namespace mla::gui
