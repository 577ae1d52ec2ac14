// A signed request must not carry free text the reader cannot read: for the output language,
// every non-empty free text written in another language needs a translation that is current
// (made from the present original) and past the Draft stage. Blocking, so the renderer refuses
// to sign until it is resolved.
#include "Rule.h"

#include "model/Vocabulary.h"

namespace mla::checks {
namespace {

// "fr-CA" and "fr" are the same language for this purpose.
QString primary(const QString& tag)
{
    return tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

class UntranslatedTextRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("untranslated"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Request& r = ctx.request();
        const QString target = r.outputLanguage;
        if (!isUnLanguage(target))
            return; // completeness reports it
        const QString src = QStringLiteral("signing policy: free text in the output language");
        for (const auto& [path, text] : r.localizedTexts()) {
            if (text->isEmpty())
                continue;
            const QString original = text->language.isEmpty() ? r.draftLanguage : text->language;
            if (primary(original) == primary(target))
                continue;
            const Translation* t = text->translation(target);
            if (!t) {
                for (const auto& cand : text->translations)
                    if (primary(cand.language) == target)
                        t = &cand;
            }
            if (!t || t->text.trimmed().isEmpty())
                out << CheckContext::make(
                    id(), Severity::Blocking, QString(), path, QStringLiteral("untranslated.missing"),
                    {path, original.isEmpty() ? QStringLiteral("?") : original, target}, src);
            else if (text->isStale(t->language))
                out << CheckContext::make(id(), Severity::Blocking, QString(), path,
                                          QStringLiteral("untranslated.stale"), {path, target}, src);
            else if (t->status == TranslationStatus::Draft)
                out << CheckContext::make(id(), Severity::Blocking, QString(), path,
                                          QStringLiteral("untranslated.draft"), {path, target}, src);
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeUntranslatedTextRule()
{
    return std::make_unique<UntranslatedTextRule>();
}

} // namespace mla::checks
