#pragma once
// Asked once, on the first run: the user's name, function and office. The name is what the
// history and the reviewer's comments show as "who" (not the login name); all three can be
// changed later in Preferences.

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace mla::gui {

class UserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserDialog(QWidget* parent = nullptr);
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* functionEdit() const { return m_function; }
    QLineEdit* officeEdit() const { return m_office; }
    QPushButton* okButton() const { return m_ok; }
    // Stores what was typed in AppSettings (called on OK).
    void store() const;

private:
    QLineEdit* m_name;
    QLineEdit* m_function;
    QLineEdit* m_office;
    QPushButton* m_ok;
};

} // namespace mla::gui
