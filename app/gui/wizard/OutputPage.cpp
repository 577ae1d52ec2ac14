#include "OutputPage.h"

#include "AppSettings.h"
#include "ChecksPage.h"
#include "DraftSession.h"
#include "FormText.h"
#include "Knowledge.h"
#include "Labels.h"
#include "PreviewWidget.h"
#include "SignDialog.h"
#include "SignatureText.h"
#include "pdf/Signer.h"
#include "render/PdfText.h"
#include "render/Renderer.h"
#include "ui_OutputPage.h"
#include "workflow/Binding.h"
#include "xliff/TranslationProgress.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTreeWidget>
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
    connect(m_ui->exportTranslationButton, &QPushButton::clicked, this, &OutputPage::exportInteractive);
    connect(m_ui->importTranslationButton, &QPushButton::clicked, this, &OutputPage::importInteractive);
    // Activating a field (Return or double click) goes to the page that edits it.
    connect(m_ui->translationStatusTree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString path = item->data(0, Qt::UserRole).toString();
        if (!path.isEmpty())
            Q_EMIT jumpRequested(path);
    });
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
    // The status list follows every change of the request, made on any page, and undo/redo.
    connect(m_session, &DraftSession::edited, this, [this] {
        m_signedCurrent = false;
        refreshTranslationStatus();
    });
    connect(m_session, &DraftSession::reloaded, this, [this] {
        m_signedCurrent = false;
        refreshTranslationStatus();
    });
}

void OutputPage::load(const Request& r)
{
    m_ui->outputLanguageCombo->setCurrentIndex(qMax(0, unLanguages().indexOf(r.outputLanguage)));
    // The preview follows the draft whenever the page is shown or the language changes.
    m_previewTimer.start();
    refreshTranslationStatus();
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

Status OutputPage::signWith(const pdf::Identity& identity, const QString& reason, const QString& location,
                            std::optional<pdf::SignatureLevel> level)
{
    m_signingWarning.clear();
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
    // The signature says which version of the draft it was made from (checked at countersigning).
    const QString hash = workflow::contentHash(r);
    pdf::SignOptions options;
    options.reason = reason.isEmpty() ? workflow::bindingText(hash)
                                      : reason + QStringLiteral(" — ") + workflow::bindingText(hash);
    options.location = location;
    options.certify = true;
    pdf::SignatureAppearance look;
    look.pageIndex = rendered.value().signaturePage;
    look.rect = rendered.value().signatureRect;
    look.name = r.signatory.name;
    look.function = r.signatory.function;
    look.place = r.signatory.place;
    options.appearance = look;
    const pdf::SignatureLevel asked = level.value_or(AppSettings::signatureLevel());
    if (const Status crls = SignatureText::applyLevel(options, asked); !crls) {
        m_ui->statusLabel->setText(crls.error().detail);
        return crls;
    }
    pdf::SignOutcome outcome;
    QFile::remove(signedPdf); // a failed signing leaves no signed file behind
    Status s;
    {
        const SigningProgress busy(this, asked, options.timestamp.url);
        s = pdf::sign(unsignedPdf, signedPdf, identity, options, &outcome);
    }
    if (!s) {
        const QString why = SignatureText::signingError(s.error(), options.timestamp.url);
        m_ui->statusLabel->setText(why);
        return Error{s.error().code, why, s.error().file, 0, 0};
    }
    m_signingWarning = SignatureText::fallbackWarning(asked, outcome, options.timestamp.url);
    Request after = r;
    after.status = RequestStatus::Signed;
    after.history.append({QDateTime::currentDateTimeUtc(), AppSettings::userName(), QStringLiteral("signed"),
                          identity.commonName() + QStringLiteral("; ") + pdf::levelName(outcome.level) +
                              QStringLiteral("; ") + workflow::bindingText(hash)});
    submit(after, tr("Sign"));
    m_lastPdf = signedPdf;
    m_signedCurrent = true;
    m_previewTimer.stop();
    m_preview->setPdf(signedPdf);
    m_ui->statusLabel->setText(tr("Signed by %1 at level %2. Save the PDF to send it.")
                                   .arg(identity.commonName(), pdf::levelName(outcome.level)) +
                               (m_signingWarning.isEmpty() ? QString() : u'\n' + m_signingWarning));
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
    // The summary before signing: what the signer signs, in one look.
    const auto summary = signingSummary(dialog.identity());
    if (!summary.ok()) {
        showError(summary.error());
        return;
    }
    const QString level = tr("Signature level: %1").arg(SignatureText::levelDescription(dialog.level()));
    if (QMessageBox::question(
            this, tr("Sign the request"), summary.value().text() + QStringLiteral("\n\n") + level,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const Status signedOk = signWith(dialog.identity(), dialog.reason(), dialog.location(), dialog.level());
    if (!signedOk)
        QMessageBox::warning(this, tr("Sign the request"), signedOk.error().detail);
    else if (!m_signingWarning.isEmpty())
        QMessageBox::warning(this, tr("Signed without a timestamp"), m_signingWarning);
}

Result<OutputPage::SigningSummary> OutputPage::signingSummary(const pdf::Identity& identity)
{
    const Request& r = m_session->request();
    SigningSummary out;
    out.language = formtext::languageName(r.outputLanguage);
    for (const FindingItem& f : ChecksPage::collect(r, m_knowledge))
        if (f.severity == FindingItem::Severity::Warning)
            out.warnings << f.message;
    render::RenderContext ctx = m_knowledge ? m_knowledge->renderContext(r) : render::RenderContext{};
    ctx.language = r.outputLanguage;
    ctx.draftWatermark = false;
    const QString pdfPath = m_tmp.filePath(QStringLiteral("summary.pdf"));
    const auto rendered = render::renderPdf(r, ctx, pdfPath);
    if (!rendered.ok())
        return rendered.error();
    out.untranslated = rendered.value().untranslatedFields;
    const auto pages = render::PdfText::pages(pdfPath);
    if (pages.ok()) {
        static const QRegularExpression gap(QStringLiteral("\\[[^\\[\\]]{1,80}\\]"));
        for (const QString& page : pages.value()) {
            auto it = gap.globalMatch(render::PdfText::normalized(page));
            while (it.hasNext()) {
                const QString g = it.next().captured(0);
                if (!out.placeholders.contains(g) && out.placeholders.size() < 20)
                    out.placeholders << g;
            }
        }
    }
    QFile::remove(pdfPath);
    out.signatory = r.signatory.name.trimmed();
    out.certificateHolder = identity.commonName().trimmed();
    out.holderDiffers = out.signatory.compare(out.certificateHolder, Qt::CaseInsensitive) != 0;
    return out;
}

QString OutputPage::SigningSummary::text() const
{
    QStringList l;
    l << tr("Language of the request: %1").arg(language);
    l << (warnings.isEmpty() ? tr("No open warnings.")
                             : tr("%n open warning(s): %1", nullptr, int(warnings.size()))
                                   .arg(warnings.mid(0, 5).join(QStringLiteral("; "))));
    if (!placeholders.isEmpty())
        l << tr("Still in the document: %1").arg(placeholders.join(QStringLiteral(", ")));
    if (!untranslated.isEmpty())
        l << tr("%n field(s) printed without a translation.", nullptr, int(untranslated.size()));
    if (holderDiffers)
        l << tr("The document names %1 as signatory, but the certificate belongs to %2.")
                 .arg(signatory.isEmpty() ? tr("nobody") : signatory, certificateHolder);
    else
        l << tr("Signatory and certificate holder: %1").arg(certificateHolder);
    l << tr("Sign now?");
    return l.join(u'\n');
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

QString OutputPage::suggestedPdfName() const
{
    // The case reference first, so that the PDFs of one case sort together; only characters
    // that are safe in a file name on every system.
    const Request& r = m_session->request();
    QStringList parts;
    QString ref = r.proceedings.caseReference.trimmed();
    ref.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
    ref = ref.left(60);
    while (ref.startsWith(u'-') || ref.startsWith(u'.'))
        ref.remove(0, 1);
    if (!ref.isEmpty())
        parts << ref;
    parts << QStringLiteral("request");
    if (!r.requestedState.isEmpty())
        parts << r.requestedState.toLower();
    parts << r.outputLanguage;
    return parts.join(u'-') + QStringLiteral(".pdf");
}

void OutputPage::saveInteractive()
{
    const QString suggested = QDir(AppSettings::lastFolder()).filePath(suggestedPdfName());
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

QString OutputPage::stateLabel(const QString& stateId)
{
    if (stateId == QLatin1String("not-needed"))
        return tr("Not needed");
    if (stateId == QLatin1String("missing"))
        return tr("Missing");
    if (stateId == QLatin1String("stale"))
        return tr("Out of date");
    if (stateId == QLatin1String("draft"))
        return tr("Draft translation");
    if (stateId == QLatin1String("translated"))
        return tr("Translated, not reviewed");
    if (stateId == QLatin1String("reviewed"))
        return tr("Reviewed");
    return stateId;
}

void OutputPage::refreshTranslationStatus()
{
    QTreeWidget* tree = m_ui->translationStatusTree;
    tree->clear();
    if (!m_session || !m_session->isOpen())
        return;
    const Request& r = m_session->request();
    for (const xliff::FieldStatus& st : xliff::TranslationProgress::of(r, r.outputLanguage)) {
        const QString id = xliff::fieldStateId(st.state);
        auto* item = new QTreeWidgetItem(tree, {st.context.section, st.context.field, stateLabel(id)});
        item->setData(0, Qt::UserRole, st.fieldPath);
        item->setData(2, Qt::UserRole, id);
        item->setToolTip(0, st.fieldPath);
        item->setToolTip(1, st.context.article);
        item->setToolTip(2, id);
    }
    tree->resizeColumnToContents(0);
}

Result<xliff::ExportResult> OutputPage::exportTranslation(const QString& targetLanguage, const QString& path)
{
    if (!m_session || !m_session->isOpen())
        return Error{QStringLiteral("gui.no-draft"), QStringLiteral("no draft"), {}, 0, 0};
    const QString original =
        m_session->path().isEmpty() ? QString() : QFileInfo(m_session->path()).fileName();
    const auto result =
        xliff::XliffExport::toFile(m_session->request(), {targetLanguage, {}, original, {}}, path);
    if (!result.ok()) {
        showError(result.error());
        return result;
    }
    QString status = tr("Exported %n field(s) for translation into %1 to %2.", nullptr,
                        int(result.value().exportedFields.size()))
                         .arg(formtext::languageName(targetLanguage), QDir::toNativeSeparators(path));
    if (!result.value().skipped.isEmpty())
        status += u' ' + tr("%n field(s) not exported (empty or not in the source language).", nullptr,
                            int(result.value().skipped.size()));
    m_ui->statusLabel->setText(status);
    return result;
}

Result<xliff::ImportReport> OutputPage::importTranslation(const QString& path)
{
    if (!m_session || !m_session->isOpen())
        return Error{QStringLiteral("gui.no-draft"), QStringLiteral("no draft"), {}, 0, 0};
    Request copy = m_session->request();
    const auto report = xliff::XliffImport::applyFile(copy, path);
    if (!report.ok()) {
        showError(report.error());
        return report;
    }
    // Every applied unit of the file is one undo step together.
    if (report.value().count(xliff::UnitOutcome::Applied) > 0)
        submit(copy, tr("Import translation"));
    m_ui->statusLabel->setText(importSummary(report.value()));
    return report;
}

QString OutputPage::importSummary(const xliff::ImportReport& report)
{
    using xliff::UnitOutcome;
    const int applied = report.count(UnitOutcome::Applied);
    const int unchanged = report.count(UnitOutcome::Unchanged);
    const int untranslated = report.count(UnitOutcome::Untranslated);
    const int refused = int(report.units.size()) - applied - unchanged - untranslated;
    QString s =
        tr("%n translation(s) into %1 applied from %2.", nullptr, applied)
            .arg(formtext::languageName(report.targetLanguage), QFileInfo(report.fileName).fileName());
    if (unchanged > 0)
        s += u' ' + tr("%n unit(s) already in the draft.", nullptr, unchanged);
    if (untranslated > 0)
        s += u' ' + tr("%n unit(s) without a translation.", nullptr, untranslated);
    if (refused > 0)
        s += u' ' + tr("%n unit(s) refused; the draft keeps those fields as they were.", nullptr, refused);
    return s;
}

QString OutputPage::importDetails(const xliff::ImportReport& report)
{
    QStringList lines;
    for (const xliff::UnitReport& u : report.units) {
        switch (u.outcome) {
        case xliff::UnitOutcome::Applied:
        case xliff::UnitOutcome::Unchanged:
        case xliff::UnitOutcome::Untranslated:
            continue;
        case xliff::UnitOutcome::StaleSource:
        case xliff::UnitOutcome::UnknownUnit:
        case xliff::UnitOutcome::Conflict:
        case xliff::UnitOutcome::Invalid:
            break;
        }
        lines << tr("Line %1: %2, field %3: %4")
                     .arg(u.line)
                     .arg(xliff::unitOutcomeId(u.outcome), u.fieldPath.isEmpty() ? u.unitId : u.fieldPath,
                          u.detail);
    }
    return lines.join(u'\n');
}

void OutputPage::exportInteractive()
{
    if (!m_session || !m_session->isOpen())
        return;
    const QStringList codes = unLanguages();
    QStringList names;
    for (const QString& code : codes)
        names << formtext::languageName(code);
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Export for translation"));
    dialog.setLabelText(tr("&Target language:"));
    dialog.setComboBoxEditable(false);
    dialog.setComboBoxItems(names);
    dialog.setTextValue(names.value(qMax(0, codes.indexOf(m_session->request().outputLanguage))));
    if (auto* combo = dialog.findChild<QComboBox*>())
        combo->setAccessibleName(tr("Target language"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString target = codes.value(names.indexOf(dialog.textValue()));
    if (target.isEmpty())
        return;
    const QString base = m_session->path().isEmpty()
                             ? QStringLiteral("request-%1").arg(m_session->request().requestedState.toLower())
                             : QFileInfo(m_session->path()).completeBaseName();
    const QString suggested =
        QDir(AppSettings::lastFolder()).filePath(QStringLiteral("%1-%2.xlf").arg(base, target));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export for translation"), suggested,
                                                      tr("XLIFF files (*.xlf *.xliff)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastFolder(path);
    const auto result = exportTranslation(target, path);
    if (!result.ok())
        QMessageBox::warning(this, tr("Export for translation"),
                             tr("The file %1 could not be written for translation:\n%2")
                                 .arg(QDir::toNativeSeparators(path), result.error().toString()));
}

void OutputPage::importInteractive()
{
    if (!m_session || !m_session->isOpen())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import translation"), AppSettings::lastFolder(),
                                     tr("XLIFF files (*.xlf *.xliff);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastFolder(path);
    const auto report = importTranslation(path);
    if (!report.ok()) {
        QMessageBox::warning(this, tr("Import translation"),
                             tr("The translation in %1 could not be imported:\n%2")
                                 .arg(QDir::toNativeSeparators(path), report.error().toString()));
        return;
    }
    QMessageBox box(report.value().hasRefusals() ? QMessageBox::Warning : QMessageBox::Information,
                    tr("Import translation"), importSummary(report.value()), QMessageBox::Ok, this);
    const QString details = importDetails(report.value());
    if (!details.isEmpty()) {
        box.setInformativeText(tr("The refused units are listed in the details."));
        box.setDetailedText(details);
    }
    box.exec();
}

bool OutputPage::focusField(const QString& path)
{
    if (path == QLatin1String("outputLanguage"))
        return focus(m_ui->outputLanguageCombo);
    return false;
}

} // namespace mla::gui
