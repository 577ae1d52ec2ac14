#include "RecordDialog.h"

#include "requirements/RecordKinds.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mla::gui {

using requirements::Record;
namespace kinds = requirements::kinds;

RecordDialog::RecordDialog(const Record& record, bool adding, QWidget* parent)
    : QDialog(parent), m_base(record), m_adding(adding)
{
    setObjectName(QStringLiteral("recordDialog"));
    setWindowTitle(adding ? tr("Add a record") : tr("Edit a record"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const auto& k : kinds::all())
        if (k.inPackage && k.kind != QLatin1String("state"))
            m_kind->addItem(k.kind, k.kind);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(record.kind)));
    m_kind->setEnabled(adding);
    top->addRow(tr("&Kind of record:"), m_kind);
    layout->addLayout(top);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    auto* prov = new QFormLayout;
    m_source = new QLineEdit(record.provenance.source, this);
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setPlaceholderText(tr("required: the document, notification, page or call this rests on"));
    m_sourceDate = new QLineEdit(record.provenance.sourceDate.toString(Qt::ISODate), this);
    m_sourceDate->setPlaceholderText(tr("yyyy-mm-dd: the date the source speaks for"));
    m_verified = new QLineEdit(record.provenance.verified.toString(Qt::ISODate), this);
    m_verified->setPlaceholderText(tr("yyyy-mm-dd"));
    m_verifiedBy = new QLineEdit(record.provenance.verifiedBy, this);
    m_sourceDate->setObjectName(QStringLiteral("sourceDate"));
    m_verified->setObjectName(QStringLiteral("verified"));
    m_verifiedBy->setObjectName(QStringLiteral("verifiedBy"));
    prov->addRow(tr("&Source:"), m_source);
    prov->addRow(tr("Source &date:"), m_sourceDate);
    prov->addRow(tr("&Verified on:"), m_verified);
    prov->addRow(tr("Verified &by:"), m_verifiedBy);
    layout->addLayout(prov);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecordDialog::rebuild);
    for (QLineEdit* e : {m_source, m_sourceDate, m_verified, m_verifiedBy})
        connect(e, &QLineEdit::textChanged, this, &RecordDialog::update);
    rebuild();
}

void RecordDialog::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    const kinds::Kind* k = kinds::find(m_kind->currentData().toString());
    if (!k)
        return;
    const bool sameKind = k->kind == m_base.kind;
    for (const QString& name : k->columnNames()) {
        const kinds::Column* c = k->column(name);
        const QString value =
            sameKind || name == QLatin1String("iso3") ? m_base.fields.value(name) : QString();
        QWidget* w = nullptr;
        if (c->type == kinds::ColumnType::Enum) {
            auto* box = new QComboBox(this);
            for (const QString& id : c->allowed)
                box->addItem(id == QLatin1String("unknown") ? tr("unknown — verify") : id, id);
            box->setCurrentIndex(qMax(0, box->findData(value.isEmpty() ? QStringLiteral("unknown") : value)));
            connect(box, &QComboBox::currentIndexChanged, this, &RecordDialog::update);
            w = box;
        } else {
            auto* edit = new QLineEdit(value, this);
            connect(edit, &QLineEdit::textChanged, this, &RecordDialog::update);
            w = edit;
        }
        w->setObjectName(name);
        const bool isKey =
            std::any_of(k->keys.cbegin(), k->keys.cend(), [&](const auto& kc) { return kc.name == name; });
        // The State of the record and the key of an existing record stay as they are.
        if (name == QLatin1String("iso3") || (isKey && !m_adding))
            w->setEnabled(false);
        m_form->addRow(name + QStringLiteral(":"), w);
        m_fields.insert(name, w);
    }
    update();
}

Record RecordDialog::record() const
{
    Record r;
    r.kind = m_kind->currentData().toString();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString v;
        if (auto* box = qobject_cast<QComboBox*>(it.value()))
            v = box->currentData().toString();
        else if (auto* edit = qobject_cast<QLineEdit*>(it.value()))
            v = edit->text();
        if (!v.isEmpty())
            r.fields.insert(it.key(), v);
    }
    r.provenance.source = m_source->text().trimmed();
    r.provenance.sourceDate = QDate::fromString(m_sourceDate->text().trimmed(), Qt::ISODate);
    r.provenance.verified = QDate::fromString(m_verified->text().trimmed(), Qt::ISODate);
    r.provenance.verifiedBy = m_verifiedBy->text().trimmed();
    return r;
}

QString RecordDialog::problem() const
{
    if (m_source->text().trimmed().isEmpty())
        return tr("A source is required: say what this record rests on.");
    for (QLineEdit* e : {m_sourceDate, m_verified})
        if (!e->text().trimmed().isEmpty() && !QDate::fromString(e->text().trimmed(), Qt::ISODate).isValid())
            return tr("Dates are written yyyy-mm-dd: '%1'.").arg(e->text());
    return kinds::validate(kinds::normalized(record()));
}

void RecordDialog::update()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

bool RecordDialog::setValue(const QString& name, const QString& value)
{
    QLineEdit* prov = name == QLatin1String("source")       ? m_source
                      : name == QLatin1String("sourceDate") ? m_sourceDate
                      : name == QLatin1String("verified")   ? m_verified
                      : name == QLatin1String("verifiedBy") ? m_verifiedBy
                                                            : nullptr;
    if (name == QLatin1String("kind")) {
        const int i = m_kind->findData(value);
        if (i < 0)
            return false;
        m_kind->setCurrentIndex(i);
        return true;
    }
    if (prov) {
        prov->setText(value);
        return true;
    }
    QWidget* w = m_fields.value(name);
    if (auto* box = qobject_cast<QComboBox*>(w)) {
        const int i = box->findData(value);
        if (i < 0)
            return false;
        box->setCurrentIndex(i);
        return true;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(w)) {
        edit->setText(value);
        return true;
    }
    return false;
}

} // namespace mla::gui
