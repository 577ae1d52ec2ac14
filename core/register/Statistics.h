#pragma once
// The register's statistics for a period, computed by SQL on either engine (Register::statistics).
// A case belongs to the period when its first "sent" (outgoing) or "received" (incoming) event
// falls within [from, to]. The counterpart State is the requested State of an outgoing case and
// the requesting State of an incoming one. Durations are whole days from that first event to
// the first "acknowledged" / "executed"; median and 90th percentile by the nearest-rank method
// (the smallest value whose rank r satisfies r >= p·n).

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mla::reg {

struct CountRow
{
    QString direction; // outgoing | incoming
    QString key;       // State, measure type, ICCS section, legal basis, outcome, age bucket…
    QString detail;    // refusals: the 18(21) ground; otherwise empty
    qint64 count = 0;
};

struct Duration
{
    QString direction;
    QString measure; // "acknowledged" | "executed"
    qint64 count = 0;
    int median = -1; // days; -1 when count == 0
    int p90 = -1;
};

struct Statistics
{
    QDate from, to, asOf;
    QList<CountRow> totals;       // key: "all"
    QList<CountRow> byState;      // key: ISO 3166 alpha-3
    QList<CountRow> byMeasure;    // key: measure type id
    QList<CountRow> byIccs;       // key: ICCS section (first two digits); a case counts once per section
    QList<CountRow> byLegalBasis; // key: untoc | untoc-treaty | treaty | reciprocity
    QList<CountRow>
        outcomes; // key: executed | partly-executed | refused | withdrawn | no-longer-required | pending
    QList<Duration> durations;
    QList<CountRow> pendingByAge; // key: 0-30 | 31-90 | 91-180 | 181-365 | 366+ (days since sent)

    QJsonObject toJson() const;
    QString toCsv() const; // section,direction,key,detail,value
};

} // namespace mla::reg
