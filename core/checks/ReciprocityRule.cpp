// Reciprocity: the requested State's policy against the assurance of reciprocity the request
// gives (legalBasis.reciprocityAssurance, with its wording in legalBasis.reciprocityNote).
#include "Rule.h"

namespace mla::checks {
namespace {

class ReciprocityRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("reciprocity"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Request& r = ctx.request();
        const LegalBasis& lb = r.legalBasis;
        const QString article;
        const QString assurancePath = QStringLiteral("legalBasis.reciprocityAssurance");
        const QString name = ctx.requestedName();
        if (lb.kind == LegalBasisKind::Reciprocity && !lb.reciprocityAssurance)
            out << CheckContext::make(id(), Severity::Blocking, article, assurancePath,
                                      QStringLiteral("reciprocity.basisWithoutAssurance"), {},
                                      QStringLiteral("legal basis of the request"));
        if (lb.reciprocityAssurance && lb.reciprocityNote.isEmpty())
            out << CheckContext::make(
                id(), Severity::Warning, article, QStringLiteral("legalBasis.reciprocityNote"),
                QStringLiteral("reciprocity.noteMissing"), {}, QStringLiteral("legal basis of the request"));
        if (r.requestedState.isEmpty())
            return;
        const auto* state = ctx.requested();
        using P = requirements::ReciprocityPolicy;
        const P policy = state ? state->reciprocity.policy : P::Unknown;
        const QString src = state ? CheckContext::provenanceText(state->reciprocity.provenance)
                                  : QStringLiteral("requirements database: nothing recorded");
        const QString notes = state ? state->reciprocity.notes : QString();
        switch (policy) {
        case P::Unknown:
            out << CheckContext::make(
                id(), lb.reciprocityAssurance ? Severity::Info : Severity::Warning, article, assurancePath,
                lb.reciprocityAssurance ? QStringLiteral("reciprocity.unknownAssuranceGiven")
                                        : QStringLiteral("reciprocity.unknown"),
                {name}, src);
            break;
        case P::NotRequired:
            out << CheckContext::make(id(), Severity::Info, article, assurancePath,
                                      QStringLiteral("reciprocity.notRequired"), {name, notes}, src);
            break;
        case P::AssuranceRequired:
            out << CheckContext::make(
                id(), lb.reciprocityAssurance ? Severity::Info : Severity::Blocking, article, assurancePath,
                lb.reciprocityAssurance ? QStringLiteral("reciprocity.assuranceGiven")
                                        : QStringLiteral("reciprocity.assuranceMissing"),
                {name, notes}, src);
            break;
        case P::RequiredAbsentTreaty: {
            const bool treaty = !ctx.treatiesInForce().isEmpty() || lb.kind == LegalBasisKind::Treaty;
            if (treaty)
                out << CheckContext::make(id(), Severity::Info, article, assurancePath,
                                          QStringLiteral("reciprocity.treatyInstead"), {name, notes}, src);
            else
                out << CheckContext::make(id(), lb.reciprocityAssurance ? Severity::Info : Severity::Blocking,
                                          article, assurancePath,
                                          lb.reciprocityAssurance
                                              ? QStringLiteral("reciprocity.assuranceGiven")
                                              : QStringLiteral("reciprocity.assuranceMissing"),
                                          {name, notes}, src);
            break;
        }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeReciprocityRule()
{
    return std::make_unique<ReciprocityRule>();
}

} // namespace mla::checks
