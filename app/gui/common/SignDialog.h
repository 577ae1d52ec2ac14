#pragma once
// Asks for a signing identity — a PKCS#12 file and its password, or a key on a smart card or token
// (PKCS#11: module, token and certificate, PIN) — and loads it (core/pdf). The password or PIN is
// kept only in the line edit, cleared when the dialog closes, and never stored; with a PIN pad the
// reader asks for the PIN itself. Only certificates fit for signing are offered, each marked as a
// signing or an authentication certificate. The signature level (B-B, B-T, B-LT) starts at the
// default chosen in Preferences and may be changed for this signature; the timestamp authority
// is the one set in Preferences.

#include "pdf/Identity.h"
#include "pdf/SignOptions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
#include <memory>

namespace Ui {
class SignDialog;
}

namespace mla::gui {

class SignDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignDialog(const QString& intro, QWidget* parent = nullptr);
    ~SignDialog() override;

    // On Accepted: the loaded identity and the reason and location typed.
    pdf::Identity identity() const { return m_identity; }
    QString reason() const;
    QString location() const;
    void setReason(const QString& reason);
    void setLocation(const QString& location);
    // The level chosen for this signature (default: Preferences').
    pdf::SignatureLevel level() const;
    void setLevel(pdf::SignatureLevel level);
    QComboBox* levelCombo() const { return m_levelCombo; }
    Ui::SignDialog* ui() const { return m_ui.get(); }

    void accept() override; // loads the identity; stays open with the error on failure
    void done(int result) override;

private:
    void setupTokenWidgets();
    void refreshTokens();
    void updateMode();
    void updateLevel();
    bool tokenMode() const;

    std::unique_ptr<Ui::SignDialog> m_ui;
    QComboBox* m_sourceCombo = nullptr;
    QLineEdit* m_moduleEdit = nullptr;
    QComboBox* m_certificateCombo = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QComboBox* m_levelCombo = nullptr;
    QLabel* m_tsaLabel = nullptr;
    pdf::Identity m_identity;
};

} // namespace mla::gui
