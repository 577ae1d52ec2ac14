#pragma once
// The "Transmission" menu: Send…, Open package…, Write receipt…, Import receipt…, each opening its
// dialog (SendPackageDialog, OpenPackageDialog, ImportReceiptDialog). Owned by its parent menu.

#include <QMenu>

class QAction;

namespace mla::gui {

class TransmitMenu : public QMenu
{
    Q_OBJECT
public:
    explicit TransmitMenu(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QAction* m_send = nullptr;
    QAction* m_open = nullptr;
    QAction* m_receipt = nullptr;
    QAction* m_import = nullptr;
};

} // namespace mla::gui
