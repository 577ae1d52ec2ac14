// Prints the time each parser of outside input takes on large hostile inputs (issue 11: costs
// must be linear or capped). Figures only, never asserted. Each case is built in memory at two
// or three sizes, so a cost that grows faster than the input shows in the ratio.
#include "base/SafeXml.h"
#include "draft/DraftFile.h"
#include "model/MeasureSchema.h"
#include "pdf/Verifier.h"
#include "render/TemplateLint.h"
#include "render/TemplateSet.h"
#include "requirements/CsvReader.h"
#include "requirements/RecordKinds.h"
#include "requirements/RequirementsPackage.h"
#include "xliff/XliffImport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace mla;

namespace {

void report(const char* parser, const QString& input, qint64 bytes, const std::function<QString()>& run)
{
    QElapsedTimer t;
    t.start();
    const QString outcome = run();
    std::printf("%-22s %-50s %10lld bytes %10.1f ms  %s\n", parser, qPrintable(input),
                static_cast<long long>(bytes), t.nsecsElapsed() / 1e6, qPrintable(outcome.left(90)));
    std::fflush(stdout);
}

template <typename R> QString outcomeOf(const R& r)
{
    return r.ok() ? QStringLiteral("ok") : r.error().code + QStringLiteral(": ") + r.error().detail;
}

QByteArray manyAttributes(qint64 size)
{
    QByteArray b = "<r";
    b.reserve(size + 16);
    while (b.size() < size - 16)
        b += " a" + QByteArray::number(b.size()) + "=''";
    return b + "/>";
}

QByteArray paddedSample(qint64 size)
{
    QFile f(QStringLiteral(":/mlawriter/samples/online-fraud-electronic-evidence-en.mlar"));
    f.open(QIODevice::ReadOnly);
    QByteArray b = f.readAll();
    return b + "<!--" + QByteArray(size - b.size() - 8, 'p') + "-->\n";
}

// Persons, and measures each referring to every one of up to 100 persons: the reference check.
QByteArray manyReferences(int persons, int measures)
{
    Request r;
    r.id = QStringLiteral("3f1c2b9a-0000-4000-8000-00000000b001");
    r.draftLanguage = QStringLiteral("en");
    r.created = r.modified = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < persons; ++i) {
        Person p;
        p.id = QStringLiteral("p%1").arg(i);
        p.familyName = QStringLiteral("Name %1").arg(i);
        r.persons.append(p);
    }
    for (int m = 0; m < measures; ++m) {
        Measure ms;
        ms.id = QStringLiteral("m%1").arg(m);
        ms.type = measureSpecs().first().type;
        for (int i = 0; i < std::min(persons, 100); ++i)
            ms.personIds << QStringLiteral("p%1").arg(persons - 1 - i);
        r.measures.append(ms);
    }
    return draft::DraftFile::serialize(r);
}

QByteArray xliffUnits(int units)
{
    QByteArray b = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
                   "version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">\n<file id=\"f\">\n";
    for (int i = 0; i < units; ++i)
        b += "<unit id=\"u" + QByteArray::number(i) + "\"><segment state=\"translated\"><source>s " +
             QByteArray(40, ' ') + "</source><target>t</target></segment></unit>\n";
    return b + "</file>\n</xliff>\n";
}

QByteArray pemSpaces(int records, int spaces)
{
    QByteArray b = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<requirements xmlns=\"urn:x-mlawriter:requirements\" version=\"1\">\n";
    for (int i = 0; i < records; ++i)
        b += "<record kind=\"certificate\"><field name=\"iso3\">XXA</field><field name=\"sha256\">" +
             QByteArray(64, 'a') + "</field><field name=\"pem\">-----BEGIN CERTIFICATE-----\n" +
             QByteArray(spaces, ' ') +
             "x\n-----END CERTIFICATE-----</field><source>bench</source>"
             "<verified>2025-01-01</verified></record>\n";
    return b + "</requirements>\n";
}

QByteArray languageFile(int units)
{
    QByteArray b =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
        "version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">\n<file id=\"request\">\n";
    for (int i = 0; i < units; ++i)
        b += "<unit id=\"extra." + QByteArray(200, 'u') + '.' + QByteArray::number(i) +
             "\"><segment state=\"final\"><source>Text</source><target>Texte</target></segment></unit>\n";
    return b + "</file>\n</xliff>\n";
}

QByteArray csvQuotes(qint64 size)
{
    QByteArray b = "a,b\n\"";
    b.reserve(size + 8);
    while (b.size() < size - 8)
        b += "x\"\",";
    return b + "\",z\n";
}

QByteArray csvRows(qint64 size)
{
    QByteArray b = "a,b,c\n";
    b.reserve(size + 32);
    while (b.size() < size - 32)
        b += "\"1\",2,\"three\"\n";
    return b;
}

QByteArray manyObjects(int objects)
{
    QByteArray b = "%PDF-1.7\n";
    for (int i = 1; i <= objects; ++i)
        b += QByteArray::number(i) + " 0 obj\n<< /Type /Annot /A [1 2 3] /Next " + QByteArray::number(i + 1) +
             " 0 R >>\nendobj\n";
    return b + "trailer\n<< /Size " + QByteArray::number(objects + 1) + " /Root 1 0 R >>\n%%EOF\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = 1024 * 1024;

    for (qint64 size : {4 * mib, 16 * mib}) {
        const QByteArray b = manyAttributes(size);
        report("xml (every parser)", QStringLiteral("one element, %1 MiB of attributes").arg(size / mib),
               b.size(), [&] { return outcomeOf(xml::parse(b, QStringLiteral("attrs.xml"))); });
    }
    for (qint64 size : {4 * mib, 16 * mib}) {
        const QByteArray b = paddedSample(size);
        report("draft", QStringLiteral("sample padded with a %1 MiB comment").arg(size / mib), b.size(),
               [&] { return outcomeOf(draft::DraftFile::parse(b, QStringLiteral("big.mlar"))); });
    }
    for (int persons : {125, 250, 500}) {
        const QByteArray b = manyReferences(persons, 200);
        report("draft", QStringLiteral("%1 persons, 200 measures x 100 person refs").arg(persons), b.size(),
               [&] { return outcomeOf(draft::DraftFile::parse(b, QStringLiteral("refs.mlar"))); });
    }
    {
        QFile f(QStringLiteral(":/mlawriter/samples/online-fraud-electronic-evidence-en.mlar"));
        f.open(QIODevice::ReadOnly);
        const Request sample = draft::DraftFile::parse(f.readAll(), QStringLiteral("sample.mlar")).value();
        for (int units : {28000, 56000, 112000}) {
            const QByteArray b = xliffUnits(units);
            report("xliff import", QStringLiteral("%1 units naming no field").arg(units), b.size(), [&] {
                Request r = sample;
                auto rep = xliff::XliffImport::apply(r, b, QStringLiteral("big.xlf"));
                return rep.ok() ? QStringLiteral("%1 units reported").arg(rep.value().units.size())
                                : outcomeOf(rep);
            });
        }
    }
    for (int spaces : {30000, 60000}) {
        const QByteArray b = pemSpaces(int(10 * mib / (spaces + 300)), spaces);
        report("requirements package",
               QStringLiteral("10 MiB of certificates, %1 spaces in each PEM").arg(spaces), b.size(), [&] {
                   auto p = requirements::RequirementsPackage::parse(b, QStringLiteral("pem.xml"));
                   if (!p.ok())
                       return outcomeOf(p);
                   int refused = 0;
                   for (const auto& item : p.value())
                       refused += requirements::kinds::validate(item.record).isEmpty() ? 0 : 1;
                   return QStringLiteral("%1 records, %2 refused").arg(p.value().size()).arg(refused);
               });
    }
    {
        QTemporaryDir dir;
        auto copy = [&](const QString& name) {
            QFile in(render::TemplateSet::builtinDirectory() + u'/' + name);
            in.open(QIODevice::ReadOnly);
            QFile out(dir.filePath(name));
            out.open(QIODevice::WriteOnly);
            out.write(in.readAll());
        };
        copy(render::TemplateSet::layoutFileName());
        copy(QStringLiteral("en.xlf"));
        for (int units : {4000, 8000, 13000}) {
            const QByteArray b = languageFile(units);
            QFile out(dir.filePath(QStringLiteral("fr.xlf")));
            out.open(QIODevice::WriteOnly | QIODevice::Truncate);
            out.write(b);
            out.close();
            report("templates-lint",
                   QStringLiteral("fr.xlf: %1 extra units, ids sharing 200 chars").arg(units), b.size(), [&] {
                       const auto issues = render::TemplateLint::run(dir.path(), {QStringLiteral("fr")});
                       return QStringLiteral("%1 issues, first: %2")
                           .arg(issues.size())
                           .arg(issues.isEmpty() ? QString() : issues.first().message);
                   });
        }
    }
    for (qint64 size : {4 * mib, 16 * mib}) {
        const QByteArray q = csvQuotes(size);
        report("seed CSV", QStringLiteral("one quoted field of %1 MiB of \"\" escapes").arg(size / mib),
               q.size(),
               [&] { return outcomeOf(requirements::CsvReader::read(q, QStringLiteral("q.csv"))); });
        const QByteArray r = csvRows(size);
        report("seed CSV", QStringLiteral("%1 MiB of short rows").arg(size / mib), r.size(),
               [&] { return outcomeOf(requirements::CsvReader::read(r, QStringLiteral("r.csv"))); });
    }
    for (int objects : {50000, 200000}) {
        const QByteArray b = manyObjects(objects);
        report("PDF verifier", QStringLiteral("%1 objects, no xref table").arg(objects), b.size(), [&] {
            auto v = pdf::verifyPdf(b, {}, QStringLiteral("objects.pdf"));
            return v.ok() ? QStringLiteral("read") : outcomeOf(v);
        });
    }
    return 0;
}
