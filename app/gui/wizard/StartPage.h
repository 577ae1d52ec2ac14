#pragma once
// The start page: a new request (blank or from a sample), open a draft (to edit or to review),
// recent drafts, drafts recovered after a crash, "Open package…", and the register's overdue
// cases (next action date passed), each opening the register at that case.

#include "draft/Recovery.h"

#include <QDate>
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
    struct OverdueCase
    {
        QString ourRef;
        QString otherState;
        QDate due;
        QString what;
    };
    // The group is hidden when there is none.
    void setOverdue(const QList<OverdueCase>& cases);
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
    void openPackageRequested();
    void overdueCaseRequested(const QString& ourRef);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButtons();
    std::unique_ptr<Ui::StartPage> m_ui;
    QList<draft::RecoveredDraft> m_recovered;
    QList<OverdueCase> m_overdue;
};

} // namespace mla::gui
