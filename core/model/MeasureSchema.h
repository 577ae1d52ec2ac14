#pragma once
// The catalogue of measures (types of assistance) a request can ask for, and the details each
// one carries. Data-driven: the draft format, the wizard's detail forms and the completeness
// checks all read this one table, so adding a measure type is adding an entry here.

#include <QList>
#include <QString>
#include <QStringList>

namespace mla {

enum class MeasureType
{
    Evidence,            // 18(3)(a) taking evidence or statements
    Service,             // 18(3)(b) service of judicial documents
    SearchSeizure,       // 18(3)(c) searches and seizures
    Freezing,            // 18(3)(c) freezing
    Examination,         // 18(3)(d) examining objects and sites
    InformationExpert,   // 18(3)(e) information, evidentiary items, expert evaluations
    BankRecords,         // 18(3)(f) bank and financial records
    Records,             // 18(3)(f) other documents and records
    Tracing,             // 18(3)(g) identifying or tracing proceeds, property, instrumentalities
    VoluntaryAppearance, // 18(3)(h) facilitating voluntary appearance
    Other,               // 18(3)(i) any other assistance not contrary to domestic law
    Preservation,        // expedited preservation of stored computer data
    StoredData,          // access to stored computer data (subscriber / traffic / content)
    RealTimeTraffic,     // real-time collection of traffic data
    Videoconference,     // hearing by videoconference, 18(18)
    DetainedTransfer,    // temporary transfer of a detained person, 18(10)-(12)
    ControlledDelivery,  // art. 20
    JointInvestigation,  // art. 19
    TransferProceedings, // art. 21
};

enum class FieldKind
{
    Text,   // free text: a LocalizedText (translatable)
    Plain,  // a single line that is never translated (names of institutions, addresses, numbers)
    Date,   // ISO 8601 date
    List,   // several single-line values (accounts, identifiers, document titles)
    Choice, // one or more of FieldSpec::choices
};

struct FieldSpec
{
    QString key; // stable id used in the draft file and in field paths
    FieldKind kind;
    bool required;         // needed for the requested State to be able to act
    const char* label;     // English source text; translated with context "MeasureSchema"
    QStringList choices;   // for FieldKind::Choice
    bool multiple = false; // for Choice: several values allowed
};

struct MeasureSpec
{
    MeasureType type;
    QString id;        // stable id, e.g. "bank-records"
    const char* title; // English source text; translated with context "MeasureSchema"
    QString article;   // e.g. "18(3)(f)"
    bool coercive;     // typically needs dual criminality where a State requires it for coercive measures
    int minPersons;    // persons the measure must name (a witness to hear, a person to serve)
    QList<FieldSpec> fields;
};

// All measure types, in the order the wizard lists them.
const QList<MeasureSpec>& measureSpecs();
const MeasureSpec& measureSpec(MeasureType type);
// nullptr when id is unknown.
const MeasureSpec* measureSpecById(const QString& id);
// nullptr when the type has no such field.
const FieldSpec* fieldSpec(MeasureType type, const QString& key);

} // namespace mla
