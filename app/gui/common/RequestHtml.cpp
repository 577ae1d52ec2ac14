#include "RequestHtml.h"

#include "Knowledge.h"
#include "Labels.h"

#include <QRegularExpression>

namespace mla::gui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString missing()
{
    return QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(RequestHtml::tr("(missing)"));
}

QString val(const QString& s)
{
    return s.trimmed().isEmpty() ? missing() : esc(s);
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

} // namespace

QList<QPair<QString, QString>> RequestHtml::sections()
{
    return {
        {QStringLiteral("requestedState"), tr("Requested State, legal basis, channel, urgency")},
        {QStringLiteral("authority"), tr("Requesting authority and signatory")},
        {QStringLiteral("proceedings"), tr("Proceedings")},
        {QStringLiteral("summaryOfFacts"), tr("Summary of facts")},
        {QStringLiteral("offences"), tr("Offences")},
        {QStringLiteral("persons"), tr("Persons")},
        {QStringLiteral("measures"), tr("Measures")},
        {QStringLiteral("confidentiality"), tr("Conditions and notes")},
        {QStringLiteral("outputLanguage"), tr("Output")},
    };
}

QString RequestHtml::toHtml(const Request& r, const Knowledge* k, const QString& lang)
{
    auto state = [k, &lang](const QString& iso) {
        if (iso.isEmpty())
            return missing();
        return esc(k ? QStringLiteral("%1 (%2)").arg(k->stateName(iso, lang), iso) : iso);
    };
    const auto secs = sections();
    auto head = [&secs](int i) {
        return QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>")
            .arg(secs.at(i).first, secs.at(i).second.toHtmlEscaped());
    };
    QString h;
    h += head(0) + QStringLiteral("<table cellspacing=\"4\">");
    h += row(tr("Requested State"), state(r.requestedState));
    h += row(tr("Legal basis"),
             esc(Labels::legalBases().value(static_cast<int>(r.legalBasis.kind))) +
                 (r.legalBasis.treatyName.isEmpty() ? QString()
                                                    : QStringLiteral(": ") + esc(r.legalBasis.treatyName)));
    h += row(tr("Channel"), esc(Labels::channels().value(static_cast<int>(r.channel))));
    h += row(tr("Urgent"), r.urgency.urgent
                               ? esc(tr("yes, by %1").arg(r.urgency.deadline.toString(Qt::ISODate))) +
                                     QStringLiteral("<br>") + esc(r.urgency.reasons.text)
                               : esc(tr("no")));
    h += QStringLiteral("</table>");

    h += head(1) + QStringLiteral("<table cellspacing=\"4\">");
    h += row(tr("Requesting State"), state(r.requestingState));
    h += row(tr("Authority"), val(r.authority.name));
    h += row(tr("Address"), val(r.authority.address));
    h += row(tr("Contact"),
             esc(QStringList{r.authority.contactPerson, r.authority.phone, r.authority.email}.join(
                 QStringLiteral(" · "))));
    h += row(tr("Reference"), esc(r.authority.reference));
    h += row(tr("Signatory"), val(QStringList{r.signatory.name, r.signatory.function, r.signatory.place}
                                      .join(QStringLiteral(", "))
                                      .remove(QRegularExpression(QStringLiteral("^(, )+$")))));
    h += QStringLiteral("</table>");

    h += head(2) + QStringLiteral("<table cellspacing=\"4\">");
    h += row(tr("Type"), esc(Labels::proceedingsTypes().value(static_cast<int>(r.proceedings.type))));
    h += row(tr("Subject matter and nature"), val(r.proceedings.subject.text));
    h += row(tr("Conducting authority"), val(r.proceedings.conductingAuthority));
    h += row(tr("Its functions"), val(r.proceedings.conductingFunctions.text));
    h += row(tr("Case reference"), esc(r.proceedings.caseReference));
    h += QStringLiteral("</table>");

    h += head(3) + QStringLiteral("<p>%1</p>").arg(val(r.summaryOfFacts.text));

    h += head(4);
    if (r.offences.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(missing());
    for (const auto& o : r.offences)
        h += QStringLiteral("<p><b>%1</b> — %2<br>%3<br><small>%4</small></p>")
                 .arg(val(o.name.text),
                      esc(o.maxPenaltyYears ? tr("maximum penalty %n year(s)", nullptr, o.maxPenaltyYears)
                                            : tr("maximum penalty unknown")),
                      val(o.provision.text), esc(tr("ICCS: %1").arg(o.iccsCodes.join(QStringLiteral(", ")))));

    h += head(5);
    for (const auto& p : r.persons) {
        QStringList names;
        for (const auto& n : p.otherScripts)
            names << n.text;
        h += QStringLiteral("<p><b>%1</b> (%2) %3<br>%4</p>")
                 .arg(val(p.displayName()), esc(Labels::personRoles().value(static_cast<int>(p.role))),
                      esc(names.join(QStringLiteral(", "))),
                      esc(QStringList{p.dateOfBirth.toString(Qt::ISODate),
                                      p.nationalities.join(QStringLiteral(", ")), p.knownLocation}
                              .join(QStringLiteral(" · "))));
    }

    h += head(6);
    if (r.measures.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(missing());
    for (const auto& m : r.measures) {
        const MeasureSpec& spec = measureSpec(m.type);
        h += QStringLiteral("<h3>%1. %2 <small>(%3)</small></h3><table cellspacing=\"4\">")
                 .arg(esc(m.id), esc(Labels::measureTitle(m.type)), esc(Labels::isolateLtr(spec.article)));
        h += row(tr("Description"), val(m.description.text));
        h += row(tr("Purpose"), val(m.purpose.text));
        if (!m.procedures.isEmpty())
            h += row(tr("Procedures"), esc(m.procedures.text));
        for (const auto& f : spec.fields) {
            const FieldValue v = m.details.value(f.key);
            QString shown = f.kind == FieldKind::Text
                                ? v.text.text
                                : (v.values.isEmpty() ? v.plain : v.values.join(QStringLiteral("; ")));
            h += row(Labels::fieldLabel(f), f.required ? val(shown) : esc(shown));
        }
        h += QStringLiteral("</table>");
    }

    h += head(7) + QStringLiteral("<table cellspacing=\"4\">");
    h += row(tr("Confidentiality"), r.confidentiality.requested
                                        ? esc(tr("requested: %1").arg(r.confidentiality.reasons.text))
                                        : esc(tr("not requested")));
    h += row(tr("Use limitation"), esc(r.useLimitation.text));
    h += row(tr("Dual criminality"), esc(r.dualCriminalityNote.text));
    h += row(tr("Reciprocity"), esc(r.legalBasis.reciprocityNote.text));
    h += QStringLiteral("</table>");

    h += head(8) + QStringLiteral("<p>%1</p>").arg(esc(tr("Output language: %1").arg(r.outputLanguage)));
    return h;
}

} // namespace mla::gui
