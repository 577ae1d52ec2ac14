#include "MeasureSchema.h"

#include <QtGlobal>

namespace mla {
namespace {

FieldSpec text(const char* key, bool required, const char* label)
{
    return {QString::fromLatin1(key), FieldKind::Text, required, label, {}};
}
FieldSpec plain(const char* key, bool required, const char* label)
{
    return {QString::fromLatin1(key), FieldKind::Plain, required, label, {}};
}
FieldSpec date(const char* key, bool required, const char* label)
{
    return {QString::fromLatin1(key), FieldKind::Date, required, label, {}};
}
FieldSpec list(const char* key, bool required, const char* label)
{
    return {QString::fromLatin1(key), FieldKind::List, required, label, {}};
}
FieldSpec choice(const char* key, bool required, const char* label, QStringList choices, bool multiple)
{
    return {QString::fromLatin1(key), FieldKind::Choice, required, label, std::move(choices), multiple};
}

QStringList dataCategories()
{
    return {QStringLiteral("subscriber"), QStringLiteral("traffic"), QStringLiteral("content")};
}
QStringList yesNoUnknown()
{
    return {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("unknown")};
}

QList<MeasureSpec> buildSpecs()
{
    using T = MeasureType;
    return {
        {T::Evidence,
         QStringLiteral("evidence"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Taking evidence or statements"),
         QStringLiteral("18(3)(a)"),
         false,
         1,
         {text("questions", true, QT_TRANSLATE_NOOP("MeasureSchema", "Questions to be put")),
          text("oathProcedure", false,
               QT_TRANSLATE_NOOP("MeasureSchema", "Oath, caution or procedure to follow")),
          plain("place", false, QT_TRANSLATE_NOOP("MeasureSchema", "Place of the hearing"))}},
        {T::Service,
         QStringLiteral("service"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Service of judicial documents"),
         QStringLiteral("18(3)(b)"),
         false,
         1,
         {list("documents", true, QT_TRANSLATE_NOOP("MeasureSchema", "Documents to be served")),
          plain("serviceAddress", true, QT_TRANSLATE_NOOP("MeasureSchema", "Address for service")),
          date("appearanceDate", false,
               QT_TRANSLATE_NOOP("MeasureSchema", "Date the person is summoned to appear")),
          text("proofOfService", false, QT_TRANSLATE_NOOP("MeasureSchema", "Proof of service required"))}},
        {T::SearchSeizure,
         QStringLiteral("search-seizure"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Search and seizure"),
         QStringLiteral("18(3)(c)"),
         true,
         0,
         {plain("place", true, QT_TRANSLATE_NOOP("MeasureSchema", "Premises to be searched (address)")),
          text("itemsSought", true, QT_TRANSLATE_NOOP("MeasureSchema", "Items to be seized")),
          text("grounds", false,
               QT_TRANSLATE_NOOP("MeasureSchema", "Link between the premises and the offence"))}},
        {T::Freezing,
         QStringLiteral("freezing"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Freezing of assets"),
         QStringLiteral("18(3)(c)"),
         true,
         0,
         {text("assets", true, QT_TRANSLATE_NOOP("MeasureSchema", "Assets to be frozen")),
          plain("institution", false, QT_TRANSLATE_NOOP("MeasureSchema", "Institution holding the assets")),
          list("accounts", false, QT_TRANSLATE_NOOP("MeasureSchema", "Account numbers")),
          plain("amount", false, QT_TRANSLATE_NOOP("MeasureSchema", "Amount")),
          plain("domesticOrder", false,
                QT_TRANSLATE_NOOP("MeasureSchema", "Domestic freezing order (reference)"))}},
        {T::Examination,
         QStringLiteral("examination"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Examining objects and sites"),
         QStringLiteral("18(3)(d)"),
         false,
         0,
         {text("objectOrSite", true, QT_TRANSLATE_NOOP("MeasureSchema", "Object or site to be examined")),
          plain("location", true, QT_TRANSLATE_NOOP("MeasureSchema", "Location"))}},
        {T::InformationExpert,
         QStringLiteral("information-expert"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Information, evidentiary items and expert evaluations"),
         QStringLiteral("18(3)(e)"),
         false,
         0,
         {text("itemsSought", true, QT_TRANSLATE_NOOP("MeasureSchema", "Information or items sought")),
          text("expertEvaluation", false,
               QT_TRANSLATE_NOOP("MeasureSchema", "Expert evaluation requested"))}},
        {T::BankRecords,
         QStringLiteral("bank-records"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Bank and financial records"),
         QStringLiteral("18(3)(f)"),
         true,
         0,
         {plain("institution", true, QT_TRANSLATE_NOOP("MeasureSchema", "Financial institution")),
          list("accounts", true, QT_TRANSLATE_NOOP("MeasureSchema", "Account numbers")),
          date("periodFrom", true, QT_TRANSLATE_NOOP("MeasureSchema", "Period from")),
          date("periodTo", true, QT_TRANSLATE_NOOP("MeasureSchema", "Period to")),
          list("documentTypes", true, QT_TRANSLATE_NOOP("MeasureSchema", "Types of documents")),
          text("certification", false,
               QT_TRANSLATE_NOOP("MeasureSchema", "Certification or authentication required"))}},
        {T::Records,
         QStringLiteral("records"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Documents and records"),
         QStringLiteral("18(3)(f)"),
         true,
         0,
         {text("recordsSought", true, QT_TRANSLATE_NOOP("MeasureSchema", "Documents or records sought")),
          plain("holder", false, QT_TRANSLATE_NOOP("MeasureSchema", "Who holds them")),
          choice("certifiedCopies", false,
                 QT_TRANSLATE_NOOP("MeasureSchema", "Originals or certified copies"),
                 {QStringLiteral("originals"), QStringLiteral("certified-copies")}, false)}},
        {T::Tracing,
         QStringLiteral("tracing"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Identifying or tracing proceeds, property or instrumentalities"),
         QStringLiteral("18(3)(g)"),
         true,
         0,
         {text("property", true,
               QT_TRANSLATE_NOOP("MeasureSchema", "Proceeds, property or instrumentalities")),
          list("knownAssets", false, QT_TRANSLATE_NOOP("MeasureSchema", "Known assets or accounts"))}},
        {T::VoluntaryAppearance,
         QStringLiteral("voluntary-appearance"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Voluntary appearance in the requesting State"),
         QStringLiteral("18(3)(h)"),
         false,
         1,
         {date("appearanceDate", false, QT_TRANSLATE_NOOP("MeasureSchema", "Date of appearance")),
          text("arrangements", true,
               QT_TRANSLATE_NOOP("MeasureSchema", "Expenses, travel and safe conduct (18(27))"))}},
        {T::Other,
         QStringLiteral("other"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Other assistance"),
         QStringLiteral("18(3)(i)"),
         false,
         0,
         {text("assistance", true, QT_TRANSLATE_NOOP("MeasureSchema", "Assistance sought"))}},
        {T::Preservation,
         QStringLiteral("preservation"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Expedited preservation of stored computer data"),
         QStringLiteral("18(3)(i)"),
         false,
         0,
         {plain("provider", true, QT_TRANSLATE_NOOP("MeasureSchema", "Service provider")),
          list("identifiers", true,
               QT_TRANSLATE_NOOP("MeasureSchema", "Accounts, addresses or other identifiers")),
          choice("dataCategories", true, QT_TRANSLATE_NOOP("MeasureSchema", "Data categories"),
                 dataCategories(), true),
          date("periodFrom", false, QT_TRANSLATE_NOOP("MeasureSchema", "Period from")),
          date("periodTo", false, QT_TRANSLATE_NOOP("MeasureSchema", "Period to")),
          plain("followUp", false,
                QT_TRANSLATE_NOOP("MeasureSchema", "Follow-up request for production (reference)"))}},
        {T::StoredData,
         QStringLiteral("stored-data"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Access to stored computer data"),
         QStringLiteral("18(3)(f),(i)"),
         true,
         0,
         {plain("provider", true, QT_TRANSLATE_NOOP("MeasureSchema", "Service provider")),
          list("identifiers", true,
               QT_TRANSLATE_NOOP("MeasureSchema", "Accounts, addresses or other identifiers")),
          choice("dataCategories", true, QT_TRANSLATE_NOOP("MeasureSchema", "Data categories"),
                 dataCategories(), true),
          date("periodFrom", true, QT_TRANSLATE_NOOP("MeasureSchema", "Period from")),
          date("periodTo", true, QT_TRANSLATE_NOOP("MeasureSchema", "Period to")),
          plain("preservationReference", false,
                QT_TRANSLATE_NOOP("MeasureSchema", "Earlier preservation (reference)"))}},
        {T::RealTimeTraffic,
         QStringLiteral("real-time-traffic"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Real-time collection of traffic data"),
         QStringLiteral("18(3)(i)"),
         true,
         0,
         {plain("provider", true, QT_TRANSLATE_NOOP("MeasureSchema", "Service provider")),
          list("identifiers", true,
               QT_TRANSLATE_NOOP("MeasureSchema", "Accounts, addresses or other identifiers")),
          date("periodFrom", true, QT_TRANSLATE_NOOP("MeasureSchema", "Collection from")),
          date("periodTo", true, QT_TRANSLATE_NOOP("MeasureSchema", "Collection to"))}},
        {T::Videoconference,
         QStringLiteral("videoconference"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Hearing by videoconference"),
         QStringLiteral("18(18)"),
         false,
         1,
         {text("questions", true, QT_TRANSLATE_NOOP("MeasureSchema", "Subject of the hearing and questions")),
          date("proposedDate", false, QT_TRANSLATE_NOOP("MeasureSchema", "Proposed date")),
          plain("conductingAuthority", true,
                QT_TRANSLATE_NOOP("MeasureSchema", "Judicial authority conducting the hearing")),
          plain("technicalContact", true, QT_TRANSLATE_NOOP("MeasureSchema", "Technical contact")),
          plain("interpretation", false,
                QT_TRANSLATE_NOOP("MeasureSchema", "Interpretation needed (language)"))}},
        {T::DetainedTransfer,
         QStringLiteral("detained-transfer"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Temporary transfer of a detained person"),
         QStringLiteral("18(10)-(12)"),
         false,
         1,
         {plain("detentionPlace", true, QT_TRANSLATE_NOOP("MeasureSchema", "Place of detention")),
          choice("consent", true, QT_TRANSLATE_NOOP("MeasureSchema", "The person consents (18(10)(a))"),
                 yesNoUnknown(), false),
          plain("transferPeriod", true, QT_TRANSLATE_NOOP("MeasureSchema", "Period of the transfer")),
          text("custody", true,
               QT_TRANSLATE_NOOP("MeasureSchema", "Custody and return arrangements (18(11))"))}},
        {T::ControlledDelivery,
         QStringLiteral("controlled-delivery"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Controlled delivery"),
         QStringLiteral("art. 20"),
         false,
         0,
         {text("consignment", true, QT_TRANSLATE_NOOP("MeasureSchema", "Consignment")),
          text("route", true, QT_TRANSLATE_NOOP("MeasureSchema", "Expected route")),
          plain("expectedDates", false, QT_TRANSLATE_NOOP("MeasureSchema", "Expected dates"))}},
        {T::JointInvestigation,
         QStringLiteral("joint-investigation"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Joint investigation"),
         QStringLiteral("art. 19"),
         false,
         0,
         {text("objective", true, QT_TRANSLATE_NOOP("MeasureSchema", "Objective")),
          text("composition", true, QT_TRANSLATE_NOOP("MeasureSchema", "Composition of the team")),
          plain("duration", true, QT_TRANSLATE_NOOP("MeasureSchema", "Duration"))}},
        {T::TransferProceedings,
         QStringLiteral("transfer-proceedings"),
         QT_TRANSLATE_NOOP("MeasureSchema", "Transfer of criminal proceedings"),
         QStringLiteral("art. 21"),
         false,
         0,
         {text("reasons", true, QT_TRANSLATE_NOOP("MeasureSchema", "Reasons for the transfer")),
          list("fileContents", true,
               QT_TRANSLATE_NOOP("MeasureSchema", "Contents of the case file transmitted"))}},
    };
}

} // namespace

const QList<MeasureSpec>& measureSpecs()
{
    static const QList<MeasureSpec> specs = buildSpecs();
    return specs;
}

const MeasureSpec& measureSpec(MeasureType type)
{
    return measureSpecs().at(static_cast<int>(type));
}

const MeasureSpec* measureSpecById(const QString& id)
{
    for (const auto& s : measureSpecs())
        if (s.id == id)
            return &s;
    return nullptr;
}

const FieldSpec* fieldSpec(MeasureType type, const QString& key)
{
    for (const auto& f : measureSpec(type).fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

} // namespace mla
