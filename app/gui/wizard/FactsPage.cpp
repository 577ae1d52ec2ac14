#include "FactsPage.h"

#include "FormText.h"
#include "ui_FactsPage.h"

#include <QRegularExpression>

namespace mla::gui {

FactsPage::FactsPage(QWidget* parent) : WizardPage(parent), m_ui(std::make_unique<Ui::FactsPage>())
{
    m_ui->setupUi(this);
    m_ui->factsEdit->setTabChangesFocus(true);
    m_ui->factsEdit->setMaximumHeight(QWIDGETSIZE_MAX);
    m_ui->factsEdit->setMinimumHeight(320);
    watch(m_ui->factsEdit);
    connect(m_ui->factsEdit, &QPlainTextEdit::textChanged, this, &FactsPage::updateCount);
}

FactsPage::~FactsPage() = default;

QString FactsPage::title() const
{
    return tr("Summary of facts");
}

void FactsPage::retranslate()
{
    m_ui->retranslateUi(this);
    updateCount();
}

void FactsPage::updateCount()
{
    const QString text = m_ui->factsEdit->toPlainText();
    const int words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
    m_ui->countLabel->setText(tr("%n word(s)", nullptr, words));
}

void FactsPage::load(const Request& r)
{
    formtext::show(m_ui->factsEdit, r.summaryOfFacts.text);
    updateCount();
}

void FactsPage::store(Request& r) const
{
    formtext::setOriginal(r.summaryOfFacts, m_ui->factsEdit->toPlainText(), r.draftLanguage);
}

bool FactsPage::focusField(const QString& path)
{
    if (path.startsWith(QLatin1String("summaryOfFacts")))
        return focus(m_ui->factsEdit);
    return false;
}

} // namespace mla::gui
