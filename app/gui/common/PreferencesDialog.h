#pragma once
// Preferences: interface language (default: the system's), the user's name for comments and
// history, the autosave interval. Stored through AppSettings; the language applies at once.

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace mla::gui {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override; // stores the settings and applies the language
    Ui::PreferencesDialog* ui() const { return m_ui.get(); }

    // Installs the interface language `code` ("" = the system's): translators and layout
    // direction (right-to-left for Arabic). Call from the GUI thread.
    static void applyLanguage(const QString& code);

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace mla::gui
