#pragma once
// An anonymised case summary of the kind the UNODC digest of cases on UNTOC as a legal basis
// collects, from a closed case: States, year, offence categories (ICCS sections), measures,
// legal basis and how it was accepted, outcome, duration, lessons learned. Never names of
// persons, never references (ours, theirs, the draft's id), never paths. Marked as a draft for
// the central authority's approval. Written as case-report.json and case-report.pdf.

#include "base/Error.h"
#include "register/CaseRecord.h"

#include <QJsonObject>
#include <QStringList>

namespace mla::reg::letters {

struct CaseSummary
{
    QString requestingState, requestedState; // ISO 3166 alpha-3
    QString direction;
    int year = 0; // year sent or received
    QStringList iccsSections;
    QStringList measures;
    QString legalBasis;
    QString legalBasisAccepted; // "accepted" (executed at least in part), "not accepted" (refused under
                                // 18(21)(a)), "unknown"
    QString outcome; // executed | partly-executed | refused | withdrawn | no-longer-required | closed
    QString refusalGround;
    int durationDays = -1; // sent/received → outcome
    QString lessons;
    bool closed = false;

    QJsonObject toJson() const;
};

// Errors: report.open (the case is still open), report.identifying (the lessons quote one of
// the case's references).
Result<CaseSummary> summarise(const Case& c, const QList<Event>& timeline, const QString& lessons);

// Writes `dir`/case-report.json and `dir`/case-report.pdf atomically; returns their paths.
// Errors: report.write.
Result<QStringList> writeCaseReport(const CaseSummary& s, const QString& dir);

} // namespace mla::reg::letters
