#pragma once
// Safe reading of XML that comes from outside (drafts, requirements packages, XLIFF files,
// templates). Internal to core: libxml2 types never reach app/.
//
// parse() refuses, before anything is expanded or fetched: any DTD (internal or external
// subset, hence every entity declaration: XXE and "billion laughs" cannot start), entity
// references other than the five predefined ones, XInclude elements, nesting deeper than
// maxDepth, inputs larger than maxBytes, elements with more than maxAttributes attributes, and
// input that is not UTF-8. It never touches the network or the file system. Errors carry the
// file name, line and column.
//
// libxml2's own "huge input" limits (10 MB per text node, comment or lookup, 50000 bytes per
// name) are lifted with XML_PARSE_HUGE so that maxBytes (16 MiB by default) is the real cap; our
// own caps keep every cost linear in the input: maxBytes bounds every node, maxDepth the
// nesting, and maxAttributes the attributes of one element (libxml2 checks duplicate attributes
// pairwise: 100000 attributes on one element cost about a minute).

#include "Error.h"

#include <QByteArray>
#include <QString>

#include <libxml/tree.h>

#include <memory>

namespace mla::xml {

struct DocDeleter
{
    void operator()(xmlDoc* d) const;
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

struct ParseLimits
{
    qint64 maxBytes = 16 * 1024 * 1024;
    int maxDepth = 64;
    int maxAttributes = 256; // attributes (namespace declarations included) of one element
};

Result<std::shared_ptr<xmlDoc>> parse(const QByteArray& bytes, const QString& fileName,
                                      ParseLimits limits = {});

// Validates `doc` against the XSD in `xsdBytes` (compiled once per `schemaKey` and cached).
// The first error is returned with its line.
Status validate(xmlDoc* doc, const QByteArray& xsdBytes, const QString& schemaKey, const QString& fileName);

// Small DOM helpers.
QString name(const xmlNode* node);                   // local name
QString nsUri(const xmlNode* node);                  // namespace URI or empty
QString attr(const xmlNode* node, const char* name); // un-namespaced attribute, empty if absent
bool hasAttr(const xmlNode* node, const char* name);
QString text(const xmlNode* node); // concatenated text content
int line(const xmlNode* node);
// Element children, optionally only those with local name `name`.
QList<xmlNode*> children(const xmlNode* node, const char* name = nullptr);
xmlNode* child(const xmlNode* node, const char* name); // first such child or nullptr

} // namespace mla::xml
