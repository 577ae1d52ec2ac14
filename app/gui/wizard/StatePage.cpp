#include "StatePage.h"

#include "DraftSession.h"
#include "FormText.h"
#include "Knowledge.h"
#include "KnowledgeWindow.h"
#include "Labels.h"
#include "ui_StatePage.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace mla::gui {

StatePage::StatePage(QWidget* parent) : WizardPage(parent), m_ui(std::make_unique<Ui::StatePage>())
{
    m_ui->setupUi(this);
    fillCombos();
    // The panel opens the knowledge editor at the chosen State; what is recorded there shows here.
    m_editButton = new QPushButton(this);
    m_editButton->setObjectName(QStringLiteral("knowledgeEditorButton"));
    m_ui->layout4->addWidget(m_editButton, 0, Qt::AlignRight);
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (KnowledgeWindow* w = KnowledgeWindow::openAt(window(), m_selected, {}))
            connect(w, &KnowledgeWindow::databaseChanged, this, &StatePage::updateSummary,
                    Qt::UniqueConnection);
    });
    m_ui->deadlineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9-]{0,10}")), this));
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &StatePage::search);
    connect(m_ui->stateList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (isLoading() || !item)
            return;
        m_selected = item->data(Qt::UserRole).toString();
        updateSummary();
        commit({});
    });
    // Dependent fields follow their switch at once (edits do not reload the page).
    connect(m_ui->legalBasisCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        const bool treaty = i == static_cast<int>(LegalBasisKind::Treaty);
        m_ui->treatyNameEdit->setEnabled(treaty);
        m_ui->treatyArticleEdit->setEnabled(treaty);
    });
    connect(m_ui->urgentCheck, &QCheckBox::toggled, this, [this](bool urgent) {
        m_ui->deadlineEdit->setEnabled(urgent);
        m_ui->urgencyReasonsEdit->setEnabled(urgent);
    });
    watch(m_ui->draftLanguageCombo);
    watch(m_ui->legalBasisCombo);
    watch(m_ui->treatyNameEdit);
    watch(m_ui->treatyArticleEdit);
    watch(m_ui->reciprocityCheck);
    watch(m_ui->transnationalCombo);
    watch(m_ui->ocgCombo);
    watch(m_ui->scopeEdit);
    watch(m_ui->channelCombo);
    watch(m_ui->urgentCheck);
    watch(m_ui->deadlineEdit);
    watch(m_ui->urgencyReasonsEdit);
}

StatePage::~StatePage() = default;

QString StatePage::title() const
{
    return tr("Requested State");
}

void StatePage::fillCombos()
{
    QStringList langs;
    for (const QString& code : unLanguages())
        langs << formtext::languageName(code);
    Labels::fill(m_ui->draftLanguageCombo, langs);
    Labels::fill(m_ui->legalBasisCombo, Labels::legalBases());
    Labels::fill(m_ui->transnationalCombo, Labels::triStates());
    Labels::fill(m_ui->ocgCombo, Labels::triStates());
    Labels::fill(m_ui->channelCombo, Labels::channels());
}

void StatePage::retranslate()
{
    m_ui->retranslateUi(this);
    fillCombos();
    updateSummary();
}

QString StatePage::uiLanguage() const
{
    const QString l = locale().name().left(2);
    return isUnLanguage(l) ? l : QStringLiteral("en");
}

void StatePage::search()
{
    const QSignalBlocker block(m_ui->stateList);
    m_ui->stateList->clear();
    const QString text = m_ui->searchEdit->text().trimmed();
    const QString lang = uiLanguage();
    QList<StateEntry> found = m_knowledge ? m_knowledge->searchStates(text) : QList<StateEntry>{};
    bool selectedShown = false;
    for (const auto& s : found) {
        QString name = s.names.value(lang);
        if (name.isEmpty())
            name = s.names.value(QStringLiteral("en"), s.iso3);
        auto* item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(name, s.iso3), m_ui->stateList);
        item->setData(Qt::UserRole, s.iso3);
        if (s.iso3 == m_selected) {
            m_ui->stateList->setCurrentItem(item);
            selectedShown = true;
        }
    }
    // A State the database does not know can still be chosen by its ISO 3166 code.
    static const QRegularExpression iso3(QStringLiteral("^[A-Za-z]{3}$"));
    if (iso3.match(text).hasMatch() &&
        m_ui->stateList->findItems(QStringLiteral("(%1)").arg(text.toUpper()), Qt::MatchEndsWith).isEmpty()) {
        auto* item = new QListWidgetItem(tr("%1 (not in the database)").arg(text.toUpper()), m_ui->stateList);
        item->setData(Qt::UserRole, text.toUpper());
        if (text.toUpper() == m_selected) {
            m_ui->stateList->setCurrentItem(item);
            selectedShown = true;
        }
    }
    if (!selectedShown)
        m_ui->stateList->setCurrentRow(-1);
}

void StatePage::updateSummary()
{
    m_editButton->setText(tr("Open in the &knowledge editor…"));
    m_editButton->setToolTip(
        tr("See, correct or complete what the database records of this State, with sources"));
    m_editButton->setEnabled(!m_selected.isEmpty());
    const QString lang = uiLanguage();
    if (m_selected.isEmpty())
        m_ui->selectedLabel->setText(tr("No State chosen yet."));
    else
        m_ui->selectedLabel->setText(
            tr("Requested State: %1 (%2)")
                .arg(m_knowledge ? m_knowledge->stateName(m_selected, lang) : m_selected, m_selected));
    if (m_knowledge)
        m_ui->requirementsView->setHtml(m_knowledge->requirementsHtml(m_selected, lang));
}

void StatePage::load(const Request& r)
{
    m_selected = r.requestedState;
    if (m_ui->searchEdit->text().isEmpty() && !m_selected.isEmpty() && m_ui->stateList->count() == 0)
        m_ui->searchEdit->setText(m_selected);
    search();
    updateSummary();
    m_ui->draftLanguageCombo->setCurrentIndex(qMax(0, unLanguages().indexOf(r.draftLanguage)));
    m_ui->legalBasisCombo->setCurrentIndex(static_cast<int>(r.legalBasis.kind));
    const bool treaty = r.legalBasis.kind == LegalBasisKind::Treaty;
    m_ui->treatyNameEdit->setEnabled(treaty);
    m_ui->treatyArticleEdit->setEnabled(treaty);
    formtext::show(m_ui->treatyNameEdit, r.legalBasis.treatyName);
    formtext::show(m_ui->treatyArticleEdit, r.legalBasis.treatyArticle);
    m_ui->reciprocityCheck->setChecked(r.legalBasis.reciprocityAssurance);
    m_ui->transnationalCombo->setCurrentIndex(static_cast<int>(r.legalBasis.transnational));
    m_ui->ocgCombo->setCurrentIndex(static_cast<int>(r.legalBasis.organizedCriminalGroup));
    formtext::show(m_ui->scopeEdit, r.legalBasis.scopeExplanation.text);
    m_ui->channelCombo->setCurrentIndex(static_cast<int>(r.channel));
    m_ui->urgentCheck->setChecked(r.urgency.urgent);
    m_ui->deadlineEdit->setEnabled(r.urgency.urgent);
    m_ui->urgencyReasonsEdit->setEnabled(r.urgency.urgent);
    if (formtext::parseDate(m_ui->deadlineEdit->text()) != r.urgency.deadline)
        formtext::show(m_ui->deadlineEdit, formtext::formatDate(r.urgency.deadline));
    formtext::show(m_ui->urgencyReasonsEdit, r.urgency.reasons.text);
}

void StatePage::store(Request& r) const
{
    r.requestedState = m_selected;
    const QString lang = unLanguages().value(m_ui->draftLanguageCombo->currentIndex(), QStringLiteral("en"));
    if (lang != r.draftLanguage) {
        // The drafter's own texts follow the language they say they write in.
        for (auto& [path, text] : r.localizedTexts())
            if (text->language == r.draftLanguage || text->language.isEmpty())
                text->language = text->text.trimmed().isEmpty() ? QString() : lang;
        r.draftLanguage = lang;
    }
    r.legalBasis.kind = static_cast<LegalBasisKind>(qMax(0, m_ui->legalBasisCombo->currentIndex()));
    r.legalBasis.treatyName = m_ui->treatyNameEdit->text();
    r.legalBasis.treatyArticle = m_ui->treatyArticleEdit->text();
    r.legalBasis.reciprocityAssurance = m_ui->reciprocityCheck->isChecked();
    r.legalBasis.transnational = static_cast<TriState>(qMax(0, m_ui->transnationalCombo->currentIndex()));
    r.legalBasis.organizedCriminalGroup = static_cast<TriState>(qMax(0, m_ui->ocgCombo->currentIndex()));
    formtext::setOriginal(r.legalBasis.scopeExplanation, m_ui->scopeEdit->toPlainText(), r.draftLanguage);
    r.channel = static_cast<Channel>(qMax(0, m_ui->channelCombo->currentIndex()));
    r.urgency.urgent = m_ui->urgentCheck->isChecked();
    r.urgency.deadline = formtext::parseDate(m_ui->deadlineEdit->text());
    formtext::setOriginal(r.urgency.reasons, m_ui->urgencyReasonsEdit->toPlainText(), r.draftLanguage);
}

bool StatePage::focusField(const QString& path)
{
    if (path == QLatin1String("requestedState"))
        return focus(m_ui->searchEdit);
    if (path.startsWith(QLatin1String("legalBasis.treaty")))
        return focus(path.endsWith(QLatin1String("Article")) ? m_ui->treatyArticleEdit
                                                             : m_ui->treatyNameEdit);
    if (path == QLatin1String("legalBasis.transnational"))
        return focus(m_ui->transnationalCombo);
    if (path == QLatin1String("legalBasis.organizedCriminalGroup"))
        return focus(m_ui->ocgCombo);
    if (path == QLatin1String("legalBasis.scopeExplanation"))
        return focus(m_ui->scopeEdit);
    if (path.startsWith(QLatin1String("legalBasis")))
        return focus(m_ui->legalBasisCombo);
    if (path == QLatin1String("channel"))
        return focus(m_ui->channelCombo);
    if (path == QLatin1String("urgency.deadline"))
        return focus(m_ui->deadlineEdit);
    if (path == QLatin1String("urgency.reasons"))
        return focus(m_ui->urgencyReasonsEdit);
    if (path.startsWith(QLatin1String("urgency")))
        return focus(m_ui->urgentCheck);
    return false;
}

} // namespace mla::gui
