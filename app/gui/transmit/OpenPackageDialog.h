#pragma once
// "Open package…" and "Write receipt…": decrypts a package with the user's identity, runs every
// check and shows the verdicts plainly; then extracts into a new folder (only when every check
// passed) or writes a signed receipt (which reports the failed checks, if any).

#include "transmit/Package.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mla::gui {

class FileField;

class OpenPackageDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Open,
        Receipt
    };
    explicit OpenPackageDialog(Mode mode, QWidget* parent = nullptr);
    ~OpenPackageDialog() override;

    // For tests and callers that know the files.
    void setFiles(const QString& package, const QString& identity, const QString& trustPem = {});
    void setPassword(const QString& password);
    bool check();                          // the "Check" button; true when every check passed
    bool extractTo(const QString& folder); // without asking
    bool writeReceipt(const QString& file, const QString& theirReference); // without asking
    QString report() const;

private:
    void updateButtons();
    void extractInteractive();
    void receiptInteractive();

    Mode m_mode;
    FileField* m_package;
    FileField* m_identity;
    QLineEdit* m_password;
    FileField* m_trust;
    QLineEdit* m_reference;
    QPushButton* m_check;
    QPushButton* m_extract;
    QPushButton* m_receipt;
    QLabel* m_verdict;
    QPlainTextEdit* m_report;
    std::optional<transmit::OpenedPackage> m_opened;
    transmit::TransmitIdentity m_who;
};

} // namespace mla::gui
