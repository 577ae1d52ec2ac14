#include "MainWindow.h"

#include "AppSettings.h"
#include "CaseRecorder.h"
#include "DraftSession.h"
#include "Knowledge.h"
#include "KnowledgeWindow.h"
#include "Labels.h"
#include "OutputPage.h"
#include "PreferencesDialog.h"
#include "RecoveryDialog.h"
#include "RegisterWindow.h"
#include "ReviewView.h"
#include "SendPackageDialog.h"
#include "StartPage.h"
#include "TransmitMenu.h"
#include "WheelGuard.h"
#include "Wizard.h"
#include "draft/DraftFile.h"
#include "register/Register.h"
#include "ui_OutputPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUuid>

namespace mla::gui {

MainWindow::MainWindow(const QString& recoveryDir, QWidget* parent)
    : QMainWindow(parent), m_session(new DraftSession(recoveryDir, this)),
      m_knowledge(std::make_unique<Knowledge>()), m_stack(new QStackedWidget(this)), m_start(new StartPage),
      m_wizard(new Wizard(m_session, m_knowledge.get())),
      m_review(new ReviewView(m_session, m_knowledge.get()))
{
    WheelGuard::install(); // the wheel never changes an unfocused combo or spin box
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_wizard);
    m_stack->addWidget(m_review);
    setCentralWidget(m_stack);
    m_session->setAutosaveInterval(AppSettings::autosaveSeconds() * 1000);
    // Before any draft is opened: the recorder takes each draft's history as it finds it.
    m_recorder = new CaseRecorder(m_session, this);
    connect(m_recorder, &CaseRecorder::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    createActions();
    connect(m_transmit, &TransmitMenu::openDraftRequested, this, &MainWindow::openIncomingOrSay);
    connect(m_start, &StartPage::openPackageRequested, this, [this] { m_transmit->openAction()->trigger(); });
    connect(m_start, &StartPage::overdueCaseRequested, this, &MainWindow::openRegisterAt);
    connect(m_wizard->outputPage()->ui()->sendButton, &QPushButton::clicked, this, &MainWindow::sendCurrent);

    connect(m_start, &StartPage::newBlankRequested, this, &MainWindow::newBlank);
    connect(m_start, &StartPage::newFromSampleRequested, this, [this](const QString& p) {
        const Status s = newFromSample(p);
        if (!s)
            showError(tr("The sample could not be opened."), s.error());
    });
    connect(m_start, &StartPage::openRequested, this, [this] { openInteractive(false); });
    connect(m_start, &StartPage::reviewRequested, this, [this] { openInteractive(true); });
    connect(m_start, &StartPage::openRecentRequested, this, [this](const QString& p) {
        const Status s = openDraft(p);
        if (!s && s.error().code != QLatin1String("gui.cancelled"))
            showError(tr("The draft could not be opened."), s.error());
    });
    connect(m_start, &StartPage::restoreRequested, this, [this](const QString& f) {
        const Status s = restoreRecovered(f);
        if (!s)
            showError(tr("The recovered draft could not be read."), s.error());
    });
    connect(m_start, &StartPage::discardRequested, this, [this](const QString& f) {
        draft::Recovery::removeSnapshot(f);
        refreshStart();
    });
    connect(m_review, &ReviewView::saveRequested, this, [this] { saveInteractive(false); });
    connect(m_review, &ReviewView::closeRequested, this, [this] {
        if (closeDraft())
            showStart();
    });
    m_session->setReopenQuestion([this](RequestStatus status) {
        const QString what =
            status == RequestStatus::Signed
                ? tr("This request is signed. If you edit it, the signed PDF no longer matches "
                     "it: the request goes back to draft and must be signed again.")
                : tr("This request is approved. If you edit it, the approval no longer covers "
                     "it: the request goes back to draft and needs a new review.");
        return QMessageBox::warning(this, tr("Edit a signed or approved request"),
                                    what + u' ' + tr("Edit it?"), QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Yes;
    });
    connect(m_session, &DraftSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DraftSession::pathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DraftSession::autosaveFailed, this, [this](const Error& e) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(e.toString()));
    });
    connect(m_wizard, &Wizard::pageChanged, this, &MainWindow::updateActions);
    connect(m_session, &DraftSession::edited, this, &MainWindow::updateActions);
    connect(m_session, &DraftSession::reloaded, this, &MainWindow::updateActions);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 780);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showStart();
}

MainWindow::~MainWindow()
{
    // The views borrow the session and knowledge: destroy them first, then the session, while
    // this window can still receive its signals.
    delete m_stack;
    m_stack = nullptr;
    m_session->disconnect(this);
    delete m_session;
    m_session = nullptr;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_new = m_fileMenu->addAction(QString(), this, [this] {
        if (closeDraft())
            newBlank();
    });
    m_new->setShortcut(QKeySequence::New);
    m_open = m_fileMenu->addAction(QString(), this, [this] { openInteractive(false); });
    m_open->setShortcut(QKeySequence::Open);
    m_openReview = m_fileMenu->addAction(QString(), this, [this] { openInteractive(true); });
    m_openReview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_save = m_fileMenu->addAction(QString(), this, [this] { saveInteractive(false); });
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs = m_fileMenu->addAction(QString(), this, [this] { saveInteractive(true); });
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_close = m_fileMenu->addAction(QString(), this, [this] {
        if (closeDraft())
            showStart();
    });
    m_close->setShortcut(QKeySequence::Close);
    m_fileMenu->addSeparator();
    m_submit = m_fileMenu->addAction(QString(), this, [this] {
        const Status s = submitForReview();
        if (!s)
            statusBar()->showMessage(s.error().detail, 8000);
    });
    m_transmit = new TransmitMenu(this); // Send…, Open package…, receipts
    m_fileMenu->addMenu(m_transmit);
    m_fileMenu->addSeparator();
    m_preferences = m_fileMenu->addAction(QString(), this, &MainWindow::showPreferences);
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_undo = m_session->undoStack()->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_session->undoStack()->createRedoAction(this);
    // Ctrl+Y as well as the platform's redo (Ctrl+Shift+Z on Linux).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redo->setShortcuts(redoKeys);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);

    m_goMenu = menuBar()->addMenu(QString());
    m_next = m_goMenu->addAction(QString(), this, [this] { m_wizard->next(); });
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_back = m_goMenu->addAction(QString(), this, [this] { m_wizard->back(); });
    m_back->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_checks = m_goMenu->addAction(QString(), this, [this] { m_wizard->goTo(QStringLiteral("checks")); });
    m_checks->setShortcut(QKeySequence(Qt::Key_F7));
    m_startAction = m_goMenu->addAction(QString(), this, [this] {
        if (closeDraft())
            showStart();
    });
    RegisterWindow::addMenuAction(m_goMenu, this, [this](RegisterWindow* w) {
        connect(w, &RegisterWindow::openDraftRequested, this, &MainWindow::openIncomingOrSay);
    });
    KnowledgeWindow::addMenuAction(m_goMenu, this);
    retranslate();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_new->setText(tr("&New request"));
    m_open->setText(tr("&Open draft…"));
    m_openReview->setText(tr("Open for re&view…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &as…"));
    m_close->setText(tr("&Close draft"));
    m_submit->setText(tr("Su&bmit for review"));
    m_submit->setStatusTip(tr("Send the draft to the reviewer; the case register records it"));
    m_preferences->setText(tr("&Preferences…"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));
    m_goMenu->setTitle(tr("&Go"));
    m_next->setText(tr("&Next page"));
    m_back->setText(tr("&Previous page"));
    m_checks->setText(tr("&Checks"));
    m_startAction->setText(tr("&Start page"));
    updateTitle();
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool drafting = m_stack->currentWidget() == m_wizard;
    m_save->setEnabled(open);
    m_saveAs->setEnabled(open);
    m_close->setEnabled(open);
    m_submit->setEnabled(open && !m_session->isReadOnly() &&
                         (m_session->request().status == RequestStatus::Draft ||
                          m_session->request().status == RequestStatus::Returned));
    m_next->setEnabled(drafting);
    m_back->setEnabled(drafting);
    m_checks->setEnabled(drafting);
}

void MainWindow::updateTitle()
{
    QString name;
    if (m_session->isOpen())
        name = m_session->path().isEmpty() ? tr("Untitled request") : QFileInfo(m_session->path()).fileName();
    if (name.isEmpty())
        setWindowTitle(QStringLiteral("mlawriter[*]"));
    else if (m_session->isReadOnly())
        setWindowTitle(tr("%1[*] (review) — mlawriter").arg(name));
    else
        setWindowTitle(tr("%1[*] — mlawriter").arg(name));
    setWindowModified(m_session->isModified());
}

QStringList MainWindow::samplePaths()
{
    QStringList dirs;
    if (const QString env = qEnvironmentVariable("MLAWRITER_SAMPLES_DIR"); !env.isEmpty())
        dirs << env;
    dirs << QStringLiteral(":/mlawriter/samples"); // built into the program (core/draft)
    for (const QString& d : std::as_const(dirs)) {
        const QDir dir(d);
        const QStringList files = dir.entryList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Name);
        if (!files.isEmpty()) {
            QStringList out;
            for (const QString& f : files)
                out << dir.absoluteFilePath(f);
            return out;
        }
    }
    return {};
}

void MainWindow::refreshStart()
{
    m_start->setSamples(samplePaths());
    QStringList recent;
    const QStringList all = AppSettings::recentDrafts();
    for (const QString& p : all)
        if (QFileInfo::exists(p))
            recent << p;
    m_start->setRecent(recent);
    m_start->setRecovered(m_session->recovery().pending());
    // The register's overdue cases, when there is a register (the start page never creates one).
    QList<StartPage::OverdueCase> overdue;
    const QString url = reg::RegisterUrl::choose(m_registerUrl);
    const auto parsed = reg::RegisterUrl::parse(url);
    if (parsed &&
        (parsed.value().engine != QLatin1String("sqlite") || QFileInfo::exists(parsed.value().path))) {
        if (auto r = reg::Register::open(url)) {
            reg::CaseFilter f;
            f.view = reg::CaseFilter::View::Overdue;
            f.limit = 50;
            if (auto page = r.value()->listCases(f))
                for (const reg::Case& c : page.value().cases)
                    overdue << StartPage::OverdueCase{
                        c.ourRef,
                        c.direction == QLatin1String("outgoing") ? c.requestedState : c.requestingState,
                        c.nextActionDate, c.nextAction};
        }
    }
    m_start->setOverdue(overdue);
}

void MainWindow::setRegisterUrl(const QString& url)
{
    m_registerUrl = url;
    m_recorder->setRegisterUrl(url);
    refreshStart();
}

void MainWindow::openRegisterAt(const QString& ourRef)
{
    auto* w = new RegisterWindow(m_registerUrl, this);
    w->setAttribute(Qt::WA_DeleteOnClose);
    connect(w, &RegisterWindow::openDraftRequested, this, &MainWindow::openIncomingOrSay);
    w->show();
    if (!ourRef.isEmpty()) {
        w->setSearch(ourRef);
        if (CaseDialog* d = w->openCase(ourRef))
            d->show();
    }
}

Status MainWindow::submitForReview()
{
    if (!m_session->isOpen() || m_session->isReadOnly())
        return Error{QStringLiteral("gui.no-draft"), tr("No draft is open for editing."), {}, 0, 0};
    Request r = m_session->request();
    if (r.status != RequestStatus::Draft && r.status != RequestStatus::Returned)
        return Error{QStringLiteral("gui.submit.status"),
                     tr("Only a draft or a returned request can be submitted; this one is “%1”.")
                         .arg(Labels::status(r.status)),
                     {},
                     0,
                     0};
    r.status = RequestStatus::SubmittedForReview;
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    r.history.append({now, AppSettings::userName(), QStringLiteral("submitted"), {}});
    m_session->edit(r, {}, tr("Submit for review"));
    updateActions();
    return {};
}

Status MainWindow::openIncoming(const Request& draft, const QString& path)
{
    if (!closeDraft())
        return Error{QStringLiteral("gui.cancelled"), QStringLiteral("the current draft was kept open"), path,
                     0, 0};
    m_session->open(draft, path, false, true);
    m_stack->setCurrentWidget(m_review);
    m_review->refresh();
    updateActions();
    updateTitle();
    statusBar()->showMessage(tr("The received request is open read-only, with its checks."), 8000);
    return {};
}

void MainWindow::openIncomingOrSay(const Request& draft, const QString& path)
{
    const Status s = openIncoming(draft, path);
    if (!s && s.error().code != QLatin1String("gui.cancelled"))
        showError(tr("The draft could not be opened."), s.error());
}

void MainWindow::sendCurrent()
{
    if (!m_session->isOpen())
        return;
    if (m_session->path().isEmpty() || m_session->isModified()) {
        statusBar()->showMessage(tr("Save the draft first: the package carries the draft as saved."), 8000);
        if (!saveInteractive(m_session->path().isEmpty()))
            return;
    }
    SendPackageDialog dialog(this);
    dialog.setDraft(m_session->path());
    dialog.setRegisterUrl(m_registerUrl);
    // The PDF just signed on the output page, under the name the package gives its language.
    QTemporaryDir signedCopy;
    const Request& r = m_session->request();
    const QString lastPdf = m_wizard->outputPage()->lastPdf();
    if (r.status == RequestStatus::Signed && !lastPdf.isEmpty() && QFileInfo::exists(lastPdf) &&
        signedCopy.isValid()) {
        const QString name = QFileInfo(m_session->path()).completeBaseName() + u'.' + r.outputLanguage +
                             QStringLiteral(".pdf");
        if (QFile::copy(lastPdf, signedCopy.filePath(name)))
            dialog.addPdf(signedCopy.filePath(name));
    }
    dialog.exec();
}

void MainWindow::showStart()
{
    refreshStart();
    m_stack->setCurrentWidget(m_start);
    updateActions();
    updateTitle();
}

void MainWindow::newBlank()
{
    const QString lang = AppSettings::effectiveInterfaceLanguage();
    m_session->open(DraftSession::newRequest(AppSettings::userName(), lang), {}, true);
    m_stack->setCurrentWidget(m_wizard);
    m_wizard->goTo(0);
    updateActions();
}

Status MainWindow::newFromSample(const QString& samplePath)
{
    auto read = draft::DraftFile::read(samplePath);
    if (!read.ok())
        return read.error();
    Request r = std::move(read).value();
    const Request fresh = DraftSession::newRequest(AppSettings::userName(), r.draftLanguage);
    r.id = fresh.id;
    r.created = fresh.created;
    r.modified = fresh.modified;
    r.status = RequestStatus::Draft;
    r.comments.clear();
    r.history = fresh.history;
    r.history.first().detail = tr("from the sample %1").arg(QFileInfo(samplePath).fileName());
    m_session->open(r, {}, true);
    m_stack->setCurrentWidget(m_wizard);
    m_wizard->goTo(0);
    updateActions();
    return {};
}

Status MainWindow::openDraft(const QString& path, bool review)
{
    // The current draft stays open until the new one has actually been read, and until the
    // user has answered about its unsaved changes.
    auto read = draft::DraftFile::read(path);
    if (!read.ok())
        return read.error();
    if (!closeDraft())
        return Error{QStringLiteral("gui.cancelled"), QStringLiteral("the current draft was kept open"), path,
                     0, 0};
    m_session->open(read.value(), path, false, review);
    AppSettings::addRecentDraft(path);
    AppSettings::setLastFolder(path);
    if (review) {
        m_stack->setCurrentWidget(m_review);
        m_review->refresh();
    } else {
        m_stack->setCurrentWidget(m_wizard);
        m_wizard->goTo(0);
    }
    updateActions();
    updateTitle();
    return {};
}

Status MainWindow::restoreRecovered(const QString& recoveryFile)
{
    QString original;
    QString page;
    for (const auto& d : m_session->recovery().pending()) {
        if (d.recoveryFile == recoveryFile) {
            original = d.originalPath;
            page = d.page;
        }
    }
    auto read = draft::Recovery::load(recoveryFile);
    if (!read.ok())
        return read.error();
    if (!closeDraft())
        return Error{QStringLiteral("gui.cancelled"), QStringLiteral("the current draft was kept open"),
                     recoveryFile, 0, 0};
    m_session->open(read.value(), original, true);
    m_stack->setCurrentWidget(m_wizard);
    if (page.isEmpty() || !m_wizard->goTo(page)) // back where the user was
        m_wizard->goTo(0);
    updateActions();
    statusBar()->showMessage(tr("Recovered draft restored. Save it to keep it."), 8000);
    return {};
}

bool MainWindow::offerRecovered()
{
    const QList<draft::RecoveredDraft> pending = m_session->recovery().pending();
    if (pending.isEmpty())
        return false;
    RecoveryDialog dialog(pending, this);
    connect(&dialog, &RecoveryDialog::discardRequested, this, [this](const QString& f) {
        draft::Recovery::removeSnapshot(f);
        refreshStart();
    });
    if (m_onRecoveryDialog)
        m_onRecoveryDialog(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen().isEmpty()) {
        refreshStart();
        return false;
    }
    const Status s = restoreRecovered(dialog.chosen());
    if (!s) {
        showError(tr("The recovered draft could not be read."), s.error());
        return false;
    }
    return true;
}

Status MainWindow::save()
{
    if (m_session->path().isEmpty())
        return Error{
            QStringLiteral("gui.save.nopath"), QStringLiteral("the draft has no file yet"), {}, 0, 0};
    return saveAs(m_session->path());
}

Status MainWindow::saveAs(const QString& path)
{
    const Status s = m_session->save(path);
    if (s) {
        AppSettings::addRecentDraft(path);
        AppSettings::setLastFolder(path);
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    }
    return s;
}

bool MainWindow::saveInteractive(bool askPath)
{
    if (!m_session->isOpen())
        return false;
    QString path = m_session->path();
    if (askPath || path.isEmpty()) {
        const Request& r = m_session->request();
        QString name = r.authority.reference.isEmpty() ? QStringLiteral("request") : r.authority.reference;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
        const QString suggested =
            path.isEmpty() ? QDir(AppSettings::lastFolder()).filePath(name + QStringLiteral(".mlar")) : path;
        path = QFileDialog::getSaveFileName(this, tr("Save draft"), suggested, tr("Drafts (*.mlar)"));
        if (path.isEmpty())
            return false;
        if (!path.endsWith(QLatin1String(".mlar")))
            path += QStringLiteral(".mlar");
    }
    const Status s = saveAs(path);
    if (!s) {
        showError(tr("The draft could not be saved."), s.error());
        return false;
    }
    return true;
}

void MainWindow::openInteractive(bool review)
{
    QString path;
    if (m_testOpenPath)
        path = *m_testOpenPath;
    else
        path = QFileDialog::getOpenFileName(this, review ? tr("Open a draft for review") : tr("Open a draft"),
                                            AppSettings::lastFolder(), tr("Drafts (*.mlar)"));
    if (path.isEmpty())
        return; // cancelled: whatever was open stays open
    const Status s = openDraft(path, review);
    if (!s && s.error().code != QLatin1String("gui.cancelled"))
        showError(tr("The draft could not be opened."), s.error());
}

bool MainWindow::maybeSave()
{
    if (!m_session->isModified())
        return true;
    QMessageBox::StandardButton answer;
    if (m_testAnswer) {
        answer = *m_testAnswer;
    } else {
        answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("The draft has changes that are not saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    }
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveInteractive(false);
    return true;
}

bool MainWindow::closeDraft()
{
    if (!m_session->isOpen())
        return true;
    if (!maybeSave())
        return false;
    m_session->close();
    updateActions();
    return true;
}

void MainWindow::showError(const QString& what, const Error& e)
{
    QMessageBox::warning(this, tr("mlawriter"), QStringLiteral("%1\n\n%2").arg(what, e.toString()));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_session->setAutosaveInterval(AppSettings::autosaveSeconds() * 1000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!closeDraft()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace mla::gui
