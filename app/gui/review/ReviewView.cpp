#include "ReviewView.h"

#include "AppSettings.h"
#include "ChecksPage.h"
#include "ChecksPanel.h"
#include "DraftSession.h"
#include "Knowledge.h"
#include "Labels.h"
#include "RequestHtml.h"
#include "SignDialog.h"
#include "SignatureText.h"
#include "pdf/Signer.h"
#include "pdf/ValidationReportPdf.h"
#include "pdf/Verifier.h"
#include "ui_ReviewView.h"
#include "workflow/Binding.h"

#include <QCryptographicHash>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace mla::gui {

ReviewView::ReviewView(DraftSession* session, Knowledge* knowledge, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReviewView>()), m_session(session), m_knowledge(knowledge),
      m_checks(new ChecksPanel(this))
{
    m_ui->setupUi(this);
    auto* l = new QVBoxLayout(m_ui->checksHost);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_checks);
    m_ui->documentView->setAccessibleName(tr("The request"));
    m_ui->commentsView->setAccessibleName(tr("Comments"));
    m_ui->historyView->setAccessibleName(tr("History"));
    m_ui->sectionList->setAccessibleName(tr("Sections"));
    fillSections();
    connect(m_ui->sectionList, &QListWidget::currentRowChanged, this, [this] {
        m_ui->documentView->scrollToAnchor(currentSection());
        m_ui->commentsGroup->setTitle(tr("Comments — %1")
                                          .arg(m_ui->sectionList->currentItem()
                                                   ? m_ui->sectionList->currentItem()->text()
                                                   : QString()));
    });
    connect(m_checks, &ChecksPanel::activated, this, [this](const QString& path) {
        for (const auto& [id, title] : RequestHtml::sections())
            if (path.startsWith(id))
                setCurrentSection(id);
    });
    connect(m_ui->addCommentButton, &QPushButton::clicked, this, [this] {
        if (addComment(currentSection(), m_ui->commentEdit->toPlainText()).ok())
            m_ui->commentEdit->clear();
    });
    connect(m_ui->returnButton, &QPushButton::clicked, this, [this] {
        if (confirm(tr("Return to the drafter"),
                    tr("Return the request to the drafter with your comments? The drafter sees them on "
                       "the pages they are about.")))
            returnToDrafter();
    });
    connect(m_ui->approveButton, &QPushButton::clicked, this, [this] {
        if (!confirm(tr("Approve the request"),
                     tr("Approve this version of the request? If it is edited afterwards, it goes back to "
                        "draft and needs a new review.")))
            return;
        const Status s = approve();
        if (!s)
            QMessageBox::information(this, tr("Approve"), s.error().detail);
    });
    connect(m_ui->countersignButton, &QPushButton::clicked, this, &ReviewView::countersignInteractive);
    m_reportButton = new QPushButton(tr("Validation &report…"), this);
    m_reportButton->setToolTip(tr("Check the signatures of a signed PDF and save a validation report to file "
                                  "with it"));
    m_ui->layout12->insertWidget(m_ui->layout12->indexOf(m_ui->countersignButton) + 1, m_reportButton);
    setTabOrder(m_ui->countersignButton, m_reportButton);
    connect(m_reportButton, &QPushButton::clicked, this, &ReviewView::reportInteractive);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ReviewView::saveRequested);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ReviewView::closeRequested);
    connect(m_session, &DraftSession::reloaded, this, &ReviewView::refresh);
    connect(m_session, &DraftSession::edited, this, &ReviewView::refresh);
}

ReviewView::~ReviewView() = default;

QString ReviewView::language() const
{
    const QString l = locale().name().left(2);
    return isUnLanguage(l) ? l : QStringLiteral("en");
}

void ReviewView::fillSections()
{
    const int row = m_ui->sectionList->currentRow();
    const QSignalBlocker block(m_ui->sectionList);
    m_ui->sectionList->clear();
    for (const auto& [id, title] : RequestHtml::sections()) {
        auto* item = new QListWidgetItem(title, m_ui->sectionList);
        item->setData(Qt::UserRole, id);
    }
    m_ui->sectionList->setCurrentRow(qMax(0, row));
}

QString ReviewView::currentSection() const
{
    auto* item = m_ui->sectionList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ReviewView::setCurrentSection(const QString& sectionId)
{
    for (int i = 0; i < m_ui->sectionList->count(); ++i)
        if (m_ui->sectionList->item(i)->data(Qt::UserRole).toString() == sectionId)
            m_ui->sectionList->setCurrentRow(i);
}

void ReviewView::refresh()
{
    if (!m_session->isOpen() || !isVisible())
        return;
    const Request& r = m_session->request();
    const int scroll = m_ui->documentView->verticalScrollBar()->value();
    m_ui->documentView->setHtml(RequestHtml::toHtml(r, m_knowledge, language()));
    m_ui->documentView->verticalScrollBar()->setValue(scroll);
    m_checks->setFindings(ChecksPage::collect(r, m_knowledge));

    QString comments;
    for (const auto& c : r.comments) {
        QString section = c.section;
        for (const auto& [id, title] : RequestHtml::sections())
            if (id == c.section)
                section = title;
        comments += QStringLiteral("<p><b>%1</b> — %2, %3%4<br>%5</p>")
                        .arg(section.toHtmlEscaped(), c.author.toHtmlEscaped(),
                             QLocale().toString(c.time.toLocalTime(), QLocale::ShortFormat),
                             c.resolved ? QStringLiteral(" (%1)").arg(tr("resolved")) : QString(),
                             c.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    m_ui->commentsView->setHtml(comments.isEmpty() ? tr("<p>No comments yet.</p>") : comments);
    QString history;
    for (const auto& h : r.history)
        history += QStringLiteral("<li>%1 — %2: %3 %4</li>")
                       .arg(QLocale().toString(h.time.toLocalTime(), QLocale::ShortFormat),
                            h.who.toHtmlEscaped(), h.action.toHtmlEscaped(), h.detail.toHtmlEscaped());
    m_ui->historyView->setHtml(QStringLiteral("<ul>%1</ul>").arg(history));
    m_ui->statusLabel->setText(tr("<b>%1</b> — status: %2")
                                   .arg(QFileInfo(m_session->path()).fileName().toHtmlEscaped(),
                                        Labels::status(r.status).toHtmlEscaped()));
}

Status ReviewView::addComment(const QString& section, const QString& text)
{
    if (!m_session->isOpen() || text.trimmed().isEmpty())
        return Error{QStringLiteral("gui.comment.empty"), tr("The comment is empty."), {}, 0, 0};
    Request r = m_session->request();
    ReviewComment c;
    c.id = r.nextId(QStringLiteral("c"));
    c.section = section;
    c.author = AppSettings::userName();
    c.time = QDateTime::currentDateTimeUtc();
    c.time.setTime(QTime(c.time.time().hour(), c.time.time().minute(), c.time.time().second()));
    c.text = text.trimmed();
    r.comments.append(c);
    m_session->edit(r, {}, tr("Add comment"));
    return {};
}

void ReviewView::setStatus(int status, const QString& action, const QString& detail)
{
    Request r = m_session->request();
    r.status = static_cast<RequestStatus>(status);
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    r.history.append({now, AppSettings::userName(), action, detail});
    m_session->edit(r, {}, Labels::status(r.status));
}

Status ReviewView::returnToDrafter()
{
    if (!m_session->isOpen())
        return Error{QStringLiteral("gui.no-draft"), QStringLiteral("no draft"), {}, 0, 0};
    const auto open =
        std::count_if(m_session->request().comments.cbegin(), m_session->request().comments.cend(),
                      [](const ReviewComment& c) { return !c.resolved; });
    setStatus(static_cast<int>(RequestStatus::Returned), QStringLiteral("returned"),
              tr("%n open comment(s)", nullptr, int(open)));
    return {};
}

Status ReviewView::approve()
{
    if (!m_session->isOpen())
        return Error{QStringLiteral("gui.no-draft"), QStringLiteral("no draft"), {}, 0, 0};
    const QList<FindingItem> f = ChecksPage::collect(m_session->request(), m_knowledge);
    const auto blocking = std::count_if(f.cbegin(), f.cend(), [](const FindingItem& i) {
        return i.severity == FindingItem::Severity::Blocking;
    });
    if (blocking > 0)
        return Error{QStringLiteral("gui.approve.blocking"),
                     tr("The request cannot be approved while %n blocking finding(s) remain; return it to "
                        "the drafter.",
                        nullptr, int(blocking)),
                     {},
                     0,
                     0};
    setStatus(static_cast<int>(RequestStatus::Approved), QStringLiteral("approved"), {});
    return {};
}

bool ReviewView::confirm(const QString& title, const QString& question)
{
    if (m_testConfirm >= 0)
        return m_testConfirm == 1;
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

Status ReviewView::countersign(const QString& signedPdf, const QString& outPdf, const pdf::Identity& identity,
                               const QString& reason, const QString& location,
                               std::optional<pdf::SignatureLevel> level)
{
    m_signingWarning.clear();
    // Only a PDF that verifies and was made from the draft under review is countersigned.
    const auto report = pdf::verify(signedPdf, m_trust);
    if (!report.ok())
        return Error{report.error().code, tr("The PDF could not be checked: %1").arg(report.error().detail),
                     signedPdf, 0, 0};
    if (m_session->isOpen()) {
        if (Status bound = workflow::checkCountersign(report.value(), m_session->request()); !bound) {
            const QString code = bound.error().code;
            QString why;
            if (code == QLatin1String("countersign.unsigned"))
                why = tr("The PDF is not signed; only a request signed by the drafter can be countersigned.");
            else if (code == QLatin1String("countersign.damaged")) {
                QString verdict = bound.error().detail;
                for (const pdf::SignatureCheck& c : report.value().signatures)
                    if (!c.intact()) {
                        verdict = SignatureText::signatureVerdict(c);
                        break;
                    }
                why = tr("The PDF's signature does not verify (the file was changed or damaged): %1")
                          .arg(verdict);
            } else if (code == QLatin1String("countersign.unbound"))
                why = tr("The PDF does not say which draft it was made from, so it cannot be shown to be the "
                         "request under review. Ask the drafter to sign it again from this draft.");
            else
                why = tr("The PDF was made from another version of the draft than the one under review. Ask "
                         "the drafter to sign the current version.");
            return Error{code, why, signedPdf, 0, 0};
        }
    } else {
        return Error{QStringLiteral("gui.no-draft"), tr("Open the draft under review first."), signedPdf, 0,
                     0};
    }
    pdf::SignOptions options;
    options.reason = reason;
    options.location = location;
    options.certify = false;
    const pdf::SignatureLevel asked = level.value_or(AppSettings::signatureLevel());
    if (const Status crls = SignatureText::applyLevel(options, asked); !crls)
        return crls;
    pdf::SignOutcome outcome;
    Status s;
    {
        const SigningProgress busy(this, asked, options.timestamp.url);
        s = pdf::sign(signedPdf, outPdf, identity, options, &outcome);
    }
    if (!s)
        return Error{s.error().code, SignatureText::signingError(s.error(), options.timestamp.url), signedPdf,
                     0, 0};
    m_signingWarning = SignatureText::fallbackWarning(asked, outcome, options.timestamp.url);
    if (m_session->isOpen())
        setStatus(static_cast<int>(m_session->request().status), QStringLiteral("countersigned"),
                  tr("%1 by %2").arg(QFileInfo(outPdf).fileName(), identity.commonName()) +
                      QStringLiteral("; ") + pdf::levelName(outcome.level) + QStringLiteral("; ") +
                      workflow::bindingText(workflow::contentHash(m_session->request())));
    return {};
}

Result<pdf::VerifyReport> ReviewView::writeValidationReport(const QString& signedPdf,
                                                            const QString& reportPdf)
{
    QFile f(signedPdf);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("gui.report.read"), tr("The PDF could not be read."), signedPdf, 0, 0};
    QCryptographicHash sha(QCryptographicHash::Sha256);
    if (!sha.addData(&f))
        return Error{QStringLiteral("gui.report.read"), tr("The PDF could not be read."), signedPdf, 0, 0};
    f.close();
    const auto report = pdf::verify(signedPdf, m_trust);
    if (!report.ok())
        return Error{report.error().code, tr("The PDF could not be checked: %1").arg(report.error().detail),
                     signedPdf, 0, 0};
    pdf::ValidationReportOptions options;
    options.language = AppSettings::effectiveInterfaceLanguage();
    options.fileSha256Hex = sha.result().toHex();
    options.verdictText = [](const pdf::SignatureCheck& c) { return SignatureText::signatureVerdict(c); };
    if (const Status w = pdf::writeValidationReportPdf(report.value(), options, reportPdf); !w)
        return Error{w.error().code, tr("The validation report could not be saved: %1").arg(w.error().detail),
                     reportPdf, 0, 0};
    return report.value();
}

void ReviewView::reportInteractive()
{
    const QString in = QFileDialog::getOpenFileName(this, tr("Signed PDF to check"),
                                                    AppSettings::lastFolder(), tr("PDF documents (*.pdf)"));
    if (in.isEmpty())
        return;
    AppSettings::setLastFolder(in);
    const QString suggested = AppSettings::reportFolder() + u'/' + QFileInfo(in).completeBaseName() +
                              tr("-validation-report") + QStringLiteral(".pdf");
    // The file dialog asks before replacing an existing file.
    const QString out = QFileDialog::getSaveFileName(this, tr("Save the validation report"), suggested,
                                                     tr("PDF documents (*.pdf)"));
    if (out.isEmpty())
        return;
    AppSettings::setReportFolder(out);
    const auto report = writeValidationReport(in, out);
    if (!report.ok()) {
        QMessageBox::warning(this, tr("Validation report"), report.error().detail);
        return;
    }
    QMessageBox box(
        report.value().allValid() ? QMessageBox::Information : QMessageBox::Warning, tr("Validation report"),
        tr("The validation report was saved as %1.").arg(QFileInfo(out).fileName()), QMessageBox::Ok, this);
    box.setInformativeText(SignatureText::summary(report.value()));
    box.exec();
}

void ReviewView::countersignInteractive()
{
    const QString in = QFileDialog::getOpenFileName(this, tr("Signed request to countersign"),
                                                    AppSettings::lastFolder(), tr("PDF documents (*.pdf)"));
    if (in.isEmpty())
        return;
    AppSettings::setLastFolder(in);
    SignDialog dialog(tr("Countersign %1 on behalf of the central authority.").arg(QFileInfo(in).fileName()),
                      this);
    dialog.setReason(tr("Approved by the central authority"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested =
        QFileInfo(in).path() + u'/' + QFileInfo(in).completeBaseName() + QStringLiteral("-countersigned.pdf");
    const QString out = QFileDialog::getSaveFileName(this, tr("Save countersigned PDF"), suggested,
                                                     tr("PDF documents (*.pdf)"));
    if (out.isEmpty())
        return;
    const Status s =
        countersign(in, out, dialog.identity(), dialog.reason(), dialog.location(), dialog.level());
    if (!s)
        QMessageBox::warning(this, tr("Countersign"),
                             tr("The PDF could not be countersigned: %1").arg(s.error().detail));
    else if (!m_signingWarning.isEmpty())
        QMessageBox::warning(this, tr("Countersigned without a timestamp"), m_signingWarning);
}

void ReviewView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_reportButton->setText(tr("Validation &report…"));
        m_reportButton->setToolTip(
            tr("Check the signatures of a signed PDF and save a validation report to file "
               "with it"));
        fillSections();
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace mla::gui
