#pragma once
// One check: reads the request (and what the database knows of the requested State, through
// the context) and appends findings. Implementations live one per file (…Rule.cpp) and are
// listed in Checker.cpp. Rules are stateless and reentrant.

#include "CheckContext.h"
#include "Finding.h"

#include <QList>
#include <QString>

#include <memory>

namespace mla::checks {

class Rule
{
public:
    virtual ~Rule() = default;
    virtual QString id() const = 0;
    virtual void run(const CheckContext& ctx, QList<Finding>& out) const = 0;
};

// Factories, one per rule file.
std::unique_ptr<Rule> makeCompletenessRule();
std::unique_ptr<Rule> makeMeasureDetailsRule();
std::unique_ptr<Rule> makeMeasureAvailabilityRule();
std::unique_ptr<Rule> makeScopeRule();
std::unique_ptr<Rule> makePartyRule();
std::unique_ptr<Rule> makeTreatyRule();
std::unique_ptr<Rule> makeDualCriminalityRule();
std::unique_ptr<Rule> makeReciprocityRule();
std::unique_ptr<Rule> makeLanguageRule();
std::unique_ptr<Rule> makeChannelRule();
std::unique_ptr<Rule> makeElectronicRule();
std::unique_ptr<Rule> makeUrgencyRule();
std::unique_ptr<Rule> makeConfidentialityRule();
std::unique_ptr<Rule> makeUseLimitationRule();
std::unique_ptr<Rule> makePersonsRule();
std::unique_ptr<Rule> makeTextHygieneRule();
std::unique_ptr<Rule> makeLegalTermsRule();
std::unique_ptr<Rule> makeUntranslatedTextRule();

} // namespace mla::checks
