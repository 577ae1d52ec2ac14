#pragma once
// The statistical report of the register as PDF, in any of the six UN languages: the period,
// then for requests sent and received the totals and the counts by State, type of assistance,
// ICCS section, legal basis (UNTOC alone or with a treaty — the question UNODC asks States),
// outcomes (refusals by 18(21) ground), times taken (median, 90th percentile) and pending cases
// by age. Tables as text; no charts yet. Text from templates/letters/<lang>.xlf.

#include "base/Error.h"
#include "register/Statistics.h"

#include <QMap>
#include <QStringList>

namespace mla::reg::letters {

struct StatisticsReportInput
{
    Statistics stats;
    QString language;
    QMap<QString, QString> stateNames; // ISO3 -> name in `language`; missing: the code
    QString templateDirectory;         // empty: built in
};

// The report's lines (title first; "• " marks an item). Errors: letter.language, template.*.
Result<QStringList> statisticsLines(const StatisticsReportInput& in);
// Writes the PDF atomically; returns the page count.
Result<int> writeStatisticsReport(const StatisticsReportInput& in, const QString& outPath);

} // namespace mla::reg::letters
