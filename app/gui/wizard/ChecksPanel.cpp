#include "ChecksPanel.h"

#include "Labels.h"
#include "ui_ChecksPanel.h"

#include <QEvent>
#include <QHeaderView>

namespace mla::gui {

ChecksPanel::ChecksPanel(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::ChecksPanel>())
{
    m_ui->setupUi(this);
    m_ui->findingsTree->setColumnCount(2);
    m_ui->findingsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->findingsTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->findingsTree->header()->setStretchLastSection(false);
    connect(m_ui->findingsTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString path = item->data(0, Qt::UserRole).toString();
        if (!path.isEmpty())
            Q_EMIT activated(path);
    });
    rebuild();
}

ChecksPanel::~ChecksPanel() = default;

void ChecksPanel::setFindings(const QList<FindingItem>& findings)
{
    m_findings = findings;
    rebuild();
}

void ChecksPanel::rebuild()
{
    auto* tree = m_ui->findingsTree;
    tree->clear();
    tree->setHeaderLabels({tr("Finding"), tr("Article")});
    int counts[3] = {0, 0, 0};
    for (int s = 0; s < 3; ++s) {
        auto* group = new QTreeWidgetItem(tree);
        for (const auto& f : std::as_const(m_findings)) {
            if (static_cast<int>(f.severity) != s)
                continue;
            ++counts[s];
            // Embedded left-to-right, so that "18(15)(a)" stays intact in a right-to-left layout.
            const QString article =
                f.article.isEmpty() ? QString() : QChar(0x202A) + f.article + QChar(0x202C);
            auto* item = new QTreeWidgetItem(group, {f.message, article});
            item->setData(0, Qt::UserRole, f.path);
            item->setToolTip(0, f.path.isEmpty() ? f.message : tr("%1 (field: %2)").arg(f.message, f.path));
        }
        group->setText(0, QStringLiteral("%1 (%2)").arg(Labels::severity(s)).arg(counts[s]));
        group->setFirstColumnSpanned(true);
        group->setExpanded(s < 2);
        if (counts[s] == 0)
            group->setDisabled(true);
    }
    if (m_findings.isEmpty())
        m_ui->summaryLabel->setText(tr("No findings."));
    else
        m_ui->summaryLabel->setText(
            tr("%1 blocking, %2 warnings, %3 for information.").arg(counts[0]).arg(counts[1]).arg(counts[2]));
    // Keyboard users land on the first finding.
    for (int s = 0; s < 3; ++s) {
        if (counts[s] > 0) {
            tree->setCurrentItem(tree->topLevelItem(s)->child(0));
            break;
        }
    }
}

void ChecksPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace mla::gui
