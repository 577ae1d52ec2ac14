// 18(13): requests go to the central authority; a State may require the diplomatic channel;
// INTERPOL only in urgent circumstances and where the States agree.
#include "Rule.h"

namespace mla::checks {
namespace {

class ChannelRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("channel"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Request& r = ctx.request();
        const QString article = QStringLiteral("18(13)");
        const QString path = QStringLiteral("channel");
        const QString conv = CheckContext::convention(article);
        const QString name = ctx.requestedName();
        const auto* state = ctx.requested();
        using C = requirements::ChannelPolicy;
        const QString chSrc = state ? CheckContext::provenanceText(state->channels.provenance)
                                    : QStringLiteral("requirements database: nothing recorded");
        switch (r.channel) {
        case Channel::Interpol: {
            if (!r.urgency.urgent)
                out << CheckContext::make(id(), Severity::Blocking, article, path,
                                          QStringLiteral("channel.interpolNotUrgent"), {}, conv);
            const C p = state ? state->channels.interpol : C::Unknown;
            if (p == C::NotAccepted)
                out << CheckContext::make(id(), Severity::Blocking, article, path,
                                          QStringLiteral("channel.interpolNotAccepted"), {name}, chSrc);
            else if (p == C::Unknown)
                out << CheckContext::make(id(), Severity::Warning, article, path,
                                          QStringLiteral("channel.interpolUnknown"), {name}, chSrc);
            else if (r.urgency.urgent)
                out << CheckContext::make(id(), Severity::Info, article, path,
                                          QStringLiteral("channel.interpolAccepted"), {name}, chSrc);
            break;
        }
        case Channel::Diplomatic: {
            const C p = state ? state->channels.diplomatic : C::Unknown;
            if (p == C::NotAccepted)
                out << CheckContext::make(id(), Severity::Blocking, article, path,
                                          QStringLiteral("channel.diplomaticNotAccepted"), {name}, chSrc);
            else if (p == C::Unknown)
                out << CheckContext::make(id(), Severity::Info, article, path,
                                          QStringLiteral("channel.diplomaticUnknown"), {name}, chSrc);
            else
                out << CheckContext::make(id(), Severity::Info, article, path,
                                          QStringLiteral("channel.diplomaticAccepted"), {name}, chSrc);
            break;
        }
        case Channel::CentralAuthority: {
            if (state && state->channels.diplomatic == C::Required) {
                out << CheckContext::make(id(), Severity::Blocking, article, path,
                                          QStringLiteral("channel.diplomaticRequired"), {name}, chSrc);
                break;
            }
            if (state && state->channels.centralAuthority == C::NotAccepted) {
                out << CheckContext::make(id(), Severity::Blocking, article, path,
                                          QStringLiteral("channel.centralAuthorityNotAccepted"), {name},
                                          chSrc);
                break;
            }
            const auto* ca =
                state && !state->centralAuthority.name.isEmpty() ? &state->centralAuthority : nullptr;
            if (ca)
                out << CheckContext::make(id(), Severity::Info, article, path,
                                          QStringLiteral("channel.centralAuthority"), {name, ca->name},
                                          CheckContext::provenanceText(ca->provenance));
            else
                out << CheckContext::make(
                    id(), Severity::Warning, article, path, QStringLiteral("channel.centralAuthorityUnknown"),
                    {name},
                    state ? CheckContext::provenanceText(state->centralAuthority.provenance)
                          : QStringLiteral("requirements database: nothing recorded"));
            break;
        }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeChannelRule()
{
    return std::make_unique<ChannelRule>();
}

} // namespace mla::checks
