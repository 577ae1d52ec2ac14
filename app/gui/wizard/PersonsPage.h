#pragma once
// Wizard page: the persons concerned (18(15)(e)): identity, names in other scripts, aliases,
// nationality, documents, addresses and known location.

#include "WizardPage.h"

#include <memory>

namespace Ui {
class PersonsPage;
}

namespace mla::gui {

class PersonsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit PersonsPage(QWidget* parent = nullptr);
    ~PersonsPage() override;

    QString pageId() const override { return QStringLiteral("persons"); }
    QString title() const override;
    bool focusField(const QString& path) override;
    Ui::PersonsPage* ui() const { return m_ui.get(); } // for tests

    void addPerson();
    void removePerson();
    QString currentId() const { return m_currentId; }

protected:
    void load(const Request& request) override;
    void store(Request& request) const override;
    void retranslate() override;

private:
    void select(const QString& id);
    QString itemText(const Person& p) const;

    std::unique_ptr<Ui::PersonsPage> m_ui;
    QString m_currentId;
};

} // namespace mla::gui
