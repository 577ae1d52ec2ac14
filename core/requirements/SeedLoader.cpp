#include "SeedLoader.h"

#include "CsvReader.h"
#include "StateRecord.h"

#include <QCryptographicHash>
#include <QFile>

namespace mla::requirements {
namespace {

// Bump when the mapping below changes, so that existing databases merge the seed again.
constexpr const char* mappingVersion = "seed-mapping-1";

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
    }
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
    static const QStringList l{QStringLiteral("un-country-names.csv"),
                               QStringLiteral("untoc-notifications.csv"), QStringLiteral("iccs.csv")};
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
        {seedFiles().at(0), addNames}, {seedFiles().at(1), addNotifications}, {seedFiles().at(2), addIccs}};
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
    seed.hash = QString::fromLatin1(hash.result().toHex());
    return seed;
}

} // namespace mla::requirements
