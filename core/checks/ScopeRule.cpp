// Scope of the Convention (art. 3): serious crime (art. 2(b): maximum penalty of at least four
// years) or an offence established under the Convention or its Protocols; transnational nature
// (art. 3(2)); involvement of an organized criminal group (art. 2(a)). Shown when asserted,
// warned when not. Only when the Convention is the legal basis.
#include "Rule.h"

namespace mla::checks {
namespace {

// "6" -> "art. 6"; "Protocol on Trafficking in Persons, art. 5" stays as written.
QString articleLabel(const QString& a)
{
    bool number = false;
    a.trimmed().toInt(&number);
    return number ? QStringLiteral("art. ") + a.trimmed() : a.trimmed();
}

class ScopeRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("scope"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Request& r = ctx.request();
        if (r.legalBasis.kind != LegalBasisKind::Untoc)
            return;
        auto add = [&](Severity s, const char* article, const QString& path, const char* key,
                       const QStringList& args = {}) {
            const QString art = QString::fromLatin1(article);
            out << CheckContext::make(id(), s, art, path, QString::fromLatin1(key), args,
                                      CheckContext::convention(art));
        };
        bool allCovered = !r.offences.isEmpty();
        for (const auto& o : r.offences) {
            const QString base = QStringLiteral("offences[%1].").arg(o.id);
            const QString label =
                o.name.text.isEmpty() ? o.id : o.id + QStringLiteral(" (") + o.name.text + u')';
            if (!o.conventionArticle.trimmed().isEmpty()) {
                add(Severity::Info, "art. 3(1)(a)", base + QStringLiteral("conventionArticle"),
                    "scope.conventionOffence", {label, articleLabel(o.conventionArticle)});
            } else if (o.maxPenaltyYears >= 4) {
                add(Severity::Info, "art. 2(b)", base + QStringLiteral("maxPenaltyYears"), "scope.serious",
                    {label,
                     o.maxPenaltyYears >= 99 ? QStringLiteral("life") : QString::number(o.maxPenaltyYears)});
            } else if (o.maxPenaltyYears <= 0) {
                allCovered = false;
                add(Severity::Warning, "art. 2(b)", base + QStringLiteral("maxPenaltyYears"),
                    "scope.penaltyUnknown", {label});
            } else {
                allCovered = false;
                add(Severity::Warning, "art. 2(b)", base + QStringLiteral("maxPenaltyYears"),
                    "scope.notSerious", {label, QString::number(o.maxPenaltyYears)});
            }
        }
        const bool explained = !r.legalBasis.scopeExplanation.isEmpty();
        switch (r.legalBasis.transnational) {
        case TriState::Yes:
            break;
        case TriState::Unknown:
            add(explained ? Severity::Info : Severity::Warning, "art. 3(2)",
                QStringLiteral("legalBasis.transnational"), "scope.transnationalUnknown");
            break;
        case TriState::No:
            add(Severity::Warning, "art. 3(2)", QStringLiteral("legalBasis.transnational"),
                "scope.transnationalNo");
            break;
        }
        switch (r.legalBasis.organizedCriminalGroup) {
        case TriState::Yes:
            break;
        case TriState::Unknown:
            add(explained ? Severity::Info : Severity::Warning, "art. 2(a)",
                QStringLiteral("legalBasis.organizedCriminalGroup"), "scope.groupUnknown");
            break;
        case TriState::No:
            add(Severity::Warning, "art. 2(a)", QStringLiteral("legalBasis.organizedCriminalGroup"),
                "scope.groupNo");
            break;
        }
        if (allCovered && r.legalBasis.transnational == TriState::Yes &&
            r.legalBasis.organizedCriminalGroup == TriState::Yes)
            add(Severity::Info, "art. 3", QStringLiteral("legalBasis"), "scope.shown");
    }
};

} // namespace

std::unique_ptr<Rule> makeScopeRule()
{
    return std::make_unique<ScopeRule>();
}

} // namespace mla::checks
