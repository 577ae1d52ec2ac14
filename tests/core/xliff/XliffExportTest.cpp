#include "xliff/XliffExport.h"
#include "XliffFixtures.h"
#include "xliff/UnitId.h"
#include "xliff/XliffSchema.h"

#include "TestSupport.h"
#include "draft/DraftFile.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace mla;
using namespace mla::xliff;

namespace {
ExportOptions toFrench()
{
    ExportOptions o;
    o.targetLanguage = QStringLiteral("fr");
    o.now = test::fixedTime();
    return o;
}
} // namespace

TEST_CASE("an export is valid XLIFF 2.0 against the OASIS core schema", "[xliff][export][schema]")
{
    const auto r = XliffExport::run(test::xliffRequest(), toFrench());
    REQUIRE(r.ok());
    const QByteArray& bytes = r.value().bytes;
    const Status st = XliffSchema::validate(bytes, QStringLiteral("export.xlf"));
    INFO((st.ok() ? QString() : st.error().toString()).toStdString());
    REQUIRE(st.ok());
    CHECK(bytes.contains("version=\"2.0\" srcLang=\"en\" trgLang=\"fr\""));
}

TEST_CASE("the schema check is real: documents that break XLIFF 2.0 rules are refused", "[xliff][schema]")
{
    const QByteArray noSrcLang = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                                 "version=\"2.0\"><file id=\"f\"><unit id=\"u\">"
                                 "<segment><source>a</source></segment></unit></file></xliff>";
    const QByteArray badUnitId =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\"><file "
        "id=\"f\">"
        "<unit id=\"a[1]\"><segment><source>a</source></segment></unit></file></xliff>";
    const QByteArray noSegment = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
                                 "srcLang=\"en\"><file id=\"f\">\n"
                                 "<unit id=\"u\"></unit></file></xliff>";
    const QByteArray badLang = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
                               "srcLang=\"en\"><file id=\"f\">"
                               "<unit id=\"u\"><segment><source xml:lang=\"not a "
                               "language\">a</source></segment></unit></file></xliff>";
    for (const QByteArray& doc : {noSrcLang, badUnitId, noSegment, badLang}) {
        const Status st = XliffSchema::validate(doc, QStringLiteral("bad.xlf"));
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == QStringLiteral("xliff.schema"));
        CHECK(st.error().line >= 1);
    }
    // xml:lang is checked through the imported xml.xsd: proof that the local copy was loaded.
    const QByteArray goodLang =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\"><file "
        "id=\"f\">"
        "<unit id=\"u\"><segment><source xml:lang=\"en\">a</source></segment></unit></file></xliff>";
    CHECK(XliffSchema::validate(goodLang, QStringLiteral("good.xlf")).ok());
}

TEST_CASE("an export has one unit per free-text field in the source language with context notes",
          "[xliff][export]")
{
    const Request req = test::xliffRequest();
    const auto r = XliffExport::run(req, toFrench());
    REQUIRE(r.ok());
    const ExportResult& e = r.value();
    CHECK(e.sourceLanguage == QStringLiteral("en"));
    const QStringList expected{
        QStringLiteral("proceedings.subject"),      QStringLiteral("proceedings.conductingFunctions"),
        QStringLiteral("summaryOfFacts"),           QStringLiteral("offences[o1].name"),
        QStringLiteral("offences[o1].provision"),   QStringLiteral("persons[p1].notes"),
        QStringLiteral("measures[m1].description"), QStringLiteral("measures[m1].details.itemsSought"),
        QStringLiteral("measures[m1].purpose"),     QStringLiteral("useLimitation")};
    CHECK(e.exportedFields == expected);
    const QString doc = QString::fromUtf8(e.bytes);
    CHECK(doc.count(QStringLiteral("<unit ")) == expected.size());
    for (const auto& path : expected)
        CHECK(doc.contains(QStringLiteral("<unit id=\"%1\"").arg(UnitId::fromFieldPath(path))));
    // The French note is not exported from English, and says why.
    bool skippedFrench = false;
    for (const auto& s : e.skipped)
        skippedFrench |=
            s.fieldPath == QStringLiteral("dualCriminalityNote") && s.reason.contains(QStringLiteral("fr"));
    CHECK(skippedFrench);
    // Context for the translator.
    CHECK(doc.contains(QStringLiteral("<note category=\"article\">UNTOC art. 18(15)(c)</note>")));
    CHECK(doc.contains(
        QStringLiteral("<note category=\"section\">Assistance sought (m1: Search and seizure)</note>")));
    CHECK(doc.contains(QStringLiteral("<note category=\"field\">Items to be seized</note>")));
    CHECK(doc.contains(
        QStringLiteral("<note category=\"section\">Persons concerned (p1: Jan EXAMPLE)</note>")));
    // Characters XML cannot carry travel as <cp/>, CR as a character reference.
    CHECK(doc.contains(QStringLiteral("<cp hex=\"0001\"/>")));
    CHECK(doc.contains(QStringLiteral("&#13;")));
    CHECK(doc.contains(QStringLiteral("&lt;alias \"Ray\"&gt;")));
}

TEST_CASE("export refuses a target that is not a UN language or is the source language", "[xliff][export]")
{
    ExportOptions o = toFrench();
    o.targetLanguage = QStringLiteral("de");
    CHECK(XliffExport::run(test::xliffRequest(), o).error().code == QStringLiteral("xliff.bad-language"));
    o.targetLanguage = QStringLiteral("en");
    CHECK(XliffExport::run(test::xliffRequest(), o).error().code == QStringLiteral("xliff.bad-language"));
    Request empty;
    empty.draftLanguage = QStringLiteral("en");
    o.targetLanguage = QStringLiteral("fr");
    CHECK(XliffExport::run(empty, o).error().code == QStringLiteral("xliff.nothing-to-export"));
}

TEST_CASE("the bundled sample drafts export to every other UN language as valid XLIFF 2.0",
          "[xliff][export][schema][samples]")
{
    for (const char* sample :
         {"online-fraud-electronic-evidence-en.mlar", "money-laundering-bank-records-es.mlar",
          "trafficking-videoconference-fr.mlar"}) {
        const auto draft = draft::DraftFile::read(
            test::sourcePath(QStringLiteral("templates/samples/") + QLatin1String(sample)));
        if (!draft.ok()) {
            WARN("sample not readable yet: " << draft.error().toString().toStdString());
            continue;
        }
        for (const auto& lang : unLanguages()) {
            if (lang == draft.value().draftLanguage)
                continue;
            ExportOptions o;
            o.targetLanguage = lang;
            const auto r = XliffExport::run(draft.value(), o);
            INFO(sample << " -> " << lang.toStdString());
            REQUIRE(r.ok());
            CHECK(XliffSchema::validate(r.value().bytes, QStringLiteral("sample.xlf")).ok());
            CHECK(r.value().exportedFields.size() >= 3);
        }
    }
}

// Hidden: writes a sample export to $MLAWRITER_XLIFF_DUMP for reading by eye.
TEST_CASE("dump a sample export", "[.dump]")
{
    const auto draft = draft::DraftFile::read(
        test::sourcePath(QStringLiteral("templates/samples/online-fraud-electronic-evidence-en.mlar")));
    REQUIRE(draft.ok());
    ExportOptions o;
    o.targetLanguage = QStringLiteral("ar");
    const auto r = XliffExport::toFile(draft.value(), o, qEnvironmentVariable("MLAWRITER_XLIFF_DUMP"));
    REQUIRE(r.ok());
}
