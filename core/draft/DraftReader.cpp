#include "DraftReader.h"

#include "base/SafeXml.h"

#include <QSet>

namespace mla::draft {
namespace {

using xml::attr;
using xml::child;
using xml::children;
using xml::text;

QDateTime utc(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

QDate date(const xmlNode* n)
{
    return n ? QDate::fromString(text(n), Qt::ISODate) : QDate();
}

QString plain(const xmlNode* parent, const char* name)
{
    return text(child(parent, name));
}

QStringList texts(const xmlNode* parent, const char* name)
{
    QStringList out;
    for (const auto* n : children(parent, name))
        out << text(n);
    return out;
}

bool boolAttr(const xmlNode* n, const char* name)
{
    const QString v = attr(n, name);
    return v == QLatin1String("true") || v == QLatin1String("1");
}

// The schema has already checked structure and values; this maps and checks what a schema
// cannot: references between elements and ids unique across the request.
class Reader
{
public:
    explicit Reader(QString fileName) : m_file(std::move(fileName)) {}

    Result<Request> read(const xmlNode* root)
    {
        Request r;
        r.id = attr(root, "id");
        enumFromId(attr(root, "status"), &r.status);
        r.created = utc(attr(root, "created"));
        r.modified = utc(attr(root, "modified"));
        r.draftLanguage = plain(root, "draftLanguage");
        r.outputLanguage = plain(root, "outputLanguage");
        r.requestingState = plain(root, "requestingState");
        r.requestedState = plain(root, "requestedState");

        if (const auto* a = child(root, "authority")) {
            r.authority.name = plain(a, "name");
            r.authority.address = plain(a, "address");
            r.authority.contactPerson = plain(a, "contactPerson");
            r.authority.phone = plain(a, "phone");
            r.authority.email = plain(a, "email");
            r.authority.reference = plain(a, "reference");
            if (const auto* logo = child(a, "logo")) {
                r.authority.logoPng = QByteArray::fromBase64(text(logo).toLatin1());
                if (!r.authority.logoPng.startsWith("\x89PNG\r\n\x1a\n"))
                    return fail(logo, QStringLiteral("draft.logo"),
                                QStringLiteral("the letterhead logo is not a PNG image"));
            }
        }
        if (const auto* s = child(root, "signatory")) {
            r.signatory.name = plain(s, "name");
            r.signatory.function = plain(s, "function");
            r.signatory.place = plain(s, "place");
        }
        if (const auto* b = child(root, "legalBasis")) {
            enumFromId(attr(b, "kind"), &r.legalBasis.kind);
            r.legalBasis.reciprocityAssurance = boolAttr(b, "reciprocityAssurance");
            if (xml::hasAttr(b, "transnational"))
                triStateFromId(attr(b, "transnational"), &r.legalBasis.transnational);
            if (xml::hasAttr(b, "organizedCriminalGroup"))
                triStateFromId(attr(b, "organizedCriminalGroup"), &r.legalBasis.organizedCriminalGroup);
            r.legalBasis.treatyName = plain(b, "treatyName");
            r.legalBasis.treatyArticle = plain(b, "treatyArticle");
            r.legalBasis.reciprocityNote = localized(child(b, "reciprocityNote"));
            r.legalBasis.scopeExplanation = localized(child(b, "scopeExplanation"));
        }
        if (const auto* c = child(root, "channel"))
            enumFromId(text(c), &r.channel);
        if (const auto* u = child(root, "urgency")) {
            r.urgency.urgent = boolAttr(u, "urgent");
            r.urgency.deadline = date(child(u, "deadline"));
            r.urgency.reasons = localized(child(u, "reasons"));
        }
        if (const auto* p = child(root, "proceedings")) {
            enumFromId(attr(p, "type"), &r.proceedings.type);
            r.proceedings.subject = localized(child(p, "subject"));
            r.proceedings.conductingAuthority = plain(p, "conductingAuthority");
            r.proceedings.conductingFunctions = localized(child(p, "conductingFunctions"));
            r.proceedings.caseReference = plain(p, "caseReference");
        }
        r.summaryOfFacts = localized(child(root, "summaryOfFacts"));

        for (const auto* o : children(child(root, "offences"), "offence")) {
            Offence off;
            off.id = attr(o, "id");
            if (!claimId(off.id))
                return duplicate(o, off.id);
            off.maxPenaltyYears = attr(o, "maxPenaltyYears").toInt();
            off.conventionArticle = attr(o, "conventionArticle");
            off.name = localized(child(o, "name"));
            off.provision = localized(child(o, "provision"));
            off.iccsCodes = texts(child(o, "iccs"), "code");
            r.offences.append(off);
        }
        for (const auto* p : children(child(root, "persons"), "person")) {
            Person person;
            person.id = attr(p, "id");
            if (!claimId(person.id))
                return duplicate(p, person.id);
            m_personIds.insert(person.id);
            enumFromId(attr(p, "role"), &person.role);
            person.familyName = plain(p, "familyName");
            person.givenNames = plain(p, "givenNames");
            for (const auto* n : children(p, "nameInScript"))
                person.otherScripts.append({attr(n, "script"), text(n)});
            person.aliases = texts(p, "alias");
            person.dateOfBirth = date(child(p, "dateOfBirth"));
            person.placeOfBirth = plain(p, "placeOfBirth");
            person.nationalities = texts(p, "nationality");
            for (const auto* d : children(p, "document"))
                person.documents.append({attr(d, "type"), attr(d, "number"), attr(d, "issuingState"),
                                         QDate::fromString(attr(d, "expiry"), Qt::ISODate)});
            person.addresses = texts(p, "address");
            person.knownLocation = plain(p, "knownLocation");
            person.notes = localized(child(p, "notes"));
            r.persons.append(person);
        }
        for (const auto* m : children(child(root, "measures"), "measure")) {
            Measure measure;
            measure.id = attr(m, "id");
            if (!claimId(measure.id))
                return duplicate(m, measure.id);
            const MeasureSpec* spec = measureSpecById(attr(m, "type"));
            if (!spec)
                return fail(m, QStringLiteral("draft.measure-type"),
                            QStringLiteral("unknown measure type '%1'").arg(attr(m, "type")));
            measure.type = spec->type;
            for (const auto* ref : children(m, "personRef")) {
                const QString pid = text(ref);
                if (!m_personIds.contains(pid))
                    return fail(
                        ref, QStringLiteral("draft.person-ref"),
                        QStringLiteral("measure '%1' refers to unknown person '%2'").arg(measure.id, pid));
                measure.personIds << pid;
            }
            measure.description = localized(child(m, "description"));
            for (const auto* f : children(m, "field")) {
                const QString key = attr(f, "key");
                const FieldSpec* fs = fieldSpec(spec->type, key);
                if (!fs)
                    return fail(f, QStringLiteral("draft.field"),
                                QStringLiteral("measure type '%1' has no field '%2'").arg(spec->id, key));
                if (measure.details.contains(key))
                    return fail(f, QStringLiteral("draft.field"),
                                QStringLiteral("field '%1' appears twice").arg(key));
                FieldValue v;
                const bool isText = child(f, "original") != nullptr;
                const bool isPlain = child(f, "plain") != nullptr;
                const bool kindMatches =
                    (fs->kind == FieldKind::Text && isText) ||
                    ((fs->kind == FieldKind::Plain || fs->kind == FieldKind::Date) && isPlain) ||
                    ((fs->kind == FieldKind::List || fs->kind == FieldKind::Choice) && !isText && !isPlain);
                if (!kindMatches)
                    return fail(f, QStringLiteral("draft.field"),
                                QStringLiteral("field '%1' has the wrong kind of content").arg(key));
                if (isText)
                    v.text = localized(f);
                else if (isPlain)
                    v.plain = plain(f, "plain");
                else
                    v.values = texts(f, "value");
                if (fs->kind == FieldKind::Date && !QDate::fromString(v.plain, Qt::ISODate).isValid())
                    return fail(f, QStringLiteral("draft.field"),
                                QStringLiteral("field '%1' is not a date (yyyy-mm-dd)").arg(key));
                if (fs->kind == FieldKind::Choice) {
                    for (const auto& c : std::as_const(v.values))
                        if (!fs->choices.contains(c))
                            return fail(f, QStringLiteral("draft.field"),
                                        QStringLiteral("field '%1' does not allow '%2'").arg(key, c));
                }
                measure.details.insert(key, v);
            }
            measure.procedures = localized(child(m, "procedures"));
            measure.purpose = localized(child(m, "purpose"));
            r.measures.append(measure);
        }
        if (const auto* c = child(root, "confidentiality")) {
            r.confidentiality.requested = boolAttr(c, "requested");
            r.confidentiality.reasons = localized(child(c, "reasons"));
        }
        r.useLimitation = localized(child(root, "useLimitation"));
        r.dualCriminalityNote = localized(child(root, "dualCriminalityNote"));
        for (const auto* a : children(child(root, "attachments"), "attachment")) {
            Attachment att;
            att.fileName = attr(a, "fileName");
            att.sha256 = attr(a, "sha256");
            att.description = localized(child(a, "description"));
            r.attachments.append(att);
        }
        for (const auto* c : children(child(root, "comments"), "comment")) {
            ReviewComment rc;
            rc.id = attr(c, "id");
            if (!claimId(rc.id))
                return duplicate(c, rc.id);
            rc.section = attr(c, "section");
            rc.author = attr(c, "author");
            rc.time = utc(attr(c, "time"));
            rc.resolved = boolAttr(c, "resolved");
            rc.text = text(c);
            r.comments.append(rc);
        }
        for (const auto* e : children(child(root, "history"), "event"))
            r.history.append({utc(attr(e, "time")), attr(e, "who"), attr(e, "action"), text(e)});
        return r;
    }

private:
    LocalizedText localized(const xmlNode* n)
    {
        LocalizedText t;
        if (!n)
            return t;
        if (const auto* o = child(n, "original")) {
            t.text = text(o);
            t.language = attr(o, "lang");
        }
        for (const auto* tn : children(n, "translation")) {
            Translation tr;
            tr.language = attr(tn, "lang");
            translationStatusFromId(attr(tn, "status"), &tr.status);
            tr.sourceHash = attr(tn, "sourceHash");
            tr.modified = utc(attr(tn, "modified"));
            tr.text = text(tn);
            t.translations.append(tr);
        }
        return t;
    }

    // Sets, not lists: up to 6000 ids and 20000 person references per draft stay linear.
    bool claimId(const QString& id)
    {
        if (m_ids.contains(id))
            return false;
        m_ids.insert(id);
        return true;
    }

    Error fail(const xmlNode* n, const QString& code, const QString& detail) const
    {
        return Error{code, detail, m_file, xml::line(n), 0};
    }
    Error duplicate(const xmlNode* n, const QString& id) const
    {
        return fail(n, QStringLiteral("draft.duplicate-id"), QStringLiteral("id '%1' is used twice").arg(id));
    }

    QString m_file;
    QSet<QString> m_ids;
    QSet<QString> m_personIds;
};

} // namespace

Result<Request> readRequest(xmlDoc* doc, const QString& fileName)
{
    return Reader(fileName).read(xmlDocGetRootElement(doc));
}

} // namespace mla::draft
