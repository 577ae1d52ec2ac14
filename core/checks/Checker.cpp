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

namespace {

// The record kind (core/requirements/README.md) that would settle an "unknown" finding.
QString settlingKind(const Finding& f)
{
    const QString& k = f.messageKey;
    const bool unknown = k.contains(QLatin1String("nknown")) && !k.startsWith(QLatin1String("scope.")) &&
                         !k.startsWith(QLatin1String("measure-details."));
    if (!unknown && k != QLatin1String("treaty.notRecorded"))
        return {};
    if (k == QLatin1String("state.unknown"))
        return QStringLiteral("state");
    if (k.startsWith(QLatin1String("party.")))
        return QStringLiteral("untoc");
    if (k.startsWith(QLatin1String("treaty.")))
        return QStringLiteral("treaty");
    if (k == QLatin1String("dual.unknown"))
        return QStringLiteral("conduct");
    if (k.startsWith(QLatin1String("dual.")))
        return QStringLiteral("dual-criminality");
    if (k.startsWith(QLatin1String("reciprocity.")))
        return QStringLiteral("reciprocity");
    if (k.startsWith(QLatin1String("language.")))
        return QStringLiteral("languages");
    if (k.startsWith(QLatin1String("channel.")))
        return QStringLiteral("channels");
    if (k.startsWith(QLatin1String("electronic.")))
        return QStringLiteral("electronic");
    return {};
}

// Who to ask: the central authority on record, else a national-practice note naming one.
QString authorityToAsk(const CheckContext& ctx)
{
    const auto* s = ctx.requested();
    if (!s)
        return {};
    const auto& ca = s->centralAuthority;
    if (!ca.name.isEmpty()) {
        QString who = ca.name;
        if (!ca.email.isEmpty())
            who += QStringLiteral(", ") + ca.email;
        return QStringLiteral("%1 (central authority on record; %2)")
            .arg(who, CheckContext::provenanceText(ca.provenance));
    }
    for (const auto& d : s->declarationsOn(QStringLiteral("18-13")))
        if (!d.text.isEmpty())
            return QStringLiteral("%1 (national practice note, not a UNTOC notification; %2)")
                .arg(d.text, CheckContext::provenanceText(d.provenance));
    return {};
}

} // namespace

QList<Finding> runChecks(const Request& request, const requirements::Database* db)
{
    const CheckContext ctx(request, db);
    QList<Finding> out;
    for (const auto& r : rules())
        r->run(ctx, out);
    const QString iso3 = request.requestedState;
    const QString ask = authorityToAsk(ctx);
    for (auto& f : out) {
        const QString kind = settlingKind(f);
        if (kind.isEmpty())
            continue;
        if (kind == QLatin1String("treaty"))
            f.settle = QStringLiteral("treaty record of %1 and %2").arg(request.requestingState, iso3);
        else if (kind == QLatin1String("conduct"))
            f.settle = QStringLiteral("conduct record of %1 for the offence's ICCS code").arg(iso3);
        else
            f.settle = QStringLiteral("%1 record of %2")
                           .arg(kind, iso3.isEmpty() ? QStringLiteral("the requested State") : iso3);
        f.askAuthority = ask;
        f.settleKind = kind;
        f.settleState = iso3;
    }
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
