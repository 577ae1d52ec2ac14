#pragma once
// Wizard page: the output language, a live preview of the rendered request (core/render,
// poppler-cpp page images), rendering, signing (password prompt, core/pdf) and saving the PDF.
// Signing is refused while a blocking finding remains. Rendered files live in a private
// temporary directory until saved.

#include "WizardPage.h"
#include "model/Error.h"

#include <QTemporaryDir>
#include <QTimer>
#include <memory>

namespace Ui {
class OutputPage;
}

namespace mla::pdf {
class Identity;
}

namespace mla::gui {

class PreviewWidget;

class OutputPage : public WizardPage
{
    Q_OBJECT
public:
    explicit OutputPage(QWidget* parent = nullptr);
    ~OutputPage() override;

    QString pageId() const override { return QStringLiteral("output"); }
    QString title() const override;
    bool focusField(const QString& path) override;
    Ui::OutputPage* ui() const { return m_ui.get(); } // for tests
    PreviewWidget* preview() const { return m_preview; }

    // Renders the draft (with the DRAFT watermark) and shows it. Returns the PDF path.
    Result<QString> renderPreview();
    // Renders the final document and signs it; records "signed" in the history.
    Status signWith(const pdf::Identity& identity, const QString& reason, const QString& location);
    // Copies the latest PDF (signed if signed since the last edit, else a fresh render) to `path`.
    Status savePdf(const QString& path);
    QString lastPdf() const { return m_lastPdf; }

Q_SIGNALS:
    void jumpRequested(const QString& path); // "checks" when signing is refused

protected:
    void load(const Request& request) override;
    void store(Request& request) const override;
    void retranslate() override;
    void attached() override;

private:
    void fillLanguages();
    void sign();
    void saveInteractive();
    void showError(const Error& e);

    std::unique_ptr<Ui::OutputPage> m_ui;
    PreviewWidget* m_preview;
    QTemporaryDir m_tmp;
    QTimer m_previewTimer;
    QString m_lastPdf;
    bool m_signedCurrent = false; // m_lastPdf is signed and the request has not changed since
};

} // namespace mla::gui
