#include "SignDialog.h"

#include "AppSettings.h"
#include "SignatureText.h"
#include "ui_SignDialog.h"

#include "pdf/Token.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace mla::gui {

SignDialog::SignDialog(const QString& intro, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignDialog>())
{
    m_ui->setupUi(this);
    // Wide enough for a module path and for the buttons' text in every interface language
    // (Arabic's were clipped at the form's natural width).
    setMinimumWidth(qMax(minimumSizeHint().width(), 560));
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
    setupTokenWidgets();
    m_levelCombo = new QComboBox(this);
    for (pdf::SignatureLevel l : SignatureText::offeredLevels())
        m_levelCombo->addItem(SignatureText::levelDescription(l), int(l));
    auto* levelLabel = new QLabel(tr("Signature &level:"), this);
    levelLabel->setBuddy(m_levelCombo);
    m_ui->form1->addRow(levelLabel, m_levelCombo);
    m_tsaLabel = new QLabel(this);
    m_tsaLabel->setWordWrap(true);
    m_tsaLabel->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_ui->form1->addRow(QString(), m_tsaLabel);
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &SignDialog::updateLevel);
    setLevel(AppSettings::signatureLevel());
    updateLevel();
    if (!m_ui->identityEdit->text().isEmpty())
        m_ui->passwordEdit->setFocus();
}

void SignDialog::setupTokenWidgets()
{
    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->addItem(tr("Identity file (PKCS#12)"));
    m_sourceCombo->addItem(tr("Smart card or token (PKCS#11)"));
    auto* sourceLabel = new QLabel(tr("&Key on:"), this);
    sourceLabel->setBuddy(m_sourceCombo);
    m_ui->form1->insertRow(0, sourceLabel, m_sourceCombo);

    m_moduleEdit = new QLineEdit(this);
    m_moduleEdit->setText(
        QSettings().value(QStringLiteral("sign/pkcs11Module"), pdf::defaultPkcs11Module()).toString());
    m_moduleEdit->setToolTip(
        tr("The PKCS#11 library of the card reader or token (p11-kit's proxy reaches every "
           "configured one)"));
    auto* moduleLabel = new QLabel(tr("PKCS#11 &module:"), this);
    moduleLabel->setBuddy(m_moduleEdit);
    m_ui->form1->insertRow(1, moduleLabel, m_moduleEdit);

    m_certificateCombo = new QComboBox(this);
    m_refreshButton = new QPushButton(tr("Re&fresh"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_certificateCombo, 1);
    row->addWidget(m_refreshButton);
    auto* certLabel = new QLabel(tr("&Certificate:"), this);
    certLabel->setBuddy(m_certificateCombo);
    m_ui->form1->insertRow(2, certLabel, row);

    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, &SignDialog::updateMode);
    connect(m_refreshButton, &QPushButton::clicked, this, &SignDialog::refreshTokens);
    connect(m_certificateCombo, &QComboBox::currentIndexChanged, this, &SignDialog::updateMode);
    m_sourceCombo->setCurrentIndex(QSettings().value(QStringLiteral("sign/source")).toInt() == 1 ? 1 : 0);
    updateMode();
}

bool SignDialog::tokenMode() const
{
    return m_sourceCombo && m_sourceCombo->currentIndex() == 1;
}

void SignDialog::refreshTokens()
{
    m_certificateCombo->clear();
    m_ui->errorLabel->setVisible(false);
    const auto tokens = pdf::listTokens(m_moduleEdit->text());
    if (!tokens.ok()) {
        m_ui->errorLabel->setText(
            tr("The PKCS#11 module could not be loaded: %1").arg(tokens.error().detail));
        m_ui->errorLabel->setVisible(true);
        return;
    }
    for (const pdf::TokenInfo& t : tokens.value())
        for (const pdf::TokenCertificate& c : t.certificates) {
            if (c.purpose == pdf::TokenCertificate::Purpose::Unfit)
                continue;
            const QString kind =
                c.purpose == pdf::TokenCertificate::Purpose::Signing ? tr("signing") : tr("authentication");
            m_certificateCombo->addItem(tr("%1 — %2 (%3 certificate)").arg(t.label, c.commonName, kind),
                                        QStringList{t.label, QString::fromLatin1(c.id.toHex()),
                                                    t.protectedAuthPath ? QStringLiteral("pad") : QString()});
        }
    if (m_certificateCombo->count() == 0) {
        m_ui->errorLabel->setText(
            tr("No smart card or token with a certificate fit for signing was found. Insert "
               "the card and choose Refresh."));
        m_ui->errorLabel->setVisible(true);
    }
    updateMode();
}

void SignDialog::updateMode()
{
    const bool token = tokenMode();
    m_ui->identityEdit->setEnabled(!token);
    m_ui->browseButton->setEnabled(!token);
    m_moduleEdit->setEnabled(token);
    m_certificateCombo->setEnabled(token);
    m_refreshButton->setEnabled(token);
    if (token && m_certificateCombo->count() == 0 && sender() == m_sourceCombo)
        refreshTokens();
    const bool pad =
        token && m_certificateCombo->currentData().toStringList().value(2) == QStringLiteral("pad");
    m_ui->passwordEditLabel->setText(token ? tr("&PIN:") : tr("&Password:"));
    m_ui->passwordEdit->setEnabled(!pad);
    m_ui->passwordEdit->setPlaceholderText(pad ? tr("Enter the PIN on the reader's keypad") : QString());
}

SignDialog::~SignDialog() = default;

pdf::SignatureLevel SignDialog::level() const
{
    return static_cast<pdf::SignatureLevel>(m_levelCombo->currentData().toInt());
}

void SignDialog::setLevel(pdf::SignatureLevel level)
{
    m_levelCombo->setCurrentIndex(qMax(0, m_levelCombo->findData(int(level))));
}

void SignDialog::updateLevel()
{
    const QString url = AppSettings::tsaUrl();
    if (!SignatureText::needsTimestamp(level()))
        m_tsaLabel->setText(
            tr("Without a timestamp: the signing time is only what this computer's clock says."));
    else if (url.isEmpty())
        m_tsaLabel->setText(
            tr("No timestamp authority is set. Enter its address in Preferences, or choose level B-B."));
    else
        m_tsaLabel->setText(
            (AppSettings::tsaFallback()
                 ? tr("Timestamp from %1. If it cannot be reached, the signature is made at B-B and you are "
                      "warned.")
                 : tr("Timestamp from %1. If it cannot be reached, nothing is signed."))
                .arg(SignatureText::tsaName(url)));
}

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
    if (SignatureText::needsTimestamp(level())) {
        const QString url = AppSettings::tsaUrl();
        QString problem = SignatureText::tsaUrlProblem(url);
        if (url.isEmpty())
            problem = tr("Level %1 needs a timestamp authority. Enter its address in Preferences, or choose "
                         "level B-B.")
                          .arg(pdf::levelName(level()));
        if (problem.isEmpty() && level() == pdf::SignatureLevel::BLT)
            problem = SignatureText::crlFilesProblem(AppSettings::crlFiles());
        if (!problem.isEmpty()) {
            m_ui->errorLabel->setText(problem);
            m_ui->errorLabel->setVisible(true);
            m_levelCombo->setFocus();
            return;
        }
    }
    Result<pdf::Identity> id = Error{};
    if (tokenMode()) {
        const QStringList choice = m_certificateCombo->currentData().toStringList();
        if (choice.isEmpty()) {
            m_ui->errorLabel->setText(tr("Choose a certificate on a smart card or token."));
            m_ui->errorLabel->setVisible(true);
            return;
        }
        pdf::TokenSelection sel;
        sel.module = m_moduleEdit->text();
        sel.tokenLabel = choice.value(0);
        sel.keyId = QByteArray::fromHex(choice.value(1).toLatin1());
        const QByteArray pin = m_ui->passwordEdit->text().toUtf8();
        id = pdf::loadTokenIdentity(sel, [pin](const pdf::TokenInfo&) -> Result<QByteArray> { return pin; });
    } else {
        id = pdf::loadIdentity(m_ui->identityEdit->text(), m_ui->passwordEdit->text().toUtf8());
    }
    if (!id.ok()) {
        const QString code = id.error().code;
        QString text;
        if (code == QLatin1String("pdf.token.pin"))
            text = tr("The PIN is wrong. After too many wrong PINs the card locks it.");
        else if (code == QLatin1String("pdf.token.pinlocked"))
            text = tr(
                "The PIN of this card is locked. It must be unlocked with the PUK or by the card's issuer.");
        else if (code == QLatin1String("pdf.token.removed") || code == QLatin1String("pdf.token.missing"))
            text = tr("The smart card or token is not present. Insert it and choose Refresh.");
        else if (code.startsWith(QLatin1String("pdf.token.")))
            text = tr("The key on the card cannot be used for signing: %1").arg(id.error().detail);
        else if (code == QLatin1String("pdf.identity.password"))
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
    QSettings().setValue(QStringLiteral("sign/source"), tokenMode() ? 1 : 0);
    if (tokenMode())
        QSettings().setValue(QStringLiteral("sign/pkcs11Module"), m_moduleEdit->text());
    else
        QSettings().setValue(QStringLiteral("sign/identity"), m_ui->identityEdit->text());
    QDialog::accept();
}

void SignDialog::done(int result)
{
    m_ui->passwordEdit->clear();
    QDialog::done(result);
}

} // namespace mla::gui
