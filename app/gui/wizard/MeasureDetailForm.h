#pragma once
// The detail form of one measure type, generated from MeasureSchema: one editor per FieldSpec
// (a line for Plain, a checked date line for Date, a text box for Text, one value per line for
// List, a combo box or check boxes for Choice), each with a labelled buddy and an accessible
// name. Adding a measure type to MeasureSchema needs no change here. Owned by its parent.

#include "model/Request.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QFormLayout;

namespace mla::gui {

class MeasureDetailForm : public QWidget
{
    Q_OBJECT
public:
    explicit MeasureDetailForm(MeasureType type, QWidget* parent = nullptr);

    MeasureType type() const { return m_type; }
    // The editor of field `key` (QLineEdit, QPlainTextEdit, QComboBox, or the box holding the
    // check boxes of a multiple choice); nullptr when the type has no such field.
    QWidget* editor(const QString& key) const;
    // The check box of `choiceId` in multiple-choice field `key`, or nullptr.
    QCheckBox* choiceBox(const QString& key, const QString& choiceId) const;
    void setValues(const QMap<QString, FieldValue>& details);
    // The details as the widgets hold them, keeping translations of unchanged texts from `previous`.
    QMap<QString, FieldValue> values(const QMap<QString, FieldValue>& previous,
                                     const QString& language) const;
    void retranslate();

Q_SIGNALS:
    void changed(const QString& key);

private:
    MeasureType m_type;
    QFormLayout* m_layout;
    QMap<QString, QWidget*> m_editors;
    QMap<QString, QMap<QString, QCheckBox*>> m_choices;
};

} // namespace mla::gui
