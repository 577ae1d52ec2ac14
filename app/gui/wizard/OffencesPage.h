#pragma once
// Wizard page: the offences, each with its legal provision, maximum penalty, Convention
// article and the conduct as ICCS codes (searchable picker).

#include "WizardPage.h"

#include <memory>

namespace Ui {
class OffencesPage;
}

namespace mla::gui {

class OffencesPage : public WizardPage
{
    Q_OBJECT
public:
    explicit OffencesPage(QWidget* parent = nullptr);
    ~OffencesPage() override;

    QString pageId() const override { return QStringLiteral("offences"); }
    QString title() const override;
    bool focusField(const QString& path) override;
    Ui::OffencesPage* ui() const { return m_ui.get(); } // for tests

    void addOffence();
    void removeOffence();
    // Adds an ICCS code to the current offence (from the picker, or typed as a code).
    void addConduct(const QString& code);
    QString currentId() const { return m_currentId; }

protected:
    void load(const Request& request) override;
    void store(Request& request) const override;
    void retranslate() override;

private:
    void select(const QString& id);
    void searchIccs();
    QString itemText(const Offence& o) const;

    std::unique_ptr<Ui::OffencesPage> m_ui;
    QString m_currentId;
};

} // namespace mla::gui
