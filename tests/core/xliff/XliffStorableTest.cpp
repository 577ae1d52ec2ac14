// An import must never leave a draft that the draft reader then refuses (issue 11): every unit is
// checked against what a draft can hold (templates/schema/mlar-1.xsd) before anything is stored,
// and a refused unit is named in the report.
#include "XliffFixtures.h"

#include "TestSupport.h"
#include "draft/DraftFile.h"
#include "xliff/XliffExport.h"
#include "xliff/XliffImport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace mla;
using namespace mla::xliff;

namespace {

const QString summary = QStringLiteral("summaryOfFacts");
const QString subject = QStringLiteral("proceedings.subject");

QByteArray exportFrench(const Request& r)
{
    ExportOptions o;
    o.targetLanguage = QStringLiteral("fr");
    o.now = test::fixedTime();
    auto e = XliffExport::run(r, o);
    REQUIRE(e.ok());
    return e.value().bytes;
}

ImportOptions at(int minutes)
{
    ImportOptions o;
    o.now = test::fixedTime(minutes);
    return o;
}

const UnitReport* outcomeOf(const ImportReport& rep, const QString& path)
{
    for (const auto& u : rep.units)
        if (u.fieldPath == path)
            return &u;
    return nullptr;
}

// A draft file holding `req`, and the French XLIFF file translating it with `targets`.
struct Files
{
    QTemporaryDir dir;
    QString draft;
    QString xliff;
};
void writeFiles(Files& f, const Request& req, const QMap<QString, QString>& targets)
{
    REQUIRE(f.dir.isValid());
    f.draft = f.dir.filePath(QStringLiteral("case.mlar"));
    f.xliff = f.dir.filePath(QStringLiteral("case-fr.xlf"));
    REQUIRE(draft::DraftFile::write(req, f.draft).ok());
    const auto onDisk = draft::DraftFile::read(f.draft);
    REQUIRE(onDisk.ok());
    REQUIRE(test::writeAll(f.xliff, test::translate(exportFrench(onDisk.value()), targets)));
}

} // namespace

TEST_CASE("a translation longer than a draft holds is refused by name and the draft stays readable",
          "[xliff][import][storable]")
{
    const Request req = test::xliffRequest();
    Files f;
    writeFiles(f, req,
               {{summary, QString(200001, u'x')}, {subject, QStringLiteral("Enquête sur une escroquerie")}});
    const QByteArray before = test::readAll(f.draft);

    const auto r = XliffImport::intoDraft(f.draft, f.xliff, at(5));
    REQUIRE(r.ok());
    const UnitReport* u = outcomeOf(r.value(), summary);
    REQUIRE(u);
    CHECK(u->outcome == UnitOutcome::Invalid);
    CHECK(u->unitId.contains(summary));
    CHECK(u->detail.contains(QStringLiteral("200001 characters")));
    CHECK(u->line > 0);
    CHECK(r.value().hasRefusals());
    // The other unit was stored, and the draft still reads back.
    REQUIRE(outcomeOf(r.value(), subject));
    CHECK(outcomeOf(r.value(), subject)->outcome == UnitOutcome::Applied);
    CHECK(test::readAll(f.draft) != before);
    const auto back = draft::DraftFile::read(f.draft);
    INFO((back.ok() ? QString() : back.error().detail).toStdString());
    REQUIRE(back.ok());
    CHECK(back.value().summaryOfFacts.translation(QStringLiteral("fr")) == nullptr);
    REQUIRE(back.value().proceedings.subject.translation(QStringLiteral("fr")));
}

TEST_CASE("a translation of exactly the largest length a draft holds is stored and read back",
          "[xliff][import][storable]")
{
    const Request req = test::xliffRequest();
    // 199999 BMP characters and one outside it (two UTF-16 units): 200000 characters.
    const QString longest = QString(199999, u'y') + QString::fromUtf8("\xF0\x9F\x98\x80");
    Files f;
    writeFiles(f, req, {{summary, longest}});
    const auto r = XliffImport::intoDraft(f.draft, f.xliff, at(5));
    REQUIRE(r.ok());
    REQUIRE(outcomeOf(r.value(), summary));
    CHECK(outcomeOf(r.value(), summary)->outcome == UnitOutcome::Applied);
    const auto back = draft::DraftFile::read(f.draft);
    REQUIRE(back.ok());
    REQUIRE(back.value().summaryOfFacts.translation(QStringLiteral("fr")));
    CHECK(back.value().summaryOfFacts.translation(QStringLiteral("fr"))->text == longest);
}

TEST_CASE("a field that already has as many translations as a draft holds refuses one more",
          "[xliff][import][storable]")
{
    Request req = test::xliffRequest();
    // 20 translations in languages other than French (the schema's maxOccurs).
    static const char* const langs[] = {"de", "it", "nl", "pt", "pl", "sv", "da", "fi", "el", "cs",
                                        "hu", "ro", "bg", "hr", "sk", "sl", "lt", "lv", "et", "ga"};
    for (const char* l : langs) {
        Translation t;
        t.language = QString::fromLatin1(l);
        t.text = QStringLiteral("text in ") + t.language;
        t.status = TranslationStatus::Translated;
        t.sourceHash = LocalizedText::hashOf(req.summaryOfFacts.text);
        t.modified = test::fixedTime();
        req.summaryOfFacts.translations.append(t);
    }
    Files f;
    writeFiles(f, req, {{summary, QStringLiteral("Résumé des faits")}, {subject, QStringLiteral("Objet")}});

    // In memory (the wizard's path) the request is left as it was for that field ...
    const auto onDisk = draft::DraftFile::read(f.draft);
    REQUIRE(onDisk.ok());
    Request inMemory = onDisk.value();
    const auto mem = XliffImport::apply(inMemory, test::readAll(f.xliff), QStringLiteral("fr.xlf"), at(5));
    REQUIRE(mem.ok());
    REQUIRE(outcomeOf(mem.value(), summary));
    CHECK(outcomeOf(mem.value(), summary)->outcome == UnitOutcome::Invalid);
    CHECK(outcomeOf(mem.value(), summary)->detail.contains(QStringLiteral("20 translations")));
    CHECK(inMemory.summaryOfFacts == onDisk.value().summaryOfFacts);

    // ... and on disk the draft still opens.
    const auto r = XliffImport::intoDraft(f.draft, f.xliff, at(5));
    REQUIRE(r.ok());
    CHECK(outcomeOf(r.value(), subject)->outcome == UnitOutcome::Applied);
    const auto back = draft::DraftFile::read(f.draft);
    REQUIRE(back.ok());
    CHECK(back.value().summaryOfFacts.translations.size() == 20);
}

TEST_CASE("a refused import leaves the request in memory exactly as it was", "[xliff][import][storable]")
{
    const Request original = test::xliffRequest();
    Request req = original;
    const QByteArray file = test::translate(exportFrench(req), {{summary, QString(300000, u'z')}});
    const auto r = XliffImport::apply(req, file, QStringLiteral("fr.xlf"), at(5));
    REQUIRE(r.ok());
    CHECK(r.value().count(UnitOutcome::Applied) == 0);
    CHECK(req == original);
}
