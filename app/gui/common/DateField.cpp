#include "DateField.h"

#include "FormText.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace mla::gui {

DateField::DateField(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_button(new QToolButton(this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit, 1);
    row->addWidget(m_button);
    m_edit->setMaxLength(40);
    m_edit->installEventFilter(this);
    // Reached with Tab too; Alt+Down or F4 opens the calendar from the field.
    m_button->setFocusPolicy(Qt::StrongFocus);
    m_button->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        parse();
        Q_EMIT edited();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        // Shown back in the locale's format once read, so what is stored is what is seen.
        if (!m_error && m_date.isValid()) {
            const QString shown = formtext::displayDate(m_date, QLocale());
            if (m_edit->text() != shown)
                m_edit->setText(shown);
        }
    });
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    retranslate();
}

void DateField::setName(const QString& name)
{
    setAccessibleName(name);
    m_edit->setAccessibleName(name);
    m_button->setAccessibleName(tr("%1: calendar").arg(name));
}

QString DateField::text() const
{
    return m_edit->text();
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

void DateField::setDate(const QDate& date)
{
    m_date = date;
    const QString shown = formtext::displayDate(date, QLocale());
    if (m_edit->text() != shown || m_error) {
        const QSignalBlocker block(m_edit);
        m_edit->setText(shown);
    }
    m_error = false;
    updateError();
}

void DateField::setText(const QString& text)
{
    if (m_edit->text() != text) {
        const QSignalBlocker block(m_edit);
        m_edit->setText(text);
    }
    parse();
}

void DateField::parse()
{
    bool ok = true;
    m_date = formtext::parseUserDate(m_edit->text(), QLocale(), &ok);
    m_error = !ok;
    if (m_error)
        m_date = {};
    updateError();
}

void DateField::updateError()
{
    // A red frame and a tooltip that says how to type it; the page reports it too.
    m_edit->setStyleSheet(m_error ? QStringLiteral("QLineEdit { border: 2px solid #c00000; }") : QString());
    const QString how =
        tr("Type a date as %1, for example %2, or pick it in the calendar (Alt+Down).")
            .arg(formtext::dateFormat(QLocale()), formtext::displayDate(QDate(1979, 8, 12), QLocale()));
    m_edit->setToolTip(m_error ? tr("“%1” is not a date.").arg(m_edit->text()) + u' ' + how : how);
    m_edit->setAccessibleDescription(m_edit->toolTip());
}

void DateField::retranslate()
{
    m_edit->setPlaceholderText(formtext::dateFormat(QLocale()));
    m_button->setToolTip(tr("Pick the date in a calendar (Alt+Down)"));
    if (m_button->accessibleName().isEmpty())
        m_button->setAccessibleName(tr("Calendar"));
    if (m_date.isValid() && !m_error)
        setDate(m_date); // the locale's format may have changed
    updateError();
}

void DateField::showCalendar()
{
    if (!m_popup) {
        m_popup = new QWidget(this, Qt::Popup);
        auto* lay = new QVBoxLayout(m_popup);
        lay->setContentsMargins(0, 0, 0, 0);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setGridVisible(true);
        lay->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate d) {
            m_popup->hide();
            setDate(d);
            m_edit->setFocus();
            Q_EMIT edited();
        });
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](QDate d) {
            m_popup->hide();
            setDate(d);
            m_edit->setFocus();
            Q_EMIT edited();
        });
    }
    m_calendar->setLocale(QLocale());
    m_calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    m_popup->adjustSize();
    const QPoint below =
        mapToGlobal(QPoint(layoutDirection() == Qt::RightToLeft ? width() - m_popup->width() : 0, height()));
    m_popup->move(below);
    m_popup->show();
    m_calendar->setFocus();
}

bool DateField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* k = static_cast<QKeyEvent*>(event);
        if (k->key() == Qt::Key_F4 || (k->key() == Qt::Key_Down && (k->modifiers() & Qt::AltModifier))) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mla::gui
