#pragma once
// Wizard page: the findings of core/checks and the essential information still missing,
// grouped by severity; activating one goes to its page and field.

#include "FindingItem.h"
#include "WizardPage.h"

#include <memory>

namespace Ui {
class ChecksPage;
}

namespace mla::gui {

class ChecksPanel;

class ChecksPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ChecksPage(QWidget* parent = nullptr);
    ~ChecksPage() override;

    QString pageId() const override { return QStringLiteral("checks"); }
    QString title() const override;
    bool focusField(const QString& path) override;
    ChecksPanel* panel() const { return m_panel; }

    // Findings of the checks plus missing essentials not already reported for the same field.
    static QList<FindingItem> collect(const Request& request, const Knowledge* knowledge);

Q_SIGNALS:
    void jumpRequested(const QString& path);

protected:
    void load(const Request& request) override;
    void store(Request& request) const override;
    void retranslate() override;

private:
    std::unique_ptr<Ui::ChecksPage> m_ui;
    ChecksPanel* m_panel;
};

} // namespace mla::gui
