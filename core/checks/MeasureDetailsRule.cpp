// The details each type of measure needs, driven by core/model/MeasureSchema (required fields,
// minimum number of persons), and the consistency of those details.
#include "Rule.h"

namespace mla::checks {
namespace {

class MeasureDetailsRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("measure-details"); }

    void run(const CheckContext& ctx, QList<Finding>& out) const override
    {
        const Request& r = ctx.request();
        for (const auto& m : r.measures) {
            const MeasureSpec& spec = measureSpec(m.type);
            const QString base = QStringLiteral("measures[%1].").arg(m.id);
            const QString title = QString::fromLatin1(spec.title);
            const QString source = CheckContext::convention(spec.article);
            auto add = [&](Severity s, const QString& path, const char* key, const QStringList& args) {
                out << CheckContext::make(id(), s, spec.article, path, QString::fromLatin1(key), args,
                                          source);
            };
            for (const auto& field : spec.fields) {
                const QString path = base + QStringLiteral("details.") + field.key;
                const FieldValue v = m.details.value(field.key);
                const QString label = QString::fromLatin1(field.label);
                if (v.isEmpty()) {
                    if (field.required)
                        add(Severity::Blocking, path, "measure-details.required", {m.id, title, label});
                    continue;
                }
                if (field.kind == FieldKind::Date &&
                    !QDate::fromString(v.plain.trimmed(), Qt::ISODate).isValid())
                    add(Severity::Blocking, path, "measure-details.badDate", {m.id, label, v.plain.left(40)});
                if (field.kind == FieldKind::Choice) {
                    for (const QString& c : v.values)
                        if (!field.choices.contains(c))
                            add(Severity::Blocking, path, "measure-details.badChoice",
                                {m.id, label, c.left(40), field.choices.join(QStringLiteral(", "))});
                    if (!field.multiple && v.values.size() > 1)
                        add(Severity::Blocking, path, "measure-details.oneChoice", {m.id, label});
                }
            }
            const QDate from =
                QDate::fromString(m.details.value(QStringLiteral("periodFrom")).plain, Qt::ISODate);
            const QDate to =
                QDate::fromString(m.details.value(QStringLiteral("periodTo")).plain, Qt::ISODate);
            if (from.isValid() && to.isValid() && to < from)
                add(Severity::Blocking, base + QStringLiteral("details.periodTo"), "measure-details.period",
                    {m.id, to.toString(Qt::ISODate), from.toString(Qt::ISODate)});
            int named = 0;
            for (const QString& pid : m.personIds) {
                if (r.person(pid))
                    ++named;
                else
                    add(Severity::Blocking, base + QStringLiteral("persons"), "measure-details.unknownPerson",
                        {m.id, pid.left(40)});
            }
            if (named < spec.minPersons)
                add(Severity::Blocking, base + QStringLiteral("persons"), "measure-details.persons",
                    {m.id, title, QString::number(spec.minPersons), QString::number(named)});
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeMeasureDetailsRule()
{
    return std::make_unique<MeasureDetailsRule>();
}

} // namespace mla::checks
