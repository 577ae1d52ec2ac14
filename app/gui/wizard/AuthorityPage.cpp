#include "AuthorityPage.h"

#include "AppSettings.h"
#include "DraftSession.h"
#include "FormText.h"
#include "Knowledge.h"
#include "ui_AuthorityPage.h"

#include <QBuffer>
#include <QFileDialog>
#include <QImage>
#include <QImageReader>
#include <QInputDialog>
#include <QPixmap>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace mla::gui {

namespace {
constexpr int maxLogoPixels = 600;
}

AuthorityPage::AuthorityPage(QWidget* parent)
    : WizardPage(parent), m_ui(std::make_unique<Ui::AuthorityPage>())
{
    m_ui->setupUi(this);
    m_ui->requestingStateCombo->setInsertPolicy(QComboBox::NoInsert);
    connect(m_ui->requestingStateCombo, &QComboBox::currentTextChanged, this,
            [this] { commit(QStringLiteral("state")); });
    watch(m_ui->nameEdit);
    watch(m_ui->addressEdit);
    watch(m_ui->contactEdit);
    watch(m_ui->phoneEdit);
    watch(m_ui->emailEdit);
    watch(m_ui->referenceEdit);
    watch(m_ui->signatoryNameEdit);
    watch(m_ui->signatoryFunctionEdit);
    watch(m_ui->signatoryPlaceEdit);
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, &AuthorityPage::chooseLogo);
    connect(m_ui->clearLogoButton, &QPushButton::clicked, this, [this] {
        Request r = m_session->request();
        r.authority.logoPng.clear();
        submit(r, tr("Remove logo"));
    });
    connect(m_ui->useProfileButton, &QPushButton::clicked, this,
            [this] { useProfile(m_ui->profileCombo->currentText()); });
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save profile"), tr("Name of the profile:"),
                                                   QLineEdit::Normal, m_ui->nameEdit->text(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveProfile(name.trimmed());
    });
    connect(m_ui->deleteProfileButton, &QPushButton::clicked, this, [this] {
        AppSettings::removeProfile(m_ui->profileCombo->currentText());
        fillProfiles();
    });
    fillProfiles();
}

AuthorityPage::~AuthorityPage() = default;

QString AuthorityPage::title() const
{
    return tr("Requesting authority");
}

void AuthorityPage::retranslate()
{
    m_ui->retranslateUi(this);
    fillStates();
}

void AuthorityPage::attached()
{
    fillStates();
}

void AuthorityPage::fillStates()
{
    if (!m_knowledge)
        return;
    const QSignalBlocker block(m_ui->requestingStateCombo);
    const QString current = m_ui->requestingStateCombo->currentText();
    m_ui->requestingStateCombo->clear();
    const QString lang = locale().name().left(2);
    for (const auto& s : m_knowledge->states())
        m_ui->requestingStateCombo->addItem(
            QStringLiteral("%1 (%2)").arg(m_knowledge->stateName(s.iso3, lang), s.iso3), s.iso3);
    m_ui->requestingStateCombo->setCurrentIndex(-1);
    m_ui->requestingStateCombo->setEditText(current);
}

void AuthorityPage::fillProfiles()
{
    const QSignalBlocker block(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItems(AppSettings::profileNames());
    const bool any = m_ui->profileCombo->count() > 0;
    m_ui->useProfileButton->setEnabled(any);
    m_ui->deleteProfileButton->setEnabled(any);
}

void AuthorityPage::useProfile(const QString& name)
{
    if (name.isEmpty() || !m_session)
        return;
    const AuthorityProfile p = AppSettings::profile(name);
    Request r = m_session->request();
    const QString reference = r.authority.reference; // the file number belongs to the case, not the profile
    r.authority = p.authority;
    r.authority.reference = reference;
    r.signatory = p.signatory;
    if (!p.requestingState.isEmpty())
        r.requestingState = p.requestingState;
    submit(r, tr("Use profile %1").arg(name));
}

void AuthorityPage::saveProfile(const QString& name)
{
    if (!m_session)
        return;
    Request r = m_session->request();
    store(r);
    AuthorityProfile p{name, r.requestingState, r.authority, r.signatory};
    p.authority.reference.clear();
    AppSettings::saveProfile(p);
    fillProfiles();
    m_ui->profileCombo->setCurrentText(name);
}

bool AuthorityPage::setLogoFromFile(const QString& path)
{
    QImageReader reader(path);
    reader.setAllocationLimit(64); // MB: a hostile image must not exhaust memory
    QImage image = reader.read();
    if (image.isNull() || !m_session)
        return false;
    if (image.width() > maxLogoPixels || image.height() > maxLogoPixels)
        image = image.scaled(maxLogoPixels, maxLogoPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    Request r = m_session->request();
    r.authority.logoPng = png;
    submit(r, tr("Set logo"));
    return true;
}

void AuthorityPage::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Letterhead logo"), AppSettings::lastFolder(),
                                                      tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastFolder(path);
    if (!setLogoFromFile(path))
        m_ui->logoView->setText(tr("The image could not be read."));
}

void AuthorityPage::load(const Request& r)
{
    auto* combo = m_ui->requestingStateCombo;
    const int i = combo->findData(r.requestingState);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else if (combo->currentText() != r.requestingState)
        combo->setEditText(r.requestingState);
    formtext::show(m_ui->nameEdit, r.authority.name);
    formtext::show(m_ui->addressEdit, r.authority.address);
    formtext::show(m_ui->contactEdit, r.authority.contactPerson);
    formtext::show(m_ui->phoneEdit, r.authority.phone);
    formtext::show(m_ui->emailEdit, r.authority.email);
    formtext::show(m_ui->referenceEdit, r.authority.reference);
    formtext::show(m_ui->signatoryNameEdit, r.signatory.name);
    formtext::show(m_ui->signatoryFunctionEdit, r.signatory.function);
    formtext::show(m_ui->signatoryPlaceEdit, r.signatory.place);
    QPixmap logo;
    if (!r.authority.logoPng.isEmpty() && logo.loadFromData(r.authority.logoPng, "PNG"))
        m_ui->logoView->setPixmap(logo.scaled(160, 80, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_ui->logoView->setText(tr("No logo"));
    m_ui->clearLogoButton->setEnabled(!r.authority.logoPng.isEmpty());
}

void AuthorityPage::store(Request& r) const
{
    auto* combo = m_ui->requestingStateCombo;
    const QString text = combo->currentText().trimmed();
    static const QRegularExpression code(QStringLiteral("\\(([A-Z]{3})\\)$"));
    if (combo->currentIndex() >= 0 && combo->itemText(combo->currentIndex()) == combo->currentText())
        r.requestingState = combo->currentData().toString();
    else if (const auto m = code.match(text); m.hasMatch())
        r.requestingState = m.captured(1);
    else
        r.requestingState = text.toUpper();
    r.authority.name = m_ui->nameEdit->text();
    r.authority.address = m_ui->addressEdit->toPlainText();
    r.authority.contactPerson = m_ui->contactEdit->text();
    r.authority.phone = m_ui->phoneEdit->text();
    r.authority.email = m_ui->emailEdit->text();
    r.authority.reference = m_ui->referenceEdit->text();
    r.signatory.name = m_ui->signatoryNameEdit->text();
    r.signatory.function = m_ui->signatoryFunctionEdit->text();
    r.signatory.place = m_ui->signatoryPlaceEdit->text();
}

bool AuthorityPage::focusField(const QString& path)
{
    if (path == QLatin1String("requestingState"))
        return focus(m_ui->requestingStateCombo);
    if (path == QLatin1String("authority.name"))
        return focus(m_ui->nameEdit);
    if (path == QLatin1String("authority.address"))
        return focus(m_ui->addressEdit);
    if (path == QLatin1String("authority.contactPerson"))
        return focus(m_ui->contactEdit);
    if (path == QLatin1String("authority.phone"))
        return focus(m_ui->phoneEdit);
    if (path == QLatin1String("authority.email"))
        return focus(m_ui->emailEdit);
    if (path == QLatin1String("authority.reference"))
        return focus(m_ui->referenceEdit);
    if (path.startsWith(QLatin1String("authority.logo")))
        return focus(m_ui->chooseLogoButton);
    if (path == QLatin1String("signatory.name"))
        return focus(m_ui->signatoryNameEdit);
    if (path == QLatin1String("signatory.function"))
        return focus(m_ui->signatoryFunctionEdit);
    if (path == QLatin1String("signatory.place"))
        return focus(m_ui->signatoryPlaceEdit);
    if (path.startsWith(QLatin1String("authority")))
        return focus(m_ui->nameEdit);
    return false;
}

} // namespace mla::gui
