// Completeness of the request under 18(15)(a)-(f), and the basic identification of the request.
#include "Rule.h"

#include "model/Vocabulary.h"

namespace mla::checks {
namespace {

class CompletenessRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("completeness"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Request& r = ctx.request();
        auto add = [&](Severity s, const char* article, const QString& path, const char* key,
                       const QStringList& args = {}) {
            const QString art = QString::fromLatin1(article);
            out << CheckContext::make(id(), s, art, path, QString::fromLatin1(key), args,
                                      CheckContext::convention(art));
        };
        if (r.requestingState.trimmed().isEmpty())
            add(Severity::Blocking, "18(15)(a)", QStringLiteral("requestingState"),
                "completeness.requestingState");
        if (r.requestedState.trimmed().isEmpty())
            add(Severity::Blocking, "18(13)", QStringLiteral("requestedState"),
                "completeness.requestedState");
        if (!isUnLanguage(r.outputLanguage))
            add(Severity::Blocking, "18(14)", QStringLiteral("outputLanguage"), "completeness.outputLanguage",
                {r.outputLanguage});
        if (r.authority.name.trimmed().isEmpty())
            add(Severity::Blocking, "18(15)(a)", QStringLiteral("authority.name"), "completeness.authority");
        if (r.proceedings.subject.isEmpty())
            add(Severity::Blocking, "18(15)(b)", QStringLiteral("proceedings.subject"),
                "completeness.subject");
        if (r.proceedings.conductingAuthority.trimmed().isEmpty())
            add(Severity::Blocking, "18(15)(b)", QStringLiteral("proceedings.conductingAuthority"),
                "completeness.conductingAuthority");
        if (r.proceedings.conductingFunctions.isEmpty())
            add(Severity::Blocking, "18(15)(b)", QStringLiteral("proceedings.conductingFunctions"),
                "completeness.conductingFunctions");
        if (r.offences.isEmpty())
            add(Severity::Warning, "18(15)(b)", QStringLiteral("offences"), "completeness.offences");
        if (r.summaryOfFacts.isEmpty()) {
            // 18(15)(c): "except in relation to requests for the purpose of service of judicial documents".
            if (ctx.serviceOnly())
                add(Severity::Info, "18(15)(c)", QStringLiteral("summaryOfFacts"),
                    "completeness.factsServiceOnly");
            else
                add(Severity::Blocking, "18(15)(c)", QStringLiteral("summaryOfFacts"), "completeness.facts");
        }
        if (r.measures.isEmpty())
            add(Severity::Blocking, "18(15)(d)", QStringLiteral("measures"), "completeness.noMeasures");
        for (const auto& m : r.measures) {
            const QString base = QStringLiteral("measures[%1].").arg(m.id);
            const QString title = QString::fromLatin1(measureSpec(m.type).title);
            if (m.description.isEmpty())
                add(Severity::Blocking, "18(15)(d)", base + QStringLiteral("description"),
                    "completeness.description", {m.id, title});
            if (m.purpose.isEmpty())
                add(Severity::Blocking, "18(15)(f)", base + QStringLiteral("purpose"), "completeness.purpose",
                    {m.id, title});
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeCompletenessRule()
{
    return std::make_unique<CompletenessRule>();
}

} // namespace mla::checks
