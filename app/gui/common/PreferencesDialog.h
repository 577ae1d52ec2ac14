#pragma once
// Preferences: interface language (default: the system's), the user's name for comments and
// history, the autosave interval, and signing: the timestamp authority's address (http/https
// only, checked before it is stored), the default signature level (B-B, B-T, B-LT) and whether
// to sign at B-B with a warning when the timestamp authority cannot be reached (off by default),
// and the revocation lists (CRL files) a B-LT signature's document security store holds.
// Stored through AppSettings; the language applies at once.

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

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

    // Stores the settings and applies the language; stays open with the reason shown when the
    // timestamp authority's address is not usable or a timestamped level has none.
    void accept() override;
    Ui::PreferencesDialog* ui() const { return m_ui.get(); }
    QLineEdit* tsaUrlEdit() const { return m_tsaEdit; }
    QComboBox* levelCombo() const { return m_levelCombo; }
    QCheckBox* fallbackCheck() const { return m_fallbackCheck; }
    QLineEdit* crlEdit() const { return m_crlEdit; } // paths separated by ";"
    QLabel* errorLabel() const { return m_errorLabel; }

    // Installs the interface language `code` ("" = the system's): translators and layout
    // direction (right-to-left for Arabic). Call from the GUI thread.
    static void applyLanguage(const QString& code);

private:
    void setupSigning();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QLineEdit* m_tsaEdit = nullptr;
    QComboBox* m_levelCombo = nullptr;
    QCheckBox* m_fallbackCheck = nullptr;
    QLineEdit* m_crlEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace mla::gui
