// Whether the requested State is a party to the Convention (needed when the Convention is the
// legal basis). Unknown is reported as such, never as a pass.
#include "Rule.h"

namespace mla::checks {
namespace {

class PartyRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("party"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Request& r = ctx.request();
        if (r.requestedState.isEmpty())
            return; // completeness reports it
        const bool untocBasis = r.legalBasis.kind == LegalBasisKind::Untoc;
        const QString path = QStringLiteral("requestedState");
        const QString article = QStringLiteral("art. 18(1)");
        const auto* state = ctx.requested();
        if (!state) {
            out << CheckContext::make(id(), Severity::Warning, article, path, QStringLiteral("state.unknown"),
                                      {r.requestedState}, QStringLiteral("requirements database"));
            return;
        }
        using S = requirements::UntocStatus;
        const auto& u = state->untoc;
        const QString src = CheckContext::provenanceText(u.provenance);
        switch (u.status) {
        case S::Party: {
            QString detail = u.statusNote.isEmpty() ? QStringLiteral("party") : u.statusNote;
            if (u.date.isValid())
                detail += QStringLiteral(", ") + u.date.toString(Qt::ISODate);
            out << CheckContext::make(id(), Severity::Info, article, path, QStringLiteral("party.party"),
                                      {ctx.requestedName(), detail}, src);
            break;
        }
        case S::Unknown:
            out << CheckContext::make(id(), untocBasis ? Severity::Warning : Severity::Info, article, path,
                                      QStringLiteral("party.unknown"), {ctx.requestedName()}, src);
            break;
        case S::Signatory:
        case S::NotParty:
            out << CheckContext::make(id(), untocBasis ? Severity::Blocking : Severity::Info, article, path,
                                      QStringLiteral("party.notParty"),
                                      {ctx.requestedName(), requirements::untocStatusId(u.status)}, src);
            break;
        }
    }
};

} // namespace

std::unique_ptr<Rule> makePartyRule()
{
    return std::make_unique<PartyRule>();
}

} // namespace mla::checks
