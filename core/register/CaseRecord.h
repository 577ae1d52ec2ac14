#pragma once
// Plain value types of the case register: a case, its events (the timeline), its documents and
// its audit entries. No I/O (see Register). The status of a case is never a member you set: it
// is derived from the timeline (EventKind::statusAfter) each time a case is read.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mla::reg {

// One event of a case's timeline. `kind` is an EventKind id ("sent", "refused", …).
struct Event
{
    qint64 id = 0;
    QString kind;
    QDate date;            // the day it happened (may be earlier than when it was recorded)
    QString note;          // free text
    QString channel;       // "sent": 18(13) channel (central-authority | diplomatic | interpol)
    QString ground;        // "refused": 18(21) ground a | b | c | d
    QString reasons;       // "refused" (18(23)), "postponed" (18(25)), "consultation" (18(26))
    QString theirRef;      // "acknowledged": the other side's reference
    QStringList measures;  // "partly-executed"/"executed": measure types done (empty: all)
    qint64 documentId = 0; // a document recorded with the event (a chaser's PDF), 0 = none
    QDateTime recordedAt;  // UTC, when it was entered
    QString recordedBy;
};

// A document of the case, by reference only: the register never stores a document's bytes.
struct Document
{
    qint64 id = 0;
    QString path;
    QString sha256;    // lowercase hex
    QString kind;      // draft | signed-pdf | package | receipt | letter | report | other
    QDateTime addedAt; // UTC
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString who;
    QString action; // "case.add", "event.add", "next-action.set", "document.add", "case.update"
    QString detail;
};

struct Case
{
    qint64 id = 0;
    QString ourRef;                                 // unique in the register
    QString theirRef;                               // the other side's reference, once known
    QString direction = QStringLiteral("outgoing"); // outgoing | incoming
    QString requestingState;                        // ISO 3166 alpha-3
    QString requestedState;
    QString requestingAuthority;
    QString handlingAuthority;
    QString legalBasis = QStringLiteral("untoc"); // untoc | untoc-treaty | treaty | reciprocity
    QString treaty;
    QStringList measures; // measure type ids (model/MeasureSchema)
    QStringList iccs;     // ICCS codes of the offences
    bool urgent = false;
    QDate deadline;
    QString urgencyReasons;
    bool confidential = false;
    QString handler;
    QString language;     // language of letters to the other side (BCP 47), empty = unknown
    QString requestId;    // the draft's UUID, if born from a draft
    QDate nextActionDate; // null: no next action
    QString nextAction;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString updatedBy;
    int version = 0; // row version for optimistic locking

    // Derived when read (never stored):
    QString status; // EventKind::statusAfter of the timeline
    QDate sentDate; // first "sent" or "received" event
    bool open = true;
    bool overdue(const QDate& today) const
    {
        return open && nextActionDate.isValid() && nextActionDate < today;
    }
};

// A case with the events and documents it starts with (registering, batch import).
struct NewCase
{
    Case data;
    QList<Event> events;
    QList<Document> documents;
};

} // namespace mla::reg
