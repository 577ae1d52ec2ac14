#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "ReviewView.h"
#include "SignDialog.h"
#include "Wizard.h"
#include "WizardPage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTextStream>
#include <QThread>

namespace mla::gui {

namespace {
void settle(int ms = 150)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, QString outDir, QString samplePath, QObject* parent)
    : QObject(parent), m_window(window), m_dir(std::move(outDir)), m_sample(std::move(samplePath))
{}

bool ScreenshotTour::grab(const QString& name, QWidget* w)
{
    settle();
    QWidget* target = w ? w : m_window;
    const QString file =
        QDir(m_dir).filePath(QStringLiteral("%1-%2.png").arg(m_count + 1, 2, 10, QLatin1Char('0')).arg(name));
    if (!target->grab().save(file, "PNG"))
        return false;
    ++m_count;
    QTextStream(stdout) << file << '\n';
    return true;
}

int ScreenshotTour::run()
{
    QDir().mkpath(m_dir);
    m_window->resize(1280, 860);
    m_window->show();
    grab(QStringLiteral("start"));
    if (m_sample.isEmpty() || !m_window->newFromSample(m_sample).ok())
        m_window->newBlank();
    Wizard* wizard = m_window->wizard();
    for (int i = 0; i < wizard->pages().size(); ++i) {
        wizard->goTo(i);
        if (wizard->currentPage()->pageId() == QLatin1String("output"))
            settle(2500); // the live preview renders after a short delay
        grab(wizard->currentPage()->pageId());
    }
    // The missing-information message, on a blank request.
    m_window->setUnsavedAnswerForTests(QMessageBox::Discard);
    m_window->closeDraft();
    m_window->newBlank();
    wizard->next();
    grab(QStringLiteral("missing-information"));
    m_window->closeDraft();
    {
        PreferencesDialog prefs(m_window);
        prefs.show();
        grab(QStringLiteral("preferences"), &prefs);
    }
    {
        SignDialog sign(tr("Sign the request as the signatory."), m_window);
        sign.show();
        grab(QStringLiteral("sign"), &sign);
    }
    // The reviewer's view of the sample, with a comment.
    const QString copy = QDir(m_dir).filePath(QStringLiteral("review-copy.mlar"));
    if (!m_sample.isEmpty()) {
        QFile::remove(copy);
        QFile::copy(m_sample, copy);
        QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (m_window->openDraft(copy, true).ok()) {
            m_window->reviewView()->setCurrentSection(QStringLiteral("measures"));
            m_window->reviewView()->addComment(
                QStringLiteral("measures"), tr("Please state the period of the records for each account."));
            grab(QStringLiteral("review"));
            m_window->closeDraft();
        }
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral(".bak"));
    }
    return m_count;
}

} // namespace mla::gui
