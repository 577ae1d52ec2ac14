#pragma once
// Adds or edits one record of the requirements database: a field per column of the record's
// kind (a list of the allowed values for a vocabulary, "unknown" first; text otherwise), the
// source (required), the source's date, the verification date and verifier. OK stays disabled,
// with the reason shown, until the record is valid. Not thread-safe.

#include "requirements/Record.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;
class QFormLayout;

namespace mla::gui {

class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    // `record`: its kind and key fields (iso3 at least) are fixed when editing; when adding,
    // `kind` may be chosen among the kinds a package exchanges.
    RecordDialog(const requirements::Record& record, bool adding, QWidget* parent = nullptr);

    requirements::Record record() const;
    QString problem() const; // "" when the record is valid
    // For tests and scripted use: sets a field (or "source", "sourceDate", "verified",
    // "verifiedBy") by name; false when there is no such field or value.
    bool setValue(const QString& name, const QString& value);

private:
    void rebuild();
    void update();

    requirements::Record m_base;
    bool m_adding;
    QComboBox* m_kind = nullptr;
    QFormLayout* m_form = nullptr;
    QMap<QString, QWidget*> m_fields;
    QLineEdit* m_source = nullptr;
    QLineEdit* m_sourceDate = nullptr;
    QLineEdit* m_verified = nullptr;
    QLineEdit* m_verifiedBy = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mla::gui
