#include "RegisterWindow.h"

#include "AppSettings.h"
#include "SendPackageDialog.h"
#include "TransmitForm.h"

#include "incoming/Incoming.h"
#include "transmit/PackageFormat.h"

#include "register/EventKind.h"
#include "register/Register.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mla::gui {
namespace {

const int pageSize = 500;

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    return i;
}

} // namespace

RegisterWindow::RegisterWindow(const QString& url, QWidget* parent) : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Case register"));
    resize(960, 600);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* viewLabel = new QLabel(tr("&Show:"), this);
    m_view = new QComboBox(this);
    viewLabel->setBuddy(m_view);
    for (int i = 0; i < 5; ++i)
        m_view->addItem(QString());
    auto* searchLabel = new QLabel(tr("&Reference:"), this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search our or their reference"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    auto* refresh = new QPushButton(tr("Re&load"), this);
    auto* receivedPdf = new QPushButton(tr("Register a received &PDF…"), this);
    receivedPdf->setToolTip(tr("A signed request PDF that carries its draft becomes an incoming case"));
    bar->addWidget(viewLabel);
    bar->addWidget(m_view, 1);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 2);
    bar->addWidget(refresh);
    bar->addWidget(receivedPdf);
    layout->addLayout(bar);
    m_table = new QTableWidget(0, 7, this);
    m_table->setHorizontalHeaderLabels({tr("Our reference"), tr("Their reference"), tr("Direction"),
                                        tr("Status"), tr("Other State"), tr("Handler"), tr("Next action")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_view, &QComboBox::currentIndexChanged, this, &RegisterWindow::reload);
    connect(m_search, &QLineEdit::textChanged, this, &RegisterWindow::reload);
    connect(refresh, &QPushButton::clicked, this, &RegisterWindow::reload);
    connect(receivedPdf, &QPushButton::clicked, this, [this] {
        const QString pdf = QFileDialog::getOpenFileName(
            this, tr("Received signed PDF"), AppSettings::lastFolder(), tr("PDF documents (*.pdf)"));
        if (pdf.isEmpty())
            return;
        bool given = false;
        const QString ref =
            QInputDialog::getText(this, windowTitle(),
                                  tr("Our reference for the request in %1:").arg(QFileInfo(pdf).fileName()),
                                  QLineEdit::Normal, QString(), &given)
                .trimmed();
        if (!given || ref.isEmpty())
            return;
        bool ok = false;
        const QString message = registerReceivedPdf(pdf, ref, {}, &ok);
        if (!ok) {
            QMessageBox::warning(this, windowTitle(), message);
            return;
        }
        if (m_incomingDraft &&
            QMessageBox::question(this, windowTitle(),
                                  message + u'\n' +
                                      tr("Open the request's draft now, read-only, with the checks?")) ==
                QMessageBox::Yes)
            Q_EMIT openDraftRequested(*m_incomingDraft, QString());
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (CaseDialog* d = openCase(refAt(row)))
            d->show();
    });
    auto* f5 = new QShortcut(QKeySequence::Refresh, this);
    connect(f5, &QShortcut::activated, this, &RegisterWindow::reload);

    m_url = reg::RegisterUrl::choose(url);
    auto opened = reg::Register::open(m_url);
    if (opened)
        m_register = std::move(opened.value());
    else
        m_status->setText(tr("The register cannot be opened: %1").arg(opened.error().toString()));
    reload();
}

RegisterWindow::~RegisterWindow() = default;

void RegisterWindow::addMenuAction(QMenu* menu, QWidget* parent, std::function<void(RegisterWindow*)> made)
{
    menu->addAction(tr("Case &register…"), parent, [parent, made] {
        auto* w = new RegisterWindow({}, parent);
        w->setAttribute(Qt::WA_DeleteOnClose);
        if (made)
            made(w);
        w->show();
    });
}

QString RegisterWindow::registerReceivedPdf(const QString& pdfPath, const QString& ourRef,
                                            const QList<QByteArray>& extraTrust, bool* ok)
{
    *ok = false;
    m_incomingDraft.reset();
    if (!m_register)
        return m_status->text();
    QFile f(pdfPath);
    if (!f.open(QIODevice::ReadOnly) || f.size() > transmit::maxFileBytes)
        return tr("Not registered: %1").arg(tr("%1 cannot be read or is too large").arg(pdfPath));
    QString trustError;
    QList<QByteArray> trust = gatherTrust({}, &trustError);
    trust << extraTrust;
    incoming::IncomingOptions options;
    options.ourRef = ourRef;
    options.handler = AppSettings::userName();
    auto in = incoming::incomingFromPdf(f.readAll(), pdfPath, trust, options);
    if (!in)
        return tr("Not registered: %1").arg(in.error().detail);
    auto added = m_register->addCase(in.value().newCase);
    if (!added)
        return tr("Not registered: %1").arg(added.error().detail);
    m_incomingDraft = in.value().draft;
    *ok = true;
    setSearch(added.value().ourRef);
    reload();
    return tr("Registered as incoming case %1 from %2 (their reference %3).")
        .arg(added.value().ourRef, added.value().requestingState,
             added.value().theirRef.isEmpty() ? QStringLiteral("—") : added.value().theirRef);
}

void RegisterWindow::reload()
{
    if (!m_register)
        return;
    reg::CaseFilter f;
    f.days = 7;
    f.text = m_search->text().trimmed();
    auto counts = m_register->counts(f);
    if (counts) {
        const reg::CaseCounts& c = counts.value();
        const QSignalBlocker block(m_view);
        m_view->setItemText(0, tr("All cases (%1)").arg(c.all));
        m_view->setItemText(1, tr("Open (%1)").arg(c.open));
        m_view->setItemText(2, tr("Overdue (%1)").arg(c.overdue));
        m_view->setItemText(3, tr("Due within 7 days (%1)").arg(c.dueWithin));
        m_view->setItemText(4, tr("No next action (%1)").arg(c.noNextAction));
    }
    static const reg::CaseFilter::View views[] = {
        reg::CaseFilter::View::All, reg::CaseFilter::View::Open, reg::CaseFilter::View::Overdue,
        reg::CaseFilter::View::DueWithin, reg::CaseFilter::View::NoNextAction};
    f.view = views[std::clamp(m_view->currentIndex(), 0, 4)];
    f.limit = pageSize;
    auto page = m_register->listCases(f);
    if (!page) {
        m_status->setText(tr("The register cannot be read: %1").arg(page.error().toString()));
        return;
    }
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    const QDate today = QDate::currentDate();
    for (const reg::Case& c : page.value().cases) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, item(c.ourRef));
        m_table->setItem(row, 1, item(c.theirRef));
        m_table->setItem(row, 2, item(c.direction));
        m_table->setItem(row, 3, item(c.status));
        m_table->setItem(
            row, 4, item(c.direction == QLatin1String("outgoing") ? c.requestedState : c.requestingState));
        m_table->setItem(row, 5, item(c.handler));
        QString next = c.nextActionDate.isValid()
                           ? c.nextActionDate.toString(Qt::ISODate) + u' ' + c.nextAction
                           : QString();
        if (c.overdue(today))
            next = tr("OVERDUE %1").arg(next);
        m_table->setItem(row, 6, item(next));
    }
    m_table->setSortingEnabled(true);
    m_status->setText(tr("Showing %1 of %2 matching cases in %3")
                          .arg(page.value().cases.size())
                          .arg(page.value().matching)
                          .arg(m_register->url().display()));
}

void RegisterWindow::setView(int view)
{
    m_view->setCurrentIndex(view);
}

void RegisterWindow::setSearch(const QString& text)
{
    m_search->setText(text);
}

int RegisterWindow::rowCount() const
{
    return m_table->rowCount();
}

QString RegisterWindow::refAt(int row) const
{
    const QTableWidgetItem* i = m_table->item(row, 0);
    return i ? i->text() : QString();
}

QString RegisterWindow::viewLabel(int view) const
{
    return m_view->itemText(view);
}

QString RegisterWindow::message() const
{
    return m_register ? QString() : m_status->text();
}

CaseDialog* RegisterWindow::openCase(const QString& ref)
{
    if (!m_register || ref.isEmpty())
        return nullptr;
    auto* d = new CaseDialog(m_register.get(), ref, this, m_url);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &CaseDialog::changed, this, &RegisterWindow::reload);
    return d;
}

CaseDialog::CaseDialog(reg::Register* r, const QString& ref, QWidget* parent, const QString& url)
    : QDialog(parent), m_reg(r), m_ref(ref), m_url(url)
{
    setWindowTitle(tr("Case %1").arg(ref));
    resize(760, 520);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);
    m_timeline = new QTableWidget(0, 3, this);
    m_timeline->setHorizontalHeaderLabels({tr("Date"), tr("Event"), tr("Details")});
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_timeline, 1);
    auto* add = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Event:"), this);
    m_kind = new QComboBox(this);
    m_kind->addItems(reg::EventKind::ids());
    kindLabel->setBuddy(m_kind);
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    dateLabel->setBuddy(m_date);
    auto* noteLabel = new QLabel(tr("&Note:"), this);
    m_note = new QLineEdit(this);
    noteLabel->setBuddy(m_note);
    auto* button = new QPushButton(tr("&Add event…"), this);
    add->addWidget(kindLabel);
    add->addWidget(m_kind);
    add->addWidget(dateLabel);
    add->addWidget(m_date);
    add->addWidget(noteLabel);
    add->addWidget(m_note, 1);
    add->addWidget(button);
    layout->addLayout(add);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    m_send = new QPushButton(tr("&Send…"), this);
    m_send->setToolTip(tr("Send this case's request as an encrypted package and record it as sent"));
    bottom->addWidget(m_send);
    layout->addLayout(bottom);
    connect(m_send, &QPushButton::clicked, this, &CaseDialog::send);
    connect(button, &QPushButton::clicked, this,
            [this] { addEvent(m_kind->currentText(), m_date->date(), m_note->text(), true); });
    reload();
}

void CaseDialog::reload()
{
    auto c = m_reg->findCase(m_ref);
    if (!c) {
        m_summary->setText(c.error().toString());
        return;
    }
    const reg::Case& x = c.value();
    m_version = x.version;
    m_statusText = x.status;
    m_summary->setText(
        tr("%1 (%2), %3 → %4\nStatus: %5\nTheir reference: %6\nMeasures: %7\nNext action: %8")
            .arg(x.ourRef, x.direction, x.requestingState, x.requestedState, x.status,
                 x.theirRef.isEmpty() ? QStringLiteral("—") : x.theirRef, x.measures.join(u", "),
                 x.nextActionDate.isValid() ? x.nextActionDate.toString(Qt::ISODate) + u' ' + x.nextAction
                                            : tr("none")));
    auto events = m_reg->events(x.id);
    m_timeline->setRowCount(0);
    if (!events)
        return;
    QHash<qint64, reg::Document> documents;
    m_draftPath.clear();
    if (auto docs = m_reg->documents(x.id))
        for (const reg::Document& d : docs.value()) {
            documents.insert(d.id, d);
            if (d.kind == QLatin1String("draft") && QFileInfo(d.path).isFile())
                m_draftPath = d.path;
        }
    m_send->setEnabled(x.direction == QLatin1String("outgoing") && x.open);
    for (const reg::Event& e : events.value()) {
        const int row = m_timeline->rowCount();
        m_timeline->insertRow(row);
        m_timeline->setItem(row, 0, item(e.date.toString(Qt::ISODate)));
        m_timeline->setItem(row, 1, item(e.kind));
        QStringList details;
        if (!e.channel.isEmpty())
            details << tr("channel: %1").arg(e.channel);
        if (!e.theirRef.isEmpty())
            details << tr("their reference: %1").arg(e.theirRef);
        if (!e.ground.isEmpty())
            details << tr("ground 18(21)(%1)").arg(e.ground);
        if (e.documentId > 0 && documents.contains(e.documentId)) {
            const reg::Document& d = documents.value(e.documentId);
            details << tr("%1 %2 (SHA-256 %3…)").arg(d.kind, QFileInfo(d.path).fileName(), d.sha256.left(16));
        }
        if (!e.note.isEmpty())
            details << e.note;
        m_timeline->setItem(row, 2, item(details.join(QStringLiteral("; "))));
    }
}

QString CaseDialog::timelineText(int row) const
{
    QStringList cells;
    for (int c = 0; c < m_timeline->columnCount(); ++c)
        if (const QTableWidgetItem* i = m_timeline->item(row, c))
            cells << i->text();
    return cells.join(QStringLiteral(" | "));
}

void CaseDialog::send()
{
    SendPackageDialog dialog(this);
    dialog.setCase(m_ref);
    dialog.setRegisterUrl(m_url);
    if (!m_draftPath.isEmpty())
        dialog.setDraft(m_draftPath);
    dialog.exec();
    reload();
    Q_EMIT changed();
}

QString CaseDialog::addEvent(const QString& kind, const QDate& date, const QString& note, bool confirm)
{
    if (confirm && QMessageBox::question(
                       this, tr("Add event"),
                       tr("Add the event “%1” dated %2 to case %3? Events stay in the timeline and the "
                          "audit log; they cannot be removed.")
                           .arg(kind, date.toString(Qt::ISODate), m_ref)) != QMessageBox::Yes)
        return tr("Cancelled");
    reg::Event e;
    e.kind = kind;
    e.date = date;
    e.note = note;
    auto done = m_reg->addEvent(m_ref, e, m_version);
    QString message;
    if (!done)
        message = done.error().detail;
    else if (!done.value().warnings.isEmpty())
        m_message->setText(tr("Added, with a remark: %1").arg(done.value().warnings.join(u"; ")));
    else
        m_message->setText(tr("Added."));
    if (!message.isEmpty())
        m_message->setText(tr("Not added: %1").arg(message));
    reload();
    if (done)
        Q_EMIT changed();
    return message;
}

int CaseDialog::timelineRows() const
{
    return m_timeline->rowCount();
}

} // namespace mla::gui
