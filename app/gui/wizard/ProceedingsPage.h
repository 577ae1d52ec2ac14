#pragma once
// Wizard page: the proceedings (18(15)(b)): type, subject matter and nature, the conducting
// authority and its functions, the case reference.

#include "WizardPage.h"

#include <memory>

namespace Ui {
class ProceedingsPage;
}

namespace mla::gui {

class ProceedingsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ProceedingsPage(QWidget* parent = nullptr);
    ~ProceedingsPage() override;

    QString pageId() const override { return QStringLiteral("proceedings"); }
    QString title() const override;
    bool focusField(const QString& path) override;
    Ui::ProceedingsPage* ui() const { return m_ui.get(); } // for tests

protected:
    void load(const Request& request) override;
    void store(Request& request) const override;
    void retranslate() override;

private:
    std::unique_ptr<Ui::ProceedingsPage> m_ui;
};

} // namespace mla::gui
