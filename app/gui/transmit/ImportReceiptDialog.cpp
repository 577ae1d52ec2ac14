#include "ImportReceiptDialog.h"

#include "CaseRecorder.h"
#include "TransmitForm.h"

#include "transmit/PackageFormat.h"

#include "draft/DraftFile.h"
#include "transmit/Receipt.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mla::gui {

ImportReceiptDialog::ImportReceiptDialog(QWidget* parent)
    : QDialog(parent), m_receipt(new FileField(tr("Receipts (*.mlapr)"), false, this)),
      m_sent(new FileField(tr("Request packages (*.mlap)"), false, this)),
      m_identity(new FileField(tr("Identities (*.p12 *.pfx)"), false, this)), m_password(new QLineEdit(this)),
      m_trust(new FileField(tr("Certificates (*.pem *.crt)"), false, this)),
      m_check(new QPushButton(tr("&Check"), this)), m_record(new QPushButton(tr("&Record in draft…"), this)),
      m_recordRegister(new QPushButton(tr("Record in case re&gister…"), this)), m_verdict(new QLabel(this)),
      m_report(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import receipt"));
    m_password->setEchoMode(QLineEdit::Password);
    m_report->setReadOnly(true);
    m_verdict->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Receipt:"), m_receipt);
    form->addRow(tr("Package &sent:"), m_sent);
    form->addRow(tr("Your &identity (optional, to reopen the package):"), m_identity);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Additional &trusted certificates:"), m_trust);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_recordRegister, QDialogButtonBox::ActionRole);
    buttons->addButton(m_record, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, [this] { check(); });
    connect(m_record, &QPushButton::clicked, this, &ImportReceiptDialog::recordInteractive);
    connect(m_recordRegister, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, windowTitle(),
                                  tr("Record “acknowledged” with their reference in case %1 of the case "
                                     "register?")
                                      .arg(m_reference)) == QMessageBox::Yes)
            recordInRegister();
    });
    m_record->setEnabled(false);
    m_recordRegister->setEnabled(false);
    resize(720, 520);
}

void ImportReceiptDialog::setFiles(const QString& receipt, const QString& sentPackage,
                                   const QString& identity, const QString& trustPem)
{
    m_receipt->setPath(receipt);
    m_sent->setPath(sentPackage);
    m_identity->setPath(identity);
    m_trust->setPath(trustPem);
}

void ImportReceiptDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

QString ImportReceiptDialog::report() const
{
    return m_verdict->text() + u'\n' + m_report->toPlainText();
}

bool ImportReceiptDialog::check()
{
    m_ok = false;
    m_record->setEnabled(false);
    m_recordRegister->setEnabled(false);
    m_report->clear();
    auto fail = [this](const QString& why) {
        m_verdict->setText(tr("The receipt cannot be checked: %1").arg(why));
        return false;
    };
    QFile receipt(m_receipt->path()), sent(m_sent->path());
    if (!receipt.open(QIODevice::ReadOnly) || receipt.size() > transmit::maxReceiptBytes)
        return fail(tr("%1 cannot be read or is too large").arg(m_receipt->path()));
    if (!sent.open(QIODevice::ReadOnly) || sent.size() > transmit::maxPackageBytes)
        return fail(tr("%1 cannot be read or is too large").arg(m_sent->path()));
    transmit::TransmitIdentity own;
    if (!m_identity->path().isEmpty()) {
        QByteArray password = m_password->text().toUtf8();
        Result<transmit::TransmitIdentity> who =
            transmit::loadTransmitIdentityFile(m_identity->path(), password);
        password.fill('\0');
        if (!who)
            return fail(who.error().toString());
        own = who.value();
    }
    QString trustError;
    const QList<QByteArray> trust = gatherTrust(m_trust->path(), &trustError);
    if (!trustError.isEmpty())
        return fail(trustError);
    m_receiptBytes = receipt.readAll();
    Result<transmit::ReceiptVerdict> v = transmit::checkReceipt(
        m_receiptBytes, sent.readAll(), trust, own.isNull() ? nullptr : &own, m_receipt->path());
    if (!v)
        return fail(v.error().toString());
    m_report->setPlainText(v.value().toText());
    m_ok = v.value().allPassed();
    m_packageId = v.value().receipt.packageId;
    m_receiptId = v.value().receipt.receiptId;
    m_reference = v.value().receipt.senderReference;
    m_theirReference = v.value().receipt.recipientReference;
    m_authority = v.value().receipt.openedBy.authority;
    m_openedOn = v.value().receipt.openedAt.toUTC().date();
    m_verdict->setText(
        m_ok ? tr("Acknowledged: %1 opened package %2 and every check passed.").arg(m_authority, m_packageId)
             : tr("REFUSED: %1").arg(v.value().failures().join(QStringLiteral("; "))));
    m_record->setEnabled(m_ok);
    m_recordRegister->setEnabled(m_ok && !m_reference.isEmpty());
    return m_ok;
}

bool ImportReceiptDialog::recordInDraft(const QString& draftPath)
{
    if (!m_ok)
        return false;
    Result<Request> request = draft::DraftFile::read(draftPath);
    if (!request) {
        m_verdict->setText(tr("Nothing was recorded: %1").arg(request.error().toString()));
        return false;
    }
    if (!m_reference.isEmpty() && request.value().authority.reference != m_reference) {
        m_verdict->setText(tr("Nothing was recorded: the draft's reference is not %1.").arg(m_reference));
        return false;
    }
    QString detail =
        QStringLiteral("receipt %1 for package %2, opened by %3").arg(m_receiptId, m_packageId, m_authority);
    if (!m_theirReference.isEmpty())
        detail += QStringLiteral(", their reference %1").arg(m_theirReference);
    request.value().history.append(
        HistoryEntry{QDateTime::currentDateTimeUtc(), m_authority, QStringLiteral("acknowledged"), detail});
    const Status written = draft::DraftFile::write(request.value(), draftPath);
    m_verdict->setText(written ? tr("Recorded as acknowledged in %1.").arg(draftPath)
                               : tr("Nothing was recorded: %1").arg(written.error().toString()));
    return written.ok();
}

bool ImportReceiptDialog::recordInRegister()
{
    if (!m_ok || m_reference.isEmpty())
        return false;
    bool ok = false;
    const QString note =
        QStringLiteral("receipt %1 for package %2, opened by %3").arg(m_receiptId, m_packageId, m_authority);
    m_verdict->setText(CaseRecorder::recordAcknowledged(m_registerUrl, m_reference, m_openedOn,
                                                        m_theirReference, m_receipt->path(), m_receiptBytes,
                                                        note, &ok));
    return ok;
}

void ImportReceiptDialog::recordInteractive()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Draft of the request"), QString(), tr("Drafts (*.mlar)"));
    if (path.isEmpty())
        return;
    if (QMessageBox::question(
            this, windowTitle(),
            tr("Record \"acknowledged\" in the history of %1? (The previous file is kept as .bak.)")
                .arg(path)) != QMessageBox::Yes)
        return;
    recordInDraft(path);
}

} // namespace mla::gui
