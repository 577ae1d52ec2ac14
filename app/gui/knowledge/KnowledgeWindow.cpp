#include "KnowledgeWindow.h"

#include "FactAgeSetting.h"
#include "ImportPreviewDialog.h"
#include "PublishersDialog.h"
#include "RecordDialog.h"
#include "SignDialog.h"

#include "pdf/Identity.h"
#include "requirements/RecordKinds.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace mla::gui {
namespace {

using requirements::Record;

// The kinds that hold one record per State: shown even when nothing is recorded.
const QStringList& singleKinds()
{
    static const QStringList l{QStringLiteral("untoc"),       QStringLiteral("central-authority"),
                               QStringLiteral("channels"),    QStringLiteral("languages"),
                               QStringLiteral("electronic"),  QStringLiteral("dual-criminality"),
                               QStringLiteral("reciprocity"), QStringLiteral("practice")};
    return l;
}

std::optional<Record> findStored(const requirements::Database& db, const Record& key)
{
    const requirements::kinds::Kind* k = requirements::kinds::find(key.kind);
    if (!k)
        return std::nullopt;
    const QString wanted = requirements::kinds::keyOf(*k, requirements::kinds::normalized(key));
    const QString iso3 =
        key.fields.value(QStringLiteral("iso3"), key.fields.value(QStringLiteral("state_a")));
    for (const auto& r : db.records(key.kind, {iso3}))
        if (requirements::kinds::keyOf(*k, r) == wanted)
            return r;
    return std::nullopt;
}

// One change of the database, undoable: `after` empty removes, `before` empty adds.
class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(requirements::Database* db, std::optional<Record> before, std::optional<Record> after,
                  std::function<void()> refresh)
        : m_db(db), m_before(std::move(before)), m_after(std::move(after)), m_refresh(std::move(refresh))
    {
        const Record& r = m_after ? *m_after : *m_before;
        setText(QStringLiteral("%1 %2").arg(
            m_after ? (m_before ? QCoreApplication::translate("mla::gui::KnowledgeWindow", "edit")
                                : QCoreApplication::translate("mla::gui::KnowledgeWindow", "add"))
                    : QCoreApplication::translate("mla::gui::KnowledgeWindow", "remove"),
            r.kind));
    }
    void redo() override { apply(m_before, m_after); }
    void undo() override { apply(m_after, m_before); }
    Status status;

private:
    void apply(const std::optional<Record>& from, const std::optional<Record>& to)
    {
        status = to ? m_db->put(*to) : m_db->remove(*from);
        if (m_refresh)
            m_refresh();
    }
    requirements::Database* m_db;
    std::optional<Record> m_before, m_after;
    std::function<void()> m_refresh;
};

QString valueSummary(const requirements::kinds::Kind& k, const Record& r)
{
    QStringList parts;
    for (const auto& c : k.data) {
        const QString v = r.fields.value(c.name);
        if (!v.isEmpty())
            parts << c.name + QStringLiteral(": ") + v.left(160);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

KnowledgeWindow::KnowledgeWindow(requirements::Database* db, QWidget* parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("knowledgeWindow"));
    setWindowTitle(tr("Knowledge of States"));
    FactAgeSetting::apply();
    buildUi();
    refreshStates();
}

KnowledgeWindow::KnowledgeWindow(std::unique_ptr<requirements::Database> db, QWidget* parent)
    : KnowledgeWindow(db.get(), parent)
{
    m_owned = std::move(db);
}

void KnowledgeWindow::addMenuAction(QMenu* menu, QWidget* parent)
{
    menu->addAction(tr("Knowledge of States") + QStringLiteral("…"), parent, [parent] {
        if (KnowledgeWindow* w = openShared(parent))
            w->show();
    });
}

KnowledgeWindow* KnowledgeWindow::openShared(QWidget* parent)
{
    // One editor per application: every way in (the menu, the wizard's panel, a finding) shows it.
    static QPointer<KnowledgeWindow> shared;
    if (shared)
        return shared;
    auto db = requirements::Database::openDefault();
    if (!db) {
        QMessageBox::warning(parent, tr("Knowledge of States"), db.error().toString());
        return nullptr;
    }
    auto* w = new KnowledgeWindow(std::move(db).value(), parent);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->setWindowFlag(Qt::Window);
    shared = w;
    return w;
}

KnowledgeWindow* KnowledgeWindow::openAt(QWidget* parent, const QString& iso3, const QString& kind)
{
    KnowledgeWindow* w = openShared(parent);
    if (!w)
        return nullptr;
    if (!iso3.isEmpty() && !w->selectState(iso3))
        w->statusBar()->showMessage(tr("The database has no record of %1.").arg(iso3));
    else if (!iso3.isEmpty())
        w->showRecord(iso3, kind);
    w->show();
    w->raise();
    w->activateWindow();
    return w;
}

void KnowledgeWindow::buildUi()
{
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("stateSearch"));
    m_search->setPlaceholderText(tr("Search a State: ISO code or name in any UN language"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&State:"), left);
    searchLabel->setBuddy(m_search);
    m_states = new QListWidget(left);
    m_states->setObjectName(QStringLiteral("stateList"));
    leftLayout->addWidget(searchLabel);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_states);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("stateTitle"));
    m_records = new QTreeWidget(right);
    m_records->setObjectName(QStringLiteral("records"));
    m_records->setHeaderLabels({tr("Section"), tr("Key"), tr("Value"), tr("Source"), tr("Source date"),
                                tr("Verified"), tr("Verified by"), tr("Origin")});
    m_records->setRootIsDecorated(false);
    m_records->setAlternatingRowColors(true);
    m_history = new QTextBrowser(right);
    m_history->setObjectName(QStringLiteral("history"));
    auto* historyLabel = new QLabel(tr("&History of the selected record:"), right);
    historyLabel->setBuddy(m_history);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_records, 3);
    rightLayout->addWidget(historyLabel);
    rightLayout->addWidget(m_history, 1);

    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    setCentralWidget(split);

    QMenu* recordMenu = menuBar()->addMenu(tr("&Record"));
    QAction* add = recordMenu->addAction(tr("&Add…"), this, &KnowledgeWindow::addRecord);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    add->setObjectName(QStringLiteral("addRecordAction"));
    QAction* edit = recordMenu->addAction(tr("&Edit…"), this, &KnowledgeWindow::editRecord);
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    edit->setObjectName(QStringLiteral("editRecordAction"));
    QAction* remove = recordMenu->addAction(tr("&Remove…"), this, &KnowledgeWindow::removeSelected);
    remove->setShortcut(QKeySequence::Delete);
    remove->setObjectName(QStringLiteral("removeRecordAction"));
    recordMenu->addSeparator();
    QAction* undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo.createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    recordMenu->addAction(undo);
    recordMenu->addAction(redo);
    QMenu* packageMenu = menuBar()->addMenu(tr("&Package"));
    packageMenu->addAction(tr("&Export signed package…"), this, &KnowledgeWindow::exportDialog)
        ->setObjectName(QStringLiteral("exportAction"));
    packageMenu->addAction(tr("&Import package…"), this, &KnowledgeWindow::importDialog)
        ->setObjectName(QStringLiteral("importAction"));
    packageMenu->addAction(tr("&Trusted publishers…"), this, &KnowledgeWindow::managePublishers)
        ->setObjectName(QStringLiteral("publishersAction"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About the &knowledge editor"), this, [this] {
        QMessageBox::information(
            this, tr("Knowledge of States"),
            tr("Each record says what is known of a State, with its source. A section without a record is "
               "unknown: verify with the central authority. Every change needs a source; changes can be "
               "undone. Packages you export are signed with your identity; packages you import are checked "
               "against the publishers you trust, and shown before anything is written."));
    });
    QToolBar* bar = addToolBar(tr("Records"));
    bar->addAction(add);
    bar->addAction(edit);
    bar->addAction(remove);
    bar->addAction(undo);
    bar->addAction(redo);

    connect(m_search, &QLineEdit::textChanged, this, &KnowledgeWindow::setSearch);
    connect(m_states, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            selectState(item->data(Qt::UserRole).toString());
    });
    connect(m_records, &QTreeWidget::currentItemChanged, this, &KnowledgeWindow::refreshHistory);
    connect(m_records, &QTreeWidget::itemActivated, this, &KnowledgeWindow::editRecord);
}

void KnowledgeWindow::refreshStates()
{
    m_all = m_db ? m_db->states() : QList<requirements::StateSummary>();
    setSearch(m_search->text());
}

void KnowledgeWindow::setSearch(const QString& text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    const QString needle = text.trimmed();
    const QSignalBlocker block(m_states);
    m_states->clear();
    for (const auto& s : m_all) {
        bool hit = needle.isEmpty() || s.iso3.startsWith(needle, Qt::CaseInsensitive) || s.m49 == needle;
        for (auto it = s.names.cbegin(); !hit && it != s.names.cend(); ++it)
            hit = it.value().contains(needle, Qt::CaseInsensitive);
        if (!hit)
            continue;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2").arg(s.iso3, s.names.value(QStringLiteral("en"))), m_states);
        item->setData(Qt::UserRole, s.iso3);
        if (s.iso3 == m_iso3)
            m_states->setCurrentItem(item);
    }
}

QStringList KnowledgeWindow::listedStates() const
{
    QStringList out;
    for (int i = 0; i < m_states->count(); ++i)
        out << m_states->item(i)->data(Qt::UserRole).toString();
    return out;
}

bool KnowledgeWindow::selectState(const QString& iso3In)
{
    const QString iso3 = iso3In.trimmed().toUpper();
    if (!m_db || !m_db->state(iso3))
        return false;
    m_iso3 = iso3;
    refreshRecords();
    return true;
}

void KnowledgeWindow::showRecord(const QString& iso3, const QString& kind)
{
    if (!selectState(iso3))
        return;
    // A kind with several records per State (conduct, measures, treaties): Add starts with it.
    if (!kind.isEmpty() && !singleKinds().contains(kind))
        m_addKind = kind;
    bool found = false;
    for (int i = 0; i < m_records->topLevelItemCount() && !found; ++i) {
        QTreeWidgetItem* item = m_records->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toMap().value(QStringLiteral("kind")).toString() == kind) {
            m_records->setCurrentItem(item);
            m_records->scrollToItem(item);
            found = true;
        }
    }
    if (!found && !kind.isEmpty())
        statusBar()->showMessage(
            tr("No %1 record of %2 yet: Record > Add (Ctrl+N) records one with its source.")
                .arg(kind, m_iso3));
    m_records->setFocus();
    show();
    raise();
}

void KnowledgeWindow::refreshRecords()
{
    m_records->clear();
    const auto state = m_db->state(m_iso3);
    if (!state)
        return;
    m_title->setText(
        tr("%1 — %2 (M49 %3)").arg(m_iso3, state->names.value(QStringLiteral("en")), state->m49));
    const int maxAge = requirements::maxFactAgeYears();
    const QList<Record> records = m_db->records({}, {m_iso3});
    auto addRow = [&](const QString& kind, const std::optional<Record>& r) {
        const requirements::kinds::Kind* k = requirements::kinds::find(kind);
        auto* item = new QTreeWidgetItem(m_records);
        item->setText(0, kind);
        QVariantMap key;
        key.insert(QStringLiteral("kind"), kind);
        if (!r) {
            item->setText(2, tr("unknown — nothing recorded; verify with the central authority"));
            item->setText(3, tr("(no source)"));
            key.insert(QStringLiteral("iso3"), m_iso3);
            item->setData(0, Qt::UserRole, key);
            return;
        }
        for (const auto& c : k->keys)
            key.insert(c.name, r->fields.value(c.name));
        item->setData(0, Qt::UserRole, key);
        item->setText(1, requirements::kinds::keyOf(*k, *r));
        item->setText(2, valueSummary(*k, *r));
        const auto& p = r->provenance;
        item->setText(3, p.source);
        item->setToolTip(3, p.source);
        QString date = p.sourceDate.isValid() ? p.sourceDate.toString(Qt::ISODate) : tr("undated");
        if (p.possiblyOutdated(QDate::currentDate(), maxAge)) {
            date += tr(" — possibly outdated");
            item->setForeground(4, QColor(0xb0, 0x40, 0x00));
        }
        item->setText(4, date);
        item->setText(5, p.verified.isValid() ? p.verified.toString(Qt::ISODate) : tr("never"));
        item->setText(6, p.verifiedBy);
        item->setText(7, p.originSigner.isEmpty() ? p.origin
                                                  : tr("%1, signed by %2").arg(p.origin, p.originSigner));
    };
    for (const QString& kind : singleKinds()) {
        std::optional<Record> found;
        for (const auto& r : records)
            if (r.kind == kind)
                found = r;
        addRow(kind, found);
    }
    for (const auto& r : records)
        if (!singleKinds().contains(r.kind) && r.kind != QLatin1String("state"))
            addRow(r.kind, r);
    for (int c = 0; c < m_records->columnCount(); ++c)
        m_records->resizeColumnToContents(c);
    refreshHistory();
}

std::optional<Record> KnowledgeWindow::selectedRecord() const
{
    QTreeWidgetItem* item = m_records->currentItem();
    if (!item)
        return std::nullopt;
    const QVariantMap key = item->data(0, Qt::UserRole).toMap();
    Record r;
    r.kind = key.value(QStringLiteral("kind")).toString();
    for (auto it = key.cbegin(); it != key.cend(); ++it)
        if (it.key() != QLatin1String("kind"))
            r.fields.insert(it.key(), it.value().toString());
    if (auto stored = findStored(*m_db, r))
        return stored;
    return r; // a section with nothing recorded: its kind and State
}

void KnowledgeWindow::refreshHistory()
{
    m_history->clear();
    const auto r = selectedRecord();
    if (!r)
        return;
    const requirements::kinds::Kind* k = requirements::kinds::find(r->kind);
    if (!k)
        return;
    QString html;
    for (const auto& h : m_db->history(r->kind, requirements::kinds::keyOf(*k, *r))) {
        html += QStringLiteral("<p><b>%1</b> %2 — %3%4<br/><small>%5</small></p>")
                    .arg(h.at.toString(Qt::ISODate), h.action.toHtmlEscaped(), h.who.toHtmlEscaped(),
                         h.package.isEmpty() ? QString()
                                             : QStringLiteral(" (") + h.package.toHtmlEscaped() + u')',
                         (h.newValue.isEmpty() ? h.oldValue : h.newValue).toHtmlEscaped());
    }
    m_history->setHtml(html.isEmpty() ? tr("No change recorded in this installation.") : html);
}

QString KnowledgeWindow::historyText() const
{
    return m_history->toPlainText();
}

Status KnowledgeWindow::applyRecord(const Record& in)
{
    const Record r = requirements::kinds::normalized(in);
    if (const QString why = requirements::kinds::validate(r); !why.isEmpty())
        return Error{QStringLiteral("requirements.invalid"), why, QString(), 0, 0};
    auto* cmd = new RecordCommand(m_db, findStored(*m_db, r), r, [this] {
        refreshRecords();
        Q_EMIT databaseChanged();
    });
    m_undo.push(cmd);
    return cmd->status;
}

Status KnowledgeWindow::removeRecord(const Record& r)
{
    const auto before = findStored(*m_db, r);
    if (!before)
        return Error{QStringLiteral("requirements.invalid"), tr("nothing recorded to remove"), QString(), 0,
                     0};
    auto* cmd = new RecordCommand(m_db, before, std::nullopt, [this] {
        refreshRecords();
        Q_EMIT databaseChanged();
    });
    m_undo.push(cmd);
    return cmd->status;
}

void KnowledgeWindow::addRecord()
{
    if (m_iso3.isEmpty())
        return;
    Record base;
    base.kind = m_addKind;
    base.fields.insert(QStringLiteral("iso3"), m_iso3);
    RecordDialog dialog(base, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = applyRecord(dialog.record()); !s)
        QMessageBox::warning(this, tr("Record not saved"), s.error().detail);
}

void KnowledgeWindow::editRecord()
{
    const auto r = selectedRecord();
    if (!r)
        return;
    RecordDialog dialog(*r, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = applyRecord(dialog.record()); !s)
        QMessageBox::warning(this, tr("Record not saved"), s.error().detail);
}

void KnowledgeWindow::removeSelected()
{
    const auto r = selectedRecord();
    if (!r || r->provenance.source.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove the record?"),
                              tr("Remove the %1 record of %2? The section then reads unknown. You can undo "
                                 "this.")
                                  .arg(r->kind, m_iso3)) != QMessageBox::Yes)
        return;
    if (Status s = removeRecord(*r); !s)
        QMessageBox::warning(this, tr("Record not removed"), s.error().detail);
}

Status KnowledgeWindow::exportSigned(const QString& p12, const QByteArray& password, const QString& file,
                                     bool allStates)
{
    auto identity = pdf::loadIdentity(p12, password);
    if (!identity)
        return identity.error();
    return exportSigned(identity.value(), file, allStates);
}

Status KnowledgeWindow::exportSigned(const pdf::Identity& identity, const QString& file, bool allStates)
{
    auto bytes = m_db->exportSignedPackage(identity, false, allStates ? QStringList() : QStringList{m_iso3});
    if (!bytes)
        return bytes.error();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.value()) != bytes.value().size() || !out.commit())
        return Error{QStringLiteral("requirements.export"), out.errorString(), file, 0, 0};
    return {};
}

Result<requirements::ImportReport> KnowledgeWindow::previewImport(const QString& file, bool allowUnsigned)
{
    auto bytes = requirements::Database::readPackageFile(file);
    if (!bytes)
        return bytes.error();
    requirements::Database::ImportOptions o;
    o.allowUnsigned = allowUnsigned;
    return m_db->previewImport(bytes.value(), file, o);
}

Result<requirements::ImportReport> KnowledgeWindow::commitImport(const requirements::ImportReport& plan,
                                                                 bool allowUnsigned)
{
    requirements::Database::ImportOptions o;
    o.allowUnsigned = allowUnsigned;
    auto done = m_db->commitImport(plan, o);
    // Imported records are not undoable one by one: the history shows them.
    refreshStates();
    refreshRecords();
    if (done)
        Q_EMIT databaseChanged();
    return done;
}

void KnowledgeWindow::exportDialog()
{
    if (m_iso3.isEmpty() && m_all.isEmpty())
        return;
    // The same identities as for signing a request: a PKCS#12 file or a key on a card or token.
    SignDialog sign(tr("Sign the requirements package with your identity. Those who trust your certificate "
                       "will be able to import it."),
                    this);
    sign.setObjectName(QStringLiteral("exportSignDialog"));
    sign.setWindowTitle(tr("Export signed package"));
    sign.setReason(tr("Requirements package"));
    if (sign.exec() != QDialog::Accepted)
        return;
    QMessageBox scope(QMessageBox::Question, tr("Export signed package"),
                      tr("Which records go into the package?"), QMessageBox::NoButton, this);
    scope.setObjectName(QStringLiteral("exportScope"));
    QPushButton* one = nullptr;
    if (!m_iso3.isEmpty())
        one = scope.addButton(tr("Only %1").arg(m_iso3), QMessageBox::AcceptRole);
    QPushButton* all = scope.addButton(tr("Every State"), QMessageBox::AcceptRole);
    scope.addButton(QMessageBox::Cancel);
    scope.setDefaultButton(one ? one : all);
    scope.exec();
    if (scope.clickedButton() != one && scope.clickedButton() != all)
        return;
    const bool allStates = scope.clickedButton() == all;
    QFileDialog save(this, tr("Export signed package"), QString(),
                     tr("Signed requirements package (*.mlreq)"));
    save.setObjectName(QStringLiteral("exportFile"));
    save.setAcceptMode(QFileDialog::AcceptSave);
    save.setDefaultSuffix(QStringLiteral("mlreq"));
    save.selectFile((allStates ? QStringLiteral("requirements") : m_iso3) + QStringLiteral(".mlreq"));
    if (save.exec() != QDialog::Accepted || save.selectedFiles().isEmpty())
        return;
    const QString file = save.selectedFiles().constFirst();
    if (Status s = exportSigned(sign.identity(), file, allStates); !s)
        QMessageBox::warning(this, tr("Export failed"), s.error().toString());
    else
        statusBar()->showMessage(tr("Signed package written: %1").arg(file));
}

void KnowledgeWindow::importDialog()
{
    QFileDialog open(this, tr("Import package"), QString(),
                     tr("Requirements packages (*.mlreq *.xml);;All files (*)"));
    open.setObjectName(QStringLiteral("importFile"));
    open.setFileMode(QFileDialog::ExistingFile);
    if (open.exec() != QDialog::Accepted || open.selectedFiles().isEmpty())
        return;
    importFile(open.selectedFiles().constFirst());
}

void KnowledgeWindow::importFile(const QString& file)
{
    auto plan = previewImport(file, false);
    bool allowUnsigned = false;
    if (!plan && plan.error().code == QLatin1String("requirements.unsigned")) {
        // An unsigned package needs its own, explicit decision (and a second one in the preview).
        QMessageBox ask(QMessageBox::Warning, tr("Unsigned package"),
                        tr("This package is not signed: nobody vouches for it and its origin cannot be "
                           "checked. Show what it would change anyway?"),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("unsignedPackage"));
        QPushButton* show = ask.addButton(tr("&Show the unsigned package"), QMessageBox::AcceptRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != show)
            return;
        allowUnsigned = true;
        plan = previewImport(file, true);
    }
    if (!plan) {
        QMessageBox refused(QMessageBox::Warning, tr("Package refused"),
                            tr("Nothing was imported.") + QStringLiteral("\n\n") + plan.error().toString(),
                            QMessageBox::Ok, this);
        refused.setObjectName(QStringLiteral("packageRefused"));
        refused.exec();
        return;
    }
    ImportPreviewDialog preview(plan.value(), this);
    if (preview.exec() != QDialog::Accepted)
        return;
    auto done = commitImport(plan.value(), allowUnsigned);
    if (!done)
        QMessageBox::warning(this, tr("Import failed"), done.error().toString());
    else
        statusBar()->showMessage(tr("%1 records added, %2 updated.")
                                     .arg(done.value().count(requirements::ImportReport::Outcome::Added))
                                     .arg(done.value().count(requirements::ImportReport::Outcome::Updated)));
}

void KnowledgeWindow::managePublishers()
{
    PublishersDialog dialog(m_db, this);
    dialog.exec();
}

} // namespace mla::gui
