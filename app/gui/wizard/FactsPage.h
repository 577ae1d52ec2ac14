#pragma once
// Wizard page: the summary of the relevant facts (18(15)(c)).

#include "WizardPage.h"

#include <memory>

namespace Ui {
class FactsPage;
}

namespace mla::gui {

class FactsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit FactsPage(QWidget* parent = nullptr);
    ~FactsPage() override;

    QString pageId() const override { return QStringLiteral("facts"); }
    QString title() const override;
    bool focusField(const QString& path) override;
    Ui::FactsPage* ui() const { return m_ui.get(); } // for tests

protected:
    void load(const Request& request) override;
    void store(Request& request) const override;
    void retranslate() override;

private:
    void updateCount();
    std::unique_ptr<Ui::FactsPage> m_ui;
};

} // namespace mla::gui
