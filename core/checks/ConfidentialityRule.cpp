// 18(20): the requesting State may require that the requested State keep confidential the fact
// and substance of the request; the request should say why.
#include "Rule.h"

namespace mla::checks {
namespace {

class ConfidentialityRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("confidentiality"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Confidentiality& c = ctx.request().confidentiality;
        const QString article = QStringLiteral("18(20)");
        if (!c.requested)
            return;
        if (c.reasons.isEmpty())
            out << CheckContext::make(
                id(), Severity::Blocking, article, QStringLiteral("confidentiality.reasons"),
                QStringLiteral("confidentiality.reasons"), {}, CheckContext::convention(article));
        if (const auto* s = ctx.requested(); s && !s->practice.confidentiality.isEmpty())
            out << CheckContext::make(id(), Severity::Info, article,
                                      QStringLiteral("confidentiality.requested"),
                                      QStringLiteral("confidentiality.practice"),
                                      {ctx.requestedName(), s->practice.confidentiality},
                                      CheckContext::provenanceText(s->practice.provenance));
    }
};

} // namespace

std::unique_ptr<Rule> makeConfidentialityRule()
{
    return std::make_unique<ConfidentialityRule>();
}

} // namespace mla::checks
