// 18(7): where a mutual legal assistance treaty binds the two States, that treaty governs and
// paragraphs 9 to 29 of article 18 apply only if the States agree to apply them instead.
#include "Rule.h"

namespace mla::checks {
namespace {

class TreatyRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("treaty"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Request& r = ctx.request();
        const QString article = QStringLiteral("18(7)");
        const QString conv = CheckContext::convention(article);
        if (r.legalBasis.kind == LegalBasisKind::Treaty && r.legalBasis.treatyName.trimmed().isEmpty()) {
            out << CheckContext::make(id(), Severity::Blocking, article,
                                      QStringLiteral("legalBasis.treatyName"),
                                      QStringLiteral("treaty.nameMissing"), {}, conv);
        }
        if (r.requestingState.isEmpty() || r.requestedState.isEmpty())
            return;
        const QString a = r.requestingState;
        const QString b = ctx.requestedName();
        if (!ctx.database() || !ctx.requested()) {
            out << CheckContext::make(id(), Severity::Info, article, QStringLiteral("legalBasis.kind"),
                                      QStringLiteral("treaty.unknown"), {a, b},
                                      QStringLiteral("requirements database"));
            return;
        }
        // A declaration of the requested State bearing on 18(7) (e.g. applying paragraphs 9 to 29
        // on reciprocity instead of a treaty's provisions) is shown whatever the legal basis.
        for (const auto& d : ctx.requested()->declarationsOn(QStringLiteral("18-7")))
            out << CheckContext::make(
                id(), Severity::Info, article, QStringLiteral("legalBasis.kind"),
                QStringLiteral("treaty.declaration"),
                {b, d.isUntoc() ? d.text : d.text + QStringLiteral(" (national practice)")},
                CheckContext::provenanceText(d.provenance));
        const auto inForce = ctx.treatiesInForce();
        if (r.legalBasis.kind == LegalBasisKind::Treaty) {
            const QString named = r.legalBasis.treatyName.trimmed();
            bool recorded = false;
            for (const auto& t : ctx.treaties())
                recorded = recorded || t.name.compare(named, Qt::CaseInsensitive) == 0;
            if (!named.isEmpty() && !recorded)
                out << CheckContext::make(id(), Severity::Info, article,
                                          QStringLiteral("legalBasis.treatyName"),
                                          QStringLiteral("treaty.notRecorded"), {named, a, b},
                                          QStringLiteral("requirements database"));
            return;
        }
        if (!inForce.isEmpty()) {
            for (const auto& t : inForce)
                out << CheckContext::make(id(), Severity::Warning, article, QStringLiteral("legalBasis.kind"),
                                          QStringLiteral("treaty.governs"), {t.name, a, b},
                                          CheckContext::provenanceText(t.provenance));
        } else if (r.legalBasis.kind == LegalBasisKind::Untoc) {
            out << CheckContext::make(id(), Severity::Info, article, QStringLiteral("legalBasis.kind"),
                                      QStringLiteral("treaty.none"), {a, b},
                                      QStringLiteral("requirements database"));
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeTreatyRule()
{
    return std::make_unique<TreatyRule>();
}

} // namespace mla::checks
