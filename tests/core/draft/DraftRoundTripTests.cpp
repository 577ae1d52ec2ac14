#include "draft/DraftFile.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace mla;
using mla::draft::DraftFile;

namespace {
QStringList samples()
{
    const QDir dir(test::sourcePath(QStringLiteral("templates/samples")));
    QStringList out;
    for (const auto& f : dir.entryList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}
} // namespace

TEST_CASE("every sample is canonical: write(read(x)) is byte-identical", "[draft][samples]")
{
    const QStringList files = samples();
    REQUIRE(files.size() >= 3);
    for (const QString& path : files) {
        INFO(path.toStdString());
        const auto r = DraftFile::read(path);
        REQUIRE(r.ok());
        const QByteArray original = test::readAll(path);
        CHECK(DraftFile::serialize(r.value()) == original);
    }
}

TEST_CASE("model equality after a write and read", "[draft][samples]")
{
    QTemporaryDir tmp;
    for (const QString& path : samples()) {
        INFO(path.toStdString());
        const auto r = DraftFile::read(path);
        REQUIRE(r.ok());
        const QString out = tmp.filePath(QStringLiteral("copy.mlar"));
        REQUIRE(DraftFile::write(r.value(), out).ok());
        const auto again = DraftFile::read(out);
        REQUIRE(again.ok());
        CHECK(again.value() == r.value());
    }
}

TEST_CASE("the samples cover what drafters need", "[draft][samples]")
{
    bool frenchOrSpanish = false, arabicOrChinese = false;
    QSet<QString> requested;
    for (const QString& path : samples()) {
        const auto r = DraftFile::read(path);
        REQUIRE(r.ok());
        const Request& req = r.value();
        requested.insert(req.requestedState);
        frenchOrSpanish |=
            req.draftLanguage == QLatin1String("fr") || req.draftLanguage == QLatin1String("es");
        for (const auto& p : req.persons)
            for (const auto& n : p.otherScripts)
                arabicOrChinese |= n.script == QLatin1String("Arab") || n.script == QLatin1String("Hans");
    }
    CHECK(frenchOrSpanish);
    CHECK(arabicOrChinese);
    CHECK(requested.size() >= 3);
}

TEST_CASE("a rich request survives the round trip including awkward text", "[draft]")
{
    Request r;
    r.id = QStringLiteral("rt-1");
    r.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    r.outputLanguage = QStringLiteral("ar");
    r.requestedState = QStringLiteral("LVA");
    r.authority.logoPng = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(100, 'x');
    r.summaryOfFacts = {
        QStringLiteral("  Line one\nline two with <tags> & \"quotes\" and 'apostrophes'\ttab  "),
        QStringLiteral("en"),
        {{QStringLiteral("ar"), QStringLiteral("لا الأمين 中华人民共和国"), TranslationStatus::Reviewed,
          QStringLiteral("abcd"), QDateTime(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::UTC)}}};
    Person p;
    p.id = QStringLiteral("p1");
    p.role = PersonRole::Witness;
    p.otherScripts = {{QStringLiteral("Hans"), QStringLiteral("王例")}};
    p.documents = {
        {QStringLiteral("passport"), QStringLiteral("X1"), QStringLiteral("CHN"), QDate(2030, 1, 1)}};
    r.persons = {p};
    Measure m;
    m.id = QStringLiteral("m1");
    m.type = MeasureType::StoredData;
    m.personIds = {QStringLiteral("p1")};
    m.details[QStringLiteral("dataCategories")].values = {QStringLiteral("subscriber"),
                                                          QStringLiteral("content")};
    m.details[QStringLiteral("periodFrom")].plain = QStringLiteral("2025-01-01");
    r.measures = {m};
    r.comments = {{QStringLiteral("c1"), QStringLiteral("summaryOfFacts"), QStringLiteral("Reviewer"),
                   QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), Qt::UTC), QStringLiteral("Add dates."),
                   true}};

    const QByteArray bytes = DraftFile::serialize(r);
    const auto back = DraftFile::parse(bytes, QStringLiteral("memory"));
    REQUIRE(back.ok());
    CHECK(back.value() == r);
    CHECK(DraftFile::serialize(back.value()) == bytes);
    CHECK_FALSE(bytes.contains('\r'));
}

TEST_CASE("characters XML cannot carry are replaced rather than producing an unreadable file", "[draft]")
{
    Request r;
    r.id = QStringLiteral("ctl");
    r.summaryOfFacts = {QStringLiteral("bell\x07 and nul"), QStringLiteral("en"), {}};
    r.summaryOfFacts.text.append(QChar(0));
    const auto back = DraftFile::parse(DraftFile::serialize(r), QStringLiteral("memory"));
    REQUIRE(back.ok());
    CHECK(back.value().summaryOfFacts.text == QStringLiteral("bell\uFFFD and nul\uFFFD"));
}

TEST_CASE("writing keeps the previous version as a backup", "[draft]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("d.mlar"));
    Request r;
    r.id = QStringLiteral("b1");
    REQUIRE(DraftFile::write(r, path).ok());
    const QByteArray first = test::readAll(path);
    r.requestedState = QStringLiteral("MEX");
    REQUIRE(DraftFile::write(r, path).ok());
    CHECK(test::readAll(path + QStringLiteral(".bak")) == first);
    CHECK(DraftFile::read(path).value().requestedState == QStringLiteral("MEX"));
}

TEST_CASE("a write that cannot happen reports the path and leaves nothing behind", "[draft]")
{
    Request r;
    r.id = QStringLiteral("w1");
    const auto s = DraftFile::write(r, QStringLiteral("/nonexistent-dir/sub/d.mlar"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().file == QStringLiteral("/nonexistent-dir/sub/d.mlar"));
}
