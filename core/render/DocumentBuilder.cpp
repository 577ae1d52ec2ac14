#include "DocumentBuilder.h"

#include "IsoCodes.h"
#include "Languages.h"

#include "model/MeasureSchema.h"
#include "model/Vocabulary.h"

#include <QLocale>

namespace mla::render {

namespace {

const QChar kFsi(0x2068); // first-strong isolate
const QChar kPdi(0x2069); // pop directional isolate
const QChar kLineSep(0x2028);

QString isolate(const QString& s)
{
    return s.isEmpty() ? s : kFsi + s + kPdi;
}

// Each line isolated on its own (an address in a right-to-left document keeps "1 Example
// Street" in that order), joined with line separators.
QString isolateLines(const QString& s)
{
    QStringList lines;
    for (const QString& l : s.split(u'\n'))
        lines << isolate(l.trimmed());
    return lines.join(kLineSep);
}

bool rtlLanguage(const QString& lang)
{
    return isRightToLeft(lang);
}

// An article citation ("18(15)(a)") as the output language writes it: Arabic documents
// letter subparagraphs in abjad order as the Arabic text of the Convention does ("18(15)(أ)"),
// the same as the language file's own citations.
QString citation(const QString& article, bool arabic)
{
    if (!arabic)
        return article;
    static const QStringList abjad{QStringLiteral("أ"), QStringLiteral("ب"),  QStringLiteral("ج"),
                                   QStringLiteral("د"), QStringLiteral("هـ"), QStringLiteral("و"),
                                   QStringLiteral("ز"), QStringLiteral("ح"),  QStringLiteral("ط"),
                                   QStringLiteral("ي"), QStringLiteral("ك"),  QStringLiteral("ل")};
    QString out;
    for (int i = 0; i < article.size(); ++i) {
        const QChar c = article.at(i);
        const bool letter = c >= u'a' && c <= u'l' && i > 0 && article.at(i - 1) == u'(' &&
                            i + 1 < article.size() && article.at(i + 1) == u')';
        out += letter ? abjad.at(c.unicode() - u'a') : QString(c);
    }
    return out;
}

QString asciiDigits(QString s)
{
    for (QChar& c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(u'0' + (u - 0x06F0));
    }
    return s;
}

} // namespace

struct DocumentBuilder::Impl
{
    const Request& r;
    const RenderContext& ctx;
    const TemplateSet& t;
    QString lang;
    bool rtl = false;
    BuiltDocument out;
    int sectionNo = 0;

    QString formatDate(const QDate& d) const
    {
        if (!d.isValid())
            return t.text(QStringLiteral("gap.unknown"));
        if (lang == QLatin1String("zh") || lang == QLatin1String("ja"))
            return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
        if (lang == QLatin1String("ko"))
            return QStringLiteral("%1년 %2월 %3일").arg(d.year()).arg(d.month()).arg(d.day());
        if (lang == QLatin1String("de"))
            return QLocale(lang).toString(d, QStringLiteral("d. MMMM yyyy"));
        if (lang == QLatin1String("pt") || lang == QLatin1String("es"))
            return asciiDigits(QLocale(lang).toString(d, QStringLiteral("d 'de' MMMM 'de' yyyy")));
        if (lang == QLatin1String("en"))
            return QLocale(QLocale::English, QLocale::UnitedKingdom)
                .toString(d, QStringLiteral("d MMMM yyyy"));
        return asciiDigits(QLocale(lang).toString(d, QStringLiteral("d MMMM yyyy")));
    }

    QMap<QString, QString> baseArgs() const
    {
        QMap<QString, QString> a;
        a.insert(QStringLiteral("authority"), isolate(r.authority.name));
        a.insert(QStringLiteral("requestingState"),
                 isolate(ctx.requestingStateName.isEmpty() ? r.requestingState : ctx.requestingStateName));
        a.insert(QStringLiteral("requestedState"),
                 isolate(ctx.requestedStateName.isEmpty() ? r.requestedState : ctx.requestedStateName));
        a.insert(QStringLiteral("reference"), isolate(r.authority.reference));
        a.insert(QStringLiteral("caseReference"), isolate(r.proceedings.caseReference));
        a.insert(QStringLiteral("conductingAuthority"), isolate(r.proceedings.conductingAuthority));
        a.insert(QStringLiteral("treaty"), isolate(r.legalBasis.treatyName));
        a.insert(QStringLiteral("treatyArticle"), isolate(r.legalBasis.treatyArticle));
        a.insert(QStringLiteral("deadline"), isolate(formatDate(r.urgency.deadline)));
        a.insert(QStringLiteral("date"),
                 isolate(formatDate(ctx.date.isValid() ? ctx.date : QDate::currentDate())));
        a.insert(QStringLiteral("place"), isolate(r.signatory.place));
        return a;
    }

    // The language `code` named in the output language ("anglais"), from iso-codes; the
    // language's own name from Qt only when iso-codes has none.
    QString languageName(const QString& code) const
    {
        if (code.isEmpty())
            return QStringLiteral("?");
        const QString n = isoLanguageName(code, lang).name;
        return n.isEmpty() ? QLocale(code).nativeLanguageName() : n;
    }

    bool arabic() const { return lang.section(u'-', 0, 0) == QLatin1String("ar"); }

    QString tx(const QString& unit, QMap<QString, QString> extra = {}) const
    {
        QMap<QString, QString> a = baseArgs();
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            a.insert(it.key(), it.value());
        return t.text(unit, a);
    }

    Block para(const QString& text, double size = 10.5)
    {
        Block b;
        b.text = text;
        b.fontSize = size;
        b.rightToLeft = rtl;
        return b;
    }

    void add(const Block& b) { out.blocks.append(b); }

    // "Label: value" with the label in bold; value isolated so names and numbers keep their order.
    void labelled(const QString& labelUnit, const QString& value, double indent = 0)
    {
        if (value.trimmed().isEmpty())
            return;
        const QString label = tx(labelUnit);
        addLabelled(label, value, indent);
    }
    void addLabelled(const QString& label, const QString& value, double indent)
    {
        Block b = para(label + u' ' + isolate(value));
        b.indent = indent;
        b.spaceAfter = 2;
        QTextLayout::FormatRange fr;
        fr.start = 0;
        fr.length = int(label.size());
        fr.format.setFontWeight(QFont::Bold);
        b.formats.append(fr);
        add(b);
    }

    // The text to print for `text`: the original when it is already in the output language, its
    // current translation, or else the original preceded by an "untranslated" marker block.
    void resolve(const QString& path, const LocalizedText& text, double indent, QString* body,
                 QString* bodyLang)
    {
        const Translation* tr = text.translation(lang);
        const QString origLang = text.language.isEmpty() ? r.draftLanguage : text.language;
        if (origLang.section(u'-', 0, 0) == lang) {
            *body = text.text;
            *bodyLang = lang;
        } else if (tr && !tr->text.trimmed().isEmpty() && !text.isStale(lang)) {
            *body = tr->text;
            *bodyLang = lang;
        } else {
            Block m = para(tx(QStringLiteral("untranslated"),
                              {{QStringLiteral("language"), isolate(languageName(origLang))}}),
                           9);
            m.italic = true;
            m.muted = true;
            m.indent = indent;
            m.spaceAfter = 1;
            m.keepWithNext = true;
            add(m);
            *body = text.text;
            *bodyLang = origLang;
            out.untranslatedFields.append(path);
        }
    }

    // Free text: the translation for the output language, the original when it is already in
    // that language, else the original marked as untranslated.
    void freeText(const QString& path, const LocalizedText& text, const QString& labelUnit = {},
                  double indent = 0)
    {
        if (text.isEmpty())
            return;
        if (!labelUnit.isEmpty()) {
            Block l = para(tx(labelUnit));
            l.bold = true;
            l.indent = indent;
            l.spaceAfter = 1;
            l.keepWithNext = true;
            add(l);
        }
        QString body, bodyLang;
        resolve(path, text, indent, &body, &bodyLang);
        const QStringList paragraphs = body.split(u'\n', Qt::SkipEmptyParts);
        for (const QString& p : paragraphs) {
            Block b = para(p.trimmed());
            b.rightToLeft = bodyLang.isEmpty() ? rtl : rtlLanguage(bodyLang);
            b.indent = indent;
            add(b);
        }
    }

    bool condition(const QString& raw) const
    {
        if (raw.isEmpty())
            return true;
        const bool neg = raw.startsWith(u'!');
        const QString c = neg ? raw.mid(1) : raw;
        bool v = false;
        if (c == QLatin1String("urgent"))
            v = r.urgency.urgent;
        else if (c == QLatin1String("hasDeadline"))
            v = r.urgency.deadline.isValid();
        else if (c == QLatin1String("investigation"))
            v = r.proceedings.type == ProceedingsType::Investigation;
        else if (c == QLatin1String("prosecution"))
            v = r.proceedings.type == ProceedingsType::Prosecution;
        else if (c == QLatin1String("judicialProceedings"))
            v = r.proceedings.type == ProceedingsType::JudicialProceedings;
        else if (c == QLatin1String("hasConductingAuthority"))
            v = !r.proceedings.conductingAuthority.trimmed().isEmpty();
        else if (c == QLatin1String("hasFacts"))
            v = !r.summaryOfFacts.isEmpty();
        else if (c == QLatin1String("hasPersons"))
            v = !r.persons.isEmpty();
        else if (c == QLatin1String("hasOffences"))
            v = !r.offences.isEmpty();
        else if (c == QLatin1String("untoc"))
            v = r.legalBasis.kind == LegalBasisKind::Untoc;
        else if (c == QLatin1String("treaty"))
            v = r.legalBasis.kind == LegalBasisKind::Treaty;
        else if (c == QLatin1String("hasTreatyArticle"))
            v = r.legalBasis.kind == LegalBasisKind::Treaty &&
                !r.legalBasis.treatyArticle.trimmed().isEmpty();
        else if (c == QLatin1String("reciprocity"))
            v = r.legalBasis.kind == LegalBasisKind::Reciprocity;
        else if (c == QLatin1String("reciprocityAssurance"))
            v = r.legalBasis.reciprocityAssurance;
        else if (c == QLatin1String("transnational"))
            v = r.legalBasis.transnational == TriState::Yes;
        else if (c == QLatin1String("organizedCriminalGroup"))
            v = r.legalBasis.organizedCriminalGroup == TriState::Yes;
        else if (c == QLatin1String("confidential"))
            v = r.confidentiality.requested;
        else if (c == QLatin1String("hasContact"))
            v = !r.authority.contactPerson.trimmed().isEmpty() || !r.authority.phone.trimmed().isEmpty() ||
                !r.authority.email.trimmed().isEmpty();
        else if (c == QLatin1String("hasAttachments"))
            v = !r.attachments.isEmpty();
        return neg ? !v : v;
    }

    const LocalizedText* localizedAt(const QString& path) const
    {
        for (const auto& [p, text] : r.localizedTexts())
            if (p == path)
                return text;
        return nullptr;
    }

    void letterhead()
    {
        Block name = para(
            r.authority.name.isEmpty() ? tx(QStringLiteral("gap.unknown")) : isolate(r.authority.name), 13);
        name.bold = true;
        name.spaceAfter = 1;
        add(name);
        const QString addr = r.authority.address.trimmed();
        if (!addr.isEmpty()) {
            Block a = para(isolateLines(addr), 9.5);
            a.spaceAfter = 1;
            add(a);
        }
        QStringList contact;
        if (!r.authority.phone.isEmpty())
            contact << tx(QStringLiteral("label.phone")) + u' ' + isolate(r.authority.phone);
        if (!r.authority.email.isEmpty())
            contact << tx(QStringLiteral("label.email")) + u' ' + isolate(r.authority.email);
        if (!contact.isEmpty()) {
            Block c = para(contact.join(QStringLiteral("   ")), 9);
            c.muted = true;
            add(c);
        }
        Block rule = para(QString(), 4);
        rule.spaceAfter = 8;
        add(rule);
    }

    void addressee()
    {
        Block to = para(tx(QStringLiteral("addr.to")), 10.5);
        to.bold = true;
        to.spaceAfter = 1;
        add(to);
        if (ctx.centralAuthorityName.trimmed().isEmpty()) {
            Block gap = para(tx(QStringLiteral("addr.gap")));
            gap.bold = true;
            gap.spaceAfter = 1;
            add(gap);
        } else {
            add(para(isolate(ctx.centralAuthorityName)));
            out.blocks.last().spaceAfter = 1;
        }
        add(para(tx(QStringLiteral("addr.centralAuthorityOf"))));
        out.blocks.last().spaceAfter = 1;
        if (!ctx.centralAuthorityAddress.trimmed().isEmpty())
            add(para(isolateLines(ctx.centralAuthorityAddress.trimmed())));
        // The age of the details, discreetly: their source's date, and a mark when they may be
        // outdated (the drafter verifies them before sending).
        if (!ctx.centralAuthorityName.trimmed().isEmpty()) {
            QString age = ctx.centralAuthoritySourceDate.isValid()
                              ? tx(QStringLiteral("addr.sourceDate"),
                                   {{QStringLiteral("sourceDate"),
                                     isolate(formatDate(ctx.centralAuthoritySourceDate))}})
                              : tx(QStringLiteral("addr.undated"));
            if (ctx.centralAuthorityOutdated && ctx.centralAuthoritySourceDate.isValid())
                age += u' ' + tx(QStringLiteral("addr.outdated"),
                                 {{QStringLiteral("years"), isolate(QString::number(ctx.maxFactAgeYears))}});
            Block b = para(age, 8);
            b.muted = true;
            add(b);
        }
        out.blocks.last().spaceAfter = 10;
    }

    void references()
    {
        QStringList lines{tx(QStringLiteral("ref.date"))};
        if (!r.authority.reference.isEmpty())
            lines << tx(QStringLiteral("ref.ours"));
        if (!r.proceedings.caseReference.isEmpty())
            lines << tx(QStringLiteral("ref.case"));
        Block b = para(lines.join(kLineSep), 10);
        b.align = Block::Align::End;
        b.spaceAfter = 14;
        add(b);
    }

    void title(const LayoutNode& n)
    {
        Block b = para(tx(n.unit), 15);
        b.bold = true;
        b.align = Block::Align::Center;
        b.spaceAfter = 3;
        b.keepWithNext = true;
        add(b);
        out.title = b.text;
        if (!n.second.isEmpty()) {
            Block s = para(tx(n.second), 11);
            s.align = Block::Align::Center;
            s.spaceAfter = 14;
            add(s);
            out.subject = s.text;
        }
    }

    void heading(const QString& text, const QString& article, int level)
    {
        Block h = para(text + (article.isEmpty() ? QString()
                                                 : QStringLiteral("  ") +
                                                       isolate(u'(' + citation(article, arabic()) + u')')),
                       level == 1 ? 12 : 11);
        h.bold = true;
        h.spaceBefore = level == 1 ? 12 : 8;
        h.spaceAfter = 4;
        h.keepWithNext = true;
        h.outlineLevel = level;
        h.outlineTitle = text;
        if (level == 1 && !article.isEmpty()) {
            QTextLayout::FormatRange fr;
            fr.start = int(text.size());
            fr.length = int(h.text.size() - text.size());
            fr.format.setFontWeight(QFont::Normal);
            h.formats.append(fr);
        }
        add(h);
    }

    QString personName(const Person& p) const
    {
        QString name = (p.givenNames + u' ' + p.familyName.toUpper()).trimmed();
        QStringList others;
        for (const NameInScript& n : p.otherScripts)
            if (!n.text.trimmed().isEmpty())
                others << isolate(n.text);
        if (name.isEmpty() && !others.isEmpty())
            return others.takeFirst();
        if (!others.isEmpty())
            name = isolate(name) + QStringLiteral(" (") + others.join(QStringLiteral(", ")) + u')';
        return name;
    }

    void offences()
    {
        if (r.offences.isEmpty())
            return;
        Block h = para(tx(QStringLiteral("sec.offences")), 11);
        h.bold = true;
        h.spaceBefore = 6;
        h.keepWithNext = true;
        add(h);
        for (int i = 0; i < r.offences.size(); ++i) {
            const Offence& o = r.offences[i];
            const QString path = QStringLiteral("offences[%1]").arg(o.id);
            const LocalizedText* nm = &o.name;
            if (!nm->isEmpty()) {
                QString name, nameLang;
                resolve(path + QStringLiteral(".name"), *nm, 0, &name, &nameLang);
                Block b = para(QString::number(i + 1) + QStringLiteral(". ") + isolate(name.simplified()));
                b.bold = true;
                b.spaceBefore = 4;
                b.spaceAfter = 2;
                b.keepWithNext = true;
                add(b);
            }
            QString penalty;
            if (o.maxPenaltyYears == 99)
                penalty = tx(QStringLiteral("offence.penaltyLife"));
            else if (o.maxPenaltyYears > 0)
                penalty = tx(QStringLiteral("offence.penalty"),
                             {{QStringLiteral("years"), isolate(QString::number(o.maxPenaltyYears))}});
            else
                penalty = tx(QStringLiteral("offence.penaltyUnknown"));
            Block p = para(penalty);
            p.indent = 14;
            p.spaceAfter = 2;
            add(p);
            if (!o.conventionArticle.isEmpty()) {
                Block c = para(tx(QStringLiteral("offence.convention"),
                                  {{QStringLiteral("article"), isolate(o.conventionArticle)}}));
                c.indent = 14;
                c.spaceAfter = 2;
                add(c);
            }
            freeText(path + QStringLiteral(".provision"), o.provision, QStringLiteral("label.provision"), 14);
        }
    }

    void measures(int section)
    {
        for (int i = 0; i < r.measures.size(); ++i) {
            const Measure& m = r.measures[i];
            const MeasureSpec& spec = measureSpec(m.type);
            const QString path = QStringLiteral("measures[%1]").arg(m.id);
            const QString number = QStringLiteral("%1.%2").arg(section).arg(i + 1);
            heading(tx(QStringLiteral("measure.heading"),
                       {{QStringLiteral("number"), isolate(number)},
                        {QStringLiteral("measure"), tx(QStringLiteral("measure.") + spec.id)}}),
                    QString(), 2);
            Block art = para(tx(QStringLiteral("measure.article"),
                                {{QStringLiteral("article"), isolate(citation(spec.article, arabic()))}}),
                             9.5);
            art.muted = true;
            art.spaceAfter = 3;
            add(art);
            freeText(path + QStringLiteral(".description"), m.description,
                     QStringLiteral("label.description"), 14);
            for (const FieldSpec& f : spec.fields) {
                auto it = m.details.constFind(f.key);
                if (it == m.details.constEnd() || it->isEmpty())
                    continue;
                const QString label = tx(QStringLiteral("field.%1.%2").arg(spec.id, f.key)) + u':';
                switch (f.kind) {
                case FieldKind::Text: {
                    Block l = para(label);
                    l.bold = true;
                    l.indent = 14;
                    l.spaceAfter = 1;
                    l.keepWithNext = true;
                    add(l);
                    freeText(path + QStringLiteral(".details.") + f.key, it->text, {}, 14);
                    break;
                }
                case FieldKind::Plain:
                    addLabelled(label, it->plain, 14);
                    break;
                case FieldKind::Date:
                    addLabelled(label, formatDate(QDate::fromString(it->plain, Qt::ISODate)), 14);
                    break;
                case FieldKind::List: {
                    QStringList vals;
                    for (const QString& v : it->values)
                        vals << isolate(v);
                    addLabelled(label, vals.join(QStringLiteral("; ")), 14);
                    break;
                }
                case FieldKind::Choice: {
                    QStringList vals;
                    for (const QString& v : it->values)
                        vals << (f.choices.contains(v) ? tx(QStringLiteral("choice.") + v) : isolate(v));
                    addLabelled(label, vals.join(QStringLiteral("; ")), 14);
                    break;
                }
                }
            }
            QStringList persons;
            for (const QString& pid : m.personIds)
                if (const Person* p = r.person(pid))
                    persons << isolate(personName(*p));
            if (!persons.isEmpty())
                addLabelled(tx(QStringLiteral("label.persons")), persons.join(QStringLiteral("; ")), 14);
            freeText(path + QStringLiteral(".procedures"), m.procedures, QStringLiteral("label.procedures"),
                     14);
            freeText(path + QStringLiteral(".purpose"), m.purpose, QStringLiteral("label.purpose"), 14);
        }
    }

    void persons()
    {
        for (int i = 0; i < r.persons.size(); ++i) {
            const Person& p = r.persons[i];
            Block b = para(QString::number(i + 1) + QStringLiteral(". ") + isolate(personName(p)) +
                           QStringLiteral(" — ") + tx(QStringLiteral("role.") + enumId(p.role)));
            b.bold = true;
            b.spaceBefore = 4;
            b.spaceAfter = 2;
            b.keepWithNext = true;
            add(b);
            labelled(QStringLiteral("label.aliases"), p.aliases.join(QStringLiteral("; ")), 14);
            if (p.dateOfBirth.isValid())
                labelled(QStringLiteral("label.dateOfBirth"), formatDate(p.dateOfBirth), 14);
            labelled(QStringLiteral("label.placeOfBirth"), p.placeOfBirth, 14);
            labelled(QStringLiteral("label.nationality"), p.nationalities.join(QStringLiteral(", ")), 14);
            for (const IdentityDocument& d : p.documents) {
                QString v = d.type + u' ' + d.number;
                if (!d.issuingState.isEmpty())
                    v += QStringLiteral(" (") + d.issuingState + u')';
                labelled(QStringLiteral("label.document"), v.trimmed(), 14);
            }
            labelled(QStringLiteral("label.addresses"), p.addresses.join(QStringLiteral("; ")), 14);
            labelled(QStringLiteral("label.location"), p.knownLocation, 14);
            freeText(QStringLiteral("persons[%1].notes").arg(p.id), p.notes, QStringLiteral("label.notes"),
                     14);
        }
    }

    void contact()
    {
        labelled(QStringLiteral("label.name"), r.authority.contactPerson);
        labelled(QStringLiteral("label.phone"), r.authority.phone);
        labelled(QStringLiteral("label.email"), r.authority.email);
    }

    void attachments()
    {
        for (int i = 0; i < r.attachments.size(); ++i) {
            const Attachment& a = r.attachments[i];
            Block b = para(QString::number(i + 1) + QStringLiteral(". ") + isolate(a.fileName));
            b.spaceAfter = 1;
            add(b);
            freeText(QStringLiteral("attachments[%1].description").arg(i), a.description, {}, 14);
            if (!a.sha256.isEmpty()) {
                Block h = para(QStringLiteral("SHA-256: ") + isolate(a.sha256), 8);
                h.muted = true;
                h.indent = 14;
                add(h);
            }
        }
    }

    void signature(const LayoutNode& n)
    {
        QStringList lines;
        lines << (r.signatory.name.isEmpty() ? tx(QStringLiteral("gap.unknown")) : r.signatory.name);
        if (!r.signatory.function.isEmpty())
            lines << r.signatory.function;
        lines << tx(n.second);
        Block b = para(lines.join(kLineSep));
        b.spaceBefore = 18;
        b.anchor = QStringLiteral("signature");
        b.outlineLevel = 1;
        b.outlineTitle = tx(n.unit);
        QTextLayout::FormatRange fr;
        fr.start = 0;
        fr.length = int(lines.first().size());
        fr.format.setFontWeight(QFont::Bold);
        b.formats.append(fr);
        add(b);
    }

    void content(const QList<LayoutNode>& nodes)
    {
        for (const LayoutNode& n : nodes) {
            if (!condition(n.condition))
                continue;
            const QString& e = n.element;
            if (e == QLatin1String("para"))
                add(para(tx(n.unit)));
            else if (e == QLatin1String("field")) {
                if (const LocalizedText* lt = localizedAt(n.path))
                    freeText(n.path, *lt, n.second);
            } else if (e == QLatin1String("authority-address"))
                labelled(QStringLiteral("label.address"),
                         QString(r.authority.address).replace(u'\n', QStringLiteral(", ")).simplified());
            else if (e == QLatin1String("offences"))
                offences();
            else if (e == QLatin1String("measures"))
                measures(sectionNo);
            else if (e == QLatin1String("persons"))
                persons();
            else if (e == QLatin1String("contact"))
                contact();
            else if (e == QLatin1String("attachments"))
                attachments();
        }
    }

    void run()
    {
        for (const LayoutNode& n : t.layout()) {
            const QString& e = n.element;
            if (e == QLatin1String("letterhead"))
                letterhead();
            else if (e == QLatin1String("addressee"))
                addressee();
            else if (e == QLatin1String("references"))
                references();
            else if (e == QLatin1String("title"))
                title(n);
            else if (e == QLatin1String("para")) {
                if (condition(n.condition))
                    add(para(tx(n.unit)));
            } else if (e == QLatin1String("section")) {
                if (!condition(n.condition))
                    continue;
                ++sectionNo;
                heading(QString::number(sectionNo) + QStringLiteral(". ") + tx(n.unit), n.article, 1);
                content(n.children);
            } else if (e == QLatin1String("signature"))
                signature(n);
        }
        out.author = r.authority.name;
        PageDecoration& d = out.decoration;
        if (!r.authority.reference.isEmpty())
            d.headerStart = tx(QStringLiteral("header.reference"));
        if (ctx.draftWatermark) {
            d.headerEnd = tx(QStringLiteral("header.draft"));
            d.watermark = tx(QStringLiteral("watermark.draft"));
        }
        // the footer's units are read now so that their review state counts
        const QString pageUnit = t.text(QStringLiteral("footer.page"));
        Q_UNUSED(pageUnit);
        if (t.awaitsReview())
            d.footerNotice = tx(QStringLiteral("notice.review"));
        if (ctx.stateNamesFromIsoCodes)
            d.footerNotice = (d.footerNotice + u' ' + tx(QStringLiteral("notice.stateNames"))).trimmed();
        const TemplateSet* ts = &t;
        d.footer = [ts](int page, int pages) {
            return ts->text(QStringLiteral("footer.page"),
                            {{QStringLiteral("page"), isolate(QString::number(page))},
                             {QStringLiteral("pages"), isolate(QString::number(pages))}});
        };
        d.logoPng = r.authority.logoPng;
    }
};

DocumentBuilder::DocumentBuilder(const Request& request, const RenderContext& context,
                                 const TemplateSet& templates)
    : m_request(request), m_context(context), m_templates(templates)
{}

BuiltDocument DocumentBuilder::build()
{
    Impl impl{m_request, m_context, m_templates, m_context.language, isRightToLeft(m_context.language),
              {},        0};
    impl.run();
    return std::move(impl.out);
}

} // namespace mla::render
