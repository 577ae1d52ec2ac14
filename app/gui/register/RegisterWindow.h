#pragma once
// The case register window: a sortable, filterable table of the cases (views: all, open,
// overdue, due within 7 days, no next action, each with its count; search on references), and
// a case window per case (summary, timeline, adding an event after confirmation). Opens the
// register chosen by MLAWRITER_REGISTER or the default file; a register that cannot be opened is
// shown as a message, never as a crash. Owns its Register connection; GUI thread only. The case
// window's timeline shows each event's details (channel, their reference, its document) and
// "Send…" sends the case's request as a package, recording "sent" on the case.

#include "model/Request.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QDateEdit;
class QMenu;
class QPushButton;

namespace mla::reg {
class Register;
}

namespace mla::gui {

class CaseDialog;

class RegisterWindow : public QWidget
{
    Q_OBJECT
public:
    // `url` empty: MLAWRITER_REGISTER, else the default file.
    explicit RegisterWindow(const QString& url = {}, QWidget* parent = nullptr);
    ~RegisterWindow() override;

    // Adds "Case register…" to `menu`, opening a window owned by `parent`; `made` is called
    // with each window made (to connect openDraftRequested).
    static void addMenuAction(QMenu* menu, QWidget* parent, std::function<void(RegisterWindow*)> made = {});

    // "Register a received PDF…": a signed request PDF carrying its draft becomes an incoming
    // case with our reference `ourRef` (core/incoming; its signatures must verify against the
    // central authorities' certificates of the requirements database and `extraTrust`).
    // Returns the message shown; `ok` tells whether it was registered. The draft is then
    // incomingDraft().
    QString registerReceivedPdf(const QString& pdfPath, const QString& ourRef,
                                const QList<QByteArray>& extraTrust, bool* ok);
    const std::optional<Request>& incomingDraft() const { return m_incomingDraft; }

    // For tests and the keyboard: the view index (0 all, 1 open, 2 overdue, 3 due soon, 4 none).
    void setView(int view);
    void setSearch(const QString& text);
    int rowCount() const;
    QString refAt(int row) const;
    QString viewLabel(int view) const;
    QString message() const; // the error shown, if any
    CaseDialog* openCase(const QString& ref);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // Open a received request's draft read-only with its checks (the main window does it).
    void openDraftRequested(const mla::Request& draft, const QString& path);

private:
    std::unique_ptr<reg::Register> m_register;
    QString m_url; // as chosen (for the dialogs that open it again)
    QComboBox* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    std::optional<Request> m_incomingDraft;
};

class CaseDialog : public QDialog
{
    Q_OBJECT
public:
    CaseDialog(reg::Register* reg, const QString& ref, QWidget* parent = nullptr, const QString& url = {});

    // Adds an event as the form does; `confirm` false skips the question (tests). Returns the
    // message shown (empty on success).
    QString addEvent(const QString& kind, const QDate& date, const QString& note, bool confirm = true);
    int timelineRows() const;
    QString timelineText(int row) const; // date, event and details of one row, for tests
    // "Send…": the package dialog for this case (its draft filled in when the case has one).
    void send();
    QPushButton* sendButton() const { return m_send; }
    QString status() const { return m_statusText; }

Q_SIGNALS:
    void changed();

private:
    void reload();
    reg::Register* m_reg;
    QString m_ref;
    QString m_url;
    QString m_draftPath;
    int m_version = 0;
    QString m_statusText;
    QLabel* m_summary = nullptr;
    QTableWidget* m_timeline = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_send = nullptr;
};

} // namespace mla::gui
