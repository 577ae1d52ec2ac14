#include "Checker.h"

#include "CheckContext.h"
#include "Rule.h"

namespace mla::checks {
namespace {

const std::vector<std::unique_ptr<Rule>>& rules()
{
    static const std::vector<std::unique_ptr<Rule>> all = [] {
        std::vector<std::unique_ptr<Rule>> v;
        v.push_back(makeCompletenessRule());
        v.push_back(makeMeasureDetailsRule());
        v.push_back(makePersonsRule());
        v.push_back(makeScopeRule());
        v.push_back(makePartyRule());
        v.push_back(makeTreatyRule());
        v.push_back(makeDualCriminalityRule());
        v.push_back(makeReciprocityRule());
        v.push_back(makeLanguageRule());
        v.push_back(makeChannelRule());
        v.push_back(makeElectronicRule());
        v.push_back(makeMeasureAvailabilityRule());
        v.push_back(makeUrgencyRule());
        v.push_back(makeConfidentialityRule());
        v.push_back(makeUseLimitationRule());
        v.push_back(makeTextHygieneRule());
        v.push_back(makeLegalTermsRule());
        v.push_back(makeUntranslatedTextRule());
        return v;
    }();
    return all;
}

} // namespace

QList<Finding> runChecks(const Request& request, const requirements::Database* db)
{
    const CheckContext ctx(request, db);
    QList<Finding> out;
    for (const auto& r : rules())
        r->run(ctx, out);
    return out;
}

bool hasBlocking(const QList<Finding>& findings)
{
    for (const auto& f : findings)
        if (f.severity == Severity::Blocking)
            return true;
    return false;
}

QStringList ruleIds()
{
    QStringList ids;
    for (const auto& r : rules())
        ids << r->id();
    return ids;
}

} // namespace mla::checks
