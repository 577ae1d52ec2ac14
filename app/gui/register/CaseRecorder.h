#pragma once
// Where the drafting window meets the case register. CaseRecorder watches the draft being
// edited: each new step of its workflow history (submitted, returned, approved, signed,
// countersigned) is added by itself to the timeline of the draft's case (found by the draft's
// UUID, else by its reference). A draft without a case: the user is asked once per draft —
// without blocking the window — whether to register it as a new outgoing case, which then takes
// the draft's history as its timeline. The static functions record what the transmission
// dialogs do: "sent" with its channel and the package, "acknowledged" with their reference and
// the receipt. All through core/register; every message in people's words. GUI thread only.

#include "model/Request.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

class QWidget;

namespace mla::gui {

class DraftSession;

class CaseRecorder : public QObject
{
    Q_OBJECT
public:
    CaseRecorder(DraftSession* session, QWidget* window);

    // The register to record in; empty (the default): MLAWRITER_REGISTER, else the default file.
    void setRegisterUrl(const QString& url) { m_url = url; }
    // Tests answer "register this request?" instead of a user (nullopt: ask).
    void setCreateAnswerForTests(std::optional<bool> answer) { m_testAnswer = answer; }
    QString lastMessage() const { return m_last; }

    // "sent" on the case of our reference `reference` (empty: the case of `request`),
    // with the 18(13) channel and the package (path and SHA-256) as its document. When the
    // draft has no case yet and `draftPath` is given, a new outgoing case is made from it first.
    // Returns the message for the user; `ok` tells whether it was recorded.
    static QString recordSent(const QString& url, const Request* request, const QString& draftPath,
                              const QString& reference, const QString& channel, const QString& packagePath,
                              const QByteArray& packageBytes, const QString& packageId, bool* ok);
    // "acknowledged" on the case of our reference `reference`, dated when they opened it, with
    // their reference and the receipt (path and SHA-256) as its document.
    static QString recordAcknowledged(const QString& url, const QString& reference, const QDate& date,
                                      const QString& theirReference, const QString& receiptPath,
                                      const QByteArray& receiptBytes, const QString& note, bool* ok);

Q_SIGNALS:
    void message(const QString& text);
    void caseCreated(const QString& ourRef);

private:
    void sync(bool reopened);
    void recordEntries(const QList<HistoryEntry>& entries);
    void askToRegister(const Request& request, const QString& path);
    void registerDraft(const Request& request, const QString& path);
    void say(const QString& text);

    DraftSession* m_session;
    QPointer<QWidget> m_window;
    QString m_url;
    std::optional<bool> m_testAnswer;
    QString m_requestId;   // the draft whose history was last seen
    QSet<QString> m_seen;  // its history entries already handled (undo, redo)
    QSet<QString> m_asked; // drafts whose registration was asked (or refused) in this run
    QString m_last;
};

} // namespace mla::gui
