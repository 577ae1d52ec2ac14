#pragma once
// "Import receipt…": checks a receipt against the package that was sent (signature, hashes,
// package id, who signed it) and, when every check passes, records "acknowledged" with the
// other side's reference in the case register (the case of the package's reference, with the
// receipt as its document) or in the draft's history (after asking).

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mla::gui {

class FileField;

class ImportReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportReceiptDialog(QWidget* parent = nullptr);

    void setFiles(const QString& receipt, const QString& sentPackage, const QString& identity = {},
                  const QString& trustPem = {});
    void setPassword(const QString& password);
    bool check();
    bool recordInDraft(const QString& draftPath);                    // without asking
    void setRegisterUrl(const QString& url) { m_registerUrl = url; } // empty: the default register
    bool recordInRegister();                                         // without asking
    QString report() const;

private:
    void recordInteractive();

    FileField* m_receipt;
    FileField* m_sent;
    FileField* m_identity;
    QLineEdit* m_password;
    FileField* m_trust;
    QPushButton* m_check;
    QPushButton* m_record;
    QPushButton* m_recordRegister;
    QLabel* m_verdict;
    QPlainTextEdit* m_report;
    bool m_ok = false;
    QString m_packageId, m_receiptId, m_reference, m_theirReference, m_authority;
    QDate m_openedOn;
    QByteArray m_receiptBytes;
    QString m_registerUrl;
};

} // namespace mla::gui
