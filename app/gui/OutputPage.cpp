#include "OutputPage.h"

#include "AppSettings.h"
#include "ChecksPage.h"
#include "DraftSession.h"
#include "FormText.h"
#include "Knowledge.h"
#include "Labels.h"
#include "PreviewWidget.h"
#include "SignDialog.h"
#include "pdf/Signer.h"
#include "render/Renderer.h"
#include "ui_OutputPage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QVBoxLayout>

namespace mla::gui {

OutputPage::OutputPage(QWidget* parent)
    : WizardPage(parent), m_ui(std::make_unique<Ui::OutputPage>()), m_preview(new PreviewWidget(this))
{
    m_ui->setupUi(this);
    auto* l = new QVBoxLayout(m_ui->previewHost);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_preview);
    m_ui->previewHost->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_ui->previewHost->setMinimumHeight(360);
    fillLanguages();
    watch(m_ui->outputLanguageCombo);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250);
    connect(&m_previewTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            renderPreview();
    });
    connect(m_ui->renderButton, &QPushButton::clicked, this, [this] { renderPreview(); });
    connect(m_ui->signButton, &QPushButton::clicked, this, &OutputPage::sign);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &OutputPage::saveInteractive);
}

OutputPage::~OutputPage() = default;

QString OutputPage::title() const
{
    return tr("Output");
}

void OutputPage::fillLanguages()
{
    QStringList names;
    for (const QString& code : unLanguages())
        names << formtext::languageName(code);
    Labels::fill(m_ui->outputLanguageCombo, names);
}

void OutputPage::retranslate()
{
    m_ui->retranslateUi(this);
    fillLanguages();
}

void OutputPage::attached()
{
    connect(m_session, &DraftSession::edited, this, [this] { m_signedCurrent = false; });
    connect(m_session, &DraftSession::reloaded, this, [this] { m_signedCurrent = false; });
}

void OutputPage::load(const Request& r)
{
    m_ui->outputLanguageCombo->setCurrentIndex(qMax(0, unLanguages().indexOf(r.outputLanguage)));
    // The preview follows the draft whenever the page is shown or the language changes.
    m_previewTimer.start();
}

void OutputPage::store(Request& r) const
{
    r.outputLanguage = unLanguages().value(m_ui->outputLanguageCombo->currentIndex(), QStringLiteral("en"));
}

void OutputPage::showError(const Error& e)
{
    m_ui->statusLabel->setText(tr("Error: %1").arg(e.toString()));
}

Result<QString> OutputPage::renderPreview()
{
    if (!m_session || !m_session->isOpen() || !m_tmp.isValid())
        return Error{QStringLiteral("gui.no-draft"), QStringLiteral("no draft"), {}, 0, 0};
    if (m_signedCurrent)
        return m_lastPdf;
    const Request& r = m_session->request();
    render::RenderContext ctx = m_knowledge ? m_knowledge->renderContext(r) : render::RenderContext{};
    ctx.language = r.outputLanguage;
    ctx.draftWatermark = true;
    const QString out = m_tmp.filePath(QStringLiteral("preview.pdf"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = render::renderPdf(r, ctx, out);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        showError(result.error());
        m_preview->clear(result.error().toString());
        return result.error();
    }
    m_lastPdf = out;
    m_preview->setPdf(out);
    QString status = tr("Preview of the draft: %n page(s).", nullptr, result.value().pageCount);
    if (!result.value().untranslatedFields.isEmpty())
        status += u' ' + tr("Not translated into the output language: %1.")
                             .arg(result.value().untranslatedFields.join(QStringLiteral(", ")));
    if (result.value().awaitsTranslatorReview)
        status += u' ' + tr("The fixed text in this language awaits review by a qualified legal translator.");
    m_ui->statusLabel->setText(status);
    return out;
}

Status OutputPage::signWith(const pdf::Identity& identity, const QString& reason, const QString& location)
{
    if (!m_session || !m_session->isOpen())
        return Error{QStringLiteral("gui.no-draft"), QStringLiteral("no draft"), {}, 0, 0};
    const QList<FindingItem> findings = ChecksPage::collect(m_session->request(), m_knowledge);
    const auto blocking = std::count_if(findings.cbegin(), findings.cend(), [](const FindingItem& f) {
        return f.severity == FindingItem::Severity::Blocking;
    });
    if (blocking > 0) {
        m_ui->statusLabel->setText(
            tr("The request cannot be signed: %n blocking finding(s) remain. See the checks page.", nullptr,
               int(blocking)));
        return Error{
            QStringLiteral("gui.sign.blocking"), QStringLiteral("blocking findings remain"), {}, 0, 0};
    }
    const Request& r = m_session->request();
    render::RenderContext ctx = m_knowledge ? m_knowledge->renderContext(r) : render::RenderContext{};
    ctx.language = r.outputLanguage;
    ctx.draftWatermark = false;
    const QString unsignedPdf = m_tmp.filePath(QStringLiteral("final.pdf"));
    const QString signedPdf = m_tmp.filePath(QStringLiteral("signed.pdf"));
    const auto rendered = render::renderPdf(r, ctx, unsignedPdf);
    if (!rendered.ok()) {
        showError(rendered.error());
        return rendered.error();
    }
    pdf::SignOptions options;
    options.reason = reason;
    options.location = location;
    options.certify = true;
    pdf::SignatureAppearance look;
    look.pageIndex = rendered.value().signaturePage;
    look.rect = rendered.value().signatureRect;
    look.name = r.signatory.name;
    look.function = r.signatory.function;
    look.place = r.signatory.place;
    options.appearance = look;
    const Status s = pdf::sign(unsignedPdf, signedPdf, identity, options);
    if (!s) {
        showError(s.error());
        return s;
    }
    Request after = r;
    after.status = RequestStatus::Signed;
    after.history.append({QDateTime::currentDateTimeUtc(), AppSettings::userName(), QStringLiteral("signed"),
                          identity.commonName()});
    submit(after, tr("Sign"));
    m_lastPdf = signedPdf;
    m_signedCurrent = true;
    m_previewTimer.stop();
    m_preview->setPdf(signedPdf);
    m_ui->statusLabel->setText(tr("Signed by %1. Save the PDF to send it.").arg(identity.commonName()));
    return {};
}

void OutputPage::sign()
{
    const QList<FindingItem> findings = ChecksPage::collect(m_session->request(), m_knowledge);
    if (std::any_of(findings.cbegin(), findings.cend(),
                    [](const FindingItem& f) { return f.severity == FindingItem::Severity::Blocking; })) {
        m_ui->statusLabel->setText(tr("The request cannot be signed while blocking findings remain."));
        Q_EMIT jumpRequested(QStringLiteral("checks"));
        return;
    }
    SignDialog dialog(tr("Sign the request in %1 as %2.")
                          .arg(formtext::languageName(m_session->request().outputLanguage),
                               m_session->request().signatory.name),
                      this);
    dialog.setLocation(m_session->request().signatory.place);
    dialog.setReason(tr("Request for mutual legal assistance"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    signWith(dialog.identity(), dialog.reason(), dialog.location());
}

Status OutputPage::savePdf(const QString& path)
{
    if (!m_signedCurrent || m_lastPdf.isEmpty()) {
        const auto r = renderPreview();
        if (!r.ok())
            return r.error();
    }
    QFile::remove(path);
    if (!QFile::copy(m_lastPdf, path))
        return Error{QStringLiteral("gui.save-pdf"), QStringLiteral("could not write the PDF"), path, 0, 0};
    m_ui->statusLabel->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

void OutputPage::saveInteractive()
{
    const QString suggested = QDir(AppSettings::lastFolder())
                                  .filePath(QStringLiteral("request-%1-%2.pdf")
                                                .arg(m_session->request().requestedState.toLower(),
                                                     m_session->request().outputLanguage));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastFolder(path);
    const Status s = savePdf(path);
    if (!s)
        QMessageBox::warning(this, tr("Save PDF"),
                             tr("The PDF could not be saved: %1").arg(s.error().toString()));
}

bool OutputPage::focusField(const QString& path)
{
    if (path == QLatin1String("outputLanguage"))
        return focus(m_ui->outputLanguageCombo);
    return false;
}

} // namespace mla::gui
