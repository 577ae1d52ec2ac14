#include "MissingInfo.h"

#include "Labels.h"

namespace mla::gui {

namespace {

bool empty(const QString& s)
{
    return s.trimmed().isEmpty();
}

bool onlyService(const Request& r)
{
    if (r.measures.isEmpty())
        return false;
    for (const auto& m : r.measures)
        if (m.type != MeasureType::Service)
            return false;
    return true;
}

} // namespace

QList<MissingItem> MissingInfo::all(const Request& r, const QMap<QString, QString>& unreadable)
{
    QList<MissingItem> out;
    auto need = [&out](bool missing, const char* path, const QString& label, const char* article) {
        if (missing)
            out.append({QString::fromLatin1(path), label, QString::fromLatin1(article)});
    };

    need(empty(r.requestedState), "requestedState", tr("Requested State"), "18(13)");
    need(r.legalBasis.kind == LegalBasisKind::Treaty && empty(r.legalBasis.treatyName),
         "legalBasis.treatyName", tr("Title of the treaty"), "18(7)");
    need(r.urgency.urgent && r.urgency.reasons.isEmpty(), "urgency.reasons", tr("Reasons for urgency"),
         "18(24)");

    need(empty(r.requestingState), "requestingState", tr("Requesting State"), "18(15)(a)");
    need(empty(r.authority.name), "authority.name", tr("Name of the requesting authority"), "18(15)(a)");
    need(empty(r.authority.address), "authority.address", tr("Address of the requesting authority"),
         "18(15)(a)");
    need(empty(r.authority.email) && empty(r.authority.phone), "authority.email",
         tr("E-mail or telephone of the requesting authority"), "18(15)(a)");

    need(r.proceedings.subject.isEmpty(), "proceedings.subject",
         tr("Subject matter and nature of the proceedings"), "18(15)(b)");
    need(empty(r.proceedings.conductingAuthority), "proceedings.conductingAuthority",
         tr("Name of the authority conducting the proceedings"), "18(15)(b)");
    need(r.proceedings.conductingFunctions.isEmpty(), "proceedings.conductingFunctions",
         tr("Functions of the authority conducting the proceedings"), "18(15)(b)");

    need(r.summaryOfFacts.isEmpty() && !onlyService(r), "summaryOfFacts", tr("Summary of the relevant facts"),
         "18(15)(c)");

    need(r.offences.isEmpty(), "offences", tr("At least one offence"), "18(15)(b)");
    for (const auto& o : r.offences) {
        const QString base = QStringLiteral("offences[%1].").arg(o.id);
        if (o.name.isEmpty())
            out.append({base + QStringLiteral("name"), tr("Offence %1: name").arg(o.id),
                        QStringLiteral("18(15)(b)")});
        if (o.provision.isEmpty())
            out.append({base + QStringLiteral("provision"),
                        tr("Offence %1: text of the legal provision").arg(o.id), QStringLiteral("18(9)")});
    }

    for (const auto& p : r.persons) {
        if (empty(p.familyName) && p.otherScripts.isEmpty())
            out.append({QStringLiteral("persons[%1].familyName").arg(p.id), tr("Person %1: name").arg(p.id),
                        QStringLiteral("18(15)(e)")});
        const QString dob = QStringLiteral("persons[%1].dateOfBirth").arg(p.id);
        if (unreadable.contains(dob))
            out.append(
                {dob, tr("Person %1: the date of birth “%2” is not a date").arg(p.id, unreadable.value(dob)),
                 QStringLiteral("18(15)(e)")});
    }

    need(r.measures.isEmpty(), "measures", tr("At least one measure (the assistance sought)"), "18(15)(d)");
    for (const auto& m : r.measures) {
        const MeasureSpec& spec = measureSpec(m.type);
        const QString base = QStringLiteral("measures[%1].").arg(m.id);
        const QString title = Labels::measureTitle(m.type);
        if (m.description.isEmpty())
            out.append({base + QStringLiteral("description"),
                        tr("%1: description of the assistance sought").arg(title),
                        QStringLiteral("18(15)(d)")});
        if (m.purpose.isEmpty())
            out.append({base + QStringLiteral("purpose"), tr("%1: purpose").arg(title),
                        QStringLiteral("18(15)(f)")});
        if (m.personIds.size() < spec.minPersons)
            out.append({base + QStringLiteral("persons"), tr("%1: the person concerned").arg(title),
                        QStringLiteral("18(15)(e)")});
        for (const auto& f : spec.fields) {
            const QString plain = m.details.value(f.key).plain.trimmed();
            if (f.kind == FieldKind::Date && !plain.isEmpty() &&
                !(plain.size() == 10 && QDate::fromString(plain, Qt::ISODate).isValid()))
                out.append({base + QStringLiteral("details.") + f.key,
                            tr("%1: %2 “%3” is not a date").arg(title, Labels::fieldLabel(f), plain),
                            spec.article});
            if (!f.required)
                continue;
            if (m.details.value(f.key).isEmpty())
                out.append({base + QStringLiteral("details.") + f.key,
                            tr("%1: %2").arg(title, Labels::fieldLabel(f)), spec.article});
        }
    }

    need(r.confidentiality.requested && r.confidentiality.reasons.isEmpty(), "confidentiality.reasons",
         tr("Reasons for confidentiality"), "18(20)");

    need(empty(r.signatory.name), "signatory.name", tr("Name of the signatory"), "18(14)");
    need(empty(r.signatory.function), "signatory.function", tr("Function of the signatory"), "18(14)");
    need(!isUnLanguage(r.outputLanguage), "outputLanguage", tr("Language of the request"), "18(14)");
    return out;
}

QList<MissingItem> MissingInfo::forPage(const Request& request, const QString& pageId,
                                        const QMap<QString, QString>& unreadable)
{
    QList<MissingItem> out;
    const QList<MissingItem> every = all(request, unreadable);
    for (const auto& m : every)
        if (pageForPath(m.path) == pageId)
            out.append(m);
    return out;
}

QString MissingInfo::pageForPath(const QString& path)
{
    auto starts = [&path](const char* prefix) { return path.startsWith(QLatin1String(prefix)); };
    if (starts("legalBasis.reciprocityNote") || starts("confidentiality") || starts("useLimitation") ||
        starts("dualCriminalityNote"))
        return QStringLiteral("notes");
    if (starts("requestedState") || starts("legalBasis") || starts("channel") || starts("urgency") ||
        starts("draftLanguage"))
        return QStringLiteral("state");
    if (starts("requestingState") || starts("authority") || starts("signatory"))
        return QStringLiteral("authority");
    if (starts("proceedings"))
        return QStringLiteral("proceedings");
    if (starts("summaryOfFacts"))
        return QStringLiteral("facts");
    if (starts("offences"))
        return QStringLiteral("offences");
    if (starts("persons"))
        return QStringLiteral("persons");
    if (starts("measures"))
        return QStringLiteral("measures");
    if (starts("outputLanguage"))
        return QStringLiteral("output");
    return QStringLiteral("checks");
}

QString MissingInfo::describe(const MissingItem& item)
{
    // The article reads left to right even in a right-to-left sentence.
    const QString article = QChar(0x202A) + item.article + QChar(0x202C);
    if (item.article.startsWith(QLatin1String("art.")))
        return tr("%1 — %2").arg(item.label, article);
    return tr("%1 — article %2").arg(item.label, article);
}

FindingItem MissingInfo::toFinding(const MissingItem& item)
{
    FindingItem f;
    f.severity = FindingItem::Severity::Blocking;
    f.path = item.path;
    f.article = item.article;
    f.message = tr("Missing: %1").arg(item.label);
    return f;
}

} // namespace mla::gui
