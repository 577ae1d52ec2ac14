#pragma once
// What the requirements database knows of one State. Plain value types; a section whose
// Provenance is empty (known() == false) is unknown: nothing is recorded, which never means
// "no requirement". Enumerations have stable string ids (policyId() and friends below) used by
// the database, the XML package and the CLI's JSON.

#include "Provenance.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mla::requirements {

enum class UntocStatus
{
    Unknown,
    Party,
    Signatory, // signed, not ratified
    NotParty
};

enum class Tri
{
    Unknown,
    Yes,
    No
};

// How a State treats one transmission channel of 18(13).
enum class ChannelPolicy
{
    Unknown,
    Accepted,
    Required, // the State requires this channel (e.g. diplomatic channel under 18(13))
    NotAccepted
};

enum class DualCriminalityPolicy
{
    Unknown,
    NotRequired,
    RequiredForCoercive,
    RequiredForAll
};

enum class ReciprocityPolicy
{
    Unknown,
    NotRequired,
    AssuranceRequired,
    RequiredAbsentTreaty
};

enum class Availability
{
    Unknown,
    Available,
    NotAvailable,
    Limited
};

// Stable ids ("unknown", "party", ...). fromId() returns false for an unknown id.
QString untocStatusId(UntocStatus v);
bool untocStatusFromId(const QString& id, UntocStatus* out);
QString triId(Tri v);
bool triFromId(const QString& id, Tri* out);
QString channelPolicyId(ChannelPolicy v);
bool channelPolicyFromId(const QString& id, ChannelPolicy* out);
QString dualCriminalityPolicyId(DualCriminalityPolicy v);
bool dualCriminalityPolicyFromId(const QString& id, DualCriminalityPolicy* out);
QString reciprocityPolicyId(ReciprocityPolicy v);
bool reciprocityPolicyFromId(const QString& id, ReciprocityPolicy* out);
QString availabilityId(Availability v);
bool availabilityFromId(const QString& id, Availability* out);

struct UntocParty
{
    UntocStatus status = UntocStatus::Unknown;
    QString statusNote; // as the source words it, e.g. "party (inferred)"
    QDate date;         // ratification, acceptance, approval or accession, where sourced
    Tri conventionAsExtraditionBasis = Tri::Unknown; // art. 16(5)
    Provenance provenance;
};

struct CentralAuthority
{
    QString name;
    QString address;
    QString phone;
    QString email;
    QString notes;
    Provenance provenance;
};

struct Channels // 18(13)
{
    ChannelPolicy centralAuthority = ChannelPolicy::Unknown;
    ChannelPolicy diplomatic = ChannelPolicy::Unknown;
    ChannelPolicy interpol = ChannelPolicy::Unknown; // urgent cases only
    QString notes;
    Provenance provenance;
};

struct Languages // 18(14)
{
    QStringList codes;  // ISO 639-1 codes of the languages notified; empty = unknown
    QString conditions; // the notification's conditions, as found
    Provenance provenance;
};

struct Electronic
{
    Tri transmission = Tri::Unknown; // requests accepted by electronic transmission
    Tri signature = Tri::Unknown;    // electronic signatures accepted
    QString notes;
    Provenance provenance;
};

struct DualCriminality // 18(9)
{
    DualCriminalityPolicy policy = DualCriminalityPolicy::Unknown;
    QString notes;
    Provenance provenance;
};

struct Reciprocity
{
    ReciprocityPolicy policy = ReciprocityPolicy::Unknown;
    QString notes;
    Provenance provenance;
};

struct Practice // 18(19), 18(20)
{
    QString useLimitation;
    QString confidentiality;
    Provenance provenance;
};

struct MeasureNote
{
    QString measure; // MeasureSpec::id, e.g. "bank-records"
    Availability availability = Availability::Unknown;
    QString alternative; // alternative measure where not available or limited
    QString details;     // practical details
    Provenance provenance;
};

struct CriminalizedConduct
{
    QString iccs;                // ICCS code; covers the codes below it
    Tri criminalized = Tri::Yes; // No records conduct known NOT to be an offence there
    QString provision;           // the domestic provision, e.g. "Criminal Code, art. 301"
    QString notes;
    Provenance provenance;
};

struct Treaty
{
    QString stateA; // ISO alpha-3, stateA < stateB
    QString stateB;
    QString name;
    Tri inForce = Tri::Unknown;
    QDate date; // entry into force, where sourced
    QString notes;
    Provenance provenance;
};

struct Certificate
{
    QString iso3;
    QString sha256; // lowercase hex of the DER bytes
    QByteArray pem;
    QString subject; // as recorded (display only)
    Provenance provenance;
};

// A declaration made to the UN depositary, a note of national practice (not a UNTOC
// notification) or a ratification act's content, with the article it bears on.
struct Declaration
{
    QString topic; // "16-5", "18-7", "18-9", "18-13", "18-14", "other"
    QString scope; // "untoc-declaration", "national-practice", "ratification-act"
    QString text;  // as summarized from the source
    QString quote; // the passage read, verbatim (sometimes a translation)
    Provenance provenance;

    bool isUntoc() const { return scope == QLatin1String("untoc-declaration"); }
};

struct StateRecord
{
    QString iso3;
    QString m49;
    QMap<QString, QString> names; // UN language code -> UN short name
    Provenance namesProvenance;
    UntocParty untoc;
    CentralAuthority centralAuthority;
    Channels channels;
    Languages languages;
    Electronic electronic;
    DualCriminality dualCriminality;
    Reciprocity reciprocity;
    Practice practice;
    QList<MeasureNote> measures;
    QList<CriminalizedConduct> conduct;
    QList<Treaty> treaties; // those this State is a party to
    QList<Certificate> certificates;
    QList<Declaration> declarations; // UNTOC declarations and practice notes

    const MeasureNote* measure(const QString& measureId) const;
    // Declarations bearing on `topic` (e.g. "18-7"), UNTOC declarations first.
    QList<Declaration> declarationsOn(const QString& topic) const;
};

struct StateSummary
{
    QString iso3;
    QString m49;
    QMap<QString, QString> names; // UN language code -> UN short name
};

} // namespace mla::requirements
