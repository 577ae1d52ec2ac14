#pragma once
// A date input: typed in the user's locale (or ISO, or day-first with dots), with a calendar
// popup, shown back in the locale's format and stored as a QDate (the draft keeps ISO 8601).
// Text that is not a date is never dropped: it stays in the field, the field is marked as an
// error with a tooltip that says how to type a date, and hasError() tells the page, which
// reports it (see DraftSession::setUnreadable and the missing-information panel).

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace mla::gui {

class DateField : public QWidget
{
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    // The date; invalid when the field is empty or holds text that is not a date.
    QDate date() const { return m_date; }
    // Shows `date` in the locale's format (clearing any error).
    void setDate(const QDate& date);
    // What is typed, as typed.
    QString text() const;
    // Shows `text` as typed (a value kept from an earlier edit that could not be read).
    void setText(const QString& text);
    // The accessible name of the field (and of its line edit and calendar button).
    void setName(const QString& name);
    bool hasError() const { return m_error; }
    bool isEmpty() const;
    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* calendarButton() const { return m_button; }
    // Opens the calendar (Alt+Down or F4 in the field, or the button).
    void showCalendar();
    QCalendarWidget* calendar() const { return m_calendar; }

Q_SIGNALS:
    // The user changed the value (typing, or a day picked in the calendar).
    void edited();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void parse();
    void retranslate();
    void updateError();

    QLineEdit* m_edit;
    QToolButton* m_button;
    QWidget* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QDate m_date;
    bool m_error = false;
};

} // namespace mla::gui
