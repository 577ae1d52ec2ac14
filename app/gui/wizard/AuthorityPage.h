#pragma once
// Wizard page: the requesting authority (18(15)(a)) with letterhead logo and contact, the
// signatory, and saved authority profiles.

#include "WizardPage.h"

#include <memory>

namespace Ui {
class AuthorityPage;
}

namespace mla::gui {

class AuthorityPage : public WizardPage
{
    Q_OBJECT
public:
    explicit AuthorityPage(QWidget* parent = nullptr);
    ~AuthorityPage() override;

    QString pageId() const override { return QStringLiteral("authority"); }
    QString title() const override;
    bool focusField(const QString& path) override;
    Ui::AuthorityPage* ui() const { return m_ui.get(); } // for tests

    // Sets the letterhead logo from an image file (scaled down, stored as PNG); false if unreadable.
    bool setLogoFromFile(const QString& path);
    void useProfile(const QString& name);
    void saveProfile(const QString& name);

protected:
    void load(const Request& request) override;
    void store(Request& request) const override;
    void retranslate() override;
    void attached() override;

private:
    void fillStates();
    void fillProfiles();
    void chooseLogo();

    std::unique_ptr<Ui::AuthorityPage> m_ui;
};

} // namespace mla::gui
