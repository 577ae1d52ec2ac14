#include "ChecksPage.h"

#include "ChecksPanel.h"
#include "Knowledge.h"
#include "KnowledgeWindow.h"
#include "MissingInfo.h"
#include "ui_ChecksPage.h"

#include <QVBoxLayout>

namespace mla::gui {

ChecksPage::ChecksPage(QWidget* parent)
    : WizardPage(parent), m_ui(std::make_unique<Ui::ChecksPage>()), m_panel(new ChecksPanel(this))
{
    m_ui->setupUi(this);
    auto* l = new QVBoxLayout(m_ui->panelHost);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_panel);
    m_ui->panelHost->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    connect(m_panel, &ChecksPanel::activated, this, &ChecksPage::jumpRequested);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ChecksPage::reload);
    // What is recorded in the editor opened from a finding shows here at once.
    connect(m_panel, &ChecksPanel::editorOpened, this, [this](KnowledgeWindow* w) {
        connect(w, &KnowledgeWindow::databaseChanged, this, &ChecksPage::reload, Qt::UniqueConnection);
    });
}

ChecksPage::~ChecksPage() = default;

QString ChecksPage::title() const
{
    return tr("Checks");
}

void ChecksPage::retranslate()
{
    m_ui->retranslateUi(this);
}

QList<FindingItem> ChecksPage::collect(const Request& request, const Knowledge* knowledge)
{
    QList<FindingItem> out = knowledge ? knowledge->checks(request) : QList<FindingItem>{};
    const QList<MissingItem> missing = MissingInfo::all(request);
    for (const auto& m : missing) {
        const bool reported = std::any_of(out.cbegin(), out.cend(), [&m](const FindingItem& f) {
            return f.path == m.path && f.severity == FindingItem::Severity::Blocking;
        });
        if (!reported)
            out.append(MissingInfo::toFinding(m));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const FindingItem& a, const FindingItem& b) { return a.severity < b.severity; });
    return out;
}

void ChecksPage::load(const Request& r)
{
    m_panel->setFindings(collect(r, m_knowledge));
}

void ChecksPage::store(Request&) const {}

bool ChecksPage::focusField(const QString&)
{
    return focus(m_panel);
}

} // namespace mla::gui
