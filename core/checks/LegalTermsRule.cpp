// Legal terms of one system that have no equivalent in many others: the requested State's
// authorities (and translators) need them explained in plain language.
#include "Rule.h"

#include <QRegularExpression>

namespace mla::checks {
namespace {

struct Term
{
    const char* pattern; // regular expression, matched case-insensitively unless caseSensitive
    const char* key;     // message key
    bool caseSensitive;
};

// Common-law terms frequently reported as untranslatable in requests for assistance.
const Term terms[] = {
    {"\\bprobable\\s+cause\\b", "terms.probableCause", false},
    {"\\bgrand\\s+jur(y|ies)\\b", "terms.grandJury", false},
    {"\\bRICO\\b", "terms.rico", true},
    {"\\bplea\\s+(bargain|agreement|deal)s?\\b", "terms.pleaBargain", false},
    {"\\bsubpoena(s|ed)?\\b", "terms.subpoena", false},
    {"\\bdiscovery\\b", "terms.discovery", false},
    {"\\bhearsay\\b", "terms.hearsay", false},
    {"\\bMiranda\\b", "terms.miranda", true},
    {"\\bbeyond\\s+(a\\s+)?reasonable\\s+doubt\\b", "terms.reasonableDoubt", false},
    {"\\bchain\\s+of\\s+custody\\b", "terms.chainOfCustody", false},
};

class LegalTermsRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("legal-terms"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        static const QList<QRegularExpression> res = [] {
            QList<QRegularExpression> l;
            for (const Term& t : terms)
                l << QRegularExpression(QString::fromLatin1(t.pattern),
                                        t.caseSensitive ? QRegularExpression::NoPatternOption
                                                        : QRegularExpression::CaseInsensitiveOption);
            return l;
        }();
        for (const auto& [path, text] : ctx.request().localizedTexts()) {
            if (text->isEmpty())
                continue;
            for (int i = 0; i < res.size(); ++i) {
                const auto m = res.at(i).match(text->text);
                if (m.hasMatch())
                    out << CheckContext::make(id(), Severity::Info, QString(), path,
                                              QString::fromLatin1(terms[i].key), {m.captured(0)},
                                              QStringLiteral("drafting guidance"));
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeLegalTermsRule()
{
    return std::make_unique<LegalTermsRule>();
}

} // namespace mla::checks
