#include "Request.h"

namespace mla {

QString triStateId(TriState t)
{
    switch (t) {
    case TriState::Yes:
        return QStringLiteral("yes");
    case TriState::No:
        return QStringLiteral("no");
    case TriState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool triStateFromId(const QString& id, TriState* out)
{
    for (auto t : {TriState::Unknown, TriState::Yes, TriState::No}) {
        if (triStateId(t) == id) {
            *out = t;
            return true;
        }
    }
    return false;
}

QString Person::displayName() const
{
    const QString latin = (givenNames + u' ' + familyName).trimmed();
    if (!latin.isEmpty())
        return latin;
    if (!otherScripts.isEmpty())
        return otherScripts.first().text;
    return aliases.value(0);
}

namespace {
template <typename T> const T* findById(const QList<T>& list, const QString& id)
{
    for (const auto& x : list)
        if (x.id == id)
            return &x;
    return nullptr;
}

// Shared by the const and non-const overloads: R is Request or const Request, P the pointer type.
template <typename R, typename P> QList<QPair<QString, P>> collectTexts(R& r)
{
    QList<QPair<QString, P>> out;
    auto add = [&out](const QString& path, auto& t) { out.append({path, &t}); };
    add(QStringLiteral("legalBasis.reciprocityNote"), r.legalBasis.reciprocityNote);
    add(QStringLiteral("legalBasis.scopeExplanation"), r.legalBasis.scopeExplanation);
    add(QStringLiteral("urgency.reasons"), r.urgency.reasons);
    add(QStringLiteral("proceedings.subject"), r.proceedings.subject);
    add(QStringLiteral("proceedings.conductingFunctions"), r.proceedings.conductingFunctions);
    add(QStringLiteral("summaryOfFacts"), r.summaryOfFacts);
    for (auto& o : r.offences) {
        const QString base = QStringLiteral("offences[%1].").arg(o.id);
        add(base + QStringLiteral("name"), o.name);
        add(base + QStringLiteral("provision"), o.provision);
    }
    for (auto& p : r.persons)
        add(QStringLiteral("persons[%1].notes").arg(p.id), p.notes);
    for (auto& m : r.measures) {
        const QString base = QStringLiteral("measures[%1].").arg(m.id);
        add(base + QStringLiteral("description"), m.description);
        for (const auto& f : measureSpec(m.type).fields) {
            if (f.kind != FieldKind::Text)
                continue;
            auto it = m.details.find(f.key);
            if (it != m.details.end())
                add(base + QStringLiteral("details.") + f.key, it->text);
        }
        add(base + QStringLiteral("procedures"), m.procedures);
        add(base + QStringLiteral("purpose"), m.purpose);
    }
    add(QStringLiteral("confidentiality.reasons"), r.confidentiality.reasons);
    add(QStringLiteral("useLimitation"), r.useLimitation);
    add(QStringLiteral("dualCriminalityNote"), r.dualCriminalityNote);
    for (int i = 0; i < r.attachments.size(); ++i)
        add(QStringLiteral("attachments[%1].description").arg(i + 1), r.attachments[i].description);
    return out;
}
} // namespace

const Person* Request::person(const QString& pid) const
{
    return findById(persons, pid);
}
const Offence* Request::offence(const QString& oid) const
{
    return findById(offences, oid);
}
const Measure* Request::measure(const QString& mid) const
{
    return findById(measures, mid);
}

QString Request::nextId(const QString& prefix) const
{
    QStringList used;
    for (const auto& o : offences)
        used << o.id;
    for (const auto& p : persons)
        used << p.id;
    for (const auto& m : measures)
        used << m.id;
    for (const auto& c : comments)
        used << c.id;
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (!used.contains(id))
            return id;
    }
}

QList<QPair<QString, const LocalizedText*>> Request::localizedTexts() const
{
    return collectTexts<const Request, const LocalizedText*>(*this);
}

QList<QPair<QString, LocalizedText*>> Request::localizedTexts()
{
    return collectTexts<Request, LocalizedText*>(*this);
}

} // namespace mla
