#include "OffencesPage.h"

#include "DraftSession.h"
#include "FormText.h"
#include "Knowledge.h"
#include "ui_OffencesPage.h"

#include <QRegularExpression>
#include <QSignalBlocker>

namespace mla::gui {

OffencesPage::OffencesPage(QWidget* parent) : WizardPage(parent), m_ui(std::make_unique<Ui::OffencesPage>())
{
    m_ui->setupUi(this);
    balance(m_ui->detailGroup);
    m_ui->conventionArticleCombo->setEditable(true);
    m_ui->conventionArticleCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->conventionArticleCombo->addItems(
        {QString(), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("8"), QStringLiteral("23"),
         QStringLiteral("Protocol on Trafficking in Persons, art. 5"),
         QStringLiteral("Protocol against the Smuggling of Migrants, art. 6"),
         QStringLiteral("Firearms Protocol, art. 5")});
    watch(m_ui->nameEdit);
    watch(m_ui->provisionEdit);
    watch(m_ui->maxPenaltySpin);
    connect(m_ui->conventionArticleCombo, &QComboBox::currentTextChanged, this,
            [this] { commit(QStringLiteral("conventionArticle")); });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] {
        if (auto* item = m_ui->offenceList->currentItem(); item && !isLoading())
            item->setText(m_ui->nameEdit->text().isEmpty() ? tr("Offence %1").arg(m_currentId)
                                                           : m_ui->nameEdit->text());
    });
    connect(m_ui->offenceList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (isLoading() || row < 0)
            return;
        select(m_ui->offenceList->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_ui->addOffenceButton, &QPushButton::clicked, this, &OffencesPage::addOffence);
    connect(m_ui->removeOffenceButton, &QPushButton::clicked, this, &OffencesPage::removeOffence);
    connect(m_ui->iccsSearchEdit, &QLineEdit::textChanged, this, &OffencesPage::searchIccs);
    connect(m_ui->iccsSearchEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->iccsResults->count() > 0 && !m_ui->iccsResults->currentItem())
            m_ui->iccsResults->setCurrentRow(0);
        if (auto* item = m_ui->iccsResults->currentItem())
            addConduct(item->data(Qt::UserRole).toString());
        else
            addConduct(m_ui->iccsSearchEdit->text().trimmed());
    });
    connect(m_ui->iccsResults, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { addConduct(item->data(Qt::UserRole).toString()); });
    connect(m_ui->addIccsButton, &QPushButton::clicked, this, [this] {
        if (auto* item = m_ui->iccsResults->currentItem())
            addConduct(item->data(Qt::UserRole).toString());
        else
            addConduct(m_ui->iccsSearchEdit->text().trimmed());
    });
    connect(m_ui->removeIccsButton, &QPushButton::clicked, this, [this] {
        auto* item = m_ui->iccsList->currentItem();
        if (!item || !m_session)
            return;
        Request r = m_session->request();
        store(r);
        for (auto& o : r.offences)
            if (o.id == m_currentId)
                o.iccsCodes.removeAll(item->data(Qt::UserRole).toString());
        submit(r, tr("Remove conduct"));
    });
}

OffencesPage::~OffencesPage() = default;

QString OffencesPage::title() const
{
    return tr("Offences");
}

void OffencesPage::retranslate()
{
    m_ui->retranslateUi(this);
}

QString OffencesPage::itemText(const Offence& o) const
{
    return o.name.isEmpty() ? tr("Offence %1").arg(o.id) : o.name.text;
}

void OffencesPage::addOffence()
{
    if (!m_session)
        return;
    Request r = m_session->request();
    store(r);
    Offence o;
    o.id = r.nextId(QStringLiteral("o"));
    r.offences.append(o);
    m_currentId = o.id;
    submit(r, tr("Add offence"));
    m_ui->nameEdit->setFocus();
}

void OffencesPage::removeOffence()
{
    if (!m_session || m_currentId.isEmpty())
        return;
    Request r = m_session->request();
    r.offences.removeIf([this](const Offence& o) { return o.id == m_currentId; });
    m_currentId.clear();
    submit(r, tr("Remove offence"));
}

void OffencesPage::addConduct(const QString& code)
{
    static const QRegularExpression valid(QStringLiteral("^[0-9]{2,6}$"));
    if (!m_session || m_currentId.isEmpty() || !valid.match(code).hasMatch())
        return;
    Request r = m_session->request();
    store(r);
    for (auto& o : r.offences)
        if (o.id == m_currentId && !o.iccsCodes.contains(code))
            o.iccsCodes.append(code);
    submit(r, tr("Add conduct"));
    m_ui->iccsSearchEdit->clear();
}

void OffencesPage::searchIccs()
{
    m_ui->iccsResults->clear();
    if (!m_knowledge)
        return;
    const QString lang = locale().name().left(2);
    const QList<IccsEntry> found = m_knowledge->searchIccs(m_ui->iccsSearchEdit->text().trimmed(), lang);
    for (const auto& e : found) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(e.code, e.name), m_ui->iccsResults);
        item->setData(Qt::UserRole, e.code);
    }
}

void OffencesPage::select(const QString& id)
{
    m_currentId = id;
    reload();
}

void OffencesPage::load(const Request& r)
{
    if (!r.offence(m_currentId))
        m_currentId = r.offences.isEmpty() ? QString() : r.offences.first().id;
    {
        const QSignalBlocker block(m_ui->offenceList);
        m_ui->offenceList->clear();
        for (const auto& o : r.offences) {
            auto* item = new QListWidgetItem(itemText(o), m_ui->offenceList);
            item->setData(Qt::UserRole, o.id);
            if (o.id == m_currentId)
                m_ui->offenceList->setCurrentItem(item);
        }
    }
    const Offence* o = r.offence(m_currentId);
    m_ui->detailGroup->setEnabled(o != nullptr);
    m_ui->removeOffenceButton->setEnabled(o != nullptr);
    const Offence empty;
    const Offence& cur = o ? *o : empty;
    formtext::show(m_ui->nameEdit, cur.name.text);
    formtext::show(m_ui->provisionEdit, cur.provision.text);
    m_ui->maxPenaltySpin->setValue(cur.maxPenaltyYears);
    if (m_ui->conventionArticleCombo->currentText() != cur.conventionArticle)
        m_ui->conventionArticleCombo->setCurrentText(cur.conventionArticle);
    m_ui->iccsList->clear();
    const QString lang = locale().name().left(2);
    for (const QString& code : cur.iccsCodes) {
        const QString name = m_knowledge ? m_knowledge->iccsName(code, lang) : QString();
        auto* item = new QListWidgetItem(name.isEmpty() ? code : QStringLiteral("%1 — %2").arg(code, name),
                                         m_ui->iccsList);
        item->setData(Qt::UserRole, code);
    }
    m_ui->removeIccsButton->setEnabled(!cur.iccsCodes.isEmpty());
}

void OffencesPage::store(Request& r) const
{
    for (auto& o : r.offences) {
        if (o.id != m_currentId)
            continue;
        formtext::setOriginal(o.name, m_ui->nameEdit->text(), r.draftLanguage);
        formtext::setOriginal(o.provision, m_ui->provisionEdit->toPlainText(), r.draftLanguage);
        o.maxPenaltyYears = m_ui->maxPenaltySpin->value();
        o.conventionArticle = m_ui->conventionArticleCombo->currentText().trimmed();
    }
}

bool OffencesPage::focusField(const QString& path)
{
    if (!path.startsWith(QLatin1String("offences")))
        return false;
    static const QRegularExpression re(QStringLiteral("^offences\\[([^\\]]+)\\]\\.?(.*)$"));
    const auto m = re.match(path);
    if (!m.hasMatch())
        return focus(m_ui->addOffenceButton);
    select(m.captured(1));
    const QString field = m.captured(2);
    if (field == QLatin1String("provision"))
        return focus(m_ui->provisionEdit);
    if (field == QLatin1String("maxPenaltyYears"))
        return focus(m_ui->maxPenaltySpin);
    if (field == QLatin1String("conventionArticle"))
        return focus(m_ui->conventionArticleCombo);
    if (field == QLatin1String("iccsCodes"))
        return focus(m_ui->iccsSearchEdit);
    return focus(m_ui->nameEdit);
}

} // namespace mla::gui
