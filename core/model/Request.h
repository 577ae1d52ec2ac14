#pragma once
// The complete model of a request for mutual legal assistance under UNTOC article 18.
// Plain value types with value semantics and equality; no I/O (see core/draft for the file
// format). Field paths used by checks and the wizard are documented next to each member,
// e.g. "proceedings.subject" or "measures[m2].details.accounts".

#include "LocalizedText.h"
#include "MeasureSchema.h"
#include "Vocabulary.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mla {

enum class TriState
{
    Unknown,
    Yes,
    No
};
QString triStateId(TriState t); // "unknown" | "yes" | "no"
bool triStateFromId(const QString& id, TriState* out);

// 18(15)(a): the requesting authority, and the letterhead of the document.
struct Authority
{
    QString name;          // "authority.name"
    QString address;       // "authority.address" (several lines allowed)
    QString contactPerson; // "authority.contactPerson"
    QString phone;         // "authority.phone"
    QString email;         // "authority.email"
    QString reference;     // "authority.reference": the requesting authority's own file number
    QByteArray logoPng;    // optional letterhead logo, PNG bytes (embedded: a draft never points at files)
    bool operator==(const Authority&) const = default;
};

// Who signs the request (signature block).
struct Signatory
{
    QString name;     // "signatory.name"
    QString function; // "signatory.function"
    QString place;    // "signatory.place"
    bool operator==(const Signatory&) const = default;
};

struct LegalBasis
{
    LegalBasisKind kind = LegalBasisKind::Untoc; // "legalBasis.kind"
    QString treatyName;                          // "legalBasis.treatyName" (kind == Treaty)
    QString treatyArticle;                       // "legalBasis.treatyArticle"
    bool reciprocityAssurance = false;           // "legalBasis.reciprocityAssurance": we give one
    LocalizedText reciprocityNote;               // "legalBasis.reciprocityNote"
    // Art. 3 scope of the Convention, as the drafter asserts it.
    TriState transnational = TriState::Unknown;          // "legalBasis.transnational"
    TriState organizedCriminalGroup = TriState::Unknown; // "legalBasis.organizedCriminalGroup"
    LocalizedText scopeExplanation;                      // "legalBasis.scopeExplanation"
    bool operator==(const LegalBasis&) const = default;
};

struct Urgency
{
    bool urgent = false;   // "urgency.urgent"
    QDate deadline;        // "urgency.deadline"
    LocalizedText reasons; // "urgency.reasons" (18(24))
    bool operator==(const Urgency&) const = default;
};

// 18(15)(b)
struct Proceedings
{
    ProceedingsType type = ProceedingsType::Investigation; // "proceedings.type"
    LocalizedText subject;                                 // "proceedings.subject": subject matter and nature
    QString conductingAuthority;                           // "proceedings.conductingAuthority": name
    LocalizedText conductingFunctions;                     // "proceedings.conductingFunctions": its functions
    QString caseReference;                                 // "proceedings.caseReference"
    bool operator==(const Proceedings&) const = default;
};

struct Offence
{
    QString id;                // stable within the request, e.g. "o1"; "offences[o1]"
    LocalizedText name;        // "offences[o1].name"
    LocalizedText provision;   // "offences[o1].provision": text of the legal provision
    int maxPenaltyYears = 0;   // "offences[o1].maxPenaltyYears": 0 = unknown; 99 = life
    QStringList iccsCodes;     // "offences[o1].iccsCodes": the conduct, as ICCS codes
    QString conventionArticle; // "offences[o1].conventionArticle": "5","6","8","23" or a Protocol, or empty
    bool operator==(const Offence&) const = default;
};

struct NameInScript
{
    QString script; // ISO 15924 code, e.g. "Arab", "Hans", "Cyrl"
    QString text;
    bool operator==(const NameInScript&) const = default;
};

struct IdentityDocument
{
    QString type; // e.g. "passport", "national identity card"
    QString number;
    QString issuingState; // ISO 3166 alpha-3
    QDate expiry;
    bool operator==(const IdentityDocument&) const = default;
};

// 18(15)(e)
struct Person
{
    QString id; // "p1"; "persons[p1]"
    PersonRole role = PersonRole::Other;
    QString familyName; // in Latin script, as in the identity document
    QString givenNames;
    QList<NameInScript> otherScripts; // the names in other scripts
    QStringList aliases;
    QDate dateOfBirth;
    QString placeOfBirth;
    QStringList nationalities; // ISO 3166 alpha-3
    QList<IdentityDocument> documents;
    QStringList addresses;
    QString knownLocation; // where the person is believed to be
    LocalizedText notes;
    bool operator==(const Person&) const = default;

    QString displayName() const; // "GIVEN FAMILY" or the first other-script name
};

// A detail value of a measure; which member is used depends on the FieldSpec's kind.
struct FieldValue
{
    QString plain;      // Plain, Date (ISO 8601 yyyy-MM-dd)
    QStringList values; // List, Choice
    LocalizedText text; // Text
    bool isEmpty() const { return plain.trimmed().isEmpty() && values.isEmpty() && text.isEmpty(); }
    bool operator==(const FieldValue&) const = default;
};

// 18(15)(d) and (f): one type of assistance sought.
struct Measure
{
    QString id; // "m1"; "measures[m1]"
    MeasureType type = MeasureType::Other;
    QStringList personIds;             // "measures[m1].persons": the persons it concerns
    LocalizedText description;         // "measures[m1].description": what is sought
    LocalizedText procedures;          // "measures[m1].procedures": particular procedures, 18(17)
    LocalizedText purpose;             // "measures[m1].purpose": 18(15)(f)
    QMap<QString, FieldValue> details; // "measures[m1].details.<key>", keys from MeasureSchema
    bool operator==(const Measure&) const = default;
};

struct Confidentiality
{
    bool requested = false; // "confidentiality.requested" (18(20))
    LocalizedText reasons;  // "confidentiality.reasons"
    bool operator==(const Confidentiality&) const = default;
};

struct Attachment
{
    QString fileName; // name only, never a path that is opened
    LocalizedText description;
    QString sha256; // lowercase hex
    bool operator==(const Attachment&) const = default;
};

struct ReviewComment
{
    QString id;      // "c1"
    QString section; // a field path or section id the comment is about, e.g. "proceedings"
    QString author;
    QDateTime time; // UTC
    QString text;
    bool resolved = false;
    bool operator==(const ReviewComment&) const = default;
};

struct HistoryEntry
{
    QDateTime time; // UTC
    QString who;
    QString action; // e.g. "created", "submitted", "returned", "approved", "signed", "countersigned"
    QString detail;
    bool operator==(const HistoryEntry&) const = default;
};

struct Request
{
    QString id;         // UUID, stable across the life of the request
    QDateTime created;  // UTC
    QDateTime modified; // UTC
    RequestStatus status = RequestStatus::Draft;
    QString draftLanguage;  // language the drafter writes in (BCP 47), default for new free text
    QString outputLanguage; // "outputLanguage": one of unLanguages()

    QString requestingState; // "requestingState": ISO 3166 alpha-3
    QString requestedState;  // "requestedState": ISO 3166 alpha-3
    Authority authority;
    Signatory signatory;
    LegalBasis legalBasis;
    Channel channel = Channel::CentralAuthority; // "channel" (18(13))
    Urgency urgency;
    Proceedings proceedings;
    LocalizedText summaryOfFacts; // "summaryOfFacts" (18(15)(c))
    QList<Offence> offences;
    QList<Person> persons;
    QList<Measure> measures;
    Confidentiality confidentiality;
    LocalizedText useLimitation;       // "useLimitation" (18(19))
    LocalizedText dualCriminalityNote; // "dualCriminalityNote" (18(9))
    QList<Attachment> attachments;
    QList<ReviewComment> comments;
    QList<HistoryEntry> history;

    bool operator==(const Request&) const = default;

    const Person* person(const QString& id) const;
    const Offence* offence(const QString& id) const;
    const Measure* measure(const QString& id) const;
    // A fresh id with `prefix` not used by any offence/person/measure/comment yet ("p3").
    QString nextId(const QString& prefix) const;
    // Every LocalizedText of the request with its field path, in document order (for
    // translation export and checks).
    QList<QPair<QString, const LocalizedText*>> localizedTexts() const;
    QList<QPair<QString, LocalizedText*>> localizedTexts();
};

} // namespace mla
