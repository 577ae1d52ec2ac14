// gui_bench: cold start of `mlawriter` to the start page (process start to first event-loop
// turn with the window shown, and wall time including process exit), and peak resident memory
// while the wizard previews a six-page request page by page.
// Usage: gui_bench [RUNS]   (QT_QPA_PLATFORM=offscreen when no display)
#include "DraftSession.h"
#include "MainWindow.h"
#include "OutputPage.h"
#include "PreviewWidget.h"
#include "Wizard.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

long statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString all = QString::fromLatin1(f.readAll());
    const auto m =
        QRegularExpression(QString::fromLatin1(field) + QStringLiteral(":\\s+(\\d+) kB")).match(all);
    return m.hasMatch() ? m.captured(1).toLong() : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mlawriter-bench"));
    QApplication::setApplicationName(QStringLiteral("mlawriter-bench"));
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QTemporaryDir scratch;
    qputenv("MLAWRITER_DATA_DIR", scratch.filePath(QStringLiteral("data")).toUtf8());

    // Cold start: a fresh process each run; the first run also seeds the requirements database
    // (which is opened lazily, so it does not delay the start page).
    QList<qint64> inside;
    QList<qint64> wall;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MLAWRITER_REPORT_STARTUP"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), scratch.filePath(QStringLiteral("xdg-data")));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(MLAWRITER_BIN), {QStringLiteral("gui")});
        p.waitForFinished(60000);
        wall << t.elapsed();
        const auto m = QRegularExpression(QStringLiteral("startup-ms (\\d+)"))
                           .match(QString::fromLatin1(p.readAllStandardOutput()));
        inside << (m.hasMatch() ? m.captured(1).toLongLong() : -1);
    }
    std::sort(inside.begin(), inside.end());
    std::sort(wall.begin(), wall.end());
    out << "cold start to start page: median " << inside.at(inside.size() / 2) << " ms in-process (min "
        << inside.first() << ", max " << inside.last() << "), median " << wall.at(wall.size() / 2)
        << " ms wall including process start and exit, " << runs << " runs\n";

    // Peak memory while previewing: a sample grown to at least six pages.
    const QStringList samples = mla::gui::MainWindow::samplePaths();
    if (samples.isEmpty()) {
        out << "no samples found\n";
        return 1;
    }
    const long before = statusKb("VmHWM");
    mla::gui::MainWindow window(scratch.filePath(QStringLiteral("recovery")));
    window.show();
    if (!window.newFromSample(samples.first()).ok())
        return 1;
    mla::Request r = window.session()->request();
    const mla::LocalizedText facts = r.summaryOfFacts;
    mla::gui::OutputPage* output = window.wizard()->outputPage();
    int pages = 0;
    for (int grow = 0; grow < 40 && pages < 6; ++grow) {
        window.session()->edit(r, {}, QStringLiteral("grow"));
        window.wizard()->goTo(QStringLiteral("output"));
        QElapsedTimer t;
        t.start();
        const auto rendered = output->renderPreview();
        if (!rendered.ok()) {
            out << "render failed: " << rendered.error().toString() << '\n';
            return 1;
        }
        pages = output->preview()->pageCount();
        if (pages >= 6) {
            out << "render of " << pages << " pages for the preview: " << t.elapsed() << " ms\n";
            break;
        }
        r.summaryOfFacts.text += QStringLiteral("\n\n") + facts.text;
    }
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < pages; ++i)
        output->preview()->showPage(i);
    out << "showing " << pages << " preview pages: " << t.elapsed() << " ms\n";
    out << "peak resident memory (VmHWM): " << statusKb("VmHWM") / 1024
        << " MiB (before the window: " << before / 1024 << " MiB); resident now " << statusKb("VmRSS") / 1024
        << " MiB\n";
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
    return 0;
}
