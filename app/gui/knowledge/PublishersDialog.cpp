#include "PublishersDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mla::gui {

namespace {
// Fingerprints and subjects stay left to right in an Arabic window.
QString ltr(const QString& s)
{
    return QChar(0x2066) + s + QChar(0x2069);
}
} // namespace

PublishersDialog::PublishersDialog(requirements::Database* db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("publishersDialog"));
    setWindowTitle(tr("Trusted publishers"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Signed requirements packages are imported only from these publishers. Before "
                      "adding one, compare its fingerprint with the publisher through another "
                      "channel (a call, a letter)."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("publishers"));
    m_list->setHeaderLabels({tr("Publisher"), tr("SHA-256 fingerprint"), tr("Valid until")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(tr("No trusted publisher: every signed package is refused."), this);
    m_empty->setObjectName(QStringLiteral("noPublisher"));
    layout->addWidget(m_empty);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_add = buttons->addButton(tr("&Add a certificate…"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("addPublisher"));
    m_remove = buttons->addButton(tr("&Remove…"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("removePublisher"));
    // Action buttons must not close the dialog.
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &PublishersDialog::addDialog);
    connect(m_remove, &QPushButton::clicked, this, &PublishersDialog::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PublishersDialog::updateButtons);
    refresh();
    resize(820, 360);
}

void PublishersDialog::refresh()
{
    m_list->clear();
    for (const auto& p : m_db->publishers()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, ltr(p.subject));
        item->setText(1, ltr(p.displayFingerprint()));
        item->setText(2, p.notAfter.toUTC().date().toString(Qt::ISODate));
        item->setToolTip(0, p.subject);
        item->setToolTip(1, p.displayFingerprint());
        item->setData(0, Qt::UserRole, p.sha256);
        item->setData(1, Qt::UserRole, p.subject);
    }
    m_list->resizeColumnToContents(1);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void PublishersDialog::updateButtons()
{
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

void PublishersDialog::addDialog()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Publisher's certificate"), QString(),
                                                      tr("Certificates (*.pem *.crt *.cer *.der)"));
    if (!file.isEmpty())
        addCertificateFile(file);
}

bool PublishersDialog::addCertificateFile(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Not added"), tr("The file cannot be read: %1").arg(f.errorString()));
        return false;
    }
    // A certificate is a few KiB; a larger file is not one (PackageSignature refuses it too).
    auto info = requirements::PackageSignature::certificate(f.read(64 * 1024 + 1), file);
    if (!info) {
        QMessageBox::warning(this, tr("Not a certificate"), info.error().toString());
        return false;
    }
    const auto& c = info.value();
    QMessageBox ask(QMessageBox::Question, tr("Trust this publisher?"),
                    tr("Publisher: %1\nValid until: %2\nSHA-256 fingerprint:\n%3\n\nCompare the fingerprint "
                       "with the publisher through another channel. Packages signed with this certificate "
                       "will be imported after a preview. Trust it?")
                        .arg(ltr(c.subject), c.notAfter.toUTC().date().toString(Qt::ISODate),
                             ltr(c.displayFingerprint())),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("trustPublisher"));
    QPushButton* trust = ask.addButton(tr("&Trust this publisher"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != trust)
        return false;
    auto added = m_db->addPublisher(c.pem, file);
    if (!added) {
        QMessageBox::warning(this, tr("Not added"), added.error().toString());
        return false;
    }
    refresh();
    return true;
}

bool PublishersDialog::removeSelected()
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    const QString sha = item->data(0, Qt::UserRole).toString();
    QMessageBox ask(QMessageBox::Warning, tr("Remove the publisher?"),
                    tr("Stop trusting %1?\nPackages it signed will be refused from now on; records already "
                       "imported stay.")
                        .arg(ltr(item->data(1, Qt::UserRole).toString())),
                    QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("removePublisherConfirm"));
    QPushButton* remove = ask.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return false;
    auto removed = m_db->removePublisher(sha);
    if (!removed) {
        QMessageBox::warning(this, tr("Not removed"), removed.error().toString());
        return false;
    }
    refresh();
    return removed.value();
}

} // namespace mla::gui
