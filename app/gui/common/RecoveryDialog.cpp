#include "RecoveryDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mla::gui {

RecoveryDialog::RecoveryDialog(const QList<draft::RecoveredDraft>& drafts, QWidget* parent)
    : QDialog(parent), m_drafts(drafts), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Recovered drafts"));
    auto* lay = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("mlawriter was not closed properly. These drafts were saved automatically "
                                "and can be restored; restore one to continue where you stopped."),
                             this);
    intro->setWordWrap(true);
    auto* listLabel = new QLabel(tr("&Recovered drafts:"), this);
    listLabel->setBuddy(m_list);
    m_list->setAccessibleName(tr("Recovered drafts"));
    lay->addWidget(intro);
    lay->addWidget(listLabel);
    lay->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_discard = buttons->addButton(tr("&Discard…"), QDialogButtonBox::DestructiveRole);
    m_later = buttons->addButton(tr("&Later"), QDialogButtonBox::RejectRole);
    lay->addWidget(buttons);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_drafts.size())
            return;
        m_chosen = m_drafts.at(row).recoveryFile;
        accept();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_drafts.size())
            return;
        const bool yes = m_testConfirm >= 0
                             ? m_testConfirm == 1
                             : QMessageBox::question(this, tr("Discard the recovered draft"),
                                                     tr("Discard this recovered draft? It cannot be restored "
                                                        "afterwards.")) == QMessageBox::Yes;
        if (!yes)
            return;
        Q_EMIT discardRequested(m_drafts.at(row).recoveryFile);
        m_drafts.removeAt(row);
        fill();
        if (m_drafts.isEmpty())
            reject();
    });
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, m_restore, &QPushButton::click);
    fill();
    resize(560, 320);
}

void RecoveryDialog::fill()
{
    m_list->clear();
    for (const auto& d : std::as_const(m_drafts)) {
        const QString title = d.title.isEmpty() ? tr("Untitled request") : d.title;
        const QString where = d.originalPath.isEmpty()
                                  ? tr("never saved")
                                  // A path reads left to right in a right-to-left sentence.
                                  : QChar(0x2066) + QDir::toNativeSeparators(d.originalPath) + QChar(0x2069);
        m_list->addItem(
            tr("%1 — %2, saved %3")
                .arg(title, where, QLocale().toString(d.saved.toLocalTime(), QLocale::LongFormat)));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setFocus();
    updateButtons();
}

void RecoveryDialog::updateButtons()
{
    const bool any = m_list->currentRow() >= 0;
    m_restore->setEnabled(any);
    m_discard->setEnabled(any);
    m_restore->setDefault(true);
}

} // namespace mla::gui
