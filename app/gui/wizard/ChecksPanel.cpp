#include "ChecksPanel.h"

#include "KnowledgeWindow.h"
#include "Labels.h"
#include "ui_ChecksPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>

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
    // Below the list: how to settle the current finding when it is an "unknown".
    m_settleLabel = new QLabel(this);
    m_settleLabel->setObjectName(QStringLiteral("settleLabel"));
    m_settleLabel->setWordWrap(true);
    m_settleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settleButton = new QPushButton(this);
    m_settleButton->setObjectName(QStringLiteral("settleButton"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_settleLabel, 1);
    row->addWidget(m_settleButton, 0, Qt::AlignTop);
    m_ui->layout0->addLayout(row);
    connect(m_settleButton, &QPushButton::clicked, this, &ChecksPanel::openSettlingRecord);
    connect(m_ui->findingsTree, &QTreeWidget::currentItemChanged, this, &ChecksPanel::updateSettle);
    rebuild();
}

const FindingItem* ChecksPanel::currentFinding() const
{
    QTreeWidgetItem* item = m_ui->findingsTree->currentItem();
    if (!item || !item->parent())
        return nullptr;
    const int i = item->data(1, Qt::UserRole).toInt() - 1;
    return i >= 0 && i < m_findings.size() ? &m_findings[i] : nullptr;
}

void ChecksPanel::updateSettle()
{
    m_settleButton->setText(tr("Open in the &knowledge editor…"));
    m_settleButton->setToolTip(tr("Opens the knowledge editor at the record that would settle this finding"));
    const FindingItem* f = currentFinding();
    const bool settle = f && !f->settleKind.isEmpty() && !f->settleState.isEmpty();
    m_settleButton->setEnabled(settle);
    if (!settle) {
        m_settleLabel->setText(
            tr("Findings that something is unknown say here which record would settle them."));
        return;
    }
    // Record kinds and codes stay left to right in a right-to-left layout.
    QString text = tr("To settle this, record the %1 record of %2 (with its source).")
                       .arg(QChar(0x2066) + f->settleKind + QChar(0x2069),
                            QChar(0x2066) + f->settleState + QChar(0x2069));
    if (!f->askAuthority.isEmpty())
        text += u' ' + tr("Ask: %1").arg(f->askAuthority);
    m_settleLabel->setText(text);
}

KnowledgeWindow* ChecksPanel::openSettlingRecord()
{
    const FindingItem* f = currentFinding();
    if (!f || f->settleKind.isEmpty() || f->settleState.isEmpty())
        return nullptr;
    KnowledgeWindow* w = KnowledgeWindow::openAt(window(), f->settleState, f->settleKind);
    if (w)
        Q_EMIT editorOpened(w);
    return w;
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
            item->setData(1, Qt::UserRole, int(&f - m_findings.constData()) + 1);
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
    updateSettle();
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
