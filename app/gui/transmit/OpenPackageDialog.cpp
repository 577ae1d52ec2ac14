#include "OpenPackageDialog.h"

#include "TransmitForm.h"

#include "transmit/PackageFormat.h"

#include "AppSettings.h"
#include "incoming/Incoming.h"
#include "pdf/Password.h"
#include "register/Register.h"
#include "transmit/Receipt.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace mla::gui {

OpenPackageDialog::OpenPackageDialog(Mode mode, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_package(new FileField(tr("Request packages (*.mlap)"), false, this)),
      m_identity(new FileField(tr("Identities (*.p12 *.pfx)"), false, this)), m_password(new QLineEdit(this)),
      m_trust(new FileField(tr("Certificates (*.pem *.crt)"), false, this)), m_reference(new QLineEdit(this)),
      m_check(new QPushButton(tr("&Check"), this)), m_extract(new QPushButton(tr("&Extract…"), this)),
      m_receipt(new QPushButton(tr("&Write receipt…"), this)),
      m_register(new QPushButton(tr("Register as inco&ming case…"), this)), m_verdict(new QLabel(this)),
      m_report(new QPlainTextEdit(this))
{
    setWindowTitle(mode == Mode::Open ? tr("Open package") : tr("Write receipt"));
    m_password->setEchoMode(QLineEdit::Password);
    m_report->setReadOnly(true);
    m_verdict->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Package:"), m_package);
    form->addRow(tr("Your &identity (PKCS#12):"), m_identity);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Additional &trusted certificates:"), m_trust);
    form->addRow(tr("Your &reference:"), m_reference);
    m_reference->setVisible(mode == Mode::Receipt);
    form->labelForField(m_reference)->setVisible(mode == Mode::Receipt);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(mode == Mode::Open ? m_extract : m_receipt, QDialogButtonBox::ActionRole);
    (mode == Mode::Open ? m_receipt : m_extract)->hide();
    if (mode == Mode::Open)
        buttons->addButton(m_register, QDialogButtonBox::ActionRole);
    else
        m_register->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, [this] { check(); });
    connect(m_extract, &QPushButton::clicked, this, &OpenPackageDialog::extractInteractive);
    connect(m_receipt, &QPushButton::clicked, this, &OpenPackageDialog::receiptInteractive);
    connect(m_register, &QPushButton::clicked, this, &OpenPackageDialog::registerInteractive);
    for (FileField* f : {m_package, m_identity, m_trust})
        connect(f, &FileField::changed, this, [this] {
            m_opened.reset();
            m_extractedDir.clear();
            updateButtons();
        });
    resize(720, 520);
    updateButtons();
}

OpenPackageDialog::~OpenPackageDialog() = default;

void OpenPackageDialog::setFiles(const QString& package, const QString& identity, const QString& trustPem)
{
    m_package->setPath(package);
    m_identity->setPath(identity);
    m_trust->setPath(trustPem);
}

void OpenPackageDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

QString OpenPackageDialog::report() const
{
    return m_verdict->text() + u'\n' + m_report->toPlainText();
}

void OpenPackageDialog::updateButtons()
{
    m_check->setEnabled(!m_package->path().isEmpty() && !m_identity->path().isEmpty());
    m_extract->setEnabled(m_opened && m_opened->allPassed());
    m_receipt->setEnabled(m_opened && m_opened->manifestRead);
    m_register->setEnabled(m_opened && m_opened->allPassed());
}

bool OpenPackageDialog::check()
{
    m_opened.reset();
    m_extractedDir.clear();
    m_report->clear();
    auto fail = [this](const QString& why) {
        m_verdict->setText(tr("The package cannot be opened: %1").arg(why));
        updateButtons();
        return false;
    };
    QByteArray password = m_password->text().toUtf8();
    Result<transmit::TransmitIdentity> who = transmit::loadTransmitIdentityFile(m_identity->path(), password);
    password.fill('\0');
    if (!who)
        return fail(who.error().toString());
    m_who = who.value();
    QString trustError;
    const QList<QByteArray> trust = gatherTrust(m_trust->path(), &trustError);
    if (!trustError.isEmpty())
        return fail(trustError);
    QFile file(m_package->path());
    if (!file.open(QIODevice::ReadOnly) || file.size() > transmit::maxPackageBytes)
        return fail(tr("%1 cannot be read or is too large").arg(m_package->path()));
    Result<transmit::OpenedPackage> opened =
        transmit::openPackage(file.readAll(), m_who, trust, m_package->path());
    if (!opened)
        return fail(opened.error().toString());
    m_opened = opened.value();
    m_report->setPlainText(m_opened->toText());
    m_verdict->setText(m_opened->allPassed()
                           ? tr("Every check passed: the package comes from %1 and nothing in it changed.")
                                 .arg(m_opened->signerSubject)
                           : tr("REFUSED: checks failed. Nothing can be extracted. Failed: %1")
                                 .arg(m_opened->failures().join(QStringLiteral("; "))));
    updateButtons();
    return m_opened->allPassed();
}

bool OpenPackageDialog::extractTo(const QString& folder)
{
    if (!m_opened)
        return false;
    const Status done = transmit::extractPackage(*m_opened, folder);
    if (done)
        m_extractedDir = folder;
    m_verdict->setText(done ? tr("Extracted into %1.").arg(folder)
                            : tr("Nothing was extracted: %1").arg(done.error().toString()));
    return done.ok();
}

bool OpenPackageDialog::writeReceipt(const QString& path, const QString& theirReference)
{
    if (!m_opened)
        return false;
    Result<QByteArray> receipt = transmit::createReceipt(*m_opened, m_who, theirReference);
    if (!receipt) {
        m_verdict->setText(tr("No receipt was written: %1").arg(receipt.error().toString()));
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(receipt.value()) != receipt.value().size() ||
        !out.commit()) {
        m_verdict->setText(tr("No receipt was written: %1").arg(out.errorString()));
        return false;
    }
    m_verdict->setText(tr("Receipt written to %1. Send it back to the sender.").arg(path));
    return true;
}

void OpenPackageDialog::extractInteractive()
{
    const QString parent = QFileDialog::getExistingDirectory(this, tr("Folder to extract into"));
    if (parent.isEmpty())
        return;
    const QString name = QFileInfo(m_package->path()).completeBaseName();
    const QString target = QDir(parent).filePath(name);
    if (QFileInfo::exists(target)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("%1 already exists. Choose another folder.").arg(target));
        return;
    }
    extractTo(target);
}

void OpenPackageDialog::receiptInteractive()
{
    if (m_opened && !m_opened->allPassed() &&
        QMessageBox::question(this, windowTitle(),
                              tr("Some checks failed. The receipt will tell the sender which. Write it?")) !=
            QMessageBox::Yes)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Write receipt"), QFileInfo(m_package->path()).completeBaseName() + QStringLiteral(".mlapr"),
        tr("Receipts (*.mlapr)"));
    if (!path.isEmpty())
        writeReceipt(path, m_reference->text().trimmed());
}

} // namespace mla::gui

namespace mla::gui {

bool OpenPackageDialog::registerIncoming(const QString& ourRef, const QString& handler)
{
    m_incomingDraft.reset();
    m_incomingPath.clear();
    if (!m_opened)
        return false;
    incoming::IncomingOptions options;
    options.ourRef = ourRef;
    options.handler = handler;
    auto in = incoming::incomingFromPackage(*m_opened, m_package->path(), options, m_extractedDir);
    if (!in) {
        m_verdict->setText(tr("Not registered: %1").arg(in.error().detail));
        return false;
    }
    auto reg = reg::Register::open(reg::RegisterUrl::choose(m_registerUrl));
    if (!reg) {
        m_verdict->setText(tr("Not registered: %1").arg(reg.error().toString()));
        return false;
    }
    auto added = reg.value()->addCase(in.value().newCase);
    if (!added) {
        m_verdict->setText(tr("Not registered: %1").arg(added.error().detail));
        return false;
    }
    m_incomingDraft = in.value().draft;
    for (const reg::Document& d : in.value().newCase.documents)
        if (d.kind == QLatin1String("draft") && !m_extractedDir.isEmpty())
            m_incomingPath = d.path;
    QString text = tr("Registered as incoming case %1 from %2 (their reference %3).")
                       .arg(added.value().ourRef, added.value().requestingState,
                            added.value().theirRef.isEmpty() ? QStringLiteral("—") : added.value().theirRef);
    for (const QString& w : in.value().warnings)
        text += u'\n' + w;
    m_verdict->setText(text);
    return true;
}

void OpenPackageDialog::registerInteractive()
{
    if (!m_opened || !m_opened->allPassed())
        return;
    bool ok = false;
    const QString ref =
        QInputDialog::getText(this, tr("Register as incoming case"),
                              tr("Our reference for this request from %1 (their reference %2):")
                                  .arg(m_opened->manifest.sender.authority, m_opened->manifest.reference),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || ref.isEmpty())
        return;
    if (!registerIncoming(ref, AppSettings::userName()) || !m_incomingDraft)
        return;
    if (QMessageBox::question(this, windowTitle(),
                              tr("Open the request's draft now, read-only, with the checks?")) ==
        QMessageBox::Yes)
        Q_EMIT openDraftRequested(*m_incomingDraft, m_incomingPath);
}

} // namespace mla::gui
