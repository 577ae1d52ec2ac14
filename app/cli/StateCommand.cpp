// state ISO3 [--lang L] [--max-age YEARS] [--json]: what the requirements database knows of a
// State, section by section, each with its source and the source's date; facts older than the
// maximum age (default 5 years, or $MLAWRITER_MAX_FACT_AGE_YEARS) or undated are marked as
// possibly outdated; what is not recorded is shown as unknown.
// Exit 0: shown; 2: no such State, unreadable database or usage error.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"

#include "model/Vocabulary.h"
#include "requirements/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace mla::cli {
namespace {

using namespace mla::requirements;

const QString& unknownText()
{
    static const QString s = QStringLiteral("unknown — verify with the central authority");
    return s;
}

int g_maxAge = 5;

QJsonObject provenanceJson(const Provenance& p)
{
    QJsonObject o;
    o.insert(QStringLiteral("sourceDate"),
             p.sourceDate.isValid() ? p.sourceDate.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("possiblyOutdated"),
             p.known() && p.possiblyOutdated(QDate::currentDate(), g_maxAge));
    if (!p.originSigner.isEmpty())
        o.insert(QStringLiteral("originSigner"), p.originSigner);
    o.insert(QStringLiteral("source"), p.source);
    o.insert(QStringLiteral("verified"), p.verified.isValid() ? p.verified.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("verifiedBy"), p.verifiedBy);
    o.insert(QStringLiteral("origin"), p.origin);
    o.insert(QStringLiteral("known"), p.known());
    return o;
}

QString provenanceLine(const Provenance& p)
{
    if (!p.known())
        return QStringLiteral("    source: nothing recorded\n");
    QString age;
    if (p.possiblyOutdated(QDate::currentDate(), g_maxAge))
        age = p.asOf().isValid()
                  ? QStringLiteral(" — POSSIBLY OUTDATED (older than %1 years: verify)").arg(g_maxAge)
                  : QStringLiteral(" — POSSIBLY OUTDATED (the source is undated: verify)");
    QString out =
        QStringLiteral("    source: %1\n    source date: %2%3\n    verified: %4%5\n")
            .arg(p.source,
                 p.sourceDate.isValid() ? p.sourceDate.toString(Qt::ISODate) : QStringLiteral("undated"), age,
                 p.verified.isValid() ? p.verified.toString(Qt::ISODate) : QStringLiteral("never"),
                 p.verifiedBy.isEmpty() ? QString() : QStringLiteral(" by ") + p.verifiedBy);
    if (!p.originSigner.isEmpty())
        out += QStringLiteral("    imported from: %1 (%2)\n")
                   .arg(p.originSigner, p.originDate.toString(Qt::ISODate));
    return out;
}

QString orUnknown(const QString& v)
{
    return v.trimmed().isEmpty() ? unknownText() : v;
}

QString enumText(const QString& id)
{
    return id == QLatin1String("unknown") ? unknownText() : id;
}

QJsonObject stateJson(const StateRecord& s)
{
    QJsonObject o;
    o.insert(QStringLiteral("iso3"), s.iso3);
    o.insert(QStringLiteral("m49"), s.m49);
    QJsonObject names;
    for (auto it = s.names.cbegin(); it != s.names.cend(); ++it)
        names.insert(it.key(), it.value());
    o.insert(QStringLiteral("names"), names);
    o.insert(QStringLiteral("namesProvenance"), provenanceJson(s.namesProvenance));
    o.insert(
        QStringLiteral("untoc"),
        QJsonObject{
            {QStringLiteral("status"), untocStatusId(s.untoc.status)},
            {QStringLiteral("statusNote"), s.untoc.statusNote},
            {QStringLiteral("date"), s.untoc.date.isValid() ? s.untoc.date.toString(Qt::ISODate) : QString()},
            {QStringLiteral("conventionAsExtraditionBasis"), triId(s.untoc.conventionAsExtraditionBasis)},
            {QStringLiteral("provenance"), provenanceJson(s.untoc.provenance)}});
    const auto& ca = s.centralAuthority;
    o.insert(QStringLiteral("centralAuthority"),
             QJsonObject{{QStringLiteral("name"), ca.name},
                         {QStringLiteral("address"), ca.address},
                         {QStringLiteral("phone"), ca.phone},
                         {QStringLiteral("email"), ca.email},
                         {QStringLiteral("notes"), ca.notes},
                         {QStringLiteral("provenance"), provenanceJson(ca.provenance)}});
    o.insert(QStringLiteral("channels"),
             QJsonObject{{QStringLiteral("centralAuthority"), channelPolicyId(s.channels.centralAuthority)},
                         {QStringLiteral("diplomatic"), channelPolicyId(s.channels.diplomatic)},
                         {QStringLiteral("interpol"), channelPolicyId(s.channels.interpol)},
                         {QStringLiteral("notes"), s.channels.notes},
                         {QStringLiteral("provenance"), provenanceJson(s.channels.provenance)}});
    o.insert(QStringLiteral("languages"),
             QJsonObject{{QStringLiteral("codes"), QJsonArray::fromStringList(s.languages.codes)},
                         {QStringLiteral("conditions"), s.languages.conditions},
                         {QStringLiteral("provenance"), provenanceJson(s.languages.provenance)}});
    o.insert(QStringLiteral("electronic"),
             QJsonObject{{QStringLiteral("transmission"), triId(s.electronic.transmission)},
                         {QStringLiteral("signature"), triId(s.electronic.signature)},
                         {QStringLiteral("notes"), s.electronic.notes},
                         {QStringLiteral("provenance"), provenanceJson(s.electronic.provenance)}});
    o.insert(QStringLiteral("dualCriminality"),
             QJsonObject{{QStringLiteral("policy"), dualCriminalityPolicyId(s.dualCriminality.policy)},
                         {QStringLiteral("notes"), s.dualCriminality.notes},
                         {QStringLiteral("provenance"), provenanceJson(s.dualCriminality.provenance)}});
    o.insert(QStringLiteral("reciprocity"),
             QJsonObject{{QStringLiteral("policy"), reciprocityPolicyId(s.reciprocity.policy)},
                         {QStringLiteral("notes"), s.reciprocity.notes},
                         {QStringLiteral("provenance"), provenanceJson(s.reciprocity.provenance)}});
    o.insert(QStringLiteral("practice"),
             QJsonObject{{QStringLiteral("useLimitation"), s.practice.useLimitation},
                         {QStringLiteral("confidentiality"), s.practice.confidentiality},
                         {QStringLiteral("provenance"), provenanceJson(s.practice.provenance)}});
    QJsonArray measures;
    for (const auto& m : s.measures)
        measures.append(QJsonObject{{QStringLiteral("measure"), m.measure},
                                    {QStringLiteral("availability"), availabilityId(m.availability)},
                                    {QStringLiteral("alternative"), m.alternative},
                                    {QStringLiteral("details"), m.details},
                                    {QStringLiteral("provenance"), provenanceJson(m.provenance)}});
    o.insert(QStringLiteral("measures"), measures);
    QJsonArray conduct;
    for (const auto& c : s.conduct)
        conduct.append(QJsonObject{{QStringLiteral("iccs"), c.iccs},
                                   {QStringLiteral("criminalized"), triId(c.criminalized)},
                                   {QStringLiteral("provision"), c.provision},
                                   {QStringLiteral("notes"), c.notes},
                                   {QStringLiteral("provenance"), provenanceJson(c.provenance)}});
    o.insert(QStringLiteral("conduct"), conduct);
    QJsonArray treaties;
    for (const auto& t : s.treaties)
        treaties.append(QJsonObject{{QStringLiteral("states"), QJsonArray{t.stateA, t.stateB}},
                                    {QStringLiteral("name"), t.name},
                                    {QStringLiteral("inForce"), triId(t.inForce)},
                                    {QStringLiteral("provenance"), provenanceJson(t.provenance)}});
    o.insert(QStringLiteral("treaties"), treaties);
    QJsonArray certs;
    for (const auto& c : s.certificates)
        certs.append(QJsonObject{{QStringLiteral("sha256"), c.sha256},
                                 {QStringLiteral("subject"), c.subject},
                                 {QStringLiteral("provenance"), provenanceJson(c.provenance)}});
    o.insert(QStringLiteral("certificates"), certs);
    QJsonArray decls;
    for (const auto& dcl : s.declarations)
        decls.append(QJsonObject{{QStringLiteral("topic"), dcl.topic},
                                 {QStringLiteral("scope"), dcl.scope},
                                 {QStringLiteral("text"), dcl.text},
                                 {QStringLiteral("quote"), dcl.quote},
                                 {QStringLiteral("provenance"), provenanceJson(dcl.provenance)}});
    o.insert(QStringLiteral("declarations"), decls);
    return o;
}

void printText(const StateRecord& s, const QString& lang, QTextStream& out)
{
    out << s.iso3 << "  " << s.names.value(lang, s.names.value(QStringLiteral("en"))) << "  (M49 " << s.m49
        << ")\n";
    out << "Names:\n";
    for (const QString& l : unLanguages())
        out << "  " << l << ": " << orUnknown(s.names.value(l)) << "\n";
    out << provenanceLine(s.namesProvenance);
    out << "UNTOC status: " << enumText(untocStatusId(s.untoc.status));
    if (!s.untoc.statusNote.isEmpty())
        out << " (" << s.untoc.statusNote << ")";
    if (s.untoc.date.isValid())
        out << ", " << s.untoc.date.toString(Qt::ISODate);
    out << "\nConvention as legal basis for extradition (16(5)): "
        << enumText(triId(s.untoc.conventionAsExtraditionBasis));
    out << "\n" << provenanceLine(s.untoc.provenance);
    const auto& ca = s.centralAuthority;
    out << "Central authority (18(13)): " << orUnknown(ca.name) << "\n";
    if (!ca.address.isEmpty())
        out << "  address: " << ca.address << "\n";
    if (!ca.phone.isEmpty())
        out << "  phone: " << ca.phone << "\n";
    if (!ca.email.isEmpty())
        out << "  e-mail: " << ca.email << "\n";
    if (!ca.notes.isEmpty())
        out << "  notes: " << ca.notes << "\n";
    out << provenanceLine(ca.provenance);
    out << "Channels (18(13)): central authority: " << enumText(channelPolicyId(s.channels.centralAuthority))
        << "; diplomatic: " << enumText(channelPolicyId(s.channels.diplomatic))
        << "; INTERPOL (urgent cases): " << enumText(channelPolicyId(s.channels.interpol)) << "\n";
    if (!s.channels.notes.isEmpty())
        out << "  notes: " << s.channels.notes << "\n";
    out << provenanceLine(s.channels.provenance);
    out << "Languages (18(14)): "
        << (s.languages.codes.isEmpty() ? unknownText() : s.languages.codes.join(QStringLiteral(", ")))
        << "\n";
    if (!s.languages.conditions.isEmpty())
        out << "  conditions: " << s.languages.conditions << "\n";
    out << provenanceLine(s.languages.provenance);
    out << "Electronic transmission: " << enumText(triId(s.electronic.transmission))
        << "; electronic signature: " << enumText(triId(s.electronic.signature)) << "\n";
    out << provenanceLine(s.electronic.provenance);
    out << "Dual criminality (18(9)): " << enumText(dualCriminalityPolicyId(s.dualCriminality.policy))
        << "\n";
    if (!s.dualCriminality.notes.isEmpty())
        out << "  notes: " << s.dualCriminality.notes << "\n";
    out << provenanceLine(s.dualCriminality.provenance);
    out << "Reciprocity: " << enumText(reciprocityPolicyId(s.reciprocity.policy)) << "\n";
    if (!s.reciprocity.notes.isEmpty())
        out << "  notes: " << s.reciprocity.notes << "\n";
    out << provenanceLine(s.reciprocity.provenance);
    out << "Use limitation (18(19)): " << orUnknown(s.practice.useLimitation) << "\n";
    out << "Confidentiality (18(20)): " << orUnknown(s.practice.confidentiality) << "\n";
    out << provenanceLine(s.practice.provenance);
    out << "Measures: " << (s.measures.isEmpty() ? unknownText() : QString()) << "\n";
    for (const auto& m : s.measures) {
        out << "  " << m.measure << ": " << enumText(availabilityId(m.availability));
        if (!m.alternative.isEmpty())
            out << "; alternative: " << m.alternative;
        if (!m.details.isEmpty())
            out << "; " << m.details;
        out << "\n  " << provenanceLine(m.provenance);
    }
    out << "Criminalized conduct (ICCS): " << (s.conduct.isEmpty() ? unknownText() : QString()) << "\n";
    for (const auto& c : s.conduct) {
        out << "  " << c.iccs << ": "
            << (c.criminalized == Tri::No ? QStringLiteral("not an offence") : c.provision) << "\n  "
            << provenanceLine(c.provenance);
    }
    out << "MLA treaties: " << (s.treaties.isEmpty() ? QStringLiteral("none recorded — verify") : QString())
        << "\n";
    for (const auto& t : s.treaties)
        out << "  " << t.stateA << "-" << t.stateB << ": " << t.name
            << " (in force: " << enumText(triId(t.inForce)) << ")\n  " << provenanceLine(t.provenance);
    out << "Signing certificates: "
        << (s.certificates.isEmpty() ? QStringLiteral("none recorded") : QString()) << "\n";
    for (const auto& c : s.certificates)
        out << "  " << c.sha256 << " " << c.subject << "\n  " << provenanceLine(c.provenance);
    out << "Declarations and practice notes: "
        << (s.declarations.isEmpty() ? QStringLiteral("none recorded") : QString()) << "\n";
    for (const auto& d : s.declarations) {
        const QString article = d.topic == QLatin1String("other")
                                    ? QStringLiteral("other")
                                    : QStringLiteral("art. ") + d.topic.section(u'-', 0, 0) + u'(' +
                                          d.topic.section(u'-', 1) + u')';
        const QString scope = d.scope == QLatin1String("untoc-declaration")
                                  ? QStringLiteral("UNTOC declaration/notification")
                              : d.scope == QLatin1String("national-practice")
                                  ? QStringLiteral("national practice note (not a UNTOC notification)")
                                  : QStringLiteral("national ratification act");
        out << "  " << scope << ", " << article << ": " << d.text << "\n";
        if (!d.quote.isEmpty())
            out << "    quote: \"" << d.quote << "\"\n";
        out << "  " << provenanceLine(d.provenance);
    }
}

} // namespace

int stateCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args args = parseArgs(argList, {QStringLiteral("--lang"), QStringLiteral("--max-age")},
                                {QStringLiteral("--json")}, 1, 1);
    const QString lang = args.value(QStringLiteral("--lang"), QStringLiteral("en"));
    bool ageOk = true;
    g_maxAge = args.values.contains(QStringLiteral("--max-age"))
                   ? args.value(QStringLiteral("--max-age")).toInt(&ageOk)
                   : maxFactAgeYears();
    ageOk = ageOk && g_maxAge >= 1 && g_maxAge <= 100;
    if (!args.error.isEmpty() || !isUnLanguage(lang) || !ageOk) {
        err << "mlawriter state: "
            << (!args.error.isEmpty() ? args.error
                : !ageOk              ? QStringLiteral("--max-age must be a number of years from 1 to 100")
                                      : QStringLiteral("--lang must be one of ar, zh, en, fr, ru, es"))
            << "\nusage: mlawriter state ISO3 [--lang L] [--max-age YEARS] [--json]\n";
        return BadInput;
    }
    auto db = Database::openDefault();
    if (!db) {
        err << db.error().toString() << "\n";
        return BadInput;
    }
    const QString iso3 = args.positional.first().trimmed().toUpper();
    const auto state = db.value()->state(iso3);
    if (!state) {
        err << "mlawriter state: no State '" << iso3 << "' in the requirements database\n";
        return BadInput;
    }
    if (args.has(QStringLiteral("--json"))) {
        QJsonObject o = stateJson(*state);
        o.insert(QStringLiteral("name"), state->names.value(lang));
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        printText(*state, lang, out);
    }
    return Ok;
}

} // namespace mla::cli
