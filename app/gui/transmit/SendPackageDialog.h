#pragma once
// "Send…": the signed request PDFs (one per language), the draft and its attachments, put into
// one package signed with the user's identity and encrypted to the chosen recipient
// certificates (and the user's own, to reopen it). Refuses unsigned PDFs and attachments that
// differ from the draft, saying which. Once written, "sent" is recorded in the case register
// (unless the user unticks it) with the 18(13) channel chosen and the package's path and SHA-256;
// a draft without a case becomes a new outgoing case.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mla::gui {

class FileField;

class SendPackageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SendPackageDialog(QWidget* parent = nullptr);

    void addRecipient(const QString& pemPath);
    void addPdf(const QString& path);
    void addAttachment(const QString& path);
    void setDraft(const QString& path);
    void setIdentity(const QString& p12, const QString& password);
    // The 18(13) channel: central-authority, diplomatic or interpol.
    void setChannel(const QString& channel);
    QString channel() const;
    // The case to record "sent" on (empty: the draft's case); the register (empty: the default).
    void setCase(const QString& ourRef) { m_caseRef = ourRef; }
    void setRegisterUrl(const QString& url) { m_registerUrl = url; }
    void setRecordInRegister(bool record);
    QString draftPath() const;
    QStringList pdfPaths() const;
    QString caseRef() const { return m_caseRef; }
    bool createTo(const QString& outPath); // without asking; the verdict is in message()
    QString message() const;

private:
    QWidget* listWithButtons(QListWidget* list, const QString& filter);
    void createInteractive();

    QListWidget* m_recipients;
    QListWidget* m_pdfs;
    QListWidget* m_attachments;
    FileField* m_draft;
    FileField* m_identity;
    QLineEdit* m_password;
    QCheckBox* m_cbc;
    QComboBox* m_channel;
    QCheckBox* m_recordSent;
    QString m_caseRef;
    QString m_registerUrl;
    QPushButton* m_create;
    QLabel* m_message;
};

} // namespace mla::gui
