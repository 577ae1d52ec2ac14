#include "PreferencesDialog.h"

#include "AppSettings.h"
#include "FactAgeSetting.h"
#include "FormText.h"
#include "SignatureText.h"
#include "Translations.h"
#include "ui_PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace mla::gui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString& code : unLanguages())
        m_ui->languageCombo->addItem(formtext::languageName(code), code);
    m_ui->languageCombo->setCurrentIndex(
        qMax(0, m_ui->languageCombo->findData(AppSettings::interfaceLanguage())));
    m_ui->userNameEdit->setText(AppSettings::userName());
    m_ui->autosaveSpin->setValue(AppSettings::autosaveSeconds());
    FactAgeSetting::addRow(this, m_ui->form1); // stored when the dialog is accepted
    m_ui->restartLabel->setText(Translations::reviewNotice());
    setupSigning();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setupSigning()
{
    auto* group = new QGroupBox(tr("Signatures"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_tsaEdit = new QLineEdit(AppSettings::tsaUrl(), group);
    m_tsaEdit->setPlaceholderText(QStringLiteral("https://tsa.example.org/tsr"));
    m_tsaEdit->setToolTip(tr("The timestamp authority's web address (http:// or https://). It certifies "
                             "the time of each signature at levels B-T and B-LT."));
    m_tsaEdit->setLayoutDirection(Qt::LeftToRight); // an address reads left to right in every language
    auto* tsaLabel = new QLabel(tr("&Timestamp authority:"), group);
    tsaLabel->setBuddy(m_tsaEdit);
    form->addRow(tsaLabel, m_tsaEdit);
    m_levelCombo = new QComboBox(group);
    for (pdf::SignatureLevel l : SignatureText::offeredLevels())
        m_levelCombo->addItem(SignatureText::levelDescription(l), int(l));
    m_levelCombo->setCurrentIndex(qMax(0, m_levelCombo->findData(int(AppSettings::signatureLevel()))));
    auto* levelLabel = new QLabel(tr("Default signature le&vel:"), group);
    levelLabel->setBuddy(m_levelCombo);
    form->addRow(levelLabel, m_levelCombo);
    m_fallbackCheck = new QCheckBox(
        tr("If the timestamp authority cannot be reached, sign &without a timestamp (B-B) and warn me"),
        group);
    m_fallbackCheck->setChecked(AppSettings::tsaFallback());
    form->addRow(m_fallbackCheck);
    m_crlEdit = new QLineEdit(AppSettings::crlFiles().join(QStringLiteral("; ")), group);
    m_crlEdit->setToolTip(
        tr("The certificate revocation lists (CRL files) of your certificate's issuer and of "
           "the timestamp authority, stored in the PDF at level B-LT so that the signature "
           "can be checked years later. Separate several files with \";\"."));
    m_crlEdit->setLayoutDirection(Qt::LeftToRight); // file paths
    auto* crlAdd = new QPushButton(tr("A&dd…"), group);
    connect(crlAdd, &QPushButton::clicked, this, [this] {
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Revocation lists"), AppSettings::lastFolder(),
                                          tr("Revocation lists (*.crl *.pem *.der)"));
        QStringList paths = SignatureText::splitPaths(m_crlEdit->text());
        for (const QString& f : files)
            if (!paths.contains(f))
                paths << f;
        m_crlEdit->setText(paths.join(QStringLiteral("; ")));
    });
    auto* crlRow = new QHBoxLayout;
    crlRow->addWidget(m_crlEdit, 1);
    crlRow->addWidget(crlAdd);
    auto* crlLabel = new QLabel(tr("&Revocation lists for B-LT:"), group);
    crlLabel->setBuddy(m_crlEdit);
    form->addRow(crlLabel, crlRow);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_errorLabel->setVisible(false);
    auto* layout = qobject_cast<QBoxLayout*>(this->layout());
    const int at = layout->indexOf(m_ui->restartLabel);
    layout->insertWidget(at, group);
    layout->insertWidget(at + 1, m_errorLabel);
}

void PreferencesDialog::accept()
{
    const QString url = m_tsaEdit->text().trimmed();
    const auto level = static_cast<pdf::SignatureLevel>(m_levelCombo->currentData().toInt());
    QString problem = SignatureText::tsaUrlProblem(url);
    if (problem.isEmpty() && url.isEmpty() && SignatureText::needsTimestamp(level))
        problem = tr("Level %1 needs a timestamp authority: enter its address, or choose level B-B.")
                      .arg(pdf::levelName(level));
    const QStringList crls = SignatureText::splitPaths(m_crlEdit->text());
    QLineEdit* wrong = m_tsaEdit;
    if (problem.isEmpty() && (!crls.isEmpty() || level == pdf::SignatureLevel::BLT)) {
        problem = SignatureText::crlFilesProblem(crls);
        wrong = m_crlEdit;
    }
    if (!problem.isEmpty()) {
        m_errorLabel->setText(problem);
        m_errorLabel->setVisible(true);
        wrong->setFocus();
        wrong->selectAll();
        return;
    }
    m_errorLabel->setVisible(false);
    AppSettings::setTsaUrl(url);
    AppSettings::setSignatureLevel(level);
    AppSettings::setTsaFallback(m_fallbackCheck->isChecked());
    AppSettings::setCrlFiles(crls);
    const QString lang = m_ui->languageCombo->currentData().toString();
    const bool changed = lang != AppSettings::interfaceLanguage();
    AppSettings::setInterfaceLanguage(lang);
    AppSettings::setUserName(m_ui->userNameEdit->text().trimmed());
    AppSettings::setAutosaveSeconds(m_ui->autosaveSpin->value());
    if (changed)
        applyLanguage(lang);
    QDialog::accept();
}

void PreferencesDialog::applyLanguage(const QString& code)
{
    // Installs the translators, sets QLocale's default and the layout direction (right to left
    // for Arabic); falls back to English when `code` is not available.
    Translations::apply(isUnLanguage(code) ? code : QString());
}

} // namespace mla::gui
