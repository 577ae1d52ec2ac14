// Prints the time to import a large hostile requirements package (about 10 MB of certificate
// records whose PEM value is a long run of spaces, the shape that made the former regular
// expression backtrack quadratically), the time of that former expression on one such value for
// comparison, and the time of a dry run over a large valid package.
#include "requirements/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace mla;

namespace {

QByteArray hostilePackage(int records, int spaces)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<requirements xmlns=\"urn:x-mlawriter:requirements\" version=\"1\">\n";
    const QByteArray pem = "-----BEGIN CERTIFICATE-----" + QByteArray(spaces, ' ') + "!";
    for (int i = 0; i < records; ++i) {
        out += "<record kind=\"certificate\"><field name=\"iso3\">BTN</field><field name=\"sha256\">" +
               QByteArray(64, 'a') + "</field><field name=\"pem\">" + pem +
               "</field><source>bench</source></record>\n";
    }
    return out + "</requirements>\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto db = requirements::Database::open(dir.filePath(QStringLiteral("r.sqlite")));
    if (!db) {
        std::printf("open failed: %s\n", qPrintable(db.error().toString()));
        return 1;
    }
    constexpr int spaces = 60000;
    const QByteArray pkg = hostilePackage(160, spaces);
    QElapsedTimer t;
    t.start();
    auto report = db.value()->importPackage(pkg, QStringLiteral("hostile.xml"));
    const double importMs = t.nsecsElapsed() / 1e6;
    std::printf("hostile package, %.1f MB, 160 records of %d spaces: import %.1f ms (%lld rejected)\n",
                pkg.size() / 1e6, spaces, importMs,
                report ? qlonglong(report.value().count(requirements::ImportReport::Outcome::Rejected))
                       : -1LL);

    // The former check, for comparison, on one value of the package.
    const QRegularExpression former(
        QStringLiteral("^-----BEGIN CERTIFICATE-----\\s+[A-Za-z0-9+/=\\s]+-----END CERTIFICATE-----\\s*$"));
    const QString value = QStringLiteral("-----BEGIN CERTIFICATE-----") + QString(spaces, u' ') + u'!';
    t.restart();
    const bool matched = former.match(value).hasMatch();
    const double formerMs = t.nsecsElapsed() / 1e6;
    std::printf(
        "former regular expression, one value of %d spaces: %.1f ms (match: %d); x160 records: ~%.0f s\n",
        spaces, formerMs, int(matched), formerMs * 160 / 1000);

    // A large valid package: preview (dry run) of the whole database's export.
    const QByteArray valid = db.value()->exportPackage();
    requirements::Database::ImportOptions o;
    o.allowUnsigned = true;
    t.restart();
    auto plan = db.value()->previewImport(valid, QStringLiteral("export.xml"), o);
    std::printf("dry run of the full export (%.1f MB, %lld records): %.1f ms\n", valid.size() / 1e6,
                plan ? qlonglong(plan.value().entries.size()) : -1LL, t.nsecsElapsed() / 1e6);
    return 0;
}
