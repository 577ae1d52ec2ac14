#pragma once
// The mouse wheel changes a combo box, spin box, date edit or slider only when that widget has
// the keyboard focus; otherwise the wheel scrolls the page under it. One application-wide
// event filter enforces it for every such widget, present and future (no per-widget code).

#include <QObject>

namespace mla::gui {

class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the guard on the running application once (later calls do nothing).
    static void install();
    // True for the widgets whose value the wheel changes (combo boxes, spin boxes, sliders).
    static bool guards(const QObject* object);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace mla::gui
