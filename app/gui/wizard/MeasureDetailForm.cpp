#include "MeasureDetailForm.h"

#include "DateField.h"
#include "FormText.h"
#include "Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace mla::gui {

MeasureDetailForm::MeasureDetailForm(MeasureType type, QWidget* parent)
    : QWidget(parent), m_type(type), m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (const FieldSpec& f : measureSpec(type).fields) {
        QWidget* w = nullptr;
        switch (f.kind) {
        case FieldKind::Plain: {
            auto* e = new QLineEdit(this);
            connect(e, &QLineEdit::textChanged, this, [this, key = f.key] { Q_EMIT changed(key); });
            w = e;
            break;
        }
        case FieldKind::Date: {
            auto* e = new DateField(this);
            connect(e, &DateField::edited, this, [this, key = f.key] { Q_EMIT changed(key); });
            w = e;
            break;
        }
        case FieldKind::Text:
        case FieldKind::List: {
            auto* e = new QPlainTextEdit(this);
            e->setTabChangesFocus(true);
            e->setMaximumHeight(f.kind == FieldKind::List ? 90 : 120);
            if (f.kind == FieldKind::List)
                e->setPlaceholderText(tr("One per line"));
            connect(e, &QPlainTextEdit::textChanged, this, [this, key = f.key] { Q_EMIT changed(key); });
            w = e;
            break;
        }
        case FieldKind::Choice:
            if (f.multiple) {
                auto* box = new QWidget(this);
                auto* row = new QHBoxLayout(box);
                row->setContentsMargins(0, 0, 0, 0);
                for (const QString& c : f.choices) {
                    auto* check = new QCheckBox(Labels::choice(c), box);
                    row->addWidget(check);
                    m_choices[f.key].insert(c, check);
                    connect(check, &QCheckBox::toggled, this, [this, key = f.key] { Q_EMIT changed(key); });
                }
                row->addStretch();
                box->setFocusProxy(m_choices[f.key].value(f.choices.value(0)));
                w = box;
            } else {
                auto* combo = new QComboBox(this);
                combo->addItem(tr("(not stated)"), QString());
                for (const QString& c : f.choices)
                    combo->addItem(Labels::choice(c), c);
                connect(combo, &QComboBox::currentIndexChanged, this,
                        [this, key = f.key] { Q_EMIT changed(key); });
                w = combo;
            }
            break;
        }
        auto* label = new QLabel(this);
        label->setBuddy(w);
        label->setWordWrap(true);
        m_layout->addRow(label, w);
        m_editors.insert(f.key, w);
    }
    retranslate();
}

void MeasureDetailForm::retranslate()
{
    for (const FieldSpec& f : measureSpec(m_type).fields) {
        QWidget* w = m_editors.value(f.key);
        const QString label = Labels::fieldLabel(f);
        if (auto* l = qobject_cast<QLabel*>(m_layout->labelForField(w)))
            l->setText((f.required ? tr("%1 (required):") : tr("%1:")).arg(label));
        if (auto* date = qobject_cast<DateField*>(w))
            date->setName(label);
        else
            w->setAccessibleName(label);
        for (auto it = m_choices[f.key].cbegin(); it != m_choices[f.key].cend(); ++it) {
            it.value()->setText(Labels::choice(it.key()));
            it.value()->setAccessibleName(label + QStringLiteral(": ") + Labels::choice(it.key()));
        }
    }
}

QWidget* MeasureDetailForm::editor(const QString& key) const
{
    return m_editors.value(key);
}

QCheckBox* MeasureDetailForm::choiceBox(const QString& key, const QString& choiceId) const
{
    return m_choices.value(key).value(choiceId);
}

void MeasureDetailForm::setValues(const QMap<QString, FieldValue>& details)
{
    for (const FieldSpec& f : measureSpec(m_type).fields) {
        const FieldValue v = details.value(f.key);
        QWidget* w = m_editors.value(f.key);
        const QSignalBlocker block(w);
        switch (f.kind) {
        case FieldKind::Plain:
            formtext::show(static_cast<QLineEdit*>(w), v.plain);
            break;
        case FieldKind::Date: {
            // Stored as ISO 8601; anything else was typed and could not be read: shown as typed.
            auto* d = static_cast<DateField*>(w);
            const QDate iso = v.plain.size() == 10 ? QDate::fromString(v.plain, Qt::ISODate) : QDate();
            if (iso.isValid() || v.plain.isEmpty()) {
                if (d->hasError() || d->date() != iso)
                    d->setDate(iso);
            } else if (d->text() != v.plain) {
                d->setText(v.plain);
            }
            break;
        }
        case FieldKind::Text:
            formtext::show(static_cast<QPlainTextEdit*>(w), v.text.text);
            break;
        case FieldKind::List:
            if (formtext::lines(static_cast<QPlainTextEdit*>(w)->toPlainText()) != v.values)
                formtext::show(static_cast<QPlainTextEdit*>(w), v.values.join(u'\n'));
            break;
        case FieldKind::Choice:
            if (f.multiple) {
                for (auto it = m_choices[f.key].cbegin(); it != m_choices[f.key].cend(); ++it) {
                    const QSignalBlocker b(it.value());
                    it.value()->setChecked(v.values.contains(it.key()));
                }
            } else {
                auto* combo = static_cast<QComboBox*>(w);
                combo->setCurrentIndex(qMax(0, combo->findData(v.values.value(0))));
            }
            break;
        }
    }
}

QMap<QString, FieldValue> MeasureDetailForm::values(const QMap<QString, FieldValue>& previous,
                                                    const QString& language) const
{
    QMap<QString, FieldValue> out = previous;
    for (const FieldSpec& f : measureSpec(m_type).fields) {
        FieldValue v = previous.value(f.key);
        QWidget* w = m_editors.value(f.key);
        switch (f.kind) {
        case FieldKind::Plain:
            v.plain = static_cast<QLineEdit*>(w)->text().trimmed();
            break;
        case FieldKind::Date: {
            // Never dropped: what cannot be read is kept as typed (and reported as not a date).
            const auto* d = static_cast<const DateField*>(w);
            v.plain = d->hasError() ? d->text().trimmed() : formtext::formatDate(d->date());
            break;
        }
        case FieldKind::Text:
            formtext::setOriginal(v.text, static_cast<QPlainTextEdit*>(w)->toPlainText(), language);
            break;
        case FieldKind::List:
            v.values = formtext::lines(static_cast<QPlainTextEdit*>(w)->toPlainText());
            break;
        case FieldKind::Choice:
            v.values.clear();
            if (f.multiple) {
                for (const QString& c : f.choices)
                    if (m_choices.value(f.key).value(c)->isChecked())
                        v.values << c;
            } else if (const QString c = static_cast<QComboBox*>(w)->currentData().toString(); !c.isEmpty()) {
                v.values << c;
            }
            break;
        }
        if (v.isEmpty())
            out.remove(f.key);
        else
            out.insert(f.key, v);
    }
    return out;
}

} // namespace mla::gui
