#pragma once
// Shared by the checks tests: a requirements database seeded and loaded with the fictitious
// States of tests/data/checks/requirements.xml (opened once per test run), and the reading of
// a case folder's expected findings.

#include "checks/Finding.h"
#include "requirements/Database.h"

#include <QString>
#include <QStringList>

namespace mla::test {

// Seed + tests/data/checks/requirements.xml, in a temporary directory that lives until exit.
requirements::Database* checksDatabase();

// One line of expected.txt: "[not] SEVERITY RULE PATH [KEY]" ('*' matches anything; KEY is the
// message key and may be left out).
struct Expectation
{
    bool negated = false;
    QString severity;
    QString rule;
    QString path;
    QString key;
    int line = 0;
    bool matches(const checks::Finding& f) const;
    QString toString() const;
};

struct ExpectedFile
{
    QString database = QStringLiteral("fixture"); // "fixture" or "none"
    QList<Expectation> lines;
    QString error; // parse error, if any
};

ExpectedFile readExpected(const QString& path);
QString describe(const QList<checks::Finding>& findings);

} // namespace mla::test
