#pragma once
// Wizard page: the output language, a live preview of the rendered request (core/render,
// poppler-cpp page images), rendering, signing (password prompt, core/pdf) and saving the PDF.
// Signing is refused while a blocking finding remains. Rendered files live in a private
// temporary directory until saved. The translator's workflow (core/xliff): the free text is
// exported to an XLIFF file, a translated file is imported as one undoable step, and the
// translation state of each field for the output language is listed.

#include "WizardPage.h"
#include "base/Error.h"
#include "pdf/SignOptions.h"
#include "xliff/XliffExport.h"
#include "xliff/XliffImport.h"

#include <QTemporaryDir>
#include <QTimer>
#include <memory>
#include <optional>

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
    // Renders the final document and signs it at `level` (none: the default from Preferences)
    // with the timestamp authority from Preferences, showing a busy indication while it is
    // contacted; records "signed" and the level reached in the history. A failure's detail is
    // the message shown (a timestamp authority's failure names it); nothing is signed then.
    Status signWith(const pdf::Identity& identity, const QString& reason, const QString& location,
                    std::optional<pdf::SignatureLevel> level = std::nullopt);
    // The warning of the last signing when it fell back to B-B (Preferences), else "".
    QString lastSigningWarning() const { return m_signingWarning; }
    // What the signer is shown before signing: the language, the open warnings, placeholders
    // still in the document ("[central authority unknown — verify]"), fields printed
    // untranslated, and whether the signatory named in the document is the certificate's holder.
    struct SigningSummary
    {
        QString language;          // the output language's name
        QStringList warnings;      // messages of the non-blocking findings
        QStringList placeholders;  // bracketed gaps in the final document's text
        QStringList untranslated;  // free-text fields printed in their original language
        QString signatory;         // the name in the document's signature block
        QString certificateHolder; // the certificate's common name
        bool holderDiffers = false;
        QString text() const; // all of it, for the confirmation
    };
    Result<SigningSummary> signingSummary(const pdf::Identity& identity);
    // Copies the latest PDF (signed if signed since the last edit, else a fresh render) to `path`.
    Status savePdf(const QString& path);
    QString lastPdf() const { return m_lastPdf; }
    // The file name offered for the PDF: case reference, requested State and language
    // ("ST-2026-0042-request-bra-pt.pdf").
    QString suggestedPdfName() const;
    // Writes the request's free text for translation into `targetLanguage` (a UN language) as
    // an XLIFF file at `path`; the request is not changed.
    Result<xliff::ExportResult> exportTranslation(const QString& targetLanguage, const QString& path);
    // Applies the translations of the XLIFF file at `path` to the request as one undoable step
    // (none when nothing was applied). Whole-file errors leave the request as it is.
    Result<xliff::ImportReport> importTranslation(const QString& path);
    // The import's outcome in words: units applied, and each refused unit with its outcome id,
    // field, detail and line (the latter as detailed text).
    static QString importSummary(const xliff::ImportReport& report);
    static QString importDetails(const xliff::ImportReport& report);

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
    void exportInteractive();
    void importInteractive();
    // Refills the translation status list for the request's output language.
    void refreshTranslationStatus();
    static QString stateLabel(const QString& stateId);

    std::unique_ptr<Ui::OutputPage> m_ui;
    PreviewWidget* m_preview;
    QTemporaryDir m_tmp;
    QTimer m_previewTimer;
    QString m_lastPdf;
    bool m_signedCurrent = false; // m_lastPdf is signed and the request has not changed since
    QString m_signingWarning;
};

} // namespace mla::gui
