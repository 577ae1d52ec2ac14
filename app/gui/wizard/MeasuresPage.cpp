#include "MeasuresPage.h"

#include "DraftSession.h"
#include "FormText.h"
#include "Labels.h"
#include "MeasureDetailForm.h"
#include "ui_MeasuresPage.h"

#include <QRegularExpression>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mla::gui {

MeasuresPage::MeasuresPage(QWidget* parent) : WizardPage(parent), m_ui(std::make_unique<Ui::MeasuresPage>())
{
    m_ui->setupUi(this);
    balance(m_ui->detailGroup);
    new QVBoxLayout(m_ui->detailsHost);
    m_ui->detailsHost->layout()->setContentsMargins(0, 0, 0, 0);
    fillTypes();
    watch(m_ui->descriptionEdit);
    watch(m_ui->purposeEdit);
    watch(m_ui->proceduresEdit);
    connect(m_ui->personsList, &QListWidget::itemChanged, this, [this] { commit({}); });
    connect(m_ui->measureList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (isLoading() || row < 0)
            return;
        select(m_ui->measureList->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_ui->addMeasureButton, &QPushButton::clicked, this,
            [this] { addMeasure(static_cast<MeasureType>(m_ui->typeCombo->currentData().toInt())); });
    connect(m_ui->removeMeasureButton, &QPushButton::clicked, this, &MeasuresPage::removeMeasure);
}

MeasuresPage::~MeasuresPage() = default;

QString MeasuresPage::title() const
{
    return tr("Measures");
}

void MeasuresPage::fillTypes()
{
    const QSignalBlocker block(m_ui->typeCombo);
    const int current = m_ui->typeCombo->currentIndex();
    m_ui->typeCombo->clear();
    for (const MeasureSpec& s : measureSpecs())
        m_ui->typeCombo->addItem(QStringLiteral("%1 — %2").arg(Labels::measureTitle(s.type), s.article),
                                 static_cast<int>(s.type));
    m_ui->typeCombo->setCurrentIndex(qMax(0, current));
}

void MeasuresPage::retranslate()
{
    m_ui->retranslateUi(this);
    fillTypes();
    if (m_form)
        m_form->retranslate();
}

QString MeasuresPage::itemText(const Measure& m) const
{
    return QStringLiteral("%1. %2").arg(m.id, Labels::measureTitle(m.type));
}

void MeasuresPage::addMeasure(MeasureType type)
{
    if (!m_session)
        return;
    Request r = m_session->request();
    store(r);
    Measure m;
    m.id = r.nextId(QStringLiteral("m"));
    m.type = type;
    r.measures.append(m);
    m_currentId = m.id;
    submit(r, tr("Add measure"));
    m_ui->descriptionEdit->setFocus();
}

void MeasuresPage::removeMeasure()
{
    if (!m_session || m_currentId.isEmpty())
        return;
    Request r = m_session->request();
    r.measures.removeIf([this](const Measure& m) { return m.id == m_currentId; });
    m_currentId.clear();
    submit(r, tr("Remove measure"));
}

void MeasuresPage::select(const QString& id)
{
    m_currentId = id;
    reload();
}

void MeasuresPage::load(const Request& r)
{
    if (!r.measure(m_currentId))
        m_currentId = r.measures.isEmpty() ? QString() : r.measures.first().id;
    {
        const QSignalBlocker block(m_ui->measureList);
        m_ui->measureList->clear();
        for (const auto& m : r.measures) {
            auto* item = new QListWidgetItem(itemText(m), m_ui->measureList);
            item->setData(Qt::UserRole, m.id);
            if (m.id == m_currentId)
                m_ui->measureList->setCurrentItem(item);
        }
    }
    const Measure* m = r.measure(m_currentId);
    m_ui->detailGroup->setEnabled(m != nullptr);
    m_ui->schemaGroup->setEnabled(m != nullptr);
    m_ui->removeMeasureButton->setEnabled(m != nullptr);
    const Measure empty;
    const Measure& cur = m ? *m : empty;
    if (m) {
        const MeasureSpec& spec = measureSpec(cur.type);
        m_ui->articleLabel->setText(
            tr("%1 — article %2. Persons to name: at least %n.", nullptr, spec.minPersons)
                .arg(Labels::measureTitle(cur.type), spec.article));
    } else {
        m_ui->articleLabel->setText(tr("Add a measure for each type of assistance you seek."));
    }
    {
        const QSignalBlocker block(m_ui->personsList);
        m_ui->personsList->clear();
        for (const auto& p : r.persons) {
            auto* item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(p.displayName().isEmpty() ? p.id : p.displayName(),
                                              Labels::personRoles().value(static_cast<int>(p.role))),
                m_ui->personsList);
            item->setData(Qt::UserRole, p.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(cur.personIds.contains(p.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    formtext::show(m_ui->descriptionEdit, cur.description.text);
    formtext::show(m_ui->purposeEdit, cur.purpose.text);
    formtext::show(m_ui->proceduresEdit, cur.procedures.text);

    if (m_form && (!m || m_form->type() != cur.type)) {
        delete m_form;
        m_form = nullptr;
    }
    if (m && !m_form) {
        m_form = new MeasureDetailForm(cur.type, m_ui->detailsHost);
        m_ui->detailsHost->layout()->addWidget(m_form);
        connect(m_form, &MeasureDetailForm::changed, this,
                [this](const QString& key) { commit(QStringLiteral("details.") + key); });
        QWidget::setTabOrder(m_ui->proceduresEdit, m_form);
    }
    if (m_form)
        m_form->setValues(cur.details);
}

void MeasuresPage::store(Request& r) const
{
    for (auto& m : r.measures) {
        if (m.id != m_currentId)
            continue;
        QStringList ids;
        for (int i = 0; i < m_ui->personsList->count(); ++i)
            if (m_ui->personsList->item(i)->checkState() == Qt::Checked)
                ids << m_ui->personsList->item(i)->data(Qt::UserRole).toString();
        m.personIds = ids;
        formtext::setOriginal(m.description, m_ui->descriptionEdit->toPlainText(), r.draftLanguage);
        formtext::setOriginal(m.purpose, m_ui->purposeEdit->toPlainText(), r.draftLanguage);
        formtext::setOriginal(m.procedures, m_ui->proceduresEdit->toPlainText(), r.draftLanguage);
        if (m_form && m_form->type() == m.type)
            m.details = m_form->values(m.details, r.draftLanguage);
    }
}

bool MeasuresPage::focusField(const QString& path)
{
    if (!path.startsWith(QLatin1String("measures")))
        return false;
    static const QRegularExpression re(QStringLiteral("^measures\\[([^\\]]+)\\]\\.?(.*)$"));
    const auto m = re.match(path);
    if (!m.hasMatch())
        return focus(m_ui->typeCombo);
    select(m.captured(1));
    const QString f = m.captured(2);
    if (f.startsWith(QLatin1String("details.")) && m_form) {
        if (QWidget* w = m_form->editor(f.mid(8)))
            return focus(w);
    }
    if (f == QLatin1String("persons"))
        return focus(m_ui->personsList);
    if (f == QLatin1String("purpose"))
        return focus(m_ui->purposeEdit);
    if (f == QLatin1String("procedures"))
        return focus(m_ui->proceduresEdit);
    return focus(m_ui->descriptionEdit);
}

} // namespace mla::gui
