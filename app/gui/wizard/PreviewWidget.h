#pragma once
// Shows the pages of a PDF as images rendered by poppler-cpp (core/render PdfText::pageImage),
// one page at a time, with page navigation and zoom. Only the visible page is kept in memory.

#include <QWidget>
#include <memory>

class QLabel;

namespace Ui {
class PreviewWidget;
}

namespace mla::gui {

class PreviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewWidget(QWidget* parent = nullptr);
    ~PreviewWidget() override;

    // Shows `pdfPath` (keeping the current page where possible); false with a message if unreadable.
    bool setPdf(const QString& pdfPath);
    void clear(const QString& message);
    int pageCount() const { return m_pageCount; }
    int currentPage() const { return m_page; }
    void showPage(int index);
    QSize pageImageSize() const; // of the page shown (for tests)
    Ui::PreviewWidget* ui() const { return m_ui.get(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillZoom();
    std::unique_ptr<Ui::PreviewWidget> m_ui;
    QLabel* m_image;
    QString m_path;
    int m_pageCount = 0;
    int m_page = 0;
};

} // namespace mla::gui
