#include "SignDialog.h"

#include "AppSettings.h"
#include "ui_SignDialog.h"

#include <QFileDialog>
#include <QPushButton>
#include <QSettings>

namespace mla::gui {

SignDialog::SignDialog(const QString& intro, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(intro);
    m_ui->errorLabel->setVisible(false);
    m_ui->identityEdit->setText(QSettings().value(QStringLiteral("sign/identity")).toString());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(
            this, tr("Signing identity"), AppSettings::lastFolder(), tr("PKCS#12 identities (*.p12 *.pfx)"));
        if (!f.isEmpty())
            m_ui->identityEdit->setText(f);
    });
    if (!m_ui->identityEdit->text().isEmpty())
        m_ui->passwordEdit->setFocus();
}

SignDialog::~SignDialog() = default;

QString SignDialog::reason() const
{
    return m_ui->reasonEdit->text();
}

QString SignDialog::location() const
{
    return m_ui->locationEdit->text();
}

void SignDialog::setReason(const QString& reason)
{
    m_ui->reasonEdit->setText(reason);
}

void SignDialog::setLocation(const QString& location)
{
    m_ui->locationEdit->setText(location);
}

void SignDialog::accept()
{
    const auto id = pdf::loadIdentity(m_ui->identityEdit->text(), m_ui->passwordEdit->text().toUtf8());
    if (!id.ok()) {
        const QString code = id.error().code;
        QString text;
        if (code == QLatin1String("pdf.identity.password"))
            text = tr("The password is wrong.");
        else if (code == QLatin1String("pdf.identity.read"))
            text = tr("The identity file could not be read.");
        else if (code == QLatin1String("pdf.identity.expired") ||
                 code == QLatin1String("pdf.identity.notyetvalid"))
            text = tr("The certificate is not valid now.");
        else
            text = tr("The identity cannot be used for signing: %1").arg(id.error().detail);
        m_ui->errorLabel->setText(text);
        m_ui->errorLabel->setVisible(true);
        m_ui->passwordEdit->selectAll();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_identity = id.value();
    QSettings().setValue(QStringLiteral("sign/identity"), m_ui->identityEdit->text());
    QDialog::accept();
}

void SignDialog::done(int result)
{
    m_ui->passwordEdit->clear();
    QDialog::done(result);
}

} // namespace mla::gui
