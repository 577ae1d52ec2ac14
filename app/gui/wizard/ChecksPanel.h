#pragma once
// Findings grouped by severity (blocking, warnings, information), each with its article;
// activating one (Enter, double-click) asks to go to its field. An "unknown" finding says which
// record of the requirements database would settle it and whom to ask, and offers to open the
// knowledge editor at that record. Used by the wizard's checks page and by the reviewer's view.

#include "FindingItem.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class ChecksPanel;
}

namespace mla::gui {

class KnowledgeWindow;

class ChecksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecksPanel(QWidget* parent = nullptr);
    ~ChecksPanel() override;

    void setFindings(const QList<FindingItem>& findings);
    QList<FindingItem> findings() const { return m_findings; }
    Ui::ChecksPanel* ui() const { return m_ui.get(); } // for tests
    QPushButton* settleButton() const { return m_settleButton; }
    QLabel* settleLabel() const { return m_settleLabel; }
    // Opens the knowledge editor at the record that would settle the current finding; null when
    // the current finding names none (or the database cannot be opened).
    KnowledgeWindow* openSettlingRecord();

Q_SIGNALS:
    void activated(const QString& path);
    // The knowledge editor was opened from a finding (its owner may follow its changes).
    void editorOpened(mla::gui::KnowledgeWindow* window);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void updateSettle();
    const FindingItem* currentFinding() const;
    std::unique_ptr<Ui::ChecksPanel> m_ui;
    QLabel* m_settleLabel = nullptr;
    QPushButton* m_settleButton = nullptr;
    QList<FindingItem> m_findings;
};

} // namespace mla::gui
