// What the requested State reports about each measure sought: not available, or limited, with
// the alternative it offers.
#include "Rule.h"

namespace mla::checks {
namespace {

class MeasureAvailabilityRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("measure-availability"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const auto* state = ctx.requested();
        if (!state)
            return; // the party, language and channel rules already say the State is unknown
        for (const auto& m : ctx.request().measures) {
            const MeasureSpec& spec = measureSpec(m.type);
            const auto* note = state->measure(spec.id);
            if (!note)
                continue;
            const QString path = QStringLiteral("measures[%1]").arg(m.id);
            const QString title = QString::fromLatin1(spec.title);
            const QString src = CheckContext::provenanceText(note->provenance);
            using A = requirements::Availability;
            if (note->availability == A::NotAvailable)
                out << CheckContext::make(
                    id(), Severity::Warning, spec.article, path, QStringLiteral("availability.notAvailable"),
                    {ctx.requestedName(), title, note->details, note->alternative}, src);
            else if (note->availability == A::Limited)
                out << CheckContext::make(
                    id(), Severity::Warning, spec.article, path, QStringLiteral("availability.limited"),
                    {ctx.requestedName(), title, note->details, note->alternative}, src);
            else if (note->availability == A::Available && !note->details.isEmpty())
                out << CheckContext::make(id(), Severity::Info, spec.article, path,
                                          QStringLiteral("availability.details"),
                                          {ctx.requestedName(), title, note->details}, src);
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeMeasureAvailabilityRule()
{
    return std::make_unique<MeasureAvailabilityRule>();
}

} // namespace mla::checks
