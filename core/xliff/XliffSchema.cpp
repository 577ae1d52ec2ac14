#include "XliffSchema.h"

#include "base/SafeXml.h"

#include <QFile>
#include <QMutex>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <cstring>

namespace mla::xliff {
namespace {

QByteArray resource(const char* name)
{
    QFile f(QStringLiteral(":/mlawriter/schema/xliff/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// While the core schema compiles, its import of xml.xsd is answered from memory and every
// other external load is refused: nothing is fetched, nothing is read from disk.
xmlParserInputPtr embeddedOnlyLoader(const char* url, const char*, xmlParserCtxtPtr ctxt)
{
    static const QByteArray xmlXsd = XliffSchema::xmlSchema();
    const size_t len = url ? std::strlen(url) : 0;
    const bool isXmlXsd =
        len >= 7 && std::strcmp(url + len - 7, "xml.xsd") == 0 && (len == 7 || url[len - 8] == '/');
    if (!ctxt || !isXmlXsd || xmlXsd.isEmpty())
        return nullptr;
    xmlParserInputBufferPtr buf =
        xmlParserInputBufferCreateMem(xmlXsd.constData(), int(xmlXsd.size()), XML_CHAR_ENCODING_NONE);
    if (!buf)
        return nullptr;
    return xmlNewIOInputStream(ctxt, buf, XML_CHAR_ENCODING_NONE);
}

QMutex& loaderMutex()
{
    static QMutex m;
    return m;
}

} // namespace

QByteArray XliffSchema::coreSchema()
{
    static const QByteArray bytes = resource("xliff_core_2.0.xsd");
    return bytes;
}

QByteArray XliffSchema::xmlSchema()
{
    static const QByteArray bytes = resource("xml.xsd");
    return bytes;
}

Status XliffSchema::validate(_xmlDoc* doc, const QString& fileName)
{
    const QByteArray xsd = coreSchema();
    if (xsd.isEmpty() || xmlSchema().isEmpty())
        return Error{QStringLiteral("xliff.schema-missing"),
                     QStringLiteral("the XLIFF 2.0 schema is not built into this program"), fileName, 0, 0};
    QMutexLocker lock(&loaderMutex());
    const xmlExternalEntityLoader previous = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(embeddedOnlyLoader);
    Status st = xml::validate(doc, xsd, QStringLiteral("xliff_core_2.0"), fileName);
    xmlSetExternalEntityLoader(previous);
    if (!st.ok() && st.error().code == QLatin1String("xml.schema")) {
        Error e = st.error();
        e.code = QStringLiteral("xliff.schema");
        e.detail = QStringLiteral("not valid XLIFF 2.0: ") + e.detail;
        return e;
    }
    return st;
}

Status XliffSchema::validate(const QByteArray& bytes, const QString& fileName)
{
    auto doc = xml::parse(bytes, fileName);
    if (!doc.ok())
        return doc.error();
    return validate(doc.value().get(), fileName);
}

} // namespace mla::xliff
