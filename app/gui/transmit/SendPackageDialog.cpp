#include "SendPackageDialog.h"

#include "CaseRecorder.h"
#include "Labels.h"
#include "TransmitForm.h"

#include "transmit/PackageFormat.h"

#include "draft/DraftFile.h"
#include "model/Vocabulary.h"
#include "transmit/Package.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <optional>

namespace mla::gui {

namespace {

QByteArray readCapped(const QString& path, qint64 cap, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > cap) {
        *error = path;
        return {};
    }
    return f.readAll();
}

QStringList items(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

} // namespace

SendPackageDialog::SendPackageDialog(QWidget* parent)
    : QDialog(parent), m_recipients(new QListWidget(this)), m_pdfs(new QListWidget(this)),
      m_attachments(new QListWidget(this)), m_draft(new FileField(tr("Drafts (*.mlar)"), false, this)),
      m_identity(new FileField(tr("Identities (*.p12 *.pfx)"), false, this)), m_password(new QLineEdit(this)),
      m_cbc(
          new QCheckBox(tr("Use AES-256-CBC (EnvelopedData) for recipients whose software needs it"), this)),
      m_channel(new QComboBox(this)),
      m_recordSent(new QCheckBox(tr("Record “sent” in the case re&gister"), this)),
      m_create(new QPushButton(tr("&Create package…"), this)), m_message(new QLabel(this))
{
    // Article 18(13): through the central authorities; diplomatic channels or INTERPOL where
    // the States so agree or in urgent cases.
    m_channel->addItem(tr("Central authority to central authority"), QStringLiteral("central-authority"));
    m_channel->addItem(tr("Diplomatic channels"), QStringLiteral("diplomatic"));
    m_channel->addItem(tr("INTERPOL (urgent)"), QStringLiteral("interpol"));
    m_recordSent->setChecked(true);
    setWindowTitle(tr("Send request package"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Recipient certificates:"),
                 listWithButtons(m_recipients, tr("Certificates (*.pem *.crt)")));
    form->addRow(tr("Signed request &PDFs:"), listWithButtons(m_pdfs, tr("PDF files (*.pdf)")));
    form->addRow(tr("&Draft (optional):"), m_draft);
    form->addRow(tr("&Attachments:"), listWithButtons(m_attachments, tr("All files (*)")));
    form->addRow(tr("Your &identity (PKCS#12):"), m_identity);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_cbc);
    form->addRow(tr("C&hannel (18(13)):"), m_channel);
    form->addRow(QString(), m_recordSent);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_create, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &SendPackageDialog::createInteractive);
    Labels::isolateLtr(this); // 18(13) reads left to right in Arabic
    resize(720, 600);
}

QWidget* SendPackageDialog::listWithButtons(QListWidget* list, const QString& filter)
{
    auto* box = new QWidget(this);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list, 1);
    auto* side = new QVBoxLayout;
    auto* add = new QPushButton(tr("Add…"), box);
    auto* remove = new QPushButton(tr("Remove"), box);
    side->addWidget(add);
    side->addWidget(remove);
    side->addStretch();
    layout->addLayout(side);
    list->setMaximumHeight(90);
    connect(add, &QPushButton::clicked, this, [this, list, filter] {
        for (const QString& f : QFileDialog::getOpenFileNames(this, QString(), QString(), filter))
            list->addItem(f);
    });
    connect(remove, &QPushButton::clicked, this, [list] { delete list->currentItem(); });
    return box;
}

void SendPackageDialog::addRecipient(const QString& pemPath)
{
    m_recipients->addItem(pemPath);
}
void SendPackageDialog::addPdf(const QString& path)
{
    m_pdfs->addItem(path);
}
void SendPackageDialog::addAttachment(const QString& path)
{
    m_attachments->addItem(path);
}
void SendPackageDialog::setDraft(const QString& path)
{
    m_draft->setPath(path);
}
void SendPackageDialog::setIdentity(const QString& p12, const QString& password)
{
    m_identity->setPath(p12);
    m_password->setText(password);
}
void SendPackageDialog::setChannel(const QString& channel)
{
    const int i = m_channel->findData(channel);
    if (i >= 0)
        m_channel->setCurrentIndex(i);
}

QString SendPackageDialog::channel() const
{
    return m_channel->currentData().toString();
}

QString SendPackageDialog::draftPath() const
{
    return m_draft->path();
}

QStringList SendPackageDialog::pdfPaths() const
{
    return items(m_pdfs);
}

void SendPackageDialog::setRecordInRegister(bool record)
{
    m_recordSent->setChecked(record);
}

QString SendPackageDialog::message() const
{
    return m_message->text();
}

bool SendPackageDialog::createTo(const QString& outPath)
{
    auto fail = [this](const QString& why) {
        m_message->setText(tr("No package was written: %1").arg(why));
        return false;
    };
    if (m_recipients->count() == 0 || m_pdfs->count() == 0)
        return fail(tr("add at least one recipient certificate and one signed PDF"));
    QByteArray password = m_password->text().toUtf8();
    Result<transmit::TransmitIdentity> sender =
        transmit::loadTransmitIdentityFile(m_identity->path(), password);
    password.fill('\0');
    if (!sender)
        return fail(sender.error().toString());
    transmit::PackageSpec spec;
    QString unreadable;
    for (const QString& pem : items(m_recipients))
        spec.recipientPems << readCapped(pem, 1024 * 1024, &unreadable);
    std::optional<Request> request;
    if (!m_draft->path().isEmpty()) {
        Result<Request> r = draft::DraftFile::read(m_draft->path());
        if (!r)
            return fail(r.error().toString());
        request = r.value();
        spec.files << transmit::PackageFile{QFileInfo(m_draft->path()).completeBaseName() +
                                                QStringLiteral(".mlar"),
                                            QStringLiteral("draft"),
                                            {},
                                            {},
                                            draft::DraftFile::serialize(*request)};
    }
    for (const QString& pdf : items(m_pdfs)) {
        const QString name = QFileInfo(pdf).fileName();
        const QStringList parts = name.split(u'.');
        const QString lang = parts.size() >= 3 && isUnLanguage(parts.at(parts.size() - 2))
                                 ? parts.at(parts.size() - 2)
                                 : QString();
        spec.files << transmit::PackageFile{name, QStringLiteral("request"),
                                            QStringLiteral("application/pdf"), lang,
                                            readCapped(pdf, transmit::maxFileBytes, &unreadable)};
    }
    for (const QString& a : items(m_attachments))
        spec.files << transmit::PackageFile{QFileInfo(a).fileName(),
                                            QStringLiteral("attachment"),
                                            {},
                                            {},
                                            readCapped(a, transmit::maxFileBytes, &unreadable)};
    if (!unreadable.isEmpty())
        return fail(tr("%1 cannot be read or is too large").arg(unreadable));
    spec.cipher = m_cbc->isChecked() ? transmit::Cipher::Aes256Cbc : transmit::Cipher::Aes256Gcm;
    spec.sender.authority = request && !request->authority.name.isEmpty() ? request->authority.name
                                                                          : sender.value().organization();
    spec.sender.state = request ? request->requestingState : sender.value().country();
    spec.recipient.authority = transmit::certificateOrganization(spec.recipientPems.first());
    spec.recipient.state =
        request ? request->requestedState : transmit::certificateCountry(spec.recipientPems.first());
    if (request) {
        spec.reference = request->authority.reference;
        spec.requestId = request->id;
    }
    Result<transmit::CreatedPackage> created = transmit::createPackage(spec, sender.value());
    if (!created)
        return fail(created.error().toString());
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(created.value().bytes) != created.value().bytes.size() ||
        !out.commit())
        return fail(out.errorString());
    QString text = tr("Package %1 written to %2 (%3 files). Only the chosen recipients can open it.")
                       .arg(created.value().manifest.packageId, outPath)
                       .arg(created.value().manifest.files.size());
    if (m_recordSent->isChecked()) {
        bool recorded = false;
        text +=
            u'\n' + CaseRecorder::recordSent(m_registerUrl, request ? &*request : nullptr, m_draft->path(),
                                             m_caseRef, channel(), outPath, created.value().bytes,
                                             created.value().manifest.packageId, &recorded);
    }
    m_message->setText(text);
    return true;
}

void SendPackageDialog::createInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save package"), QStringLiteral("request.mlap"), tr("Request packages (*.mlap)"));
    if (!path.isEmpty())
        createTo(path);
}

} // namespace mla::gui
