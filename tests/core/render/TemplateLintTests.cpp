#include "TestSupport.h"
#include "render/TemplateLint.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mla::render;

namespace {

// The shipped templates copied into `dir`, then the files of fixture `name` laid over them.
void prepare(const QTemporaryDir& dir, const QString& fixture)
{
    const QDir shipped(mla::test::sourcePath(QStringLiteral("templates/request")));
    for (const QString& f : shipped.entryList(QDir::Files))
        REQUIRE(QFile::copy(shipped.filePath(f), dir.filePath(f)));
    if (fixture.isEmpty())
        return;
    const QDir over(mla::test::dataPath(QStringLiteral("templates/") + fixture));
    REQUIRE(over.exists());
    for (const QString& f : over.entryList(QDir::Files)) {
        QFile::remove(dir.filePath(f));
        REQUIRE(QFile::copy(over.filePath(f), dir.filePath(f)));
    }
}

QString joined(const QList<LintIssue>& issues)
{
    QStringList l;
    for (const LintIssue& i : issues)
        l << i.toString();
    return l.join(u'\n');
}

} // namespace

TEST_CASE("the shipped templates pass the lint in all six languages", "[templates][lint]")
{
    const QList<LintIssue> issues = TemplateLint::run();
    INFO(joined(issues).toStdString());
    CHECK(issues.isEmpty());
    QTemporaryDir dir;
    prepare(dir, {});
    CHECK(TemplateLint::run(dir.path()).isEmpty());
}

TEST_CASE("the lint reports a missing unit", "[templates][lint]")
{
    QTemporaryDir dir;
    prepare(dir, QStringLiteral("missing-unit"));
    const auto issues = TemplateLint::run(dir.path());
    const QString all = joined(issues);
    INFO(all.toStdString());
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().file.endsWith(QStringLiteral("fr.xlf")));
    CHECK(all.contains(QStringLiteral("missing unit 'sec.urgency'")));
}

TEST_CASE("the lint reports a wrong placeholder with its line", "[templates][lint]")
{
    QTemporaryDir dir;
    prepare(dir, QStringLiteral("wrong-placeholder"));
    const auto issues = TemplateLint::run(dir.path());
    const QString all = joined(issues);
    INFO(all.toStdString());
    REQUIRE(issues.size() >= 1);
    CHECK(all.contains(QStringLiteral("ru.xlf:")));
    CHECK(all.contains(QStringLiteral(
        "unit 'urgency.deadline': placeholders of the target {date} differ from the source {deadline}")));
    CHECK(issues.first().line > 0);
}

TEST_CASE("the lint reports an extra unit and an XML error with line numbers", "[templates][lint]")
{
    QTemporaryDir dir;
    prepare(dir, QStringLiteral("extra-unit-and-broken-xml"));
    const auto issues = TemplateLint::run(dir.path());
    const QString all = joined(issues);
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("extra unit 'doc.obsolete'")));
    bool xmlError = false;
    for (const LintIssue& i : issues)
        if (i.file.endsWith(QStringLiteral("es.xlf")) && i.line > 0)
            xmlError = true;
    CHECK(xmlError);
}

TEST_CASE("the lint reports an unknown layout condition", "[templates][lint]")
{
    QTemporaryDir dir;
    prepare(dir, QStringLiteral("unknown-condition"));
    const auto issues = TemplateLint::run(dir.path());
    INFO(joined(issues).toStdString());
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().message == QStringLiteral("unknown condition 'isUrgent'"));
    CHECK(issues.first().line > 0);
}
