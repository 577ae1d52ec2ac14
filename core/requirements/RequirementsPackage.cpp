#include "RequirementsPackage.h"

#include "RecordKinds.h"

#include "base/SafeXml.h"

#include <QFile>
#include <QXmlStreamWriter>

namespace mla::requirements {

QByteArray RequirementsPackage::schema()
{
    QFile f(QStringLiteral(":/mlawriter/schema/requirements-1.xsd"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray RequirementsPackage::serialize(const QList<Record>& records)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(QString::fromLatin1(ns));
    w.writeStartElement(QStringLiteral("requirements"));
    w.writeAttribute(QStringLiteral("version"), QString::number(version));
    for (const auto& r : records) {
        const kinds::Kind* k = kinds::find(r.kind);
        if (!k)
            continue;
        w.writeStartElement(QStringLiteral("record"));
        w.writeAttribute(QStringLiteral("kind"), r.kind);
        for (const QString& col : k->columnNames()) {
            const QString v = r.fields.value(col);
            if (v.isEmpty())
                continue; // absent and empty mean the same on import
            w.writeStartElement(QStringLiteral("field"));
            w.writeAttribute(QStringLiteral("name"), col);
            w.writeCharacters(v);
            w.writeEndElement();
        }
        w.writeTextElement(QStringLiteral("source"), r.provenance.source);
        if (r.provenance.sourceDate.isValid())
            w.writeTextElement(QStringLiteral("sourceDate"), r.provenance.sourceDate.toString(Qt::ISODate));
        if (r.provenance.verified.isValid())
            w.writeTextElement(QStringLiteral("verified"), r.provenance.verified.toString(Qt::ISODate));
        if (!r.provenance.verifiedBy.isEmpty())
            w.writeTextElement(QStringLiteral("verifiedBy"), r.provenance.verifiedBy);
        if (r.provenance.updated.isValid())
            w.writeTextElement(QStringLiteral("updated"), r.provenance.updated.toUTC().toString(Qt::ISODate));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

Result<QList<RequirementsPackage::Item>> RequirementsPackage::parse(const QByteArray& bytes,
                                                                    const QString& fileName)
{
    xml::ParseLimits limits;
    limits.maxBytes = maxBytes;
    limits.maxDepth = 8;
    auto doc = xml::parse(bytes, fileName, limits);
    if (!doc)
        return doc.error();
    const xmlNode* root = xmlDocGetRootElement(doc.value().get());
    if (!root || xml::name(root) != QLatin1String("requirements") || xml::nsUri(root) != QLatin1String(ns))
        return Error{QStringLiteral("requirements.package.root"),
                     QStringLiteral("not a requirements package (expected <requirements xmlns=\"%1\">)")
                         .arg(QString::fromLatin1(ns)),
                     fileName, xml::line(root), 0};
    if (Status s = xml::validate(doc.value().get(), schema(), QStringLiteral("requirements-1"), fileName); !s)
        return s.error();
    QList<Item> items;
    for (const xmlNode* rec : xml::children(root, "record")) {
        Item item;
        item.line = xml::line(rec);
        item.record.kind = xml::attr(rec, "kind");
        for (const xmlNode* f : xml::children(rec, "field")) {
            const QString name = xml::attr(f, "name");
            if (item.record.fields.contains(name)) {
                // Recorded as an unknown field so that validation rejects this record only.
                item.record.fields.insert(QStringLiteral("duplicate field ") + name, QString());
                continue;
            }
            item.record.fields.insert(name, xml::text(f));
        }
        item.record.provenance.source = xml::text(xml::child(rec, "source"));
        if (const xmlNode* sd = xml::child(rec, "sourceDate"))
            item.record.provenance.sourceDate =
                QDate::fromString(xml::text(sd).trimmed().left(10), Qt::ISODate);
        if (const xmlNode* v = xml::child(rec, "verified"))
            item.record.provenance.verified = QDate::fromString(xml::text(v).trimmed().left(10), Qt::ISODate);
        item.record.provenance.verifiedBy = xml::text(xml::child(rec, "verifiedBy"));
        if (const xmlNode* u = xml::child(rec, "updated"))
            item.record.provenance.updated =
                QDateTime::fromString(xml::text(u).trimmed(), Qt::ISODate).toUTC();
        item.record.provenance.origin = QStringLiteral("import");
        items << item;
    }
    return items;
}

} // namespace mla::requirements
