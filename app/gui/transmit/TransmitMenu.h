#pragma once
// The "Transmission" menu: Send…, Open package…, Write receipt…, Import receipt…, each opening its
// dialog (SendPackageDialog, OpenPackageDialog, ImportReceiptDialog). Owned by its parent menu.

#include "model/Request.h"

#include <QMenu>

class QAction;

namespace mla::gui {

class TransmitMenu : public QMenu
{
    Q_OBJECT
public:
    explicit TransmitMenu(QWidget* parent = nullptr);
    QAction* openAction() const { return m_open; }

Q_SIGNALS:
    // An incoming case was registered from "Open package…" and its draft is to be opened.
    void openDraftRequested(const mla::Request& draft, const QString& path);

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
