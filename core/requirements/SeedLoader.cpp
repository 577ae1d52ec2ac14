#include "SeedLoader.h"

#include "CsvReader.h"
#include "RecordKinds.h"
#include "StateRecord.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>

#include <algorithm>

namespace mla::requirements {
namespace {

// Bump when the mapping below changes, so that existing databases merge the seed again.
constexpr const char* mappingVersion = "seed-mapping-2";

const QString& seedVerifier()
{
    static const QString s = QStringLiteral(
        "shipped seed: transcribed from public sources, not verified against the official text");
    return s;
}

Result<QByteArray> readFile(const QString& dir, const QString& name)
{
    QFile f(dir + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("requirements.seed"), QStringLiteral("cannot read the seed file"),
                     f.fileName(), 0, 0};
    return f.readAll();
}

// The date a source speaks for, from the start of a "source date" cell: "2014-01-27 (…)",
// "2018-01 (statement month)" and "2011 (BGBl. …)" give 2014-01-27, 2018-01-01 and 2011-01-01
// (the earliest day the text allows: a fact is never made to look newer than its source).
// Anything else ("undated page", "after 2023-01-01") is undated. No regular expression.
QDate sourceDateOf(const QString& cell)
{
    auto digits = [&](qsizetype from, qsizetype n) {
        if (from + n > cell.size())
            return -1;
        int v = 0;
        for (qsizetype i = from; i < from + n; ++i) {
            if (cell[i] < u'0' || cell[i] > u'9')
                return -1;
            v = v * 10 + (cell[i].unicode() - u'0');
        }
        return v;
    };
    auto endsAt = [&](qsizetype i) { return i >= cell.size() || cell[i] == u' ' || cell[i] == u'('; };
    const int y = digits(0, 4);
    if (y < 1900 || (!endsAt(4) && cell[4] != u'-'))
        return {};
    if (endsAt(4))
        return QDate(y, 1, 1);
    const int m = digits(5, 2);
    if (m < 1 || m > 12)
        return {};
    if (endsAt(7))
        return QDate(y, m, 1);
    if (cell[7] != u'-')
        return {};
    const int d = digits(8, 2);
    const QDate date(y, m, d);
    return endsAt(10) && date.isValid() ? date : QDate();
}

Record make(const char* kind, const QString& source)
{
    Record r;
    r.kind = QString::fromLatin1(kind);
    r.provenance.source = source;
    r.provenance.verifiedBy = seedVerifier();
    r.provenance.origin = QStringLiteral("seed");
    return r;
}

void addNames(const QList<QMap<QString, QString>>& rows, QList<Record>& out)
{
    for (const auto& row : rows) {
        Record r = make("state", QStringLiteral("data/seed/un-country-names.csv: ") +
                                     row.value(QStringLiteral("source")));
        r.fields.insert(QStringLiteral("iso3"), row.value(QStringLiteral("iso3")));
        r.fields.insert(QStringLiteral("m49"), row.value(QStringLiteral("m49")));
        for (const char* l : {"ar", "zh", "en", "fr", "ru", "es"}) {
            const QString col = QStringLiteral("name_") + QString::fromLatin1(l);
            r.fields.insert(col, row.value(col));
        }
        out << r;
    }
}

void addNotifications(const QList<QMap<QString, QString>>& rows, QList<Record>& out)
{
    for (const auto& row : rows) {
        const QString iso3 = row.value(QStringLiteral("iso3"));
        const QString source = QStringLiteral("data/seed/untoc-notifications.csv: ") +
                               row.value(QStringLiteral("source_url")) + QStringLiteral(" (as of: ") +
                               row.value(QStringLiteral("source_as_of")) + u')';
        const QDate sourceDate = sourceDateOf(row.value(QStringLiteral("source_as_of")));
        const qsizetype first = out.size();
        const QString status = row.value(QStringLiteral("party_status"));
        Record untoc = make("untoc", source);
        untoc.fields.insert(QStringLiteral("iso3"), iso3);
        // The CSV words every sourced status as "party" with an optional bracketed qualifier.
        untoc.fields.insert(QStringLiteral("status"), status.startsWith(QLatin1String("party"))
                                                          ? untocStatusId(UntocStatus::Party)
                                                          : untocStatusId(UntocStatus::Unknown));
        untoc.fields.insert(QStringLiteral("status_note"), status);
        untoc.fields.insert(QStringLiteral("date"), row.value(QStringLiteral("ratification_date")));
        const QString ext = row.value(QStringLiteral("extradition_legal_basis_16_5"));
        untoc.fields.insert(QStringLiteral("extradition_basis"), ext == QLatin1String("yes") ? triId(Tri::Yes)
                                                                 : ext == QLatin1String("no")
                                                                     ? triId(Tri::No)
                                                                     : triId(Tri::Unknown));
        out << untoc;

        if (const QString ca = row.value(QStringLiteral("central_authority_18_13")); !ca.isEmpty()) {
            Record r = make("central-authority", source);
            r.fields.insert(QStringLiteral("iso3"), iso3);
            r.fields.insert(QStringLiteral("name"), ca);
            out << r;
        }
        if (const QString notes = row.value(QStringLiteral("channel_notes_18_13")); !notes.isEmpty()) {
            Record r = make("channels", source);
            r.fields.insert(QStringLiteral("iso3"), iso3);
            for (const char* c : {"central_authority", "diplomatic", "interpol"})
                r.fields.insert(QString::fromLatin1(c), channelPolicyId(ChannelPolicy::Unknown));
            r.fields.insert(QStringLiteral("notes"), notes);
            out << r;
        }
        const QString langs = row.value(QStringLiteral("languages_18_14"));
        const QString langNotes = row.value(QStringLiteral("language_notes_18_14"));
        if (!langs.isEmpty() || !langNotes.isEmpty()) {
            Record r = make("languages", source);
            r.fields.insert(QStringLiteral("iso3"), iso3);
            r.fields.insert(QStringLiteral("codes"), langs);
            r.fields.insert(QStringLiteral("conditions"), langNotes);
            out << r;
        }
        for (qsizetype i = first; i < out.size(); ++i)
            out[i].provenance.sourceDate = sourceDate;
    }
}

QString triOf(const QString& v)
{
    if (v == QLatin1String("yes") || v.startsWith(QLatin1String("yes (")))
        return triId(Tri::Yes);
    if (v == QLatin1String("no") || v.startsWith(QLatin1String("no (")))
        return triId(Tri::No);
    return triId(Tri::Unknown);
}

// The article an "other relevant declaration" bears on, where the reference data's notes name it
// (untoc-notifications-2.notes.md): the Russian Federation's statement under 18(7) and Panama's
// dual-criminality declaration (18(9)). Every other declaration is kept under "other".
QString otherTopicOf(const QString& iso3)
{
    if (iso3 == QLatin1String("RUS"))
        return QStringLiteral("18-7");
    if (iso3 == QLatin1String("PAN"))
        return QStringLiteral("18-9");
    return QStringLiteral("other");
}

Record declaration(const QString& iso3, const QString& topic, const QString& scope, const QString& text,
                   const QString& quote, const QString& source)
{
    Record r = make("declaration", source);
    r.fields.insert(QStringLiteral("iso3"), iso3);
    r.fields.insert(QStringLiteral("topic"), topic);
    r.fields.insert(QStringLiteral("scope"), scope);
    r.fields.insert(QStringLiteral("text"), text);
    r.fields.insert(QStringLiteral("quote"), quote);
    return r;
}

// untoc-notifications-2.csv: fact_scope decides what a row may fill. UNTOC declarations fill the
// 16(5), 18(13) and 18(14) records like the first notifications file and add their other
// declarations; national practice and ratification acts become declaration records of their
// scope only, never the State's UNTOC notification.
void addNotifications2(const QList<QMap<QString, QString>>& rows, QList<Record>& out)
{
    for (const auto& row : rows) {
        auto v = [&](const char* c) { return row.value(QString::fromLatin1(c)); };
        const QString iso3 = v("iso3");
        const QString scopeText = v("fact_scope");
        const QString scope =
            scopeText.startsWith(QLatin1String("UNTOC"))          ? QStringLiteral("untoc-declaration")
            : scopeText.startsWith(QLatin1String("national MLA")) ? QStringLiteral("national-practice")
                                                                  : QStringLiteral("ratification-act");
        QString source = QStringLiteral("data/seed/untoc-notifications-2.csv: ") + v("source") +
                         QStringLiteral(" (as of: ") + v("source_date") + QStringLiteral("; fact scope: ") +
                         scopeText + u')';
        if (!v("caveats").isEmpty())
            source += QStringLiteral("; caveats: ") + v("caveats");
        const QDate sourceDate = sourceDateOf(v("source_date"));
        const qsizetype first = out.size();
        const bool untoc = scope == QLatin1String("untoc-declaration");
        if (!v("party_status").isEmpty() || !v("extradition_legal_basis_16_5").isEmpty()) {
            Record r = make("untoc", source);
            r.fields.insert(QStringLiteral("iso3"), iso3);
            const bool party = v("party_status").startsWith(QLatin1String("party"));
            r.fields.insert(QStringLiteral("status"),
                            party ? untocStatusId(UntocStatus::Party) : untocStatusId(UntocStatus::Unknown));
            r.fields.insert(QStringLiteral("status_note"), v("party_status"));
            r.fields.insert(QStringLiteral("date"), party ? v("ratification_date") : QString());
            r.fields.insert(QStringLiteral("extradition_basis"),
                            untoc ? triOf(v("extradition_legal_basis_16_5")) : triId(Tri::Unknown));
            out << r;
        }
        if (untoc) {
            if (!v("central_authority_18_13").isEmpty()) {
                Record r = make("central-authority", source);
                r.fields.insert(QStringLiteral("iso3"), iso3);
                r.fields.insert(QStringLiteral("name"), v("central_authority_18_13"));
                r.fields.insert(QStringLiteral("notes"), v("quote_18_13"));
                out << r;
            }
            if (!v("channel_notes_18_13").isEmpty()) {
                Record r = make("channels", source);
                r.fields.insert(QStringLiteral("iso3"), iso3);
                for (const char* c : {"central_authority", "diplomatic", "interpol"})
                    r.fields.insert(QString::fromLatin1(c), channelPolicyId(ChannelPolicy::Unknown));
                r.fields.insert(QStringLiteral("notes"), v("channel_notes_18_13"));
                out << r;
            }
            if (!v("languages_18_14").isEmpty() || !v("language_notes_18_14").isEmpty()) {
                Record r = make("languages", source);
                r.fields.insert(QStringLiteral("iso3"), iso3);
                r.fields.insert(QStringLiteral("codes"), v("languages_18_14"));
                r.fields.insert(QStringLiteral("conditions"), v("language_notes_18_14"));
                out << r;
            }
            if (!v("extradition_legal_basis_16_5").isEmpty())
                out << declaration(iso3, QStringLiteral("16-5"), scope,
                                   QStringLiteral("Convention as the legal basis for extradition: ") +
                                       v("extradition_legal_basis_16_5"),
                                   v("quote_16_5"), source);
        } else {
            // Practice notes: shown with their scope, never read as a notification.
            QString ca = v("central_authority_18_13");
            if (!v("channel_notes_18_13").isEmpty())
                ca += (ca.isEmpty() ? QString() : QStringLiteral(". ")) + v("channel_notes_18_13");
            if (!ca.isEmpty())
                out << declaration(iso3, QStringLiteral("18-13"), scope, ca, v("quote_18_13"), source);
            QString langs = v("languages_18_14");
            if (!v("language_notes_18_14").isEmpty())
                langs += (langs.isEmpty() ? QString() : QStringLiteral(": ")) + v("language_notes_18_14");
            if (!langs.isEmpty())
                out << declaration(iso3, QStringLiteral("18-14"), scope, langs, v("quote_18_14"), source);
            if (scope == QLatin1String("ratification-act") && v("other_relevant_declarations").isEmpty() &&
                !v("quote_other").isEmpty())
                out << declaration(iso3, QStringLiteral("other"), scope, v("caveats"), v("quote_other"),
                                   source);
        }
        if (!v("other_relevant_declarations").isEmpty())
            out << declaration(iso3, untoc ? otherTopicOf(iso3) : QStringLiteral("other"), scope,
                               v("other_relevant_declarations"), v("quote_other"), source);
        // Panama's declaration (arts 16 and 18: no assistance where the facts are not offences
        // under Panamanian law) is a dual-criminality policy for all assistance.
        if (untoc && iso3 == QLatin1String("PAN") && !v("other_relevant_declarations").isEmpty()) {
            Record r = make("dual-criminality", source);
            r.fields.insert(QStringLiteral("iso3"), iso3);
            r.fields.insert(QStringLiteral("policy"),
                            dualCriminalityPolicyId(DualCriminalityPolicy::RequiredForAll));
            r.fields.insert(QStringLiteral("notes"), QStringLiteral("UNTOC declaration: ") +
                                                         v("other_relevant_declarations") +
                                                         QStringLiteral(" — \"") + v("quote_other") + u'"');
            out << r;
        }
        for (qsizetype i = first; i < out.size(); ++i)
            out[i].provenance.sourceDate = sourceDate;
    }
}

QString consentTypeText(const QString& t)
{
    if (t == QLatin1String("a"))
        return QStringLiteral("accession");
    if (t == QLatin1String("A"))
        return QStringLiteral("acceptance");
    if (t == QLatin1String("AA"))
        return QStringLiteral("approval");
    if (t == QLatin1String("d"))
        return QStringLiteral("succession");
    if (t == QLatin1String("R"))
        return QStringLiteral("ratification");
    return QStringLiteral("consent");
}

// untoc-parties.csv: a consent date makes a party since that date; a signatory without one is
// unknown now (never "not a party"). A State listed twice keeps its later, dated row.
void addParties(const QList<QMap<QString, QString>>& rows, QList<Record>& out)
{
    QMap<QString, Record> byState;
    QStringList order;
    for (const auto& row : rows) {
        auto v = [&](const char* c) { return row.value(QString::fromLatin1(c)); };
        const QString iso3 = v("iso3");
        if (iso3.isEmpty())
            continue; // the European Union: no ISO 3166 code, not a State of the database
        const QString source = QStringLiteral("data/seed/untoc-parties.csv: ") + v("source") +
                               QStringLiteral(" (as of: ") + v("source_date") + u')';
        Record r = make("untoc", source);
        r.provenance.sourceDate = sourceDateOf(v("source_date"));
        r.fields.insert(QStringLiteral("iso3"), iso3);
        const QString consent = v("consent_date");
        const QString signature =
            v("signature").isEmpty() ? QString() : QStringLiteral("signature ") + v("signature");
        if (!consent.isEmpty()) {
            r.fields.insert(QStringLiteral("status"), untocStatusId(UntocStatus::Party));
            r.fields.insert(QStringLiteral("date"), consent);
            r.fields.insert(QStringLiteral("status_note"),
                            QStringLiteral("party: %1 %2%3")
                                .arg(consentTypeText(v("consent_type")), consent,
                                     signature.isEmpty() ? QString() : QStringLiteral("; ") + signature));
        } else {
            r.fields.insert(QStringLiteral("status"), untocStatusId(UntocStatus::Unknown));
            r.fields.insert(
                QStringLiteral("status_note"),
                QStringLiteral("%1; no consent date in the source as of %2: party status unknown "
                               "now — verify")
                    .arg(signature.isEmpty() ? QStringLiteral("listed") : signature, v("source_date")));
        }
        r.fields.insert(QStringLiteral("extradition_basis"), triId(Tri::Unknown));
        const auto it = byState.constFind(iso3);
        if (it == byState.cend())
            order << iso3;
        if (it == byState.cend() || !consent.isEmpty())
            byState.insert(iso3, r);
    }
    for (const QString& iso3 : order)
        out << byState.value(iso3);
}

// bilateral-mla-treaties.csv: treaties in force as registered with the UN.
void addTreaties(const QList<QMap<QString, QString>>& rows, QList<Record>& out)
{
    for (const auto& row : rows) {
        auto v = [&](const char* c) { return row.value(QString::fromLatin1(c)); };
        Record r = make("treaty", QStringLiteral("data/seed/bilateral-mla-treaties.csv: ") + v("source") +
                                      QStringLiteral(" (as of: ") + v("source_date") + u')');
        r.provenance.sourceDate = sourceDateOf(v("source_date"));
        r.fields.insert(QStringLiteral("state_a"), v("state_a_iso3"));
        r.fields.insert(QStringLiteral("state_b"), v("state_b_iso3"));
        r.fields.insert(QStringLiteral("name"), v("treaty_title_as_registered"));
        r.fields.insert(QStringLiteral("in_force"), triId(Tri::Yes));
        const QString eif = v("entry_into_force").left(10);
        r.fields.insert(QStringLiteral("date"),
                        QDate::fromString(eif, Qt::ISODate).isValid() ? eif : QString());
        QString notes =
            QStringLiteral("entry into force: %1; signed %2, %3; UNTS registration no. %4 (%5, %6)")
                .arg(v("entry_into_force"), v("place_signed"), v("date_signed"), v("unts_registration_no"),
                     v("registered_by"), v("registration_date"));
        if (!v("notes").isEmpty())
            notes += QStringLiteral(". ") + v("notes");
        r.fields.insert(QStringLiteral("notes"), notes);
        out << r;
    }
}

// Two UNTOC records of one State from different files: the party status of a source that gives a
// consent (or of the later file when the earlier one does not know), the 16(5) answer of the one
// that gives it; both sources are kept, with the older source date.
Record mergeUntoc(const Record& a, const Record& b)
{
    Record m = a;
    auto v = [](const Record& r, const char* c) { return r.fields.value(QString::fromLatin1(c)); };
    const QString party = untocStatusId(UntocStatus::Party);
    if (v(b, "status") == party || v(a, "status") != party) {
        for (const char* c : {"status", "status_note", "date"})
            m.fields.insert(QString::fromLatin1(c), v(b, c));
    }
    if (v(b, "extradition_basis") != triId(Tri::Unknown))
        m.fields.insert(QStringLiteral("extradition_basis"), v(b, "extradition_basis"));
    m.provenance.source = a.provenance.source + QStringLiteral("; ") + b.provenance.source;
    const QDate da = a.provenance.sourceDate, db = b.provenance.sourceDate;
    m.provenance.sourceDate = !da.isValid() || !db.isValid() ? QDate() : std::min(da, db);
    return m;
}

// One record per key: UNTOC records are merged, any other later record replaces an earlier one
// (the second notifications file is the more recent text).
QList<Record> deduplicated(const QList<Record>& in)
{
    QList<Record> out;
    QHash<QString, qsizetype> at;
    for (const Record& r : in) {
        const kinds::Kind* k = kinds::find(r.kind);
        const QString key = r.kind + u'|' + (k ? kinds::keyOf(*k, kinds::normalized(r)) : QString());
        const auto it = at.constFind(key);
        if (it == at.cend()) {
            at.insert(key, out.size());
            out << r;
        } else if (r.kind == QLatin1String("untoc")) {
            out[*it] = mergeUntoc(out[*it], r);
        } else {
            out[*it] = r;
        }
    }
    return out;
}

void addIccs(const QList<QMap<QString, QString>>& rows, QList<Record>& out)
{
    for (const auto& row : rows) {
        Record r = make("iccs", QStringLiteral("data/seed/iccs.csv: ") + row.value(QStringLiteral("source")));
        for (const char* c :
             {"code", "level", "parent", "name_ar", "name_zh", "name_en", "name_fr", "name_ru", "name_es"})
            r.fields.insert(QString::fromLatin1(c), row.value(QString::fromLatin1(c)));
        out << r;
    }
}

} // namespace

QString SeedLoader::embeddedDirectory()
{
    return QStringLiteral(":/mlawriter/seed");
}

static const QStringList& seedFiles()
{
    static const QStringList l{
        QStringLiteral("un-country-names.csv"),       QStringLiteral("untoc-notifications.csv"),
        QStringLiteral("untoc-notifications-2.csv"),  QStringLiteral("untoc-parties.csv"),
        QStringLiteral("bilateral-mla-treaties.csv"), QStringLiteral("iccs.csv")};
    return l;
}

Result<QString> SeedLoader::hash(const QString& directory)
{
    const QString dir = directory.isEmpty() ? embeddedDirectory() : directory;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(mappingVersion));
    for (const QString& name : seedFiles()) {
        auto bytes = readFile(dir, name);
        if (!bytes)
            return bytes.error();
        hash.addData(bytes.value());
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<SeedData> SeedLoader::load(const QString& directory)
{
    const QString dir = directory.isEmpty() ? embeddedDirectory() : directory;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray(mappingVersion));
    SeedData seed;
    using Adder = void (*)(const QList<QMap<QString, QString>>&, QList<Record>&);
    const QList<QPair<QString, Adder>> files{
        {seedFiles().at(0), addNames},          {seedFiles().at(1), addNotifications},
        {seedFiles().at(2), addNotifications2}, {seedFiles().at(3), addParties},
        {seedFiles().at(4), addTreaties},       {seedFiles().at(5), addIccs}};
    for (const auto& [name, add] : files) {
        auto bytes = readFile(dir, name);
        if (!bytes)
            return bytes.error();
        hash.addData(bytes.value());
        auto rows = CsvReader::read(bytes.value(), dir + u'/' + name);
        if (!rows)
            return rows.error();
        add(rows.value(), seed.records);
    }
    seed.records = deduplicated(seed.records);
    seed.hash = QString::fromLatin1(hash.result().toHex());
    return seed;
}

} // namespace mla::requirements
