#include "UserDialog.h"

#include "AppSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mla::gui {

UserDialog::UserDialog(QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_function(new QLineEdit(this)),
      m_office(new QLineEdit(this))
{
    setWindowTitle(tr("About you"));
    auto* lay = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Your name is recorded in the history of each request and with your review "
                                "comments. You can change your name later in Preferences."),
                             this);
    intro->setWordWrap(true);
    lay->addWidget(intro);
    auto* form = new QFormLayout;
    auto row = [&](const QString& label, QLineEdit* e) {
        auto* l = new QLabel(label, this);
        l->setBuddy(e);
        form->addRow(l, e);
        QString name = label;
        e->setAccessibleName(name.remove(u'&').remove(u':').trimmed());
    };
    row(tr("&Name:"), m_name);
    row(tr("&Function:"), m_function);
    row(tr("&Office:"), m_office);
    m_name->setText(AppSettings::hasUserProfile() ? AppSettings::userName() : QString());
    m_function->setText(AppSettings::userFunction());
    m_office->setText(AppSettings::userOffice());
    m_name->setPlaceholderText(tr("e.g. Anna Schmidt"));
    m_function->setPlaceholderText(tr("e.g. Public prosecutor"));
    m_office->setPlaceholderText(tr("e.g. Public Prosecutor's Office, Frankfurt am Main"));
    lay->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    lay->addWidget(buttons);
    auto update = [this] { m_ok->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        store();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
    resize(520, sizeHint().height());
}

void UserDialog::store() const
{
    AppSettings::setUserName(m_name->text().trimmed());
    AppSettings::setUserFunction(m_function->text());
    AppSettings::setUserOffice(m_office->text());
}

} // namespace mla::gui
