// 18(19): the requesting State shall not use the information or evidence for other proceedings
// without the prior consent of the requested State; the request states the use it will make.
#include "Rule.h"

namespace mla::checks {
namespace {

class UseLimitationRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("use-limitation"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const QString article = QStringLiteral("18(19)");
        if (ctx.request().useLimitation.isEmpty())
            out << CheckContext::make(id(), Severity::Warning, article, QStringLiteral("useLimitation"),
                                      QStringLiteral("useLimitation.missing"), {},
                                      CheckContext::convention(article));
        if (const auto* s = ctx.requested(); s && !s->practice.useLimitation.isEmpty())
            out << CheckContext::make(id(), Severity::Info, article, QStringLiteral("useLimitation"),
                                      QStringLiteral("useLimitation.practice"),
                                      {ctx.requestedName(), s->practice.useLimitation},
                                      CheckContext::provenanceText(s->practice.provenance));
    }
};

} // namespace

std::unique_ptr<Rule> makeUseLimitationRule()
{
    return std::make_unique<UseLimitationRule>();
}

} // namespace mla::checks
