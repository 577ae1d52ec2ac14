#include "TemplateSet.h"

#include "Languages.h"

#include <QRegularExpression>

#include "base/SafeXml.h"
#include "model/MeasureSchema.h"
#include "model/Vocabulary.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <libxml/tree.h>

namespace mla::render {
namespace {

constexpr const char* kLayoutNs = "urn:x-mlawriter:layout";
constexpr const char* kXliffNs = "urn:oasis:names:tc:xliff:document:2.0";

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("template.unreadable"),
                     QStringLiteral("cannot read: %1").arg(f.errorString()), path, 0, 0};
    if (f.size() > 4 * 1024 * 1024)
        return Error{QStringLiteral("template.size"), QStringLiteral("file larger than 4 MiB"), path, 0, 0};
    return f.readAll();
}

Error templateError(const QString& code, const QString& detail, const QString& file, const xmlNode* node)
{
    return Error{code, detail, file, node ? xml::line(node) : 0, 0};
}

LayoutNode toNode(const xmlNode* n)
{
    LayoutNode node;
    node.element = xml::name(n);
    node.id = xml::attr(n, "id");
    node.condition = xml::attr(n, "if");
    node.article = xml::attr(n, "article");
    node.path = xml::attr(n, "path");
    node.line = xml::line(n);
    if (node.element == QLatin1String("section") || node.element == QLatin1String("signature"))
        node.unit = xml::attr(n, "heading");
    else
        node.unit = xml::attr(n, "unit");
    if (node.element == QLatin1String("title"))
        node.second = xml::attr(n, "subtitle");
    else if (node.element == QLatin1String("field"))
        node.second = xml::attr(n, "label");
    else if (node.element == QLatin1String("signature"))
        node.second = xml::attr(n, "placeDate");
    for (const xmlNode* c : xml::children(n))
        node.children.append(toNode(c));
    return node;
}

// Reads inline content: text, and <ph id="x"/> as {x}. Anything else is an error.
Status inlineText(const xmlNode* n, const QString& file, QString* text, QStringList* placeholders)
{
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            *text += QString::fromUtf8(reinterpret_cast<const char*>(c->content));
        } else if (c->type == XML_ELEMENT_NODE) {
            if (xml::name(c) != QLatin1String("ph") || xml::nsUri(c) != QLatin1String(kXliffNs))
                return templateError(QStringLiteral("template.inline"),
                                     QStringLiteral("only <ph id=\"…\"/> may appear inside text, found <%1>")
                                         .arg(xml::name(c)),
                                     file, c);
            const QString id = xml::attr(c, "id");
            if (id.isEmpty())
                return templateError(QStringLiteral("template.inline"), QStringLiteral("<ph> without id"),
                                     file, c);
            *text += u'{' + id + u'}';
            placeholders->append(id);
        }
    }
    return {};
}

} // namespace

QString TemplateSet::builtinDirectory()
{
    return QStringLiteral(":/mlawriter/templates/request");
}

QString TemplateSet::layoutFileName()
{
    return QStringLiteral("request.layout.xml");
}

Result<QList<LayoutNode>> TemplateSet::readLayout(const QString& directory)
{
    const QString path = QDir(directory).filePath(layoutFileName());
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto doc = xml::parse(bytes.value(), path);
    if (!doc)
        return doc.error();
    auto xsd = readFile(QStringLiteral(":/mlawriter/templates/schema/layout-1.xsd"));
    if (!xsd)
        return xsd.error();
    if (Status s = xml::validate(doc.value().get(), xsd.value(), QStringLiteral("layout-1"), path); !s)
        return s.error();
    const xmlNode* root = xmlDocGetRootElement(doc.value().get());
    if (!root || xml::nsUri(root) != QLatin1String(kLayoutNs))
        return templateError(QStringLiteral("template.layout"), QStringLiteral("not a layout document"), path,
                             root);
    QList<LayoutNode> out;
    for (const xmlNode* c : xml::children(root))
        out.append(toNode(c));
    return out;
}

Result<LanguageFile> TemplateSet::readLanguageFile(const QString& path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto doc = xml::parse(bytes.value(), path);
    if (!doc)
        return doc.error();
    const xmlNode* root = xmlDocGetRootElement(doc.value().get());
    if (!root || xml::name(root) != QLatin1String("xliff") || xml::nsUri(root) != QLatin1String(kXliffNs))
        return templateError(QStringLiteral("template.xliff"), QStringLiteral("not an XLIFF 2.0 document"),
                             path, root);
    if (xml::attr(root, "version") != QLatin1String("2.0"))
        return templateError(QStringLiteral("template.xliff"), QStringLiteral("XLIFF version must be 2.0"),
                             path, root);
    LanguageFile lf;
    lf.path = path;
    lf.sourceLanguage = xml::attr(root, "srcLang");
    lf.targetLanguage = xml::attr(root, "trgLang");
    QSet<QString> seen; // a set: the duplicate check stays linear in the number of units
    for (const xmlNode* file : xml::children(root, "file")) {
        for (const xmlNode* unit : xml::children(file, "unit")) {
            TemplateUnit u;
            u.id = xml::attr(unit, "id");
            u.line = xml::line(unit);
            if (u.id.isEmpty())
                return templateError(QStringLiteral("template.xliff"), QStringLiteral("unit without id"),
                                     path, unit);
            if (seen.contains(u.id))
                return templateError(QStringLiteral("template.duplicate"),
                                     QStringLiteral("unit '%1' appears twice").arg(u.id), path, unit);
            seen.insert(u.id);
            const QList<xmlNode*> segments = xml::children(unit, "segment");
            if (segments.size() != 1)
                return templateError(QStringLiteral("template.xliff"),
                                     QStringLiteral("unit '%1' must have exactly one segment").arg(u.id),
                                     path, unit);
            const xmlNode* seg = segments.first();
            u.state = xml::hasAttr(seg, "state") ? xml::attr(seg, "state") : QStringLiteral("initial");
            const xmlNode* src = xml::child(seg, "source");
            const xmlNode* trg = xml::child(seg, "target");
            if (!src)
                return templateError(QStringLiteral("template.xliff"),
                                     QStringLiteral("unit '%1' has no source").arg(u.id), path, seg);
            if (Status s = inlineText(src, path, &u.source, &u.sourcePlaceholders); !s)
                return s.error();
            if (trg) {
                u.targetLine = xml::line(trg);
                if (Status s = inlineText(trg, path, &u.target, &u.targetPlaceholders); !s)
                    return s.error();
            }
            lf.units.append(u);
        }
    }
    return lf;
}

QStringList TemplateSet::knownConditions()
{
    return {QStringLiteral("urgent"),
            QStringLiteral("hasDeadline"),
            QStringLiteral("investigation"),
            QStringLiteral("prosecution"),
            QStringLiteral("judicialProceedings"),
            QStringLiteral("hasConductingAuthority"),
            QStringLiteral("hasFacts"),
            QStringLiteral("hasPersons"),
            QStringLiteral("untoc"),
            QStringLiteral("treaty"),
            QStringLiteral("hasTreatyArticle"),
            QStringLiteral("reciprocity"),
            QStringLiteral("reciprocityAssurance"),
            QStringLiteral("transnational"),
            QStringLiteral("organizedCriminalGroup"),
            QStringLiteral("confidential"),
            QStringLiteral("hasContact"),
            QStringLiteral("hasAttachments"),
            QStringLiteral("hasOffences")};
}

QStringList TemplateSet::knownPlaceholders()
{
    return {QStringLiteral("authority"),      QStringLiteral("requestingState"),
            QStringLiteral("requestedState"), QStringLiteral("date"),
            QStringLiteral("sourceDate"),     QStringLiteral("reference"),
            QStringLiteral("caseReference"),  QStringLiteral("conductingAuthority"),
            QStringLiteral("years"),          QStringLiteral("article"),
            QStringLiteral("number"),         QStringLiteral("measure"),
            QStringLiteral("treaty"),         QStringLiteral("treatyArticle"),
            QStringLiteral("deadline"),       QStringLiteral("place"),
            QStringLiteral("language"),       QStringLiteral("page"),
            QStringLiteral("pages")};
}

QStringList TemplateSet::requiredUnits(const QList<LayoutNode>& layout)
{
    QStringList out;
    std::function<void(const QList<LayoutNode>&)> walk = [&](const QList<LayoutNode>& nodes) {
        for (const LayoutNode& n : nodes) {
            if (!n.unit.isEmpty())
                out.append(n.unit);
            if (!n.second.isEmpty())
                out.append(n.second);
            walk(n.children);
        }
    };
    walk(layout);
    // Units the generated parts use (addressee, references, offences, measures, persons,
    // contact, attachments, page decoration).
    const char* fixed[] = {"addr.to",
                           "addr.centralAuthorityOf",
                           "addr.gap",
                           "addr.sourceDate",
                           "addr.undated",
                           "addr.outdated",
                           "ref.date",
                           "ref.ours",
                           "ref.case",
                           "label.address",
                           "offence.penalty",
                           "offence.penaltyLife",
                           "offence.penaltyUnknown",
                           "label.provision",
                           "offence.convention",
                           "sec.offences",
                           "measure.heading",
                           "measure.article",
                           "label.description",
                           "label.persons",
                           "label.procedures",
                           "label.purpose",
                           "label.dateOfBirth",
                           "label.placeOfBirth",
                           "label.nationality",
                           "label.document",
                           "label.location",
                           "label.aliases",
                           "label.addresses",
                           "label.notes",
                           "label.name",
                           "label.phone",
                           "label.email",
                           "gap.unknown",
                           "untranslated",
                           "footer.page",
                           "header.reference",
                           "header.draft",
                           "watermark.draft",
                           "notice.review",
                           "notice.stateNames",
                           "notice.editableCopy"};
    for (const char* f : fixed)
        out.append(QString::fromLatin1(f));
    for (const QString& role : EnumInfo<PersonRole>::ids())
        out.append(QStringLiteral("role.") + role);
    for (const MeasureSpec& m : measureSpecs()) {
        out.append(QStringLiteral("measure.") + m.id);
        for (const FieldSpec& f : m.fields) {
            out.append(QStringLiteral("field.%1.%2").arg(m.id, f.key));
            for (const QString& c : f.choices)
                out.append(QStringLiteral("choice.") + c);
        }
    }
    out.removeDuplicates();
    return out;
}

Result<TemplateSet> TemplateSet::load(const QString& language, const QString& directory)
{
    // The layout comes from `directory` or the program; the language file from `directory` or,
    // when none is given, from the built-in files and then the user's folder.
    const QString dir = directory.isEmpty() ? builtinDirectory() : directory;
    DocumentLanguage found;
    if (!findDocumentLanguage(language, directory, &found))
        return Error{QStringLiteral("render.language"),
                     QStringLiteral("no language file for '%1' (languages: %2)")
                         .arg(language, documentLanguageCodes(directory).join(QStringLiteral(", "))),
                     {},
                     0,
                     0};
    auto layout = readLayout(dir);
    if (!layout)
        return layout.error();
    auto lf = readLanguageFile(found.path);
    if (!lf)
        return lf.error();
    if (lf.value().targetLanguage != language)
        return Error{
            QStringLiteral("template.language"),
            QStringLiteral("trgLang is '%1', expected '%2'").arg(lf.value().targetLanguage, language),
            lf.value().path, 1, 0};
    registerDocumentLanguage(found);
    TemplateSet t;
    t.m_layout = layout.value();
    for (const TemplateUnit& u : lf.value().units)
        t.m_units.insert(u.id, u);
    return t;
}

QString TemplateSet::text(const QString& unit, const QMap<QString, QString>& args) const
{
    auto it = m_units.constFind(unit);
    if (it == m_units.constEnd() || it->target.trimmed().isEmpty()) {
        if (!m_missing.contains(unit))
            m_missing.append(unit);
        return u'[' + unit + u']';
    }
    if (it->state != QLatin1String("final"))
        m_awaitsReview = true;
    if (!m_used.contains(unit))
        m_used.append(unit);
    QString s = it->target;
    for (auto a = args.constBegin(); a != args.constEnd(); ++a)
        s.replace(u'{' + a.key() + u'}', a.value());
    return s;
}

QStringList TemplateSet::fragments(const QString& unit) const
{
    QStringList out;
    auto it = m_units.constFind(unit);
    if (it == m_units.constEnd())
        return out;
    static const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z0-9_]+\\}"));
    for (const QString& piece : it->target.split(placeholder)) {
        const QString t = piece.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

} // namespace mla::render
