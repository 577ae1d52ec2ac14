#include "CheckFixtures.h"

#include "TestSupport.h"

#include "checks/Checker.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace mla::test {

namespace {
std::unique_ptr<QTemporaryDir> g_dir;
std::unique_ptr<requirements::Database> g_db;

// The database must close while the application (and the SQL driver plugin) still exists.
void closeChecksDatabase()
{
    g_db.reset();
    g_dir.reset();
}
} // namespace

requirements::Database* checksDatabase()
{
    auto& dir = g_dir;
    auto& db = g_db;
    if (!db) {
        qAddPostRoutine(closeChecksDatabase);
        dir = std::make_unique<QTemporaryDir>();
        auto opened = requirements::Database::open(dir->filePath(QStringLiteral("checks.sqlite")));
        if (!opened)
            return nullptr;
        db = std::move(opened).value();
        auto report = db->importPackageFile(dataPath(QStringLiteral("checks/requirements.xml")));
        if (!report || report.value().count(requirements::ImportReport::Outcome::Rejected) > 0)
            return nullptr;
    }
    return db.get();
}

bool Expectation::matches(const checks::Finding& f) const
{
    auto ok = [](const QString& want, const QString& have) {
        return want == QLatin1String("*") || want == have;
    };
    return ok(severity, checks::severityId(f.severity)) && ok(rule, f.ruleId) && ok(path, f.path) &&
           (key.isEmpty() || ok(key, f.messageKey));
}

QString Expectation::toString() const
{
    return QStringLiteral("line %1: %2%3 %4 %5 %6")
        .arg(line)
        .arg(negated ? QStringLiteral("not ") : QString(), severity, rule, path, key);
}

ExpectedFile readExpected(const QString& path)
{
    ExpectedFile e;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        e.error = QStringLiteral("cannot read ") + path;
        return e;
    }
    int n = 0;
    for (const QByteArray& raw : f.readAll().split('\n')) {
        ++n;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(QLatin1String("database:"))) {
            e.database = line.mid(9).trimmed();
            continue;
        }
        QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        Expectation x;
        x.line = n;
        if (parts.value(0) == QLatin1String("not")) {
            x.negated = true;
            parts.removeFirst();
        }
        if (parts.size() != 3 && parts.size() != 4) {
            e.error = QStringLiteral("%1:%2: expected '[not] SEVERITY RULE PATH [KEY]'").arg(path).arg(n);
            return e;
        }
        x.severity = parts.at(0);
        x.rule = parts.at(1);
        x.path = parts.at(2);
        x.key = parts.value(3);
        e.lines << x;
    }
    return e;
}

QString describe(const QList<checks::Finding>& findings)
{
    QString s;
    for (const auto& f : findings)
        s += QStringLiteral("  %1 %2 %3 [%4] %5\n")
                 .arg(checks::severityId(f.severity), f.ruleId, f.path, f.messageKey, checks::messageText(f));
    return s;
}

} // namespace mla::test
