// 18(15)(e): where possible, the identity, location and nationality of any person concerned.
#include "Rule.h"

#include <QRegularExpression>

namespace mla::checks {
namespace {

class PersonsRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("persons"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        static const QRegularExpression iso3(QStringLiteral("^[A-Z]{3}$"));
        const QString article = QStringLiteral("18(15)(e)");
        const QString conv = CheckContext::convention(article);
        for (const auto& p : ctx.request().persons) {
            const QString base = QStringLiteral("persons[%1].").arg(p.id);
            const QString who = p.displayName().isEmpty() ? p.id : p.displayName();
            if (p.familyName.trimmed().isEmpty() && p.givenNames.trimmed().isEmpty() &&
                p.otherScripts.isEmpty() && p.aliases.isEmpty())
                out << CheckContext::make(id(), Severity::Warning, article,
                                          base + QStringLiteral("familyName"),
                                          QStringLiteral("persons.identity"), {p.id}, conv);
            if (p.knownLocation.trimmed().isEmpty() && p.addresses.isEmpty())
                out << CheckContext::make(id(), Severity::Warning, article,
                                          base + QStringLiteral("knownLocation"),
                                          QStringLiteral("persons.location"), {who}, conv);
            if (p.nationalities.isEmpty())
                out << CheckContext::make(id(), Severity::Info, article,
                                          base + QStringLiteral("nationalities"),
                                          QStringLiteral("persons.nationality"), {who}, conv);
            for (const QString& n : p.nationalities)
                if (!iso3.match(n).hasMatch())
                    out << CheckContext::make(
                        id(), Severity::Warning, article, base + QStringLiteral("nationalities"),
                        QStringLiteral("persons.badNationality"), {who, n.left(20)}, conv);
        }
    }
};

} // namespace

std::unique_ptr<Rule> makePersonsRule()
{
    return std::make_unique<PersonsRule>();
}

} // namespace mla::checks
