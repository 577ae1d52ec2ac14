#include "StatisticsReport.h"

#include "LetterPdf.h"

#include "model/Vocabulary.h"
#include "render/TemplateSet.h"

#include <QLocale>

#include <functional>

namespace mla::reg::letters {

Result<QStringList> statisticsLines(const StatisticsReportInput& in)
{
    if (!isUnLanguage(in.language))
        return Error{QStringLiteral("letter.language"),
                     QStringLiteral("reports are written in the six UN languages (%1), not '%2'")
                         .arg(unLanguages().join(u", "), in.language),
                     {},
                     0,
                     0};
    auto units = loadLetterUnits(in.language, in.templateDirectory);
    if (!units)
        return units.error();
    const QMap<QString, QString>& u = units.value();
    auto request = render::TemplateSet::load(in.language);
    const QLocale locale(in.language);
    const Statistics& s = in.stats;
    auto day = [](const QDate& d) { return d.toString(Qt::ISODate); };
    auto num = [&](qint64 n) { return locale.toString(n); };
    QStringList out;
    out << fillUnit(u, QStringLiteral("stats.title"));
    out << fillUnit(u, QStringLiteral("stats.period"),
                    {{QStringLiteral("from"), day(s.from)},
                     {QStringLiteral("to"), day(s.to)},
                     {QStringLiteral("asOf"), day(s.asOf)}});
    for (const QString& dir : {QStringLiteral("outgoing"), QStringLiteral("incoming")}) {
        out << QStringLiteral("## ") + fillUnit(u, QStringLiteral("stats.") + dir);
        qint64 total = 0;
        for (const CountRow& r : s.totals)
            if (r.direction == dir)
                total += r.count;
        out << fillUnit(u, QStringLiteral("stats.total"), {{QStringLiteral("count"), num(total)}});
        if (total == 0)
            continue;
        auto section = [&](const QString& title, const QList<CountRow>& rows,
                           const std::function<QString(const CountRow&)>& label) {
            out << QStringLiteral("### ") + fillUnit(u, title);
            bool any = false;
            for (const CountRow& r : rows)
                if (r.direction == dir) {
                    out << QStringLiteral("• ") + label(r) + QStringLiteral(": ") + num(r.count);
                    any = true;
                }
            if (!any)
                out << QStringLiteral("• ") + fillUnit(u, QStringLiteral("stats.none"));
        };
        section(QStringLiteral("stats.byState"), s.byState,
                [&](const CountRow& r) { return in.stateNames.value(r.key, r.key); });
        section(QStringLiteral("stats.byMeasure"), s.byMeasure, [&](const CountRow& r) {
            return request ? request.value().text(QStringLiteral("measure.") + r.key) : r.key;
        });
        section(QStringLiteral("stats.byIccs"), s.byIccs, [&](const CountRow& r) { return r.key; });
        section(QStringLiteral("stats.byLegalBasis"), s.byLegalBasis,
                [&](const CountRow& r) { return fillUnit(u, QStringLiteral("basis.") + r.key); });
        section(QStringLiteral("stats.outcomes"), s.outcomes, [&](const CountRow& r) {
            return fillUnit(u, QStringLiteral("outcome.") + r.key, {{QStringLiteral("ground"), r.detail}});
        });
        out << QStringLiteral("### ") + fillUnit(u, QStringLiteral("stats.durations"));
        bool anyDuration = false;
        for (const Duration& d : s.durations)
            if (d.direction == dir) {
                anyDuration = true;
                out << QStringLiteral("• ") +
                           fillUnit(u, QStringLiteral("stats.duration.row"),
                                    {{QStringLiteral("until"),
                                      fillUnit(u, QStringLiteral("stats.until.") + d.measure)},
                                     {QStringLiteral("count"), num(d.count)},
                                     {QStringLiteral("median"), num(d.median)},
                                     {QStringLiteral("p90"), num(d.p90)}});
            }
        if (!anyDuration)
            out << QStringLiteral("• ") + fillUnit(u, QStringLiteral("stats.none"));
        section(QStringLiteral("stats.pending"), s.pendingByAge, [&](const CountRow& r) { return r.key; });
    }
    out << fillUnit(u, QStringLiteral("letter.review"));
    return out;
}

Result<int> writeStatisticsReport(const StatisticsReportInput& in, const QString& outPath)
{
    auto lines = statisticsLines(in);
    if (!lines)
        return lines.error();
    QList<PdfBlock> blocks;
    const QStringList& l = lines.value();
    for (int i = 0; i < l.size(); ++i) {
        PdfBlock b{PdfBlock::Para, l[i]};
        if (i == 0 || l[i].startsWith(QLatin1String("## ")))
            b = PdfBlock{PdfBlock::Title, i == 0 ? l[i] : l[i].mid(3)};
        else if (l[i].startsWith(QLatin1String("### ")))
            b = PdfBlock{PdfBlock::Para, l[i].mid(4)};
        else if (l[i].startsWith(QStringLiteral("• ")))
            b = PdfBlock{PdfBlock::Item, l[i].mid(2)};
        else if (i == l.size() - 1)
            b.kind = PdfBlock::Small;
        blocks << b;
    }
    int pages = 0;
    auto written = writePdf(blocks, in.language, l.first(), outPath, &pages);
    if (!written)
        return written.error();
    return pages;
}

} // namespace mla::reg::letters
