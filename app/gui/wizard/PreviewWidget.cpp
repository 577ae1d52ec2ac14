#include "PreviewWidget.h"

#include "render/PdfText.h"
#include "ui_PreviewWidget.h"

#include <QEvent>
#include <QLabel>
#include <QPixmap>

namespace mla::gui {

PreviewWidget::PreviewWidget(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PreviewWidget>()), m_image(new QLabel)
{
    m_ui->setupUi(this);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setBackgroundRole(QPalette::Dark);
    m_image->setAutoFillBackground(true);
    m_ui->scrollArea->setWidget(m_image);
    m_ui->scrollArea->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    fillZoom();
    connect(m_ui->previousButton, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_ui->nextPageButton, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_ui->zoomCombo, &QComboBox::currentIndexChanged, this, [this] { showPage(m_page); });
    clear(tr("No preview yet."));
}

PreviewWidget::~PreviewWidget() = default;

void PreviewWidget::fillZoom()
{
    const int current = m_ui->zoomCombo->currentIndex();
    const QSignalBlocker block(m_ui->zoomCombo);
    m_ui->zoomCombo->clear();
    for (int percent : {50, 75, 100, 150, 200})
        m_ui->zoomCombo->addItem(tr("%1 %").arg(percent), percent);
    m_ui->zoomCombo->setCurrentIndex(current < 0 ? 2 : current);
    m_ui->zoomCombo->setAccessibleName(tr("Zoom"));
}

bool PreviewWidget::setPdf(const QString& pdfPath)
{
    const auto count = render::PdfText::pageCount(pdfPath);
    if (!count.ok()) {
        clear(tr("The PDF could not be read: %1").arg(count.error().detail));
        return false;
    }
    m_path = pdfPath;
    m_pageCount = count.value();
    showPage(qMin(m_page, m_pageCount - 1));
    return true;
}

void PreviewWidget::clear(const QString& message)
{
    m_path.clear();
    m_pageCount = 0;
    m_page = 0;
    m_image->setPixmap({});
    m_image->setText(message);
    m_ui->pageLabel->setText(QString());
    m_ui->previousButton->setEnabled(false);
    m_ui->nextPageButton->setEnabled(false);
}

void PreviewWidget::showPage(int index)
{
    if (m_path.isEmpty() || m_pageCount <= 0)
        return;
    m_page = qBound(0, index, m_pageCount - 1);
    const double dpi = 96.0 * m_ui->zoomCombo->currentData().toInt() / 100.0 * devicePixelRatioF();
    const auto image = render::PdfText::pageImage(m_path, m_page, dpi);
    if (image.ok()) {
        QPixmap pm = QPixmap::fromImage(image.value());
        pm.setDevicePixelRatio(devicePixelRatioF());
        m_image->setPixmap(pm);
    } else {
        m_image->setText(image.error().detail);
    }
    m_ui->pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount));
    m_ui->previousButton->setEnabled(m_page > 0);
    m_ui->nextPageButton->setEnabled(m_page + 1 < m_pageCount);
}

QSize PreviewWidget::pageImageSize() const
{
    return m_image->pixmap().size();
}

void PreviewWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillZoom();
        if (m_pageCount > 0)
            m_ui->pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(m_pageCount));
    }
    QWidget::changeEvent(event);
}

} // namespace mla::gui
