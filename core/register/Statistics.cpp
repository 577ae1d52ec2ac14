#include "Statistics.h"

#include "EventKind.h"
#include "RegisterPrivate.h"

#include <QJsonArray>

namespace mla::reg {
namespace {

QJsonArray rows(const QList<CountRow>& list)
{
    QJsonArray a;
    for (const CountRow& r : list) {
        QJsonObject o{{QStringLiteral("direction"), r.direction},
                      {QStringLiteral("key"), r.key},
                      {QStringLiteral("count"), r.count}};
        if (!r.detail.isEmpty())
            o.insert(QStringLiteral("ground"), r.detail);
        a.append(o);
    }
    return a;
}

QString csvField(const QString& s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        return u'"' + QString(s).replace(u'"', QLatin1String("\"\"")) + u'"';
    return s;
}

} // namespace

QJsonObject Statistics::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    o.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    o.insert(QStringLiteral("asOf"), asOf.toString(Qt::ISODate));
    o.insert(QStringLiteral("totals"), rows(totals));
    o.insert(QStringLiteral("byState"), rows(byState));
    o.insert(QStringLiteral("byMeasure"), rows(byMeasure));
    o.insert(QStringLiteral("byIccsSection"), rows(byIccs));
    o.insert(QStringLiteral("byLegalBasis"), rows(byLegalBasis));
    o.insert(QStringLiteral("outcomes"), rows(outcomes));
    QJsonArray dur;
    for (const Duration& d : durations) {
        QJsonObject x{{QStringLiteral("direction"), d.direction},
                      {QStringLiteral("until"), d.measure},
                      {QStringLiteral("count"), d.count}};
        x.insert(QStringLiteral("medianDays"), d.median >= 0 ? QJsonValue(d.median) : QJsonValue());
        x.insert(QStringLiteral("p90Days"), d.p90 >= 0 ? QJsonValue(d.p90) : QJsonValue());
        dur.append(x);
    }
    o.insert(QStringLiteral("durations"), dur);
    o.insert(QStringLiteral("pendingByAge"), rows(pendingByAge));
    return o;
}

QString Statistics::toCsv() const
{
    QString out = QStringLiteral("section,direction,key,detail,value\n");
    auto add = [&](const QString& section, const QList<CountRow>& list) {
        for (const CountRow& r : list)
            out += QStringLiteral("%1,%2,%3,%4,%5\n")
                       .arg(section, r.direction, csvField(r.key), csvField(r.detail))
                       .arg(r.count);
    };
    add(QStringLiteral("total"), totals);
    add(QStringLiteral("state"), byState);
    add(QStringLiteral("measure"), byMeasure);
    add(QStringLiteral("iccs-section"), byIccs);
    add(QStringLiteral("legal-basis"), byLegalBasis);
    add(QStringLiteral("outcome"), outcomes);
    for (const Duration& d : durations) {
        out += QStringLiteral("duration,%1,%2,count,%3\n").arg(d.direction, d.measure).arg(d.count);
        out += QStringLiteral("duration,%1,%2,median-days,%3\n")
                   .arg(d.direction, d.measure, d.median >= 0 ? QString::number(d.median) : QString());
        out += QStringLiteral("duration,%1,%2,p90-days,%3\n")
                   .arg(d.direction, d.measure, d.p90 >= 0 ? QString::number(d.p90) : QString());
    }
    add(QStringLiteral("pending-age"), pendingByAge);
    return out;
}

Result<Statistics> Register::statistics(const QDate& from, const QDate& to, const QDate& asOf) const
{
    Statistics st;
    st.from = from.isValid() ? from : QDate(1900, 1, 1);
    st.to = to.isValid() ? to : asOf;
    st.asOf = asOf;
    const bool pg = d->pg;
    // The period's cases, once, in a temporary table (the connection's own, on either engine).
    QSqlDatabase db = d->db();
    {
        QSqlQuery t(db);
        t.exec(QStringLiteral("DROP TABLE IF EXISTS mla_stats_period"));
        // Created empty, then filled: PostgreSQL does not take parameters in CREATE TABLE AS.
        if (!t.exec(
                QStringLiteral("CREATE TEMP TABLE mla_stats_period (id BIGINT PRIMARY KEY, direction TEXT, "
                               "requesting_state TEXT, requested_state TEXT, legal_basis TEXT, sent TEXT)")))
            return sql::error(d->name, QStringLiteral("cannot prepare the statistics"), t.lastError());
        t.prepare(QStringLiteral("INSERT INTO mla_stats_period (id, direction, requesting_state, "
                                 "requested_state, legal_basis, sent) "
                                 "SELECT c.id, c.direction, c.requesting_state, c.requested_state, "
                                 "c.legal_basis, s.sent FROM cases c "
                                 "JOIN (SELECT case_id, MIN(event_date) AS sent FROM events WHERE kind IN "
                                 "('sent','received') GROUP BY "
                                 "case_id) s ON s.case_id = c.id WHERE s.sent >= :from AND s.sent <= :to"));
        t.bindValue(QStringLiteral(":from"), st.from.toString(Qt::ISODate));
        t.bindValue(QStringLiteral(":to"), st.to.toString(Qt::ISODate));
        if (!sql::exec(t))
            return sql::error(d->name, QStringLiteral("cannot select the period's cases"), t.lastError());
    }
    struct DropPeriod
    {
        QSqlDatabase db;
        ~DropPeriod() { QSqlQuery(db).exec(QStringLiteral("DROP TABLE IF EXISTS mla_stats_period")); }
    } dropPeriod{db};
    const QString period = QStringLiteral("WITH p AS (SELECT * FROM mla_stats_period) ");
    const QString outcomes = sql::idList(EventKind::outcomeKinds());
    auto run = [&](const QString& body, int columns, QList<CountRow>* out) -> Status {
        QSqlQuery q(db);
        q.prepare(period + body);
        if (body.contains(QLatin1String(":asof")))
            q.bindValue(QStringLiteral(":asof"), st.asOf.toString(Qt::ISODate));
        if (!sql::exec(q))
            return sql::error(d->name, QStringLiteral("cannot compute the statistics"), q.lastError());
        while (q.next()) {
            CountRow r;
            r.direction = q.value(0).toString();
            r.key = q.value(1).toString();
            if (columns == 4)
                r.detail = q.value(2).toString();
            r.count = q.value(columns - 1).toLongLong();
            *out << r;
        }
        return {};
    };
    const QString counterpart = QStringLiteral(
        "CASE WHEN p.direction = 'outgoing' THEN p.requested_state ELSE p.requesting_state END");
    const QList<std::tuple<QString, int, QList<CountRow>*>> queries{
        {QStringLiteral("SELECT p.direction, 'all', COUNT(*) FROM p GROUP BY p.direction ORDER BY 1"), 3,
         &st.totals},
        {QStringLiteral("SELECT p.direction, %1, COUNT(*) FROM p GROUP BY 1, 2 ORDER BY 1, 2")
             .arg(counterpart),
         3, &st.byState},
        {QStringLiteral(
             "SELECT p.direction, m.measure_type, COUNT(*) FROM p JOIN case_measures m ON m.case_id = p.id "
             "GROUP BY 1, 2 ORDER BY 1, 2"),
         3, &st.byMeasure},
        {QStringLiteral(
             "SELECT p.direction, substr(o.iccs, 1, 2), COUNT(DISTINCT p.id) FROM p JOIN case_offences o "
             "ON o.case_id = p.id GROUP BY 1, 2 ORDER BY 1, 2"),
         3, &st.byIccs},
        {QStringLiteral("SELECT p.direction, p.legal_basis, COUNT(*) FROM p GROUP BY 1, 2 ORDER BY 1, 2"), 3,
         &st.byLegalBasis},
        {QStringLiteral(
             "SELECT x.direction, x.outcome, x.ground, COUNT(*) FROM (SELECT p.direction, "
             "COALESCE(oe.kind, CASE WHEN EXISTS (SELECT 1 FROM events e WHERE e.case_id = p.id AND "
             "e.kind = 'closed') THEN 'closed' ELSE 'pending' END) AS outcome, "
             "COALESCE(oe.ground, '') AS ground FROM p LEFT JOIN events oe ON oe.id = (SELECT e.id FROM "
             "events e WHERE e.case_id = p.id AND e.kind IN %1 ORDER BY e.event_date DESC, e.id DESC "
             "LIMIT 1)) x GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
             .arg(outcomes),
         4, &st.outcomes},
        {QStringLiteral(
             "SELECT x.direction, CASE WHEN x.age <= 30 THEN '0-30' WHEN x.age <= 90 THEN '31-90' WHEN "
             "x.age <= 180 THEN '91-180' WHEN x.age <= 365 THEN '181-365' ELSE '366+' END, COUNT(*) "
             "FROM (SELECT p.direction, %1 AS age FROM p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE "
             "e.case_id = p.id AND (e.kind IN %2 OR e.kind = 'closed'))) x GROUP BY 1, 2 ORDER BY 1, 2")
             .arg(sql::days(pg, QStringLiteral("p.sent"), QStringLiteral(":asof")), outcomes),
         3, &st.pendingByAge},
    };
    for (const auto& [body, columns, out] : queries)
        if (Status s = run(body, columns, out); !s)
            return s.error();
    for (const QString& until : {QStringLiteral("acknowledged"), QStringLiteral("executed")}) {
        QSqlQuery q(db);
        q.prepare(
            period +
            QStringLiteral(
                ", f AS (SELECT e.case_id, MIN(e.event_date) AS at FROM events e JOIN p ON p.id = e.case_id "
                "WHERE e.kind = '%1' GROUP BY e.case_id), dd AS (SELECT p.direction, %2 AS days FROM p JOIN "
                "f ON f.case_id = p.id), "
                "r AS (SELECT direction, days, ROW_NUMBER() OVER (PARTITION BY direction ORDER BY "
                "days) AS rn, COUNT(*) OVER (PARTITION BY direction) AS n FROM dd) "
                "SELECT direction, MAX(n), MIN(CASE WHEN rn * 2 >= n THEN days END), MIN(CASE WHEN rn "
                "* 10 >= n * 9 THEN days END) FROM r GROUP BY direction ORDER BY direction")
                .arg(until, sql::days(pg, QStringLiteral("p.sent"), QStringLiteral("f.at"))));
        if (!sql::exec(q))
            return sql::error(d->name, QStringLiteral("cannot compute the durations"), q.lastError());
        while (q.next())
            st.durations << Duration{q.value(0).toString(), until, q.value(1).toLongLong(),
                                     q.value(2).toInt(), q.value(3).toInt()};
    }
    return st;
}

} // namespace mla::reg
