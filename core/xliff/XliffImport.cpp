#include "XliffImport.h"

#include "UnitId.h"
#include "XliffExport.h"
#include "XliffSchema.h"

#include "base/SafeXml.h"
#include "draft/DraftFile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <libxml/tree.h>

namespace mla::xliff {
namespace {

QString nsAttr(const xmlNode* n, const char* name)
{
    xmlChar* v = xmlGetNsProp(n, BAD_CAST name, BAD_CAST mlaNs);
    if (!v)
        return {};
    QString s = QString::fromUtf8(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

bool hasNsAttr(const xmlNode* n, const char* name)
{
    return xmlHasNsProp(n, BAD_CAST name, BAD_CAST mlaNs) != nullptr;
}

bool isXliff(const xmlNode* n, const char* name)
{
    return n && n->type == XML_ELEMENT_NODE && xml::nsUri(n) == QLatin1String(XliffSchema::ns) &&
           xml::name(n) == QLatin1String(name);
}

// "fr", "fr-FR", "zh-Hans" -> the UN language code, or empty.
QString unLanguageOf(const QString& bcp47)
{
    const QString primary = bcp47.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    return isUnLanguage(primary) ? primary : QString();
}

struct Content
{
    QString text;
    QString problem; // non-empty: the content cannot be taken as plain text
};

// Plain text of a <source>/<target>: text, <cp> code points and the content of <mrk>
// annotations. Codes (<ph>, <pc>, <sc>, <ec>) have no meaning in our plain-text fields.
void collect(const xmlNode* n, Content& c)
{
    for (const xmlNode* k = n->children; k; k = k->next) {
        if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) {
            c.text += QString::fromUtf8(reinterpret_cast<const char*>(k->content));
            continue;
        }
        if (k->type != XML_ELEMENT_NODE)
            continue;
        const QString name = xml::name(k);
        if (name == QLatin1String("cp")) {
            bool ok = false;
            const uint code = xml::attr(k, "hex").toUInt(&ok, 16);
            if (!ok || code > 0x10FFFF) {
                c.problem = QStringLiteral("<cp hex=\"%1\"/> is not a code point").arg(xml::attr(k, "hex"));
                return;
            }
            if (QChar::requiresSurrogates(code)) {
                c.text += QChar(QChar::highSurrogate(code));
                c.text += QChar(QChar::lowSurrogate(code));
            } else {
                c.text += QChar(char16_t(code));
            }
        } else if (name == QLatin1String("mrk")) {
            collect(k, c);
        } else if (name == QLatin1String("sm") || name == QLatin1String("em")) {
            // annotation boundaries carry no text
        } else {
            c.problem =
                QStringLiteral("inline code <%1> is not supported: the field is plain text").arg(name);
            return;
        }
        if (!c.problem.isEmpty())
            return;
    }
}

struct UnitText
{
    QString source;
    QString target;
    bool complete = true;  // every segment has a target
    bool confirmed = true; // every segment's state is translated, reviewed or final
    QString problem;
};

UnitText unitText(const xmlNode* unit)
{
    UnitText u;
    for (const xmlNode* k = unit->children; k; k = k->next) {
        const bool segment = isXliff(k, "segment");
        if (!segment && !isXliff(k, "ignorable"))
            continue;
        Content src;
        collect(xml::child(k, "source"), src);
        if (!src.problem.isEmpty()) {
            u.problem = src.problem;
            return u;
        }
        u.source += src.text;
        if (segment) {
            const QString state = xml::attr(k, "state");
            if (state.isEmpty() || state == QLatin1String("initial"))
                u.confirmed = false;
        }
        const xmlNode* target = xml::child(k, "target");
        if (!target) {
            if (segment)
                u.complete = false;
            else
                u.target += src.text; // an ignorable without target keeps its source
            continue;
        }
        if (xml::hasAttr(target, "order")) {
            u.problem = QStringLiteral("reordered segments (<target order=...>) are not supported");
            return u;
        }
        Content trg;
        collect(target, trg);
        if (!trg.problem.isEmpty()) {
            u.problem = trg.problem;
            return u;
        }
        u.target += trg.text;
    }
    return u;
}

void collectUnits(const xmlNode* parent, QList<const xmlNode*>& out)
{
    for (const xmlNode* k = parent->children; k; k = k->next) {
        if (isXliff(k, "unit"))
            out.append(k);
        else if (isXliff(k, "group"))
            collectUnits(k, out);
    }
}

Error fileError(const QString& code, const QString& detail, const QString& fileName, int line = 0)
{
    return Error{code, detail, fileName, line, 0};
}

// What a draft can hold (templates/schema/mlar-1.xsd, read back by draft::DraftFile): a free
// text (type m:Text) of at most 200000 characters (code points, as XML Schema counts them) and at
// most 20 translations per field. A translation beyond either would make the draft unreadable,
// so the unit is refused before anything is stored. (Characters XML cannot carry, from <cp/>,
// are written as U+FFFD by the draft writer and do not make a draft unreadable.)
constexpr qsizetype kMaxTextCharacters = 200000;
constexpr qsizetype kMaxTranslations = 20;

QString storableProblem(const LocalizedText& field, const QString& language, const QString& text)
{
    qsizetype characters = text.size();
    for (const QChar c : text)
        if (c.isLowSurrogate())
            --characters;
    if (characters > kMaxTextCharacters)
        return QStringLiteral("the translation is %1 characters long; a draft holds at most %2 per text")
            .arg(characters)
            .arg(kMaxTextCharacters);
    if (!field.translation(language) && field.translations.size() >= kMaxTranslations)
        return QStringLiteral("the field already has %1 translations, the most a draft holds")
            .arg(field.translations.size());
    return {};
}

} // namespace

QString unitOutcomeId(UnitOutcome o)
{
    switch (o) {
    case UnitOutcome::Applied:
        return QStringLiteral("applied");
    case UnitOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case UnitOutcome::Untranslated:
        return QStringLiteral("untranslated");
    case UnitOutcome::StaleSource:
        return QStringLiteral("stale-source");
    case UnitOutcome::UnknownUnit:
        return QStringLiteral("unknown-unit");
    case UnitOutcome::Conflict:
        return QStringLiteral("conflict");
    case UnitOutcome::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

int ImportReport::count(UnitOutcome o) const
{
    int n = 0;
    for (const auto& u : units)
        n += u.outcome == o ? 1 : 0;
    return n;
}

bool ImportReport::hasRefusals() const
{
    return count(UnitOutcome::StaleSource) + count(UnitOutcome::UnknownUnit) + count(UnitOutcome::Conflict) +
               count(UnitOutcome::Invalid) >
           0;
}

Result<ImportReport> XliffImport::apply(Request& request, const QByteArray& bytes, const QString& fileName,
                                        const ImportOptions& options)
{
    auto parsed = xml::parse(bytes, fileName);
    if (!parsed.ok())
        return parsed.error();
    xmlDoc* doc = parsed.value().get();
    const xmlNode* root = xmlDocGetRootElement(doc);
    if (!isXliff(root, "xliff"))
        return fileError(QStringLiteral("xliff.not-xliff"),
                         QStringLiteral("not an XLIFF 2 document (root element <%1> in namespace '%2')")
                             .arg(xml::name(root), xml::nsUri(root)),
                         fileName, xml::line(root));
    const QString version = xml::attr(root, "version");
    if (version != QLatin1String("2.0") && version != QLatin1String("2.1"))
        return fileError(
            QStringLiteral("xliff.version"),
            QStringLiteral("XLIFF version '%1' is not supported (2.0 or 2.1 expected)").arg(version),
            fileName, xml::line(root));
    if (Status st = XliffSchema::validate(doc, fileName); !st.ok())
        return st.error();

    ImportReport report;
    report.fileName = fileName;
    report.sourceLanguage = unLanguageOf(xml::attr(root, "srcLang"));
    const QString trgLang = xml::attr(root, "trgLang");
    report.targetLanguage = unLanguageOf(trgLang);
    if (trgLang.isEmpty())
        return fileError(QStringLiteral("xliff.no-target-language"),
                         QStringLiteral("the file has no target language (trgLang)"), fileName,
                         xml::line(root));
    if (report.targetLanguage.isEmpty())
        return fileError(
            QStringLiteral("xliff.bad-language"),
            QStringLiteral("target language '%1' is not one of ar, zh, en, fr, ru, es").arg(trgLang),
            fileName, xml::line(root));
    if (report.sourceLanguage == report.targetLanguage)
        return fileError(
            QStringLiteral("xliff.bad-language"),
            QStringLiteral("source and target language are both '%1'").arg(report.targetLanguage), fileName,
            xml::line(root));

    QList<const xmlNode*> units;
    for (const xmlNode* file : xml::children(root, "file")) {
        if (!isXliff(file, "file"))
            continue;
        const QString requestId = nsAttr(file, "requestId");
        if (!requestId.isEmpty() && !request.id.isEmpty() && requestId != request.id)
            return fileError(
                QStringLiteral("xliff.other-request"),
                QStringLiteral("the file was exported from request %1, not from this request (%2)")
                    .arg(requestId, request.id),
                fileName, xml::line(file));
        collectUnits(file, units);
    }

    // Units are applied to a copy, which replaces the request only when the whole result is one
    // a draft can hold: a refused import leaves the request exactly as it was.
    Request work = request;
    QHash<QString, LocalizedText*> fields;
    for (const auto& [path, text] : work.localizedTexts())
        fields.insert(path, text);

    const QDateTime now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    const QString target = report.targetLanguage;
    QSet<QString> seen;
    for (const xmlNode* unit : units) {
        UnitReport r;
        r.unitId = xml::attr(unit, "id");
        r.line = xml::line(unit);
        auto refuse = [&](UnitOutcome o, const QString& detail) {
            r.outcome = o;
            r.detail = detail;
            report.units.append(r);
        };
        const auto path = UnitId::toFieldPath(r.unitId);
        LocalizedText* field = path ? fields.value(*path) : nullptr;
        if (!field) {
            refuse(UnitOutcome::UnknownUnit,
                   QStringLiteral("unit '%1' is not a free-text field of this request").arg(r.unitId));
            continue;
        }
        r.fieldPath = *path;
        if (seen.contains(r.fieldPath)) {
            refuse(UnitOutcome::Invalid, QStringLiteral("the field appears in more than one unit"));
            continue;
        }
        seen.insert(r.fieldPath);

        const UnitText text = unitText(unit);
        if (!text.problem.isEmpty()) {
            refuse(UnitOutcome::Invalid, text.problem);
            continue;
        }
        const QString fieldLanguage = field->language.isEmpty() ? work.draftLanguage : field->language;
        if (text.source != field->text ||
            (hasNsAttr(unit, "sourceHash") &&
             nsAttr(unit, "sourceHash") != LocalizedText::hashOf(field->text))) {
            refuse(UnitOutcome::StaleSource,
                   QStringLiteral("the original text changed since the export: export the field again"));
            continue;
        }
        if (!report.sourceLanguage.isEmpty() && fieldLanguage != report.sourceLanguage) {
            refuse(UnitOutcome::StaleSource,
                   QStringLiteral("the original is now in %1, the file translates from %2")
                       .arg(fieldLanguage, report.sourceLanguage));
            continue;
        }
        if (!text.complete || (text.target.trimmed().isEmpty() && !text.source.trimmed().isEmpty())) {
            refuse(UnitOutcome::Untranslated, QStringLiteral("no translation in the file"));
            continue;
        }

        const Translation* current = field->translation(target);
        // The translation the file was made from, as recorded at export.
        const bool hasBase = hasNsAttr(unit, "baseHash");
        const QString baseHash = nsAttr(unit, "baseHash");
        if (current && current->text == text.target) {
            // Same text: only a translator's confirmation of a draft or stale translation is news.
            const bool upgrade = text.confirmed && (current->status == TranslationStatus::Draft ||
                                                    field->isStale(target) || current->sourceHash.isEmpty());
            if (!upgrade) {
                refuse(UnitOutcome::Unchanged, QStringLiteral("the draft already holds this translation"));
                continue;
            }
        } else if (current && hasBase && !baseHash.isEmpty() &&
                   LocalizedText::hashOf(text.target) == baseHash) {
            refuse(UnitOutcome::Unchanged,
                   QStringLiteral("the file carries the translation as it was exported; kept the draft's"));
            continue;
        } else if (current && !options.overwriteNewer) {
            const QDateTime baseModified =
                QDateTime::fromString(nsAttr(unit, "baseModified"), Qt::ISODateWithMs);
            QString why;
            if (!hasBase)
                why =
                    QStringLiteral("the file does not say which translation it was made from, and the draft "
                                   "has one");
            else if (baseHash.isEmpty())
                why = QStringLiteral("a translation was added to the draft after the export");
            else if (baseHash != LocalizedText::hashOf(current->text))
                why = QStringLiteral("the draft's translation was changed after the export");
            else if (current->modified.isValid() && baseModified.isValid() &&
                     current->modified > baseModified)
                why = QStringLiteral("the draft's translation was modified after the export");
            if (!why.isEmpty()) {
                refuse(UnitOutcome::Conflict,
                       why + QStringLiteral(" (draft translation modified %1); kept the draft's")
                                 .arg(current->modified.isValid()
                                          ? current->modified.toUTC().toString(Qt::ISODate)
                                          : QStringLiteral("at an unknown time")));
                continue;
            }
        }

        if (const QString problem = storableProblem(*field, target, text.target); !problem.isEmpty()) {
            refuse(UnitOutcome::Invalid, problem);
            continue;
        }

        if (!options.dryRun) {
            Translation t;
            t.language = target;
            t.text = text.target;
            t.status = TranslationStatus::Translated;
            t.sourceHash = LocalizedText::hashOf(field->text);
            t.modified = now;
            field->setTranslation(t);
        }
        r.outcome = UnitOutcome::Applied;
        r.detail = options.dryRun ? QStringLiteral("would be stored (dry run)")
                                  : QStringLiteral("stored as translated");
        report.units.append(r);
    }

    // Belt and braces: the result must read back with the draft reader's own rules (schema and
    // references). Checked only when the request read back before the import (a request still
    // being filled in may not yet be a complete draft): then the import cannot be what breaks it.
    if (!options.dryRun && report.count(UnitOutcome::Applied) > 0) {
        const QString draftName = QStringLiteral("draft");
        if (draft::DraftFile::parse(draft::DraftFile::serialize(request), draftName).ok()) {
            auto back = draft::DraftFile::parse(draft::DraftFile::serialize(work), draftName);
            if (!back.ok())
                return fileError(
                    QStringLiteral("xliff.unstorable"),
                    QStringLiteral("the translations would make the draft unreadable (line %1 of "
                                   "the draft: %2); nothing was imported")
                        .arg(back.error().line)
                        .arg(back.error().detail),
                    fileName);
        }
    }
    request = std::move(work);
    return report;
}

Result<ImportReport> XliffImport::applyFile(Request& request, const QString& xliffPath,
                                            const ImportOptions& options)
{
    QFile f(xliffPath);
    if (!QFileInfo(xliffPath).isFile() || !f.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("xliff.read"), QStringLiteral("cannot read the file"), xliffPath);
    constexpr qint64 maxBytes = 16 * 1024 * 1024;
    if (f.size() > maxBytes)
        return fileError(
            QStringLiteral("xliff.too-large"),
            QStringLiteral("file is %1 bytes; the limit is %2 bytes").arg(f.size()).arg(maxBytes), xliffPath);
    const QByteArray bytes = f.read(maxBytes + 1);
    return apply(request, bytes, xliffPath, options);
}

Result<ImportReport> XliffImport::intoDraft(const QString& draftPath, const QString& xliffPath,
                                            const ImportOptions& options)
{
    auto draft = draft::DraftFile::read(draftPath);
    if (!draft.ok())
        return draft.error();
    Request request = std::move(draft).value();

    ImportOptions opts = options;
    if (!opts.now.isValid())
        opts.now = QDateTime::currentDateTimeUtc();
    auto report = applyFile(request, xliffPath, opts);
    if (!report.ok() || opts.dryRun)
        return report;
    const int applied = report.value().count(UnitOutcome::Applied);
    if (applied == 0)
        return report;

    HistoryEntry h;
    h.time = opts.now.toUTC();
    h.who = QStringLiteral("translator");
    h.action = QStringLiteral("translation-imported");
    h.detail = QStringLiteral("%1: %2 field(s) from %3")
                   .arg(report.value().targetLanguage)
                   .arg(applied)
                   .arg(QFileInfo(xliffPath).fileName());
    request.history.append(h);
    request.modified = opts.now.toUTC();
    if (Status st = draft::DraftFile::write(request, draftPath); !st.ok())
        return st.error();
    return report;
}

} // namespace mla::xliff
