#include "PreferencesDialog.h"

#include "AppSettings.h"
#include "FormText.h"
#include "ui_PreferencesDialog.h"

#include <QApplication>
#include <QLocale>

#if __has_include("gui/Translations.h")
#include "gui/Translations.h"
#define MLAWRITER_HAVE_TRANSLATIONS 1
#endif

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
    m_ui->restartLabel->setVisible(false);
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
    const QString effective = isUnLanguage(code) ? code : AppSettings::effectiveInterfaceLanguage();
    QLocale::setDefault(QLocale(effective == QLatin1String("zh") ? QStringLiteral("zh_CN") : effective));
    // TODO(integration): app/gui/Translations.{h,cpp} (translations engineer) installs the
    // QTranslators for `effective` and sets the layout direction; until it lands, only the
    // direction is set here.
    QApplication::setLayoutDirection(effective == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
}

} // namespace mla::gui
