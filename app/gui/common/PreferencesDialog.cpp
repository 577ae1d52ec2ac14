#include "PreferencesDialog.h"

#include "AppSettings.h"
#include "FormText.h"
#include "Translations.h"
#include "ui_PreferencesDialog.h"

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
    m_ui->restartLabel->setText(Translations::reviewNotice());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
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
