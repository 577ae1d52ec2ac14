#pragma once
// The knowledge editor: its own window over the requirements database. Choose a State (search
// by ISO code or by name in the six UN languages), see every record of it with its source, the
// source's date, the verification date and verifier, its origin (and signer, for imports) and
// whether it may be outdated; add, edit and remove records through RecordDialog (vocabularies
// enforced, a source required, "unknown" a choice like any other); undo and redo every change
// (QUndoStack); see a record's history; export a signed package and import one after a preview.
// The window borrows the database; not thread-safe.

#include "requirements/Database.h"

#include <QMainWindow>
#include <QUndoStack>

#include <memory>
#include <optional>

class QLineEdit;
class QListWidget;
class QTreeWidget;
class QTextBrowser;
class QLabel;
class QMenu;

namespace mla::pdf {
class Identity;
}

namespace mla::gui {

class KnowledgeWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit KnowledgeWindow(requirements::Database* db, QWidget* parent = nullptr);
    // A window over the user's own database (Database::openDefault), which it owns.
    explicit KnowledgeWindow(std::unique_ptr<requirements::Database> db, QWidget* parent = nullptr);
    // Adds "Knowledge of States…" to `menu`: opens the editor on the user's database.
    static void addMenuAction(QMenu* menu, QWidget* parent);
    // The application's editor on the user's database (created on first use, then the same
    // window); null, with the reason shown, when the database cannot be opened.
    static KnowledgeWindow* openShared(QWidget* parent);
    // Opens that editor at a record: the State `iso3`, and the record of `kind` selected (or, for
    // a kind not recorded yet, Add set to it). What an "unknown" finding offers.
    static KnowledgeWindow* openAt(QWidget* parent, const QString& iso3, const QString& kind);

    // Shows the State's records; false when the database has no such State.
    bool selectState(const QString& iso3);
    QString currentState() const { return m_iso3; }
    // Opens the window on a record (e.g. from an "unknown" finding): the State, and the record of
    // `kind` selected when there is one.
    void showRecord(const QString& iso3, const QString& kind);
    // States listed for a search text (ISO code, any language, case-insensitive).
    void setSearch(const QString& text);
    QStringList listedStates() const;

    // Changes through the undo stack (what the dialogs call). Validation errors are returned and
    // nothing is pushed.
    Status applyRecord(const requirements::Record& record);
    Status removeRecord(const requirements::Record& record);
    QUndoStack* undoStack() { return &m_undo; }

Q_SIGNALS:
    // A record was added, changed, removed or imported (the wizard's checks and panel follow).
    void databaseChanged();

public:
    // Signed export of the current State (or all States when `allStates`): enveloping CMS.
    Status exportSigned(const QString& p12, const QByteArray& password, const QString& file, bool allStates);
    Status exportSigned(const pdf::Identity& identity, const QString& file, bool allStates);
    // Package > Import: the preview, then the import on confirmation (an unsigned package needs
    // its own confirmation before the preview and again in it).
    void importFile(const QString& file);
    // What an import would do; nothing is written.
    Result<requirements::ImportReport> previewImport(const QString& file, bool allowUnsigned);
    // Writes exactly the preview (refused if the database changed since).
    Result<requirements::ImportReport> commitImport(const requirements::ImportReport& plan,
                                                    bool allowUnsigned);

    QTreeWidget* recordsView() const { return m_records; }
    QString historyText() const;

private:
    void buildUi();
    void refreshStates();
    void refreshRecords();
    void refreshHistory();
    std::optional<requirements::Record> selectedRecord() const;
    void addRecord();
    void editRecord();
    void removeSelected();
    void exportDialog();
    void importDialog();
    void managePublishers();

    std::unique_ptr<requirements::Database> m_owned;
    requirements::Database* m_db;
    QString m_iso3;
    QString m_addKind = QStringLiteral("conduct"); // the kind Add starts with
    QUndoStack m_undo;
    QLineEdit* m_search = nullptr;
    QListWidget* m_states = nullptr;
    QTreeWidget* m_records = nullptr;
    QTextBrowser* m_history = nullptr;
    QLabel* m_title = nullptr;
    QList<requirements::StateSummary> m_all;
};

} // namespace mla::gui
