// Statistics computed by SQL on each engine, compared with the same figures recomputed here
// from the generated timelines by plain C++ (nearest-rank percentiles, as Statistics.h defines).
#include "RegisterTestSupport.h"

#include "register/EventKind.h"
#include "register/Register.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <random>

using namespace mla;
using namespace mla::reg;

namespace {

using Counts = QMap<QString, qint64>; // "direction|key|detail" -> count

Counts toMap(const QList<CountRow>& rows)
{
    Counts m;
    for (const CountRow& r : rows)
        m[r.direction + u'|' + r.key + u'|' + r.detail] += r.count;
    return m;
}

int nearestRank(QList<int> v, int num, int den)
{
    std::sort(v.begin(), v.end());
    for (int r = 1; r <= v.size(); ++r)
        if (qint64(r) * den >= qint64(v.size()) * num)
            return v[r - 1];
    return -1;
}

QList<NewCase> generate(int count, unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](const QStringList& l) { return l[int(rng() % unsigned(l.size()))]; };
    const QStringList states{QStringLiteral("ESP"), QStringLiteral("FRA"), QStringLiteral("LVA"),
                             QStringLiteral("ZAF"), QStringLiteral("BRA")};
    const QStringList measures{QStringLiteral("evidence"), QStringLiteral("bank-records"),
                               QStringLiteral("freezing"), QStringLiteral("stored-data"),
                               QStringLiteral("videoconference")};
    const QStringList iccs{QStringLiteral("070112"), QStringLiteral("07041"), QStringLiteral("0201"),
                           QStringLiteral("090111"), QStringLiteral("0601")};
    const QStringList bases{QStringLiteral("untoc"), QStringLiteral("untoc-treaty"), QStringLiteral("treaty"),
                            QStringLiteral("reciprocity")};
    QList<NewCase> out;
    for (int i = 0; i < count; ++i) {
        NewCase nc;
        Case& c = nc.data;
        c.ourRef = QStringLiteral("S-%1").arg(i);
        c.direction = rng() % 3 ? QStringLiteral("outgoing") : QStringLiteral("incoming");
        c.requestingState = c.direction == QLatin1String("outgoing") ? QStringLiteral("ZAF") : pick(states);
        c.requestedState = c.direction == QLatin1String("outgoing") ? pick(states) : QStringLiteral("ZAF");
        c.legalBasis = pick(bases);
        for (int k = 0; k < 1 + int(rng() % 3); ++k)
            if (const QString m = pick(measures); !c.measures.contains(m))
                c.measures << m;
        for (int k = 0; k < 1 + int(rng() % 2); ++k)
            if (const QString o = pick(iccs); !c.iccs.contains(o))
                c.iccs << o;
        QDate d = QDate(2024, 1, 1).addDays(int(rng() % 900));
        auto add = [&](const QString& kind) {
            Event e;
            e.kind = kind;
            e.date = d;
            if (kind == QLatin1String("refused")) {
                e.ground = pick(
                    {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
                e.reasons = QStringLiteral("reasons");
            }
            nc.events << e;
        };
        add(QStringLiteral("drafted"));
        if (rng() % 10 == 0) { // never sent: in no statistic
            out << nc;
            continue;
        }
        d = d.addDays(int(rng() % 20));
        add(c.direction == QLatin1String("outgoing") ? QStringLiteral("sent") : QStringLiteral("received"));
        if (rng() % 4) {
            d = d.addDays(int(rng() % 60));
            add(QStringLiteral("acknowledged"));
        }
        switch (rng() % 6) {
        case 0:
            d = d.addDays(int(rng() % 300));
            add(QStringLiteral("executed"));
            break;
        case 1:
            d = d.addDays(int(rng() % 100));
            add(QStringLiteral("partly-executed"));
            if (rng() % 2) {
                d = d.addDays(int(rng() % 100));
                add(QStringLiteral("executed"));
            }
            break;
        case 2:
            d = d.addDays(int(rng() % 200));
            add(QStringLiteral("refused"));
            break;
        case 3:
            d = d.addDays(int(rng() % 50));
            add(rng() % 2 ? QStringLiteral("withdrawn") : QStringLiteral("no-longer-required"));
            break;
        default: // pending
            break;
        }
        if (rng() % 5 == 0) {
            d = d.addDays(3);
            add(QStringLiteral("closed"));
        }
        out << nc;
    }
    return out;
}

struct Expected
{
    Counts totals, byState, byMeasure, byIccs, byBasis, outcomes, pending;
    QMap<QString, QList<int>> durations; // "direction|acknowledged" -> days
};

Expected recompute(const QList<NewCase>& cases, const QDate& from, const QDate& to, const QDate& asOf)
{
    Expected x;
    for (const NewCase& nc : cases) {
        const Case& c = nc.data;
        QDate start, ack, exec;
        const Event* outcome = nullptr;
        bool closed = false;
        for (const Event& e : nc.events) {
            if ((e.kind == QLatin1String("sent") || e.kind == QLatin1String("received")) &&
                (!start.isValid() || e.date < start))
                start = e.date;
            if (e.kind == QLatin1String("acknowledged") && (!ack.isValid() || e.date < ack))
                ack = e.date;
            if (e.kind == QLatin1String("executed") && (!exec.isValid() || e.date < exec))
                exec = e.date;
            if (EventKind::outcomeKinds().contains(e.kind) && (!outcome || e.date >= outcome->date))
                outcome = &e;
            closed = closed || e.kind == QLatin1String("closed");
        }
        if (!start.isValid() || start < from || start > to)
            continue;
        const QString dir = c.direction + u'|';
        x.totals[dir + QStringLiteral("all|")]++;
        x.byState[dir + (c.direction == QLatin1String("outgoing") ? c.requestedState : c.requestingState) +
                  u'|']++;
        for (const QString& m : c.measures)
            x.byMeasure[dir + m + u'|']++;
        QStringList sections;
        for (const QString& code : c.iccs)
            if (!sections.contains(code.left(2)))
                sections << code.left(2);
        for (const QString& s : sections)
            x.byIccs[dir + s + u'|']++;
        x.byBasis[dir + c.legalBasis + u'|']++;
        const QString key = outcome  ? outcome->kind
                            : closed ? QStringLiteral("closed")
                                     : QStringLiteral("pending");
        x.outcomes[dir + key + u'|' + (outcome ? outcome->ground : QString())]++;
        if (ack.isValid())
            x.durations[dir + QStringLiteral("acknowledged")] << int(start.daysTo(ack));
        if (exec.isValid())
            x.durations[dir + QStringLiteral("executed")] << int(start.daysTo(exec));
        if (!outcome && !closed) {
            const qint64 age = start.daysTo(asOf);
            const QString bucket = age <= 30    ? QStringLiteral("0-30")
                                   : age <= 90  ? QStringLiteral("31-90")
                                   : age <= 180 ? QStringLiteral("91-180")
                                   : age <= 365 ? QStringLiteral("181-365")
                                                : QStringLiteral("366+");
            x.pending[dir + bucket + u'|']++;
        }
    }
    return x;
}

} // namespace

TEST_CASE("statistics computed in SQL equal those recomputed from the timelines", "[register][stats]")
{
    const QList<NewCase> cases = generate(400, 20261201);
    const QDate asOf(2026, 12, 1);
    for (const test::Engine& engine : test::freshEngines()) {
        INFO(engine.name.toStdString());
        auto r = Register::open(engine.url);
        REQUIRE(r);
        MLA_REQUIRE_OK(r.value()->importCases(cases));
        const QList<QPair<QDate, QDate>> periods{{QDate(), QDate()},
                                                 {QDate(2025, 1, 1), QDate(2025, 12, 31)},
                                                 {QDate(2024, 3, 15), QDate(2024, 9, 1)}};
        for (const auto& [from, to] : periods) {
            INFO(from.toString(Qt::ISODate).toStdString()
                 << " to " << to.toString(Qt::ISODate).toStdString());
            auto st = r.value()->statistics(from, to, asOf);
            MLA_REQUIRE_OK(st);
            const Expected x =
                recompute(cases, from.isValid() ? from : QDate(1900, 1, 1), to.isValid() ? to : asOf, asOf);
            REQUIRE(x.totals.size() == 2); // both directions present: the comparison is not vacuous
            CHECK(toMap(st.value().totals) == x.totals);
            CHECK(toMap(st.value().byState) == x.byState);
            CHECK(toMap(st.value().byMeasure) == x.byMeasure);
            CHECK(toMap(st.value().byIccs) == x.byIccs);
            CHECK(toMap(st.value().byLegalBasis) == x.byBasis);
            CHECK(toMap(st.value().outcomes) == x.outcomes);
            CHECK(toMap(st.value().pendingByAge) == x.pending);
            int seen = 0;
            for (const Duration& d : st.value().durations) {
                const QList<int> days = x.durations.value(d.direction + u'|' + d.measure);
                INFO(d.direction.toStdString() << " " << d.measure.toStdString());
                CHECK(d.count == days.size());
                CHECK(d.median == nearestRank(days, 1, 2));
                CHECK(d.p90 == nearestRank(days, 9, 10));
                ++seen;
            }
            CHECK(seen == x.durations.size());
        }
        // CSV and JSON carry the same figures.
        auto st = r.value()->statistics({}, {}, asOf);
        const QString csv = st.value().toCsv();
        CHECK(csv.startsWith(QLatin1String("section,direction,key,detail,value\n")));
        CHECK(csv.contains(QLatin1String("duration,outgoing,acknowledged,median-days,")));
        CHECK(st.value().toJson().value(QStringLiteral("byLegalBasis")).toArray().size() ==
              st.value().byLegalBasis.size());
    }
}
