#include "DraftWriter.h"

#include "DraftFile.h"

#include <QXmlStreamWriter>

namespace mla::draft {
namespace {

// Characters XML 1.0 cannot carry are replaced, so that every model can be written and read back.
QString xmlSafe(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += c;
            out += s.at(++i);
        } else if (c.isSurrogate() || (u < 0x20 && u != 0x9 && u != 0xA && u != 0xD) || u == 0xFFFE ||
                   u == 0xFFFF) {
            out += QChar(0xFFFD);
        } else if (u == 0xD) {
            // A lone CR would be normalised away by any XML reader: keep text as LF only.
            if (!(i + 1 < s.size() && s.at(i + 1) == u'\n'))
                out += u'\n';
        } else {
            out += c;
        }
    }
    return out;
}

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

class Writer
{
public:
    explicit Writer(QByteArray* out) : m_w(out)
    {
        m_w.setAutoFormatting(true);
        m_w.setAutoFormattingIndent(2);
    }

    void write(const Request& r)
    {
        m_w.writeStartDocument();
        m_w.writeDefaultNamespace(QString::fromLatin1(DraftFile::ns));
        m_w.writeStartElement(QStringLiteral("request"));
        m_w.writeAttribute(QStringLiteral("version"), QString::number(DraftFile::version));
        m_w.writeAttribute(QStringLiteral("id"), xmlSafe(r.id));
        m_w.writeAttribute(QStringLiteral("status"), enumId(r.status));
        if (r.created.isValid())
            m_w.writeAttribute(QStringLiteral("created"), isoUtc(r.created));
        if (r.modified.isValid())
            m_w.writeAttribute(QStringLiteral("modified"), isoUtc(r.modified));

        plain("draftLanguage", r.draftLanguage);
        plain("outputLanguage", r.outputLanguage);
        plain("requestingState", r.requestingState);
        plain("requestedState", r.requestedState);
        authority(r.authority);
        signatory(r.signatory);
        legalBasis(r.legalBasis);
        plain("channel", enumId(r.channel));
        urgency(r.urgency);
        proceedings(r.proceedings);
        localized("summaryOfFacts", r.summaryOfFacts);
        if (!r.offences.isEmpty()) {
            m_w.writeStartElement(QStringLiteral("offences"));
            for (const auto& o : r.offences)
                offence(o);
            m_w.writeEndElement();
        }
        if (!r.persons.isEmpty()) {
            m_w.writeStartElement(QStringLiteral("persons"));
            for (const auto& p : r.persons)
                person(p);
            m_w.writeEndElement();
        }
        if (!r.measures.isEmpty()) {
            m_w.writeStartElement(QStringLiteral("measures"));
            for (const auto& m : r.measures)
                measure(m);
            m_w.writeEndElement();
        }
        if (r.confidentiality.requested || !r.confidentiality.reasons.isEmpty()) {
            m_w.writeStartElement(QStringLiteral("confidentiality"));
            m_w.writeAttribute(QStringLiteral("requested"), boolId(r.confidentiality.requested));
            localized("reasons", r.confidentiality.reasons);
            m_w.writeEndElement();
        }
        localized("useLimitation", r.useLimitation);
        localized("dualCriminalityNote", r.dualCriminalityNote);
        if (!r.attachments.isEmpty()) {
            m_w.writeStartElement(QStringLiteral("attachments"));
            for (const auto& a : r.attachments) {
                m_w.writeStartElement(QStringLiteral("attachment"));
                m_w.writeAttribute(QStringLiteral("fileName"), xmlSafe(a.fileName));
                if (!a.sha256.isEmpty())
                    m_w.writeAttribute(QStringLiteral("sha256"), xmlSafe(a.sha256));
                localized("description", a.description);
                m_w.writeEndElement();
            }
            m_w.writeEndElement();
        }
        if (!r.comments.isEmpty()) {
            m_w.writeStartElement(QStringLiteral("comments"));
            for (const auto& c : r.comments) {
                m_w.writeStartElement(QStringLiteral("comment"));
                m_w.writeAttribute(QStringLiteral("id"), xmlSafe(c.id));
                m_w.writeAttribute(QStringLiteral("section"), xmlSafe(c.section));
                m_w.writeAttribute(QStringLiteral("author"), xmlSafe(c.author));
                if (c.time.isValid())
                    m_w.writeAttribute(QStringLiteral("time"), isoUtc(c.time));
                if (c.resolved)
                    m_w.writeAttribute(QStringLiteral("resolved"), QStringLiteral("true"));
                m_w.writeCharacters(xmlSafe(c.text));
                m_w.writeEndElement();
            }
            m_w.writeEndElement();
        }
        if (!r.history.isEmpty()) {
            m_w.writeStartElement(QStringLiteral("history"));
            for (const auto& h : r.history) {
                m_w.writeStartElement(QStringLiteral("event"));
                if (h.time.isValid())
                    m_w.writeAttribute(QStringLiteral("time"), isoUtc(h.time));
                m_w.writeAttribute(QStringLiteral("who"), xmlSafe(h.who));
                m_w.writeAttribute(QStringLiteral("action"), xmlSafe(h.action));
                m_w.writeCharacters(xmlSafe(h.detail));
                m_w.writeEndElement();
            }
            m_w.writeEndElement();
        }
        m_w.writeEndElement();
        m_w.writeEndDocument();
    }

private:
    static QString boolId(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }

    void plain(const char* name, const QString& value)
    {
        if (!value.isEmpty())
            m_w.writeTextElement(QString::fromLatin1(name), xmlSafe(value));
    }
    void date(const char* name, const QDate& d)
    {
        if (d.isValid())
            m_w.writeTextElement(QString::fromLatin1(name), d.toString(Qt::ISODate));
    }
    void list(const char* container, const char* item, const QStringList& values)
    {
        if (values.isEmpty())
            return;
        m_w.writeStartElement(QString::fromLatin1(container));
        for (const auto& v : values)
            m_w.writeTextElement(QString::fromLatin1(item), xmlSafe(v));
        m_w.writeEndElement();
    }
    // The content of a LocalizedText: <original lang=".."> then <translation>s.
    void localizedContent(const LocalizedText& t)
    {
        m_w.writeStartElement(QStringLiteral("original"));
        if (!t.language.isEmpty())
            m_w.writeAttribute(QStringLiteral("lang"), xmlSafe(t.language));
        m_w.writeCharacters(xmlSafe(t.text));
        m_w.writeEndElement();
        for (const auto& tr : t.translations) {
            m_w.writeStartElement(QStringLiteral("translation"));
            m_w.writeAttribute(QStringLiteral("lang"), xmlSafe(tr.language));
            m_w.writeAttribute(QStringLiteral("status"), translationStatusId(tr.status));
            if (!tr.sourceHash.isEmpty())
                m_w.writeAttribute(QStringLiteral("sourceHash"), xmlSafe(tr.sourceHash));
            if (tr.modified.isValid())
                m_w.writeAttribute(QStringLiteral("modified"), isoUtc(tr.modified));
            m_w.writeCharacters(xmlSafe(tr.text));
            m_w.writeEndElement();
        }
    }
    void localized(const char* name, const LocalizedText& t)
    {
        if (t.text.isEmpty() && t.translations.isEmpty())
            return;
        m_w.writeStartElement(QString::fromLatin1(name));
        localizedContent(t);
        m_w.writeEndElement();
    }

    void authority(const Authority& a)
    {
        if (a == Authority{})
            return;
        m_w.writeStartElement(QStringLiteral("authority"));
        plain("name", a.name);
        plain("address", a.address);
        plain("contactPerson", a.contactPerson);
        plain("phone", a.phone);
        plain("email", a.email);
        plain("reference", a.reference);
        if (!a.logoPng.isEmpty())
            m_w.writeTextElement(QStringLiteral("logo"), QString::fromLatin1(a.logoPng.toBase64()));
        m_w.writeEndElement();
    }
    void signatory(const Signatory& s)
    {
        if (s == Signatory{})
            return;
        m_w.writeStartElement(QStringLiteral("signatory"));
        plain("name", s.name);
        plain("function", s.function);
        plain("place", s.place);
        m_w.writeEndElement();
    }
    void legalBasis(const LegalBasis& b)
    {
        m_w.writeStartElement(QStringLiteral("legalBasis"));
        m_w.writeAttribute(QStringLiteral("kind"), enumId(b.kind));
        m_w.writeAttribute(QStringLiteral("reciprocityAssurance"), boolId(b.reciprocityAssurance));
        m_w.writeAttribute(QStringLiteral("transnational"), triStateId(b.transnational));
        m_w.writeAttribute(QStringLiteral("organizedCriminalGroup"), triStateId(b.organizedCriminalGroup));
        plain("treatyName", b.treatyName);
        plain("treatyArticle", b.treatyArticle);
        localized("reciprocityNote", b.reciprocityNote);
        localized("scopeExplanation", b.scopeExplanation);
        m_w.writeEndElement();
    }
    void urgency(const Urgency& u)
    {
        if (u == Urgency{})
            return;
        m_w.writeStartElement(QStringLiteral("urgency"));
        m_w.writeAttribute(QStringLiteral("urgent"), boolId(u.urgent));
        date("deadline", u.deadline);
        localized("reasons", u.reasons);
        m_w.writeEndElement();
    }
    void proceedings(const Proceedings& p)
    {
        m_w.writeStartElement(QStringLiteral("proceedings"));
        m_w.writeAttribute(QStringLiteral("type"), enumId(p.type));
        localized("subject", p.subject);
        plain("conductingAuthority", p.conductingAuthority);
        localized("conductingFunctions", p.conductingFunctions);
        plain("caseReference", p.caseReference);
        m_w.writeEndElement();
    }
    void offence(const Offence& o)
    {
        m_w.writeStartElement(QStringLiteral("offence"));
        m_w.writeAttribute(QStringLiteral("id"), xmlSafe(o.id));
        if (o.maxPenaltyYears > 0)
            m_w.writeAttribute(QStringLiteral("maxPenaltyYears"), QString::number(o.maxPenaltyYears));
        if (!o.conventionArticle.isEmpty())
            m_w.writeAttribute(QStringLiteral("conventionArticle"), xmlSafe(o.conventionArticle));
        localized("name", o.name);
        localized("provision", o.provision);
        list("iccs", "code", o.iccsCodes);
        m_w.writeEndElement();
    }
    void person(const Person& p)
    {
        m_w.writeStartElement(QStringLiteral("person"));
        m_w.writeAttribute(QStringLiteral("id"), xmlSafe(p.id));
        m_w.writeAttribute(QStringLiteral("role"), enumId(p.role));
        plain("familyName", p.familyName);
        plain("givenNames", p.givenNames);
        for (const auto& n : p.otherScripts) {
            m_w.writeStartElement(QStringLiteral("nameInScript"));
            m_w.writeAttribute(QStringLiteral("script"), xmlSafe(n.script));
            m_w.writeCharacters(xmlSafe(n.text));
            m_w.writeEndElement();
        }
        for (const auto& a : p.aliases)
            m_w.writeTextElement(QStringLiteral("alias"), xmlSafe(a));
        date("dateOfBirth", p.dateOfBirth);
        plain("placeOfBirth", p.placeOfBirth);
        for (const auto& n : p.nationalities)
            m_w.writeTextElement(QStringLiteral("nationality"), xmlSafe(n));
        for (const auto& d : p.documents) {
            m_w.writeStartElement(QStringLiteral("document"));
            m_w.writeAttribute(QStringLiteral("type"), xmlSafe(d.type));
            m_w.writeAttribute(QStringLiteral("number"), xmlSafe(d.number));
            if (!d.issuingState.isEmpty())
                m_w.writeAttribute(QStringLiteral("issuingState"), xmlSafe(d.issuingState));
            if (d.expiry.isValid())
                m_w.writeAttribute(QStringLiteral("expiry"), d.expiry.toString(Qt::ISODate));
            m_w.writeEndElement();
        }
        for (const auto& a : p.addresses)
            m_w.writeTextElement(QStringLiteral("address"), xmlSafe(a));
        plain("knownLocation", p.knownLocation);
        localized("notes", p.notes);
        m_w.writeEndElement();
    }
    void measure(const Measure& m)
    {
        const MeasureSpec& spec = measureSpec(m.type);
        m_w.writeStartElement(QStringLiteral("measure"));
        m_w.writeAttribute(QStringLiteral("id"), xmlSafe(m.id));
        m_w.writeAttribute(QStringLiteral("type"), spec.id);
        for (const auto& pid : m.personIds)
            m_w.writeTextElement(QStringLiteral("personRef"), xmlSafe(pid));
        localized("description", m.description);
        // Details in schema order; keys the schema does not know are dropped by the reader already.
        for (const auto& f : spec.fields) {
            const auto it = m.details.constFind(f.key);
            if (it == m.details.constEnd() || it->isEmpty())
                continue;
            m_w.writeStartElement(QStringLiteral("field"));
            m_w.writeAttribute(QStringLiteral("key"), f.key);
            switch (f.kind) {
            case FieldKind::Text:
                localizedContent(it->text);
                break;
            case FieldKind::Plain:
            case FieldKind::Date:
                m_w.writeTextElement(QStringLiteral("plain"), xmlSafe(it->plain));
                break;
            case FieldKind::List:
            case FieldKind::Choice:
                for (const auto& v : it->values)
                    m_w.writeTextElement(QStringLiteral("value"), xmlSafe(v));
                break;
            }
            m_w.writeEndElement();
        }
        localized("procedures", m.procedures);
        localized("purpose", m.purpose);
        m_w.writeEndElement();
    }

    QXmlStreamWriter m_w;
};

} // namespace

QByteArray writeRequest(const Request& request)
{
    QByteArray out;
    Writer(&out).write(request);
    return out;
}

} // namespace mla::draft
