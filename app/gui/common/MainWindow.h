#pragma once
// The main window: the start page, the drafting wizard and the reviewer's view in one stack,
// the File/Edit/Go menus, the title with the unsaved-changes mark, window geometry and recent
// drafts remembered. Owns the session and the knowledge base.

#include "base/Error.h"
#include "model/Request.h"

#include <QMainWindow>
#include <QMessageBox>
#include <functional>
#include <memory>
#include <optional>

class QStackedWidget;
class QAction;

namespace mla::gui {

class CaseRecorder;
class DraftSession;
class Knowledge;
class RecoveryDialog;
class ReviewView;
class StartPage;
class TransmitMenu;
class Wizard;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // recoveryDir: where autosave snapshots go (empty: the default of core/draft/Recovery).
    explicit MainWindow(const QString& recoveryDir = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    DraftSession* session() const { return m_session; }
    Knowledge* knowledge() const { return m_knowledge.get(); }
    StartPage* startPage() const { return m_start; }
    Wizard* wizard() const { return m_wizard; }
    ReviewView* reviewView() const { return m_review; }
    CaseRecorder* caseRecorder() const { return m_recorder; }
    TransmitMenu* transmitMenu() const { return m_transmit; }

    void newBlank();
    Status newFromSample(const QString& samplePath);
    // Opens a draft to edit, or (review) read-only in the reviewer's view.
    Status openDraft(const QString& path, bool review = false);
    // Opens a received request's draft read-only in the reviewer's view, with its checks
    // (`path`: its extracted file, or empty).
    Status openIncoming(const Request& draft, const QString& path);
    // The case register window, showing case `ourRef` (empty: the list only).
    void openRegisterAt(const QString& ourRef);
    // The register whose overdue cases the start page lists and where events are recorded
    // (empty: MLAWRITER_REGISTER, else the default file). For tests.
    void setRegisterUrl(const QString& url);
    // File → Submit for review: the draft (or a returned one) goes to the reviewer, as one
    // undoable step with a "submitted" history entry (recorded on its case by CaseRecorder).
    Status submitForReview();
    Status restoreRecovered(const QString& recoveryFile);
    // At start: offers the drafts left by a crash in a dialog; true when one was restored.
    bool offerRecovered();
    // Tests drive the recovered-drafts dialog from this callback (called before it runs).
    void setRecoveryDialogHookForTests(std::function<void(RecoveryDialog*)> hook)
    {
        m_onRecoveryDialog = std::move(hook);
    }
    Status save();
    Status saveAs(const QString& path);
    // Closes the draft, asking about unsaved changes first; false when the user cancels.
    bool closeDraft();
    void showStart();
    // The samples shipped with the program (templates/samples/*.mlar).
    static QStringList samplePaths();

    // Tests answer the unsaved-changes question instead of a user.
    void setUnsavedAnswerForTests(QMessageBox::StandardButton answer) { m_testAnswer = answer; }
    // Tests choose the file of File → Open instead of a user (empty: the dialog is cancelled).
    void setOpenPathForTests(const QString& path) { m_testOpenPath = path; }
    // File → Open (review: File → Open for review), as the menu does it.
    void openInteractive(bool review);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void retranslate();
    void updateTitle();
    void updateActions();
    void refreshStart();
    bool maybeSave();
    bool saveInteractive(bool askPath);
    void showError(const QString& what, const Error& e);
    void showPreferences();
    void sendCurrent(); // the output page's "Send…"
    void openIncomingOrSay(const Request& draft, const QString& path);

    DraftSession* m_session;
    std::unique_ptr<Knowledge> m_knowledge;
    QStackedWidget* m_stack;
    StartPage* m_start;
    Wizard* m_wizard;
    ReviewView* m_review;
    CaseRecorder* m_recorder = nullptr;
    TransmitMenu* m_transmit = nullptr;
    QString m_registerUrl;
    std::optional<QMessageBox::StandardButton> m_testAnswer;
    std::optional<QString> m_testOpenPath;
    std::function<void(RecoveryDialog*)> m_onRecoveryDialog;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QAction* m_openReview = nullptr;
    QAction* m_save = nullptr;
    QAction* m_saveAs = nullptr;
    QAction* m_close = nullptr;
    QAction* m_submit = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_next = nullptr;
    QAction* m_back = nullptr;
    QAction* m_checks = nullptr;
    QAction* m_startAction = nullptr;
};

} // namespace mla::gui
