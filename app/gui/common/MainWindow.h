#pragma once
// The main window: the start page, the drafting wizard and the reviewer's view in one stack,
// the File/Edit/Go menus, the title with the unsaved-changes mark, window geometry and recent
// drafts remembered. Owns the session and the knowledge base.

#include "base/Error.h"

#include <QMainWindow>
#include <QMessageBox>
#include <functional>
#include <memory>
#include <optional>

class QStackedWidget;
class QAction;

namespace mla::gui {

class DraftSession;
class Knowledge;
class RecoveryDialog;
class ReviewView;
class StartPage;
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

    void newBlank();
    Status newFromSample(const QString& samplePath);
    // Opens a draft to edit, or (review) read-only in the reviewer's view.
    Status openDraft(const QString& path, bool review = false);
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

    DraftSession* m_session;
    std::unique_ptr<Knowledge> m_knowledge;
    QStackedWidget* m_stack;
    StartPage* m_start;
    Wizard* m_wizard;
    ReviewView* m_review;
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
