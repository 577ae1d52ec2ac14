#pragma once
// The start page: a new request (blank or from a sample), open a draft (to edit or to review),
// recent drafts, and drafts recovered after a crash.

#include "draft/Recovery.h"

#include <QWidget>
#include <memory>

namespace Ui {
class StartPage;
}

namespace mla::gui {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);
    ~StartPage() override;

    void setSamples(const QStringList& samplePaths);
    void setRecent(const QStringList& paths);
    void setRecovered(const QList<draft::RecoveredDraft>& drafts);
    QList<draft::RecoveredDraft> recovered() const { return m_recovered; }
    Ui::StartPage* ui() const { return m_ui.get(); } // for tests

Q_SIGNALS:
    void newBlankRequested();
    void newFromSampleRequested(const QString& samplePath);
    void openRequested();
    void reviewRequested();
    void openRecentRequested(const QString& path);
    void restoreRequested(const QString& recoveryFile);
    void discardRequested(const QString& recoveryFile);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButtons();
    std::unique_ptr<Ui::StartPage> m_ui;
    QList<draft::RecoveredDraft> m_recovered;
};

} // namespace mla::gui
