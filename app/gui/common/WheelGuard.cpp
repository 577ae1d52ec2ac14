#include "WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QPointer>
#include <QWheelEvent>

namespace mla::gui {

void WheelGuard::install()
{
    static QPointer<WheelGuard> guard;
    if (guard || !qApp)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
    // Widgets made before the guard: the wheel must not give them focus either.
    const QWidgetList all = QApplication::allWidgets();
    for (QWidget* w : all)
        if (guards(w) && w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
}

bool WheelGuard::guards(const QObject* object)
{
    if (qobject_cast<const QComboBox*>(object) || qobject_cast<const QAbstractSpinBox*>(object))
        return true;
    // Scroll bars are sliders too, and the wheel is what they are for.
    const auto* slider = qobject_cast<const QAbstractSlider*>(object);
    return slider && !slider->inherits("QScrollBar");
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish && guards(watched)) {
        auto* w = static_cast<QWidget*>(watched);
        if (w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus); // the wheel does not focus it
    } else if (event->type() == QEvent::Wheel && watched->isWidgetType()) {
        // The widget itself, or the line edit inside an editable combo box or a spin box.
        auto* w = static_cast<QWidget*>(watched);
        QWidget* target =
            guards(w) ? w : (w->parentWidget() && guards(w->parentWidget()) ? w->parentWidget() : nullptr);
        if (target) {
            const QWidget* focus = QApplication::focusWidget();
            const bool focused = focus && (focus == target || target->isAncestorOf(focus));
            if (!focused) {
                // Not handled here: QApplication passes an ignored wheel event on to the parent
                // (the scroll area of the page).
                event->ignore();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mla::gui
