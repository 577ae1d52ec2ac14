#include "RegisterTestSupport.h"

#include <catch2/catch.hpp>

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <unistd.h>

namespace mla::test {
namespace {

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

QAtomicInt counter;

} // namespace

QString postgresUrl(const QString& user, const QString& password, const QString& database)
{
    QUrl url(qEnvironmentVariable("MLAWRITER_TEST_PG"));
    if (!user.isEmpty())
        url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(password);
    if (!database.isEmpty())
        url.setPath(u'/' + database);
    return url.toString();
}

QString freshPostgres()
{
    const QString base = qEnvironmentVariable("MLAWRITER_TEST_PG");
    if (base.isEmpty())
        return {};
    const QUrl url(base);
    const QString name = QStringLiteral("mla_t%1_%2_%3")
                             .arg(getpid())
                             .arg(counter.fetchAndAddRelaxed(1))
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
        const QUrlQuery q(url);
        db.setHostName(q.hasQueryItem(QStringLiteral("host")) ? q.queryItemValue(QStringLiteral("host"))
                                                              : url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            FAIL("cannot reach the test PostgreSQL server " << base.toStdString() << ": "
                                                            << db.lastError().text().toStdString());
        QSqlQuery create(db);
        if (!create.exec(QStringLiteral("CREATE DATABASE ") + name))
            FAIL("CREATE DATABASE failed: " << create.lastError().text().toStdString());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
    return postgresUrl({}, {}, name);
}

QList<Engine> freshEngines()
{
    QList<Engine> out;
    out << Engine{QStringLiteral("sqlite"),
                  scratch().filePath(QStringLiteral("r%1.sqlite").arg(counter.fetchAndAddRelaxed(1)))};
    if (qEnvironmentVariableIsEmpty("MLAWRITER_TEST_PG")) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            FAIL("MLAWRITER_TEST_PG is not set: the register suite must also run on PostgreSQL in CI "
                 "(scripts/test starts a server with scripts/pg-cluster)");
        WARN(
            "MLAWRITER_TEST_PG is not set: PostgreSQL part SKIPPED (run through scripts/test to include it)");
        return out;
    }
    out << Engine{QStringLiteral("postgresql"), freshPostgres()};
    return out;
}

} // namespace mla::test
