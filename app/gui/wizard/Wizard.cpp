#include "Wizard.h"

#include "AuthorityPage.h"
#include "ChecksPage.h"
#include "DraftSession.h"
#include "FactsPage.h"
#include "Labels.h"
#include "MeasuresPage.h"
#include "MissingInfo.h"
#include "NotesPage.h"
#include "OffencesPage.h"
#include "OutputPage.h"
#include "PersonsPage.h"
#include "ProceedingsPage.h"
#include "StatePage.h"
#include "ui_Wizard.h"

#include <QEvent>
#include <QScrollArea>

namespace mla::gui {

Wizard::Wizard(DraftSession* session, Knowledge* knowledge, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::Wizard>()), m_session(session), m_knowledge(knowledge)
{
    m_ui->setupUi(this);
    QFont f = m_ui->pageTitleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_ui->pageTitleLabel->setFont(f);
    m_ui->missingLabel->setFrameShape(QFrame::StyledPanel);
    m_ui->missingLabel->setMargin(6);
    m_ui->reviewNotesLabel->setFrameShape(QFrame::StyledPanel);
    m_ui->reviewNotesLabel->setMargin(6);
    m_ui->pageList->setAccessibleName(tr("Pages of the request"));

    addPage(m_state = new StatePage);
    addPage(m_authority = new AuthorityPage);
    addPage(m_proceedings = new ProceedingsPage);
    addPage(m_facts = new FactsPage);
    addPage(m_offences = new OffencesPage);
    addPage(m_persons = new PersonsPage);
    addPage(m_measures = new MeasuresPage);
    addPage(m_notes = new NotesPage);
    addPage(m_checks = new ChecksPage);
    addPage(m_output = new OutputPage);

    connect(m_checks, &ChecksPage::jumpRequested, this, &Wizard::jumpTo);
    connect(m_output, &OutputPage::jumpRequested, this, &Wizard::jumpTo);
    connect(m_ui->pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != currentIndex())
            goTo(row);
    });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { next(); });
    connect(m_ui->backButton, &QPushButton::clicked, this, &Wizard::back);
    connect(m_session, &DraftSession::edited, this, &Wizard::updateMissing);
    connect(m_session, &DraftSession::unreadableChanged, this, &Wizard::updateMissing);
    connect(m_session, &DraftSession::reloaded, this, [this] {
        if (WizardPage* p = currentPage())
            p->reload();
        updateMissing();
        updateReviewNotes();
    });
    updateTitles();
    goTo(0);
}

Wizard::~Wizard() = default;

void Wizard::addPage(WizardPage* page)
{
    page->attach(m_session, m_knowledge);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_ui->pageStack->addWidget(scroll);
    m_pages.append(page);
    m_ui->pageList->addItem(page->title());
}

void Wizard::updateTitles()
{
    for (int i = 0; i < m_pages.size(); ++i)
        m_ui->pageList->item(i)->setText(QStringLiteral("%1. %2").arg(i + 1).arg(m_pages.at(i)->title()));
    if (WizardPage* p = currentPage())
        m_ui->pageTitleLabel->setText(p->title());
}

int Wizard::currentIndex() const
{
    return m_ui->pageStack->currentIndex();
}

WizardPage* Wizard::currentPage() const
{
    return m_pages.value(currentIndex());
}

void Wizard::goTo(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    const bool changed = index != currentIndex();
    m_warnedPage = -1;
    m_ui->pageStack->setCurrentIndex(index);
    {
        const QSignalBlocker block(m_ui->pageList);
        m_ui->pageList->setCurrentRow(index);
    }
    WizardPage* page = m_pages.at(index);
    page->reload();
    m_ui->pageTitleLabel->setText(page->title());
    m_ui->backButton->setEnabled(index > 0);
    m_ui->nextButton->setEnabled(index + 1 < m_pages.size());
    m_session->setCurrentPage(page->pageId());
    updateMissing();
    updateReviewNotes();
    if (changed) {
        focusFirstField(page); // typing starts on the page, not on Next
        m_session->autosave(); // nothing is lost between pages
        Q_EMIT pageChanged(index);
    }
}

void Wizard::focusFirstField(WizardPage* page)
{
    // The first widget of the page's tab order that takes keyboard focus.
    QWidget* w = page->nextInFocusChain();
    for (int guard = 0; w && guard < 1000; ++guard, w = w->nextInFocusChain()) {
        if (!page->isAncestorOf(w))
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(page) && !w->focusProxy()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

bool Wizard::goTo(const QString& pageId)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageId() == pageId) {
            goTo(i);
            return true;
        }
    }
    return false;
}

bool Wizard::next()
{
    const int i = currentIndex();
    if (i + 1 >= m_pages.size())
        return false;
    if (!missing().isEmpty() && m_warnedPage != i) {
        m_warnedPage = i;
        updateMissing();
        m_ui->missingLabel->setFocus();
        return false;
    }
    goTo(i + 1);
    return true;
}

void Wizard::back()
{
    goTo(currentIndex() - 1);
}

void Wizard::jumpTo(const QString& path)
{
    const QString pageId = path == QLatin1String("checks") ? path : MissingInfo::pageForPath(path);
    if (!goTo(pageId))
        return;
    currentPage()->focusField(path);
}

QList<MissingItem> Wizard::missing() const
{
    const WizardPage* p = currentPage();
    if (!p || !m_session->isOpen())
        return {};
    return MissingInfo::forPage(m_session->request(), p->pageId(), m_session->unreadable());
}

QString Wizard::missingText() const
{
    return m_ui->missingLabel->text();
}

void Wizard::updateMissing()
{
    const QList<MissingItem> items = missing();
    const WizardPage* p = currentPage();
    if (!p || p->pageId() == QLatin1String("checks")) {
        m_ui->missingLabel->setVisible(false);
        return;
    }
    m_ui->missingLabel->setVisible(true);
    if (items.isEmpty()) {
        m_ui->missingLabel->setText(tr("Nothing essential is missing on this page."));
        m_ui->nextButton->setText(tr("&Next"));
        return;
    }
    QString html = QStringLiteral("<b>%1</b><ul>").arg(tr("Essential information missing on this page:"));
    for (const auto& m : items)
        html += QStringLiteral("<li>%1</li>").arg(MissingInfo::describe(m).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (m_warnedPage == currentIndex()) {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Press Next again to continue anyway. You can save an incomplete draft and "
                            "complete it later."));
        m_ui->nextButton->setText(tr("Continue &anyway"));
    } else {
        m_ui->nextButton->setText(tr("&Next"));
    }
    m_ui->missingLabel->setText(html);
    m_ui->missingLabel->setAccessibleDescription(m_ui->missingLabel->text());
}

void Wizard::updateReviewNotes()
{
    const WizardPage* p = currentPage();
    if (!p || !m_session->isOpen()) {
        m_ui->reviewNotesLabel->setVisible(false);
        return;
    }
    const Request& r = m_session->request();
    QString html;
    if (r.status == RequestStatus::Returned)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("The reviewer returned this request for changes.").toHtmlEscaped());
    QString list;
    for (const auto& c : r.comments) {
        if (c.resolved)
            continue;
        const QString pageOfComment = MissingInfo::pageForPath(c.section);
        if (pageOfComment != p->pageId() &&
            !(p->pageId() == QLatin1String("checks") && pageOfComment == QLatin1String("checks")))
            continue;
        list += QStringLiteral("<li>%1 — <i>%2, %3</i></li>")
                    .arg(c.text.toHtmlEscaped(), c.author.toHtmlEscaped(),
                         QLocale().toString(c.time.toLocalTime(), QLocale::ShortFormat));
    }
    if (!list.isEmpty())
        html += QStringLiteral("<b>%1</b><ul>%2</ul>").arg(tr("Reviewer's comments on this page:"), list);
    m_ui->reviewNotesLabel->setText(html);
    m_ui->reviewNotesLabel->setVisible(!html.isEmpty());
}

void Wizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTitles();
        updateMissing();
        updateReviewNotes();
    }
    QWidget::changeEvent(event);
}

} // namespace mla::gui
