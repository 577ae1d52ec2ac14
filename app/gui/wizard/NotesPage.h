#pragma once
// Wizard page: confidentiality (18(20)), use limitation (18(19)), dual criminality (18(9)) and
// reciprocity, each with what the requirements database suggests for the requested State.

#include "WizardPage.h"

#include <memory>

namespace Ui {
class NotesPage;
}

namespace mla::gui {

class NotesPage : public WizardPage
{
    Q_OBJECT
public:
    explicit NotesPage(QWidget* parent = nullptr);
    ~NotesPage() override;

    QString pageId() const override { return QStringLiteral("notes"); }
    QString title() const override;
    bool focusField(const QString& path) override;
    Ui::NotesPage* ui() const { return m_ui.get(); } // for tests

protected:
    void load(const Request& request) override;
    void store(Request& request) const override;
    void retranslate() override;

private:
    std::unique_ptr<Ui::NotesPage> m_ui;
};

} // namespace mla::gui
