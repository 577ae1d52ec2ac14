#include "xliff/XliffImport.h"
#include "XliffFixtures.h"
#include "xliff/UnitId.h"
#include "xliff/XliffExport.h"

#include "TestSupport.h"
#include "draft/DraftFile.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace mla;
using namespace mla::xliff;

namespace {

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

const QString summary = QStringLiteral("summaryOfFacts");
const QString subject = QStringLiteral("proceedings.subject");

} // namespace

TEST_CASE("export then translate then import brings every translation back exactly as Translated",
          "[xliff][import][round-trip]")
{
    const Request original = test::xliffRequest();
    Request req = original;
    const QString hardText =
        QString::fromUtf8("Entre mars et juin 2026, les suspects <alias \"Ray\"> & Cie ont "
                          "exploité un faux site.\nLes victimes ont versé 1,2 M EUR.\r\nTab\t, "
                          "contrôle \x01, émoji \xF0\x9F\x98\x80, arabe \xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A.");
    QMap<QString, QString> targets{
        {summary, hardText},
        {subject, QStringLiteral("Enquête sur une escroquerie en ligne")},
        {QStringLiteral("measures[m1].details.itemsSought"), QStringLiteral("Ordinateurs, téléphones")},
        {QStringLiteral("offences[o1].name"), QStringLiteral("Escroquerie")},
    };
    // The translator's tool writes control characters as <cp/>, as XLIFF requires.
    QByteArray file = test::translate(exportFrench(req), targets);
    file.replace("contrôle \x01", "contrôle <cp hex=\"0001\"/>");
    file.replace("\r\n", "&#13;\n");

    const auto r = XliffImport::apply(req, file, QStringLiteral("fr.xlf"), at(5));
    REQUIRE(r.ok());
    const ImportReport& rep = r.value();
    CHECK(rep.targetLanguage == QStringLiteral("fr"));
    CHECK(rep.count(UnitOutcome::Applied) == 4);
    CHECK(rep.count(UnitOutcome::Untranslated) == 6);
    CHECK_FALSE(rep.hasRefusals());

    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        const LocalizedText* field = nullptr;
        for (const auto& [path, t] : std::as_const(req).localizedTexts())
            if (path == it.key())
                field = t;
        REQUIRE(field);
        const Translation* t = field->translation(QStringLiteral("fr"));
        REQUIRE(t);
        CHECK(t->text == it.value());
        CHECK(t->status == TranslationStatus::Translated);
        CHECK(t->sourceHash == LocalizedText::hashOf(field->text));
        CHECK(t->modified == test::fixedTime(5));
        CHECK_FALSE(field->isStale(QStringLiteral("fr")));
    }
    // Originals are untouched.
    CHECK(req.summaryOfFacts.text == original.summaryOfFacts.text);

    // Importing the same file again changes nothing.
    Request again = req;
    const auto r2 = XliffImport::apply(again, file, QStringLiteral("fr.xlf"), at(9));
    REQUIRE(r2.ok());
    CHECK(r2.value().count(UnitOutcome::Unchanged) == 4);
    CHECK(again == req);
}

TEST_CASE("a unit whose original changed since the export is refused as stale", "[xliff][import][stale]")
{
    Request req = test::xliffRequest();
    const QByteArray file = test::translate(
        exportFrench(req), {{summary, QStringLiteral("Résumé")}, {subject, QStringLiteral("Objet")}});
    req.summaryOfFacts.text += QStringLiteral(" A new fact was added.");
    const Request before = req;

    const auto r = XliffImport::apply(req, file, QStringLiteral("fr.xlf"), at(5));
    REQUIRE(r.ok());
    const UnitReport* u = outcomeOf(r.value(), summary);
    REQUIRE(u);
    CHECK(u->outcome == UnitOutcome::StaleSource);
    CHECK(u->line > 1);
    CHECK(req.summaryOfFacts == before.summaryOfFacts); // untouched
    CHECK(outcomeOf(r.value(), subject)->outcome == UnitOutcome::Applied);
    CHECK(r.value().hasRefusals());
}

TEST_CASE("a stale unit is refused even when a tool dropped our hash attributes", "[xliff][import][stale]")
{
    Request req = test::xliffRequest();
    QByteArray file = test::translate(exportFrench(req), {{summary, QStringLiteral("Résumé")}});
    file.replace(QByteArray("mla:sourceHash=\""), QByteArray("mla:dropped=\""));
    req.summaryOfFacts.text = QStringLiteral("Entirely new facts.");
    const auto r = XliffImport::apply(req, file, QStringLiteral("fr.xlf"), at(5));
    REQUIRE(r.ok());
    CHECK(outcomeOf(r.value(), summary)->outcome == UnitOutcome::StaleSource);
    CHECK(req.summaryOfFacts.translation(QStringLiteral("fr")) == nullptr);
}

TEST_CASE("unit ids that name no field of the request are refused", "[xliff][import][unknown-id]")
{
    Request req = test::xliffRequest();
    QByteArray file =
        test::translate(exportFrench(req), {{summary, QStringLiteral("Résumé")},
                                            {QStringLiteral("persons[p1].notes"), QStringLiteral("Notes")}});
    // A unit renamed by hand, and a field whose person was removed from the draft since.
    file.replace("<unit id=\"summaryOfFacts\"", "<unit id=\"summaryOfFactz\"");
    req.persons.clear();
    const auto r = XliffImport::apply(req, file, QStringLiteral("fr.xlf"), at(5));
    REQUIRE(r.ok());
    int unknown = 0;
    for (const auto& u : r.value().units)
        if (u.outcome == UnitOutcome::UnknownUnit) {
            ++unknown;
            CHECK((u.unitId == QStringLiteral("summaryOfFactz") ||
                   u.unitId == UnitId::fromFieldPath(QStringLiteral("persons[p1].notes"))));
        }
    CHECK(unknown == 2);
    CHECK(req.summaryOfFacts.translation(QStringLiteral("fr")) == nullptr);
}

TEST_CASE("a translation changed in the draft after the export is never silently overwritten",
          "[xliff][import][conflict]")
{
    Request req = test::xliffRequest();
    req.summaryOfFacts.setTranslation({QStringLiteral("fr"), QStringLiteral("Version 1"),
                                       TranslationStatus::Translated,
                                       LocalizedText::hashOf(req.summaryOfFacts.text), test::fixedTime(-60)});
    const QByteArray file =
        test::translate(exportFrench(req), {{summary, QStringLiteral("Version du traducteur")}});

    SECTION("edited in the draft meanwhile")
    {
        req.summaryOfFacts.setTranslation(
            {QStringLiteral("fr"), QStringLiteral("Version 2 (reviewer)"), TranslationStatus::Reviewed,
             LocalizedText::hashOf(req.summaryOfFacts.text), test::fixedTime(2)});
        const auto r = XliffImport::apply(req, file, QStringLiteral("fr.xlf"), at(5));
        REQUIRE(r.ok());
        const UnitReport* u = outcomeOf(r.value(), summary);
        CHECK(u->outcome == UnitOutcome::Conflict);
        CHECK(u->detail.contains(QStringLiteral("changed after the export")));
        CHECK(req.summaryOfFacts.translation(QStringLiteral("fr"))->text ==
              QStringLiteral("Version 2 (reviewer)"));

        ImportOptions force = at(6);
        force.overwriteNewer = true;
        const auto f = XliffImport::apply(req, file, QStringLiteral("fr.xlf"), force);
        REQUIRE(f.ok());
        CHECK(outcomeOf(f.value(), summary)->outcome == UnitOutcome::Applied);
        CHECK(req.summaryOfFacts.translation(QStringLiteral("fr"))->text ==
              QStringLiteral("Version du traducteur"));
    }
    SECTION("same text but touched later (modification time)")
    {
        req.summaryOfFacts.translation(QStringLiteral("fr"))->modified = test::fixedTime(3);
        const auto r = XliffImport::apply(req, file, QStringLiteral("fr.xlf"), at(5));
        REQUIRE(r.ok());
        CHECK(outcomeOf(r.value(), summary)->outcome == UnitOutcome::Conflict);
    }
    SECTION("unchanged in the draft: the translator's version replaces it")
    {
        const auto r = XliffImport::apply(req, file, QStringLiteral("fr.xlf"), at(5));
        REQUIRE(r.ok());
        CHECK(outcomeOf(r.value(), summary)->outcome == UnitOutcome::Applied);
        CHECK(req.summaryOfFacts.translation(QStringLiteral("fr"))->text ==
              QStringLiteral("Version du traducteur"));
    }
    SECTION("a translation added to the draft after an export that had none")
    {
        Request fresh = test::xliffRequest();
        const QByteArray file2 = test::translate(exportFrench(fresh), {{subject, QStringLiteral("Objet A")}});
        fresh.proceedings.subject.setTranslation(
            {QStringLiteral("fr"), QStringLiteral("Objet B"), TranslationStatus::Draft,
             LocalizedText::hashOf(fresh.proceedings.subject.text), test::fixedTime(1)});
        const auto r = XliffImport::apply(fresh, file2, QStringLiteral("fr.xlf"), at(5));
        REQUIRE(r.ok());
        CHECK(outcomeOf(r.value(), subject)->outcome == UnitOutcome::Conflict);
        CHECK(fresh.proceedings.subject.translation(QStringLiteral("fr"))->text == QStringLiteral("Objet B"));
    }
    SECTION("the translator sent back the exported translation untouched")
    {
        const QByteArray untouched = exportFrench(req); // target = "Version 1", state translated
        req.summaryOfFacts.setTranslation(
            {QStringLiteral("fr"), QStringLiteral("Version 2"), TranslationStatus::Reviewed,
             LocalizedText::hashOf(req.summaryOfFacts.text), test::fixedTime(2)});
        const auto r = XliffImport::apply(req, untouched, QStringLiteral("fr.xlf"), at(5));
        REQUIRE(r.ok());
        CHECK(outcomeOf(r.value(), summary)->outcome == UnitOutcome::Unchanged);
        CHECK(req.summaryOfFacts.translation(QStringLiteral("fr"))->text == QStringLiteral("Version 2"));
    }
}

TEST_CASE("a file exported from another request is refused as a whole", "[xliff][import]")
{
    Request req = test::xliffRequest();
    const QByteArray file = test::translate(exportFrench(req), {{summary, QStringLiteral("Résumé")}});
    Request other = req;
    other.id = QStringLiteral("other-request");
    const auto r = XliffImport::apply(other, file, QStringLiteral("fr.xlf"), at(5));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("xliff.other-request"));
    CHECK(r.error().file == QStringLiteral("fr.xlf"));
    CHECK(r.error().line > 0);
}

TEST_CASE("inline codes in a translation are refused for that unit", "[xliff][import]")
{
    Request req = test::xliffRequest();
    QByteArray file = test::translate(exportFrench(req), {{summary, QStringLiteral("PLACEHOLDER")}});
    file.replace("PLACEHOLDER", "Résumé <ph id=\"1\"/> fin");
    const auto r = XliffImport::apply(req, file, QStringLiteral("fr.xlf"), at(5));
    REQUIRE(r.ok());
    CHECK(outcomeOf(r.value(), summary)->outcome == UnitOutcome::Invalid);
    CHECK(req.summaryOfFacts.translation(QStringLiteral("fr")) == nullptr);
}

TEST_CASE("a dry run reports without touching the request", "[xliff][import]")
{
    Request req = test::xliffRequest();
    const Request before = req;
    const QByteArray file = test::translate(exportFrench(req), {{summary, QStringLiteral("Résumé")}});
    ImportOptions o = at(5);
    o.dryRun = true;
    const auto r = XliffImport::apply(req, file, QStringLiteral("fr.xlf"), o);
    REQUIRE(r.ok());
    CHECK(r.value().count(UnitOutcome::Applied) == 1);
    CHECK(req == before);
}

TEST_CASE("importing into a draft file writes it back with a history entry", "[xliff][import][draft]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString draftPath = dir.filePath(QStringLiteral("request.mlar"));
    const QString xlfPath = dir.filePath(QStringLiteral("request-fr.xlf"));
    Request req = test::xliffRequest();
    req.summaryOfFacts.text =
        QStringLiteral("Plain facts."); // the draft format stores text, not control chars
    REQUIRE(draft::DraftFile::write(req, draftPath).ok());
    const auto saved = draft::DraftFile::read(draftPath);
    REQUIRE(saved.ok());
    REQUIRE(test::writeAll(
        xlfPath, test::translate(exportFrench(saved.value()), {{summary, QStringLiteral("Faits.")}})));

    ImportOptions dry = at(5);
    dry.dryRun = true;
    const QByteArray draftBefore = test::readAll(draftPath);
    REQUIRE(XliffImport::intoDraft(draftPath, xlfPath, dry).ok());
    CHECK(test::readAll(draftPath) == draftBefore);

    const auto r = XliffImport::intoDraft(draftPath, xlfPath, at(5));
    REQUIRE(r.ok());
    CHECK(r.value().count(UnitOutcome::Applied) == 1);
    const auto back = draft::DraftFile::read(draftPath);
    REQUIRE(back.ok());
    const Translation* t = back.value().summaryOfFacts.translation(QStringLiteral("fr"));
    REQUIRE(t);
    CHECK(t->text == QStringLiteral("Faits."));
    CHECK(t->status == TranslationStatus::Translated);
    REQUIRE_FALSE(back.value().history.isEmpty());
    CHECK(back.value().history.last().action == QStringLiteral("translation-imported"));
}

TEST_CASE("an unreadable XLIFF file is reported with its name", "[xliff][import]")
{
    Request req = test::xliffRequest();
    const auto r = XliffImport::applyFile(req, QStringLiteral("/nonexistent/fr.xlf"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("xliff.read"));
    CHECK(r.error().file == QStringLiteral("/nonexistent/fr.xlf"));
}

// Hidden: timing of a large round trip (run with "[.bench]").
TEST_CASE("xliff round trip timing", "[.bench]")
{
    Request req = test::xliffRequest();
    for (int i = 0; i < 300; ++i) {
        Measure m;
        m.id = QStringLiteral("m%1").arg(i + 10);
        m.type = MeasureType::Evidence;
        m.description = {QStringLiteral("Hearing of witness %1 about the transfers of March 2026.").arg(i),
                         QStringLiteral("en"),
                         {}};
        m.purpose = {
            QStringLiteral("To establish the origin of the funds (%1).").arg(i), QStringLiteral("en"), {}};
        req.measures.append(m);
    }
    QElapsedTimer t;
    t.start();
    const QByteArray exported = exportFrench(req);
    const qint64 exportMs = t.restart();
    QMap<QString, QString> targets;
    for (const auto& m : std::as_const(req.measures))
        targets.insert(QStringLiteral("measures[%1].description").arg(m.id),
                       QStringLiteral("Audition %1").arg(m.id));
    const QByteArray file = test::translate(exported, targets);
    t.restart();
    const auto r = XliffImport::apply(req, file, QStringLiteral("fr.xlf"), at(5));
    const qint64 importMs = t.elapsed();
    REQUIRE(r.ok());
    WARN("units " << r.value().units.size() << ", bytes " << file.size() << ", export+validate " << exportMs
                  << " ms, import (parse+validate+apply) " << importMs << " ms");
}

TEST_CASE("a file as a CAT tool returns it with segments and groups and markers and modules is imported",
          "[xliff][import][cat-tool]")
{
    Request req = test::xliffRequest();
    const QString path = test::dataPath(QStringLiteral("xliff/cat-tool/fr.xlf"));
    const auto r = XliffImport::applyFile(req, path, at(5));
    REQUIRE(r.ok());
    CHECK(r.value().targetLanguage == QStringLiteral("fr"));
    CHECK(r.value().count(UnitOutcome::Applied) == 2);
    CHECK(r.value().count(UnitOutcome::Untranslated) == 1);
    CHECK_FALSE(r.value().hasRefusals());
    CHECK(req.proceedings.subject.translation(QStringLiteral("fr"))->text ==
          QStringLiteral(
              "Enquête sur une escroquerie en ligne à l'investissement et sur le blanchiment d'argent"));
    CHECK(req.offences[0].name.translation(QStringLiteral("fr"))->text == QStringLiteral("Escroquerie"));
}
