#pragma once
// Asks for a signing identity (PKCS#12 file) and its password, and loads it (core/pdf). The
// password is kept only in the line edit, cleared when the dialog closes, and never stored.

#include "pdf/Identity.h"

#include <QDialog>
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
    Ui::SignDialog* ui() const { return m_ui.get(); }

    void accept() override; // loads the identity; stays open with the error on failure
    void done(int result) override;

private:
    std::unique_ptr<Ui::SignDialog> m_ui;
    pdf::Identity m_identity;
};

} // namespace mla::gui
