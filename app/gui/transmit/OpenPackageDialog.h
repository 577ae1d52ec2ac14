#pragma once
// "Open package…" and "Write receipt…": decrypts a package with the user's identity, runs every
// check and shows the verdicts plainly; then extracts into a new folder (only when every check
// passed) or writes a signed receipt (which reports the failed checks, if any). A package that
// passed every check can be registered as an incoming case (core/incoming: their reference, the
// requesting State, the documents with SHA-256) and its draft opened read-only for the handler.

#include "model/Request.h"
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
    // Registers the checked package as an incoming case with our reference `ourRef` (without
    // asking); the message is in report(). The draft it carries is then incomingDraft().
    void setRegisterUrl(const QString& url) { m_registerUrl = url; } // empty: the default register
    bool registerIncoming(const QString& ourRef, const QString& handler = {});
    const std::optional<Request>& incomingDraft() const { return m_incomingDraft; }
    QString incomingPath() const { return m_incomingPath; } // the extracted draft, if extracted

Q_SIGNALS:
    // "Open its draft" after registering: the draft, read-only, with the checks.
    void openDraftRequested(const mla::Request& draft, const QString& path);

private:
    void updateButtons();
    void extractInteractive();
    void receiptInteractive();
    void registerInteractive();

    Mode m_mode;
    FileField* m_package;
    FileField* m_identity;
    QLineEdit* m_password;
    FileField* m_trust;
    QLineEdit* m_reference;
    QPushButton* m_check;
    QPushButton* m_extract;
    QPushButton* m_receipt;
    QPushButton* m_register;
    QLabel* m_verdict;
    QPlainTextEdit* m_report;
    std::optional<transmit::OpenedPackage> m_opened;
    transmit::TransmitIdentity m_who;
    QString m_registerUrl;
    QString m_extractedDir;
    std::optional<Request> m_incomingDraft;
    QString m_incomingPath;
};

} // namespace mla::gui
