#pragma once
// Findings grouped by severity (blocking, warnings, information), each with its article;
// activating one (Enter, double-click) asks to go to its field. Used by the wizard's checks
// page and by the reviewer's view.

#include "FindingItem.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ChecksPanel;
}

namespace mla::gui {

class ChecksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecksPanel(QWidget* parent = nullptr);
    ~ChecksPanel() override;

    void setFindings(const QList<FindingItem>& findings);
    QList<FindingItem> findings() const { return m_findings; }
    Ui::ChecksPanel* ui() const { return m_ui.get(); } // for tests

Q_SIGNALS:
    void activated(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    std::unique_ptr<Ui::ChecksPanel> m_ui;
    QList<FindingItem> m_findings;
};

} // namespace mla::gui
