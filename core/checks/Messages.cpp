// The English text of every finding's message key. The texts are the source strings of the
// "Checks" translation context; messageText() translates them when a translator is installed.
#include "Checker.h"

#include <QCoreApplication>
#include <QHash>

namespace mla::checks {
namespace {

struct Message
{
    const char* key;
    const char* text;
};

const Message messages[] = {
    // completeness, 18(15)
    {"completeness.requestingState", QT_TRANSLATE_NOOP("Checks", "The requesting State is not given.")},
    {"completeness.requestedState", QT_TRANSLATE_NOOP("Checks", "The requested State is not given.")},
    {"completeness.outputLanguage",
     QT_TRANSLATE_NOOP("Checks", "The output language '%1' is not one of the six official UN languages.")},
    {"completeness.authority", QT_TRANSLATE_NOOP("Checks", "The requesting authority is not identified.")},
    {"completeness.subject",
     QT_TRANSLATE_NOOP(
         "Checks",
         "The subject matter and nature of the investigation, prosecution or proceeding are not described.")},
    {"completeness.conductingAuthority",
     QT_TRANSLATE_NOOP("Checks",
                       "The name of the authority conducting the investigation, prosecution or proceeding "
                       "is missing.")},
    {"completeness.conductingFunctions",
     QT_TRANSLATE_NOOP("Checks",
                       "The functions of the authority conducting the proceeding are not described.")},
    {"completeness.offences", QT_TRANSLATE_NOOP("Checks", "No offence is described.")},
    {"completeness.facts", QT_TRANSLATE_NOOP("Checks", "A summary of the relevant facts is missing.")},
    {"completeness.factsServiceOnly",
     QT_TRANSLATE_NOOP(
         "Checks",
         "No summary of facts is needed: the only assistance sought is service of judicial documents.")},
    {"completeness.noMeasures",
     QT_TRANSLATE_NOOP("Checks", "No assistance is sought: add at least one measure.")},
    {"completeness.description",
     QT_TRANSLATE_NOOP("Checks", "Measure %1 (%2): the assistance sought is not described.")},
    {"completeness.purpose",
     QT_TRANSLATE_NOOP(
         "Checks",
         "Measure %1 (%2): the purpose for which the evidence, information or action is sought is missing.")},
    // measure details (MeasureSchema)
    {"measure-details.required", QT_TRANSLATE_NOOP("Checks", "Measure %1 (%2): '%3' is required.")},
    {"measure-details.badDate",
     QT_TRANSLATE_NOOP("Checks", "Measure %1: '%2' is not a date (yyyy-mm-dd): '%3'.")},
    {"measure-details.badChoice",
     QT_TRANSLATE_NOOP("Checks", "Measure %1: '%2' has the value '%3', which is not one of: %4.")},
    {"measure-details.oneChoice", QT_TRANSLATE_NOOP("Checks", "Measure %1: '%2' takes only one value.")},
    {"measure-details.period",
     QT_TRANSLATE_NOOP("Checks", "Measure %1: the period ends (%2) before it starts (%3).")},
    {"measure-details.unknownPerson",
     QT_TRANSLATE_NOOP("Checks", "Measure %1 refers to person '%2', who is not in the request.")},
    {"measure-details.persons",
     QT_TRANSLATE_NOOP("Checks", "Measure %1 (%2) must name at least %3 person(s); it names %4.")},
    // measure availability (requirements database)
    {"availability.notAvailable",
     QT_TRANSLATE_NOOP("Checks", "%1 reports that '%2' is not available (%3). Alternative: %4.")},
    {"availability.limited",
     QT_TRANSLATE_NOOP("Checks", "%1 reports that '%2' is available with limits (%3). Alternative: %4.")},
    {"availability.details", QT_TRANSLATE_NOOP("Checks", "%1, '%2': %3")},
    // scope, art. 2 and 3
    {"scope.conventionOffence",
     QT_TRANSLATE_NOOP("Checks",
                       "Offence %1 is an offence established under the Convention or its Protocols (%2).")},
    {"scope.serious",
     QT_TRANSLATE_NOOP("Checks",
                       "Offence %1: maximum penalty %2 years, a serious crime under article 2(b).")},
    {"scope.penaltyUnknown",
     QT_TRANSLATE_NOOP("Checks",
                       "Offence %1: the maximum penalty is not given; the Convention covers serious crime "
                       "(at least four years, article 2(b)) and the offences it establishes.")},
    {"scope.notSerious",
     QT_TRANSLATE_NOOP("Checks",
                       "Offence %1: a maximum penalty of %2 years is below four years and no Convention "
                       "offence is named: outside article 2(b) unless another basis applies.")},
    {"scope.transnationalUnknown",
     QT_TRANSLATE_NOOP("Checks", "The transnational nature of the offence (article 3(2)) is not shown.")},
    {"scope.transnationalNo",
     QT_TRANSLATE_NOOP("Checks",
                       "The offence is stated not to be transnational (article 3(2)): the Convention may "
                       "not apply.")},
    {"scope.groupUnknown",
     QT_TRANSLATE_NOOP("Checks",
                       "The involvement of an organized criminal group (article 2(a)) is not shown.")},
    {"scope.groupNo",
     QT_TRANSLATE_NOOP("Checks",
                       "No organized criminal group is stated to be involved: the Convention may not apply "
                       "(article 3(1)).")},
    {"scope.shown",
     QT_TRANSLATE_NOOP("Checks",
                       "Scope of the Convention shown: serious crime or Convention offence, transnational, "
                       "organized criminal group (article 3).")},
    // State and party status
    {"state.unknown",
     QT_TRANSLATE_NOOP("Checks",
                       "Nothing is recorded for the requested State '%1': unknown — verify with its "
                       "central authority.")},
    {"party.party", QT_TRANSLATE_NOOP("Checks", "%1 is a party to the Convention (%2).")},
    {"party.unknown",
     QT_TRANSLATE_NOOP("Checks",
                       "Whether %1 is a party to the Convention is not recorded: unknown — verify (UN "
                       "Treaty Collection, chapter XVIII-12).")},
    {"party.notParty",
     QT_TRANSLATE_NOOP("Checks",
                       "%1 is recorded as '%2', not as a party to the Convention: the Convention cannot be "
                       "the legal basis.")},
    // treaty, 18(7)
    {"treaty.nameMissing",
     QT_TRANSLATE_NOOP("Checks", "The legal basis is a treaty, but the treaty is not named.")},
    {"treaty.notRecorded",
     QT_TRANSLATE_NOOP("Checks",
                       "The treaty '%1' is not recorded between %2 and %3: verify that it is in force.")},
    {"treaty.governs",
     QT_TRANSLATE_NOOP("Checks",
                       "The treaty '%1' is in force between %2 and %3: it governs the request; paragraphs 9 "
                       "to 29 of article 18 apply only if the States agree to apply them instead (18(7)).")},
    {"treaty.none",
     QT_TRANSLATE_NOOP("Checks",
                       "No mutual legal assistance treaty between %1 and %2 is recorded: paragraphs 9 to 29 "
                       "of article 18 apply (18(7)). Verify that no treaty binds the two States.")},
    {"treaty.declaration",
     QT_TRANSLATE_NOOP("Checks", "%1 has made a declaration bearing on article 18(7): %2")},
    {"treaty.unknown",
     QT_TRANSLATE_NOOP("Checks",
                       "Whether a mutual legal assistance treaty binds %1 and %2 is unknown — verify "
                       "(18(7)).")},
    // dual criminality, 18(9)
    {"dual.notRequired", QT_TRANSLATE_NOOP("Checks", "%1 does not require dual criminality. Notes: %2")},
    {"dual.notApplicable",
     QT_TRANSLATE_NOOP("Checks",
                       "%1 requires dual criminality for coercive measures only, and none is sought.")},
    {"dual.policyUnknown",
     QT_TRANSLATE_NOOP("Checks",
                       "The dual-criminality policy of %1 is unknown — verify with the central authority.")},
    {"dual.noCodes",
     QT_TRANSLATE_NOOP("Checks",
                       "Offence %1 has no ICCS code for its conduct: dual criminality cannot be checked.")},
    {"dual.satisfied",
     QT_TRANSLATE_NOOP("Checks", "Offence %1 (ICCS %2): the conduct is an offence in %3: %4.")},
    {"dual.notSatisfied",
     QT_TRANSLATE_NOOP("Checks",
                       "Offence %1 (ICCS %2): the conduct is recorded as not an offence in %3; assistance "
                       "may be refused (18(9)). Notes: %4")},
    {"dual.unknown",
     QT_TRANSLATE_NOOP("Checks",
                       "Offence %1 (ICCS %2): whether the conduct is an offence in %3 is unknown — verify "
                       "with the central authority.")},
    {"dual.noteMissing",
     QT_TRANSLATE_NOOP("Checks",
                       "Add a dual-criminality note showing that the conduct is also an offence in %1.")},
    // reciprocity
    {"reciprocity.basisWithoutAssurance",
     QT_TRANSLATE_NOOP("Checks",
                       "The legal basis is reciprocity, but no assurance of reciprocity is given.")},
    {"reciprocity.noteMissing",
     QT_TRANSLATE_NOOP("Checks",
                       "An assurance of reciprocity is given without its wording (reciprocity note).")},
    {"reciprocity.unknown",
     QT_TRANSLATE_NOOP("Checks",
                       "The reciprocity policy of %1 is unknown — verify with the central authority; "
                       "consider giving an assurance of reciprocity.")},
    {"reciprocity.unknownAssuranceGiven",
     QT_TRANSLATE_NOOP("Checks",
                       "The reciprocity policy of %1 is unknown — verify with the central authority; an "
                       "assurance of reciprocity is given.")},
    {"reciprocity.notRequired", QT_TRANSLATE_NOOP("Checks", "%1 does not require reciprocity. Notes: %2")},
    {"reciprocity.assuranceMissing",
     QT_TRANSLATE_NOOP("Checks", "%1 requires an assurance of reciprocity, and none is given. Notes: %2")},
    {"reciprocity.assuranceGiven",
     QT_TRANSLATE_NOOP("Checks", "An assurance of reciprocity is given, as %1 requires. Notes: %2")},
    {"reciprocity.treatyInstead",
     QT_TRANSLATE_NOOP("Checks",
                       "%1 requires reciprocity only absent a treaty, and a treaty applies. Notes: %2")},
    // language, 18(14)
    {"language.unknown",
     QT_TRANSLATE_NOOP("Checks",
                       "The languages %1 accepts are not recorded: unknown — verify with the central "
                       "authority. Notes: %2")},
    {"language.accepted", QT_TRANSLATE_NOOP("Checks", "%1 accepts requests in '%2'. Conditions: %3")},
    {"language.conditional",
     QT_TRANSLATE_NOOP("Checks",
                       "%1 has not notified '%2' as such (notified: %3); its notification sets conditions: "
                       "%4 — check that the request meets them.")},
    {"language.notAccepted",
     QT_TRANSLATE_NOOP("Checks", "%1 has not notified '%2' as an acceptable language (notified: %3).")},
    // channel, 18(13)
    {"channel.interpolNotUrgent",
     QT_TRANSLATE_NOOP("Checks",
                       "INTERPOL may be used only in urgent circumstances; the request is not marked "
                       "urgent.")},
    {"channel.interpolNotAccepted",
     QT_TRANSLATE_NOOP("Checks", "%1 does not accept requests through INTERPOL.")},
    {"channel.interpolUnknown",
     QT_TRANSLATE_NOOP("Checks",
                       "Whether %1 agrees to receive urgent requests through INTERPOL is unknown — verify "
                       "with the central authority.")},
    {"channel.interpolAccepted", QT_TRANSLATE_NOOP("Checks", "%1 accepts urgent requests through INTERPOL.")},
    {"channel.diplomaticNotAccepted",
     QT_TRANSLATE_NOOP("Checks", "%1 does not accept requests through diplomatic channels.")},
    {"channel.diplomaticUnknown",
     QT_TRANSLATE_NOOP("Checks",
                       "Whether %1 accepts requests through diplomatic channels is not recorded — verify.")},
    {"channel.diplomaticAccepted",
     QT_TRANSLATE_NOOP("Checks", "%1 accepts requests through diplomatic channels.")},
    {"channel.diplomaticRequired",
     QT_TRANSLATE_NOOP("Checks", "%1 requires requests to be addressed through diplomatic channels.")},
    {"channel.centralAuthorityNotAccepted",
     QT_TRANSLATE_NOOP("Checks", "%1 does not accept requests sent directly to its central authority.")},
    {"channel.centralAuthority", QT_TRANSLATE_NOOP("Checks", "Central authority of %1: %2.")},
    {"channel.centralAuthorityUnknown",
     QT_TRANSLATE_NOOP("Checks", "The central authority of %1 is not recorded: unknown — verify.")},
    // electronic transmission and signature
    {"electronic.notAccepted",
     QT_TRANSLATE_NOOP(
         "Checks", "%1 does not accept every request sent electronically or signed electronically "
                   "(transmission: %2; electronic signature: %3): send a signed paper original. Notes: %4")},
    {"electronic.accepted",
     QT_TRANSLATE_NOOP("Checks", "%1 accepts requests transmitted and signed electronically. Notes: %2")},
    {"electronic.unknown",
     QT_TRANSLATE_NOOP("Checks",
                       "Whether %1 accepts requests transmitted or signed electronically is not recorded — "
                       "verify; a signed paper original may be needed.")},
    // urgency, 18(24)
    {"urgency.deadlineReasons",
     QT_TRANSLATE_NOOP("Checks",
                       "A deadline (%1) is set without reasons; deadlines are taken into account only where "
                       "reasons are given.")},
    {"urgency.urgentReasons", QT_TRANSLATE_NOOP("Checks", "The request is marked urgent without reasons.")},
    {"urgency.deadlinePast", QT_TRANSLATE_NOOP("Checks", "The deadline %1 has passed.")},
    // confidentiality, 18(20); use limitation, 18(19)
    {"confidentiality.reasons", QT_TRANSLATE_NOOP("Checks", "Confidentiality is requested without reasons.")},
    {"confidentiality.practice", QT_TRANSLATE_NOOP("Checks", "Practice of %1 on confidentiality: %2")},
    {"useLimitation.missing",
     QT_TRANSLATE_NOOP("Checks",
                       "State the use to be made of the information and evidence: they may not be used for "
                       "other proceedings without the requested State's consent.")},
    {"useLimitation.practice", QT_TRANSLATE_NOOP("Checks", "Practice of %1 on the use of evidence: %2")},
    // persons, 18(15)(e)
    {"persons.identity", QT_TRANSLATE_NOOP("Checks", "Person %1 has no name.")},
    {"persons.location", QT_TRANSLATE_NOOP("Checks", "Person %1: no address or known location is given.")},
    {"persons.nationality",
     QT_TRANSLATE_NOOP("Checks", "Person %1: nationality not given (give it where known).")},
    {"persons.badNationality",
     QT_TRANSLATE_NOOP("Checks", "Person %1: '%2' is not an ISO 3166 alpha-3 code.")},
    // text hygiene
    {"hygiene.bidi",
     QT_TRANSLATE_NOOP("Checks", "%1 contains a bidirectional control character (U+%2): the text can display "
                                 "differently from what it is (spoofing risk).")},
    {"hygiene.invisible",
     QT_TRANSLATE_NOOP("Checks",
                       "%1 contains an invisible character (U+%2): two values that look the same can "
                       "differ (spoofing risk).")},
    {"hygiene.mixedScript",
     QT_TRANSLATE_NOOP("Checks",
                       "%1 mixes Latin and %2 letters in one word ('%3'): look-alike letters are a spoofing "
                       "risk.")},
    // legal terms
    {"terms.probableCause",
     QT_TRANSLATE_NOOP("Checks",
                       "'%1' is a common-law standard with no equivalent in many systems: describe the "
                       "facts that ground the suspicion instead.")},
    {"terms.grandJury",
     QT_TRANSLATE_NOOP("Checks",
                       "'%1' has no equivalent in many systems: explain that it is a body of citizens that "
                       "decides whether a person is charged, and what it needs.")},
    {"terms.rico",
     QT_TRANSLATE_NOOP("Checks",
                       "'%1' names a statute of one State: describe the conduct and cite the provision in "
                       "full.")},
    {"terms.pleaBargain",
     QT_TRANSLATE_NOOP("Checks",
                       "'%1' is unknown in many systems: describe the agreement between prosecution and "
                       "defendant in plain words.")},
    {"terms.subpoena",
     QT_TRANSLATE_NOOP("Checks", "'%1' does not translate: say which order, by whom, and what it compels.")},
    {"terms.discovery",
     QT_TRANSLATE_NOOP("Checks",
                       "'%1' (disclosure between the parties) is unknown in many systems: explain it in "
                       "plain words.")},
    {"terms.hearsay",
     QT_TRANSLATE_NOOP("Checks",
                       "'%1' is a rule of evidence unknown in many systems: explain what the requested "
                       "State's authorities must do or avoid.")},
    {"terms.miranda",
     QT_TRANSLATE_NOOP("Checks",
                       "'%1' names a national rule: state the cautions to be given to the person in "
                       "full.")},
    {"terms.reasonableDoubt",
     QT_TRANSLATE_NOOP("Checks",
                       "'%1' is a standard of proof that translates unevenly: explain it in plain words.")},
    {"terms.chainOfCustody",
     QT_TRANSLATE_NOOP("Checks",
                       "'%1': describe the handling and records needed for the evidence to be admissible.")},
    // untranslated free text (signing)
    {"untranslated.missing",
     QT_TRANSLATE_NOOP("Checks", "%1: the text is in '%2' and has no translation into '%3'.")},
    {"untranslated.stale",
     QT_TRANSLATE_NOOP("Checks",
                       "%1: the translation into '%2' was made from an earlier version of the text.")},
    {"untranslated.draft", QT_TRANSLATE_NOOP("Checks", "%1: the translation into '%2' is still a draft.")},
};

const QHash<QString, const char*>& table()
{
    static const QHash<QString, const char*> t = [] {
        QHash<QString, const char*> h;
        for (const auto& m : messages)
            h.insert(QString::fromLatin1(m.key), m.text);
        return h;
    }();
    return t;
}

} // namespace

QString messageTemplate(const QString& key)
{
    const char* t = table().value(key);
    return t ? QString::fromUtf8(t) : QString();
}

QStringList messageKeys()
{
    QStringList keys;
    for (const auto& m : messages)
        keys << QString::fromLatin1(m.key);
    return keys;
}

QString messageText(const Finding& f)
{
    const char* t = table().value(f.messageKey);
    if (!t)
        return f.messageKey + QStringLiteral(" ") + f.args.join(QStringLiteral(", "));
    QString s = QCoreApplication::translate("Checks", t);
    // Arguments are substituted in one pass so that a '%1' inside a value is never expanded.
    QString out;
    out.reserve(s.size() + 64);
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'%' && i + 1 < s.size() && s.at(i + 1).isDigit()) {
            const int n = s.at(i + 1).digitValue();
            const QString v = f.args.value(n - 1);
            out += v.trimmed().isEmpty() ? QStringLiteral("none recorded") : v;
            ++i;
        } else {
            out += s.at(i);
        }
    }
    return out;
}

} // namespace mla::checks
