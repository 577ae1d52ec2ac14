// Whether the requested State accepts requests transmitted electronically and electronically
// signed: the product produces digitally signed PDFs, so a State that does not accept them needs
// a paper original (18(14) asks for conditions that allow authenticity to be established).
#include "Rule.h"

namespace mla::checks {
namespace {

class ElectronicRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("electronic"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const auto* state = ctx.requested();
        if (!state)
            return; // the party rule already reports the State as unknown
        const QString article = QStringLiteral("18(14)");
        const auto& e = state->electronic;
        const QString src = CheckContext::provenanceText(e.provenance);
        const QString name = ctx.requestedName();
        using requirements::Tri;
        if (e.transmission == Tri::No || e.signature == Tri::No)
            out << CheckContext::make(
                id(), Severity::Warning, article, QStringLiteral("channel"),
                QStringLiteral("electronic.notAccepted"),
                {name, requirements::triId(e.transmission), requirements::triId(e.signature), e.notes}, src);
        else if (e.transmission == Tri::Yes && e.signature == Tri::Yes)
            out << CheckContext::make(id(), Severity::Info, article, QStringLiteral("channel"),
                                      QStringLiteral("electronic.accepted"), {name, e.notes}, src);
        else
            out << CheckContext::make(id(), Severity::Info, article, QStringLiteral("channel"),
                                      QStringLiteral("electronic.unknown"), {name}, src);
    }
};

} // namespace

std::unique_ptr<Rule> makeElectronicRule()
{
    return std::make_unique<ElectronicRule>();
}

} // namespace mla::checks
