#include "TransmitMenu.h"

#include "ImportReceiptDialog.h"
#include "OpenPackageDialog.h"
#include "SendPackageDialog.h"

#include <QEvent>

#include <optional>
#include <utility>

namespace mla::gui {

TransmitMenu::TransmitMenu(QWidget* parent) : QMenu(parent)
{
    QWidget* window = parent ? parent->window() : nullptr;
    m_send = addAction(QString(), this, [window] {
        SendPackageDialog dialog(window);
        dialog.exec();
    });
    m_open = addAction(QString(), this, [this, window] {
        OpenPackageDialog dialog(OpenPackageDialog::Mode::Open, window);
        std::optional<std::pair<Request, QString>> chosen;
        connect(&dialog, &OpenPackageDialog::openDraftRequested, this,
                [&dialog, &chosen](const Request& r, const QString& p) {
                    chosen.emplace(r, p);
                    dialog.accept();
                });
        dialog.exec();
        if (chosen) // after the dialog has closed
            Q_EMIT openDraftRequested(chosen->first, chosen->second);
    });
    m_receipt = addAction(QString(), this, [window] {
        OpenPackageDialog dialog(OpenPackageDialog::Mode::Receipt, window);
        dialog.exec();
    });
    m_import = addAction(QString(), this, [window] {
        ImportReceiptDialog dialog(window);
        dialog.exec();
    });
    retranslate();
}

void TransmitMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void TransmitMenu::retranslate()
{
    setTitle(tr("&Transmission"));
    m_send->setText(tr("&Send…"));
    m_send->setStatusTip(
        tr("Put signed request PDFs into an encrypted package for the requested central authority"));
    m_open->setText(tr("&Open package…"));
    m_open->setStatusTip(tr("Decrypt and check a received package, then extract it into a new folder"));
    m_receipt->setText(tr("&Write receipt…"));
    m_receipt->setStatusTip(tr("Check a received package and write a signed receipt for the sender"));
    m_import->setText(tr("&Import receipt…"));
    m_import->setStatusTip(tr("Check a receipt against the package sent and record the acknowledgement"));
}

} // namespace mla::gui
