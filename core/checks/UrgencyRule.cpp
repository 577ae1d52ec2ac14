// 18(24): the requested State gives due consideration to deadlines only where reasons are given.
#include "Rule.h"

namespace mla::checks {
namespace {

class UrgencyRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("urgency"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Urgency& u = ctx.request().urgency;
        const QString article = QStringLiteral("18(24)");
        const QString conv = CheckContext::convention(article);
        if (u.reasons.isEmpty()) {
            if (u.deadline.isValid())
                out << CheckContext::make(
                    id(), Severity::Blocking, article, QStringLiteral("urgency.reasons"),
                    QStringLiteral("urgency.deadlineReasons"), {u.deadline.toString(Qt::ISODate)}, conv);
            else if (u.urgent)
                out << CheckContext::make(id(), Severity::Blocking, article,
                                          QStringLiteral("urgency.reasons"),
                                          QStringLiteral("urgency.urgentReasons"), {}, conv);
        }
        if (u.deadline.isValid() && u.deadline < QDate::currentDate())
            out << CheckContext::make(id(), Severity::Warning, article, QStringLiteral("urgency.deadline"),
                                      QStringLiteral("urgency.deadlinePast"),
                                      {u.deadline.toString(Qt::ISODate)}, conv);
    }
};

} // namespace

std::unique_ptr<Rule> makeUrgencyRule()
{
    return std::make_unique<UrgencyRule>();
}

} // namespace mla::checks
