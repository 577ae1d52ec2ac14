// 18(9): dual criminality, judged on the conduct (ICCS codes) against what the requested State
// criminalizes, where its policy applies to the measures sought (coercive: MeasureSpec::coercive).
#include "Rule.h"

#include "requirements/IccsCode.h"

namespace mla::checks {
namespace {

class DualCriminalityRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("dual-criminality"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Request& r = ctx.request();
        if (r.requestedState.isEmpty() || r.measures.isEmpty())
            return;
        const QString article = QStringLiteral("18(9)");
        const QString conv = CheckContext::convention(article);
        const auto* state = ctx.requested();
        using P = requirements::DualCriminalityPolicy;
        const P policy = state ? state->dualCriminality.policy : P::Unknown;
        const QString src = state ? CheckContext::provenanceText(state->dualCriminality.provenance)
                                  : QStringLiteral("requirements database: nothing recorded");
        const QString name = ctx.requestedName();
        bool applies = false;
        switch (policy) {
        case P::NotRequired:
            out << CheckContext::make(id(), Severity::Info, article, QStringLiteral("requestedState"),
                                      QStringLiteral("dual.notRequired"),
                                      {name, state->dualCriminality.notes}, src);
            return;
        case P::RequiredForCoercive:
            if (!ctx.anyCoercive()) {
                out << CheckContext::make(id(), Severity::Info, article, QStringLiteral("measures"),
                                          QStringLiteral("dual.notApplicable"), {name}, src);
                return;
            }
            applies = true;
            break;
        case P::RequiredForAll:
            applies = true;
            break;
        case P::Unknown:
            out << CheckContext::make(id(), Severity::Warning, article, QStringLiteral("requestedState"),
                                      QStringLiteral("dual.policyUnknown"), {name}, src);
            break;
        }
        // Under an unknown policy the conduct is still compared, so that what is known is shown.
        for (const auto& o : r.offences) {
            const QString base = QStringLiteral("offences[%1].iccsCodes").arg(o.id);
            if (o.iccsCodes.isEmpty()) {
                out << CheckContext::make(id(), Severity::Warning, article, base,
                                          QStringLiteral("dual.noCodes"), {o.id}, conv);
                continue;
            }
            for (const QString& code : o.iccsCodes)
                compare(ctx, o.id, code, base, out);
        }
        if (r.dualCriminalityNote.isEmpty() && (applies || ctx.anyCoercive()))
            out << CheckContext::make(id(), applies ? Severity::Blocking : Severity::Warning, article,
                                      QStringLiteral("dualCriminalityNote"),
                                      QStringLiteral("dual.noteMissing"), {name}, applies ? src : conv);
    }

private:
    void compare(const CheckContext& ctx, const QString& offenceId, const QString& code, const QString& path,
                 QList<Finding>& out) const
    {
        const QString article = QStringLiteral("18(9)");
        const auto* state = ctx.requested();
        const requirements::CriminalizedConduct* best = nullptr;
        if (state) {
            // The most specific record that covers the offence's code decides.
            for (const auto& c : state->conduct)
                if (requirements::IccsCode::covers(c.iccs, code) &&
                    (!best || c.iccs.size() > best->iccs.size()))
                    best = &c;
        }
        QString label = code;
        if (ctx.database())
            if (auto ic = ctx.database()->iccsCode(code))
                label += QStringLiteral(" ") + ic->names.value(QStringLiteral("en"));
        if (best && best->criminalized == requirements::Tri::Yes) {
            out << CheckContext::make(id(), Severity::Info, article, path, QStringLiteral("dual.satisfied"),
                                      {offenceId, label, ctx.requestedName(),
                                       best->provision.isEmpty() ? best->iccs : best->provision},
                                      CheckContext::provenanceText(best->provenance));
        } else if (best && best->criminalized == requirements::Tri::No) {
            out << CheckContext::make(id(), Severity::Warning, article, path,
                                      QStringLiteral("dual.notSatisfied"),
                                      {offenceId, label, ctx.requestedName(), best->notes},
                                      CheckContext::provenanceText(best->provenance));
        } else {
            out << CheckContext::make(id(), Severity::Warning, article, path, QStringLiteral("dual.unknown"),
                                      {offenceId, label, ctx.requestedName()},
                                      best ? CheckContext::provenanceText(best->provenance)
                                           : QStringLiteral("requirements database: nothing recorded"));
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeDualCriminalityRule()
{
    return std::make_unique<DualCriminalityRule>();
}

} // namespace mla::checks
