#pragma once
// The case register on SQLite or PostgreSQL (QtSql). One Register is one connection: use it
// from one thread. Every change is one transaction that also bumps the case's row version and
// appends to the audit log; a change made against an older version is refused with
// "register.conflict" ("case R was changed by X at T — reload"), so no update is lost silently.
// A kill in the middle of a change leaves the register as before it. Errors are values; no
// call throws. Who made a change: the PostgreSQL session user, or on SQLite the user given to
// setUser() (default: the login name).

#include "CaseRecord.h"
#include "RegisterUrl.h"
#include "Statistics.h"
#include "base/Error.h"

#include <QDate>
#include <QString>

#include <functional>
#include <memory>

namespace mla::reg {

struct CaseFilter
{
    enum class View
    {
        All,
        Open,
        Overdue,      // open, next action date before today
        DueWithin,    // open, next action date from today to today + days
        NoNextAction, // open, no next action at all
    };
    View view = View::All;
    int days = 7;
    QString direction; // empty: both
    QString status;    // derived status; empty: any
    QString state;     // either State
    QString handler;
    QString text; // substring of our or their reference
    QDate today = QDate::currentDate();
    int limit = 100; // page size (capped at 10,000)
    int offset = 0;
};

struct CaseCounts
{
    qint64 all = 0, open = 0, overdue = 0, dueWithin = 0, noNextAction = 0;
};

struct CasePage
{
    QList<Case> cases;   // without measures/offences detail beyond the lists
    qint64 matching = 0; // all cases matching the filter (not only this page)
};

struct EventResult
{
    Case updated;
    QStringList warnings;
};

class Register
{
public:
    // Opens (and on first use creates) the register at `url` (see RegisterUrl). Errors:
    // register.url, register.connect (unreachable, wrong credentials), register.not-a-register,
    // register.newer, register.sql. Nothing is written before the register is known to be one.
    static Result<std::unique_ptr<Register>> open(const QString& url);
    ~Register();
    Register(const Register&) = delete;
    Register& operator=(const Register&) = delete;

    const RegisterUrl& url() const { return m_url; }
    QString user() const { return m_user; }
    void setUser(const QString& user); // SQLite only; PostgreSQL records the session user

    // A new case with its first events and documents. register.exists when the reference is taken.
    Result<Case> addCase(const NewCase& c);
    // Several cases in one transaction: all or none. `progress(i)` is called after each.
    Status importCases(const QList<NewCase>& cases, const std::function<void(int)>& progress = {});

    Result<Case> findCase(const QString& ourRef) const; // register.unknown-case
    // The case born from the draft with this UUID (Case::requestId), the earliest if several;
    // register.unknown-case when none.
    Result<Case> findByRequestId(const QString& requestId) const;
    Result<QList<Event>> events(qint64 caseId) const; // by date, then entry order
    Result<QList<Document>> documents(qint64 caseId) const;
    Result<QList<AuditEntry>> audit(qint64 caseId) const;

    // Each takes the version the caller read; register.conflict when the case changed since.
    // `document`, when given, is added in the same transaction and the event refers to it
    // (a package with its "sent", a receipt with its "acknowledged").
    Result<EventResult> addEvent(const QString& ourRef, const Event& event, int expectedVersion,
                                 const QDate& today = QDate::currentDate(),
                                 const Document* document = nullptr);
    Result<Case> setNextAction(const QString& ourRef, const QDate& date, const QString& what,
                               int expectedVersion);
    Result<Case> setHandler(const QString& ourRef, const QString& handler, int expectedVersion);
    Result<qint64> addDocument(const QString& ourRef, const Document& doc, int expectedVersion);

    Result<CasePage> listCases(const CaseFilter& filter) const;
    Result<CaseCounts> counts(const CaseFilter& filter) const; // view counts for the other filters
    Result<Statistics> statistics(const QDate& from, const QDate& to,
                                  const QDate& asOf = QDate::currentDate()) const;

private:
    Register() = default;
    // The measures and ICCS codes of a page of cases: one query each for the whole page.
    Status fillLists(QList<Case>* cases) const;
    struct Private;
    std::unique_ptr<Private> d;
    RegisterUrl m_url;
    QString m_user;
};

} // namespace mla::reg
