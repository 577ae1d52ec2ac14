#pragma once
// Wizard page: the requested State (search in the six languages, requirements summary), the
// legal basis, the channel and urgency.

#include "WizardPage.h"

#include <memory>

class QPushButton;

namespace Ui {
class StatePage;
}

namespace mla::gui {

class StatePage : public WizardPage
{
    Q_OBJECT
public:
    explicit StatePage(QWidget* parent = nullptr);
    ~StatePage() override;

    QString pageId() const override { return QStringLiteral("state"); }
    QString title() const override;
    bool focusField(const QString& path) override;
    Ui::StatePage* ui() const { return m_ui.get(); } // for tests

protected:
    void load(const Request& request) override;
    void store(Request& request) const override;
    void retranslate() override;

private:
    void fillCombos();
    void search();
    void updateSummary();
    QString uiLanguage() const;

    std::unique_ptr<Ui::StatePage> m_ui;
    QString m_selected; // ISO3 of the chosen State
    QPushButton* m_editButton = nullptr;
};

} // namespace mla::gui
