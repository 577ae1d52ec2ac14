#include "SafeXml.h"

#include <QHash>
#include <QMutex>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <cstring>
#include <optional>

namespace mla::xml {
namespace {

// Collects the first error of a parse; passed as the parser's user data.
struct ParseState
{
    xmlSAXHandler saved{};
    QString fileName;
    Error first;
    bool failed = false;
    int depth = 0;
    int maxDepth = 64;
    xmlParserCtxtPtr ctxt = nullptr;

    void fail(const QString& code, const QString& detail, int line, int column)
    {
        if (failed)
            return;
        failed = true;
        first = Error{code, detail, fileName, line, column};
    }
};

thread_local ParseState* t_state = nullptr;

void structuredError(void*, xmlErrorPtr e)
{
    if (!t_state || !e || e->level < XML_ERR_ERROR)
        return;
    QString msg = QString::fromUtf8(e->message ? e->message : "XML error").trimmed();
    QString code = QStringLiteral("xml.malformed");
    if (e->code == XML_ERR_INVALID_CHAR || e->code == XML_ERR_INVALID_ENCODING ||
        e->code == XML_ERR_UNSUPPORTED_ENCODING || msg.contains(QLatin1String("UTF-8")))
        code = QStringLiteral("xml.encoding");
    else if (e->code == XML_ERR_UNDECLARED_ENTITY || e->code == XML_WAR_UNDECLARED_ENTITY)
        code = QStringLiteral("xml.entity");
    else if (e->code == XML_ERR_INTERNAL_ERROR && msg.contains(QLatin1String("depth")))
        code = QStringLiteral("xml.depth");
    t_state->fail(code, msg, e->line, e->int2);
}

void silentGeneric(void*, const char*, ...) {}

int currentLine()
{
    return t_state && t_state->ctxt ? xmlSAX2GetLineNumber(t_state->ctxt) : 0;
}
int currentColumn()
{
    return t_state && t_state->ctxt ? xmlSAX2GetColumnNumber(t_state->ctxt) : 0;
}

void rejectInternalSubset(void* ctx, const xmlChar*, const xmlChar*, const xmlChar*)
{
    if (t_state)
        t_state->fail(QStringLiteral("xml.dtd"),
                      QStringLiteral("document type declarations (DTD) are not allowed"), currentLine(),
                      currentColumn());
    xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
}

void rejectEntityDecl(void* ctx, const xmlChar*, int, const xmlChar*, const xmlChar*, xmlChar*)
{
    rejectInternalSubset(ctx, nullptr, nullptr, nullptr);
}

xmlEntityPtr rejectEntity(void* ctx, const xmlChar* name)
{
    // Predefined entities (&lt; &amp; ...) are resolved by the parser itself and never reach here.
    if (t_state)
        t_state->fail(QStringLiteral("xml.entity"),
                      QStringLiteral("entity reference '&%1;' is not allowed")
                          .arg(QString::fromUtf8(reinterpret_cast<const char*>(name))),
                      currentLine(), currentColumn());
    xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
    return nullptr;
}

void startElementNs(void* ctx, const xmlChar* localname, const xmlChar* prefix, const xmlChar* uri, int nbNs,
                    const xmlChar** namespaces, int nbAttrs, int nbDefaulted, const xmlChar** attrs)
{
    ParseState* st = t_state;
    if (st) {
        if (++st->depth > st->maxDepth) {
            st->fail(QStringLiteral("xml.depth"),
                     QStringLiteral("elements nested deeper than %1 levels").arg(st->maxDepth), currentLine(),
                     currentColumn());
            xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
            return;
        }
        if (uri && (xmlStrEqual(uri, BAD_CAST "http://www.w3.org/2001/XInclude") ||
                    xmlStrEqual(uri, BAD_CAST "http://www.w3.org/2003/XInclude"))) {
            st->fail(QStringLiteral("xml.xinclude"), QStringLiteral("XInclude elements are not allowed"),
                     currentLine(), currentColumn());
            xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
            return;
        }
        if (st->saved.startElementNs)
            st->saved.startElementNs(ctx, localname, prefix, uri, nbNs, namespaces, nbAttrs, nbDefaulted,
                                     attrs);
    }
}

void endElementNs(void* ctx, const xmlChar* localname, const xmlChar* prefix, const xmlChar* uri)
{
    if (ParseState* st = t_state) {
        --st->depth;
        if (st->saved.endElementNs)
            st->saved.endElementNs(ctx, localname, prefix, uri);
    }
}

// Compiled schemas, kept for the process; freed at exit so that LeakSanitizer (asan preset, fuzz
// targets) sees no compiled schema lost when the static hash is destroyed.
struct SchemaCache
{
    QMutex mutex;
    QHash<QString, xmlSchemaPtr> schemas;
    ~SchemaCache()
    {
        for (xmlSchemaPtr s : std::as_const(schemas))
            xmlSchemaFree(s);
    }
};
SchemaCache& schemaCache()
{
    static SchemaCache c;
    return c;
}

struct ValidationErrors
{
    QString fileName;
    Error first;
    bool failed = false;
};

void schemaError(void* data, xmlErrorPtr e)
{
    auto* v = static_cast<ValidationErrors*>(data);
    if (!v || v->failed || !e || e->level < XML_ERR_ERROR)
        return;
    v->failed = true;
    v->first = Error{QStringLiteral("xml.schema"),
                     QString::fromUtf8(e->message ? e->message : "schema violation").trimmed(), v->fileName,
                     e->line, 0};
}

// One linear pass over the bytes before libxml2 sees them: an element with more than `max`
// attributes is refused here, because libxml2's duplicate-attribute check is quadratic. Counts
// the '=' outside quoted values in each start tag; comments, CDATA sections, processing
// instructions and declarations are skipped. Malformed input is left to the parser.
std::optional<Error> tooManyAttributes(const QByteArray& bytes, int max, const QString& fileName)
{
    const char* p = bytes.constData();
    const char* const end = p + bytes.size();
    int line = 1;
    auto skipPast = [&](const char* terminator) {
        const std::size_t n = std::strlen(terminator);
        while (p < end) {
            if (*p == '\n')
                ++line;
            if (std::size_t(end - p) >= n && std::memcmp(p, terminator, n) == 0) {
                p += n;
                return;
            }
            ++p;
        }
    };
    while (p < end) {
        if (*p == '\n') {
            ++line;
            ++p;
            continue;
        }
        if (*p != '<') {
            ++p;
            continue;
        }
        ++p;
        if (p >= end)
            break;
        if (*p == '!') {
            if (end - p >= 3 && std::memcmp(p, "!--", 3) == 0)
                skipPast("-->");
            else if (end - p >= 8 && std::memcmp(p, "![CDATA[", 8) == 0)
                skipPast("]]>");
            else
                skipPast(">");
            continue;
        }
        if (*p == '?') {
            skipPast("?>");
            continue;
        }
        if (*p == '/') {
            skipPast(">");
            continue;
        }
        const int tagLine = line;
        int count = 0;
        char quote = 0;
        for (; p < end; ++p) {
            const char c = *p;
            if (c == '\n')
                ++line;
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                if (++count > max)
                    return Error{QStringLiteral("xml.attributes"),
                                 QStringLiteral("an element has more than %1 attributes").arg(max), fileName,
                                 tagLine, 0};
            } else if (c == '>') {
                ++p;
                break;
            }
        }
    }
    return std::nullopt;
}

} // namespace

void DocDeleter::operator()(xmlDoc* d) const
{
    if (d)
        xmlFreeDoc(d);
}

Result<std::shared_ptr<xmlDoc>> parse(const QByteArray& bytes, const QString& fileName, ParseLimits limits)
{
    if (bytes.size() > limits.maxBytes)
        return Error{
            QStringLiteral("xml.too-large"),
            QStringLiteral("file is %1 bytes; the limit is %2 bytes").arg(bytes.size()).arg(limits.maxBytes),
            fileName, 0, 0};
    if (bytes.isEmpty())
        return Error{QStringLiteral("xml.empty"), QStringLiteral("file is empty"), fileName, 0, 0};
    // Only UTF-8 is read: a BOM or declaration naming another encoding is refused up front.
    if (bytes.startsWith("\xFE\xFF") || bytes.startsWith("\xFF\xFE"))
        return Error{QStringLiteral("xml.encoding"), QStringLiteral("file is UTF-16; only UTF-8 is accepted"),
                     fileName, 1, 1};

    if (auto e = tooManyAttributes(bytes, limits.maxAttributes, fileName))
        return *e;

    xmlInitParser();
    ParseState state;
    state.fileName = fileName;
    state.maxDepth = limits.maxDepth;

    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return Error{QStringLiteral("xml.internal"), QStringLiteral("out of memory"), fileName, 0, 0};
    state.ctxt = ctxt;
    state.saved = *ctxt->sax;
    ctxt->sax->internalSubset = rejectInternalSubset;
    ctxt->sax->externalSubset = rejectInternalSubset;
    ctxt->sax->entityDecl = rejectEntityDecl;
    ctxt->sax->getEntity = rejectEntity;
    ctxt->sax->getParameterEntity = rejectEntity;
    ctxt->sax->startElementNs = startElementNs;
    ctxt->sax->endElementNs = endElementNs;
    ctxt->sax->serror = nullptr;

    ParseState* previous = t_state;
    t_state = &state;
    xmlSetStructuredErrorFunc(nullptr, structuredError);
    xmlSetGenericErrorFunc(nullptr, silentGeneric);
    // No XML_PARSE_NOENT, DTDLOAD, DTDATTR or XINCLUDE: nothing is expanded or fetched. HUGE
    // lifts libxml2's 10 MB limits so that limits.maxBytes is the cap (see the header).
    const int options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR | XML_PARSE_HUGE;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, bytes.constData(), int(bytes.size()),
                                      fileName.toUtf8().constData(), "UTF-8", options);
    const bool wellFormed = ctxt->wellFormed;
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    xmlSetGenericErrorFunc(nullptr, nullptr);
    t_state = previous;
    xmlFreeParserCtxt(ctxt);

    if (state.failed || !doc || !wellFormed) {
        if (doc)
            xmlFreeDoc(doc);
        if (!state.failed)
            state.fail(QStringLiteral("xml.malformed"), QStringLiteral("not well-formed XML"), 0, 0);
        return state.first;
    }
    if (doc->intSubset || doc->extSubset) { // belt and braces: the callbacks above already refuse
        xmlFreeDoc(doc);
        return Error{QStringLiteral("xml.dtd"),
                     QStringLiteral("document type declarations (DTD) are not allowed"), fileName, 1, 1};
    }
    return std::shared_ptr<xmlDoc>(doc, DocDeleter{});
}

Status validate(xmlDoc* doc, const QByteArray& xsdBytes, const QString& schemaKey, const QString& fileName)
{
    xmlSchemaPtr schema = nullptr;
    {
        auto& cache = schemaCache();
        QMutexLocker lock(&cache.mutex);
        schema = cache.schemas.value(schemaKey);
        if (!schema) {
            xmlSchemaParserCtxtPtr pctxt =
                xmlSchemaNewMemParserCtxt(xsdBytes.constData(), int(xsdBytes.size()));
            schema = pctxt ? xmlSchemaParse(pctxt) : nullptr;
            if (pctxt)
                xmlSchemaFreeParserCtxt(pctxt);
            if (!schema)
                return Error{QStringLiteral("xml.schema-broken"),
                             QStringLiteral("the built-in schema %1 could not be compiled").arg(schemaKey),
                             {},
                             0,
                             0};
            cache.schemas.insert(schemaKey, schema);
        }
    }
    ValidationErrors errors;
    errors.fileName = fileName;
    xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(vctxt, schemaError, &errors);
    const int rc = xmlSchemaValidateDoc(vctxt, doc);
    xmlSchemaFreeValidCtxt(vctxt);
    if (rc != 0) {
        if (!errors.failed)
            errors.first = Error{QStringLiteral("xml.schema"),
                                 QStringLiteral("document does not match the schema"), fileName, 0, 0};
        return errors.first;
    }
    return {};
}

QString name(const xmlNode* node)
{
    return node ? QString::fromUtf8(reinterpret_cast<const char*>(node->name)) : QString();
}

QString nsUri(const xmlNode* node)
{
    return node && node->ns && node->ns->href
               ? QString::fromUtf8(reinterpret_cast<const char*>(node->ns->href))
               : QString();
}

QString attr(const xmlNode* node, const char* attrName)
{
    if (!node)
        return {};
    xmlChar* v = xmlGetNoNsProp(node, BAD_CAST attrName);
    if (!v)
        return {};
    QString s = QString::fromUtf8(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

bool hasAttr(const xmlNode* node, const char* attrName)
{
    return node && xmlHasNsProp(node, BAD_CAST attrName, nullptr);
}

QString text(const xmlNode* node)
{
    if (!node)
        return {};
    xmlChar* v = xmlNodeGetContent(node);
    if (!v)
        return {};
    QString s = QString::fromUtf8(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

int line(const xmlNode* node)
{
    return node ? int(xmlGetLineNo(node)) : 0;
}

QList<xmlNode*> children(const xmlNode* node, const char* childName)
{
    QList<xmlNode*> out;
    if (!node)
        return out;
    for (xmlNode* c = node->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (!childName || xmlStrEqual(c->name, BAD_CAST childName))
            out.append(c);
    }
    return out;
}

xmlNode* child(const xmlNode* node, const char* childName)
{
    if (!node)
        return nullptr;
    for (xmlNode* c = node->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, BAD_CAST childName))
            return c;
    return nullptr;
}

} // namespace mla::xml
