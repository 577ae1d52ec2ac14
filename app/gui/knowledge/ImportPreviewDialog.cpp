#include "ImportPreviewDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mla::gui {

ImportPreviewDialog::ImportPreviewDialog(const requirements::ImportReport& plan, QWidget* parent)
    : QDialog(parent)
{
    using O = requirements::ImportReport::Outcome;
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Import preview"));
    auto* layout = new QVBoxLayout(this);
    auto* who = new QLabel(
        plan.signedPackage ? tr("Signed by %1 at %2.").arg(plan.signer, plan.signedAt.toString(Qt::ISODate))
                           : tr("UNSIGNED package: its origin cannot be checked."),
        this);
    who->setWordWrap(true);
    layout->addWidget(who);
    layout->addWidget(
        new QLabel(tr("%1 added, %2 updated, %3 kept, %4 rejected. Nothing has been written yet.")
                       .arg(plan.count(O::Added))
                       .arg(plan.count(O::Updated))
                       .arg(plan.count(O::Kept))
                       .arg(plan.count(O::Rejected)),
                   this));
    m_entries = new QTreeWidget(this);
    m_entries->setObjectName(QStringLiteral("entries"));
    m_entries->setHeaderLabels({tr("Outcome"), tr("Record"), tr("Key"), tr("Reason or changes (old → new)")});
    for (const auto& e : plan.entries) {
        auto* item = new QTreeWidgetItem(m_entries);
        item->setText(0, requirements::ImportReport::outcomeId(e.outcome));
        item->setText(1, e.kind);
        item->setText(2, e.key);
        item->setText(3, e.changes.isEmpty() ? e.reason : e.changes.join(QStringLiteral("; ")));
    }
    layout->addWidget(m_entries);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import these changes"), QDialogButtonBox::AcceptRole);
    if (!plan.signedPackage) {
        m_acceptUnsigned =
            new QCheckBox(tr("I accept an &unsigned package whose origin cannot be checked"), this);
        layout->addWidget(m_acceptUnsigned);
        m_import->setEnabled(false);
        connect(m_acceptUnsigned, &QCheckBox::toggled, m_import, &QPushButton::setEnabled);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(800, 420);
}

} // namespace mla::gui
