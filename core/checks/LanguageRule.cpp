// 18(14): the request must be in a language acceptable to the requested State, as notified to
// the Secretary-General, with the notification's conditions.
#include "Rule.h"

#include "model/Vocabulary.h"

namespace mla::checks {
namespace {

class LanguageRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("language"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Request& r = ctx.request();
        if (r.requestedState.isEmpty() || !isUnLanguage(r.outputLanguage))
            return; // completeness reports both
        const QString article = QStringLiteral("18(14)");
        const QString path = QStringLiteral("outputLanguage");
        const auto* state = ctx.requested();
        const QString name = ctx.requestedName();
        if (!state || state->languages.codes.isEmpty()) {
            const QString conditions = state ? state->languages.conditions : QString();
            out << CheckContext::make(id(), Severity::Warning, article, path,
                                      QStringLiteral("language.unknown"), {name, conditions},
                                      state ? CheckContext::provenanceText(state->languages.provenance)
                                            : QStringLiteral("requirements database: nothing recorded"));
            return;
        }
        const auto& l = state->languages;
        const QString src = CheckContext::provenanceText(l.provenance);
        const QString accepted = l.codes.join(QStringLiteral(", "));
        if (l.codes.contains(r.outputLanguage))
            out << CheckContext::make(id(), Severity::Info, article, path,
                                      QStringLiteral("language.accepted"),
                                      {name, r.outputLanguage, l.conditions}, src);
        else if (!l.conditions.isEmpty())
            // The conditions may open other languages (e.g. "or the requesting State's language with a
            // translation"): they are shown for a person to judge, not parsed.
            out << CheckContext::make(id(), Severity::Warning, article, path,
                                      QStringLiteral("language.conditional"),
                                      {name, r.outputLanguage, accepted, l.conditions}, src);
        else
            out << CheckContext::make(id(), Severity::Blocking, article, path,
                                      QStringLiteral("language.notAccepted"),
                                      {name, r.outputLanguage, accepted}, src);
    }
};

} // namespace

std::unique_ptr<Rule> makeLanguageRule()
{
    return std::make_unique<LanguageRule>();
}

} // namespace mla::checks
