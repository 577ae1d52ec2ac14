#pragma once
// "Send…": the signed request PDFs (one per language), the draft and its attachments, put into
// one package signed with the user's identity and encrypted to the chosen recipient
// certificates (and the user's own, to reopen it). Refuses unsigned PDFs and attachments that
// differ from the draft, saying which.

#include <QDialog>

class QCheckBox;
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
    QPushButton* m_create;
    QLabel* m_message;
};

} // namespace mla::gui
