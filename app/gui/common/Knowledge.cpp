#include "Knowledge.h"

#include "FactAgeSetting.h"
#include "checks/Checker.h"
#include "requirements/Database.h"

#include <QCoreApplication>

namespace mla::gui {

namespace {

QString unknownText()
{
    return QStringLiteral("<i>%1</i>").arg(Knowledge::tr("Unknown — verify with the central authority."));
}

QString sourceText(const requirements::Provenance& p)
{
    if (!p.known())
        return {};
    QString s = Knowledge::tr("Source: %1").arg(p.source.toHtmlEscaped());
    // The fact's age: its source's date, and a mark when it may be outdated.
    s += QStringLiteral("; ") +
         (p.sourceDate.isValid() ? Knowledge::tr("source dated %1").arg(p.sourceDate.toString(Qt::ISODate))
                                 : Knowledge::tr("source undated"));
    if (p.verified.isValid())
        s += QStringLiteral("; ") + Knowledge::tr("verified %1").arg(p.verified.toString(Qt::ISODate));
    else
        s += QStringLiteral("; ") + Knowledge::tr("not yet verified");
    if (p.possiblyOutdated(QDate::currentDate(), requirements::maxFactAgeYears()))
        s += QStringLiteral(" <b style=\"color:#b04000\">%1</b>")
                 .arg(Knowledge::tr("— possibly outdated (older than %n year(s) or undated): verify", nullptr,
                                    requirements::maxFactAgeYears()));
    return QStringLiteral("<br><small>%1</small>").arg(s);
}

QString channelPolicyText(requirements::ChannelPolicy p)
{
    using P = requirements::ChannelPolicy;
    switch (p) {
    case P::Accepted:
        return Knowledge::tr("accepted");
    case P::Required:
        return Knowledge::tr("required");
    case P::NotAccepted:
        return Knowledge::tr("not accepted");
    case P::Unknown:
        break;
    }
    return Knowledge::tr("unknown");
}

QString triText(requirements::Tri t)
{
    switch (t) {
    case requirements::Tri::Yes:
        return Knowledge::tr("yes");
    case requirements::Tri::No:
        return Knowledge::tr("no");
    case requirements::Tri::Unknown:
        break;
    }
    return Knowledge::tr("unknown");
}

} // namespace

struct Knowledge::Impl
{
    bool tried = false;
    std::unique_ptr<requirements::Database> db;
    QString error;
    QList<StateEntry> states;

    requirements::Database* open()
    {
        if (!tried) {
            tried = true;
            FactAgeSetting::apply(); // the age after which facts read possibly outdated
            auto r = requirements::Database::openDefault();
            if (r.ok()) {
                db = std::move(r).value();
                const auto list = db->states();
                for (const auto& s : list)
                    states.append({s.iso3, s.names});
            } else {
                error = r.error().toString();
            }
        }
        return db.get();
    }
};

Knowledge::Knowledge() : m_d(std::make_unique<Impl>()) {}

Knowledge::~Knowledge() = default;

bool Knowledge::isAvailable() const
{
    return m_d->open() != nullptr;
}

QString Knowledge::errorText() const
{
    m_d->open();
    return m_d->error;
}

QList<StateEntry> Knowledge::states() const
{
    m_d->open();
    return m_d->states;
}

QString Knowledge::stateName(const QString& iso3, const QString& language) const
{
    if (auto* db = m_d->open()) {
        QString n = db->stateName(iso3, language);
        if (n.isEmpty())
            n = db->stateName(iso3, QStringLiteral("en"));
        if (!n.isEmpty())
            return n;
    }
    return iso3;
}

QList<StateEntry> Knowledge::searchStates(const QString& text) const
{
    m_d->open();
    const QString t = text.trimmed();
    if (t.isEmpty())
        return m_d->states;
    QList<StateEntry> out;
    for (const auto& s : std::as_const(m_d->states)) {
        bool hit = s.iso3.compare(t, Qt::CaseInsensitive) == 0;
        for (auto it = s.names.cbegin(); !hit && it != s.names.cend(); ++it)
            hit = it.value().contains(t, Qt::CaseInsensitive);
        if (hit)
            out.append(s);
    }
    return out;
}

QString Knowledge::requirementsHtml(const QString& iso3, const QString& language) const
{
    if (iso3.isEmpty())
        return tr("<p>Choose the requested State to see what the database knows about its requirements.</p>");
    auto* db = m_d->open();
    const auto rec = db ? db->state(iso3) : std::nullopt;
    if (!rec)
        return QStringLiteral("<p><b>%1</b>: %2 %3</p>")
            .arg(iso3.toHtmlEscaped(), tr("the requirements database has no record of this State."),
                 unknownText());

    QString h = QStringLiteral("<h3>%1 (%2)</h3>").arg(stateName(iso3, language).toHtmlEscaped(), iso3);
    auto row = [&h](const QString& title, const QString& value, const requirements::Provenance& p) {
        h += QStringLiteral("<p><b>%1</b>: %2%3</p>")
                 .arg(title, p.known() ? value : unknownText(), sourceText(p));
    };
    const auto& r = *rec;
    QString party =
        r.untoc.statusNote.isEmpty() ? requirements::untocStatusId(r.untoc.status) : r.untoc.statusNote;
    if (r.untoc.date.isValid())
        party += QStringLiteral(" (%1)").arg(r.untoc.date.toString(Qt::ISODate));
    row(tr("UNTOC"), party.toHtmlEscaped(), r.untoc.provenance);
    QString ca = r.centralAuthority.name.toHtmlEscaped();
    if (!r.centralAuthority.address.isEmpty())
        ca += QStringLiteral("<br>") +
              r.centralAuthority.address.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    if (!r.centralAuthority.notes.isEmpty())
        ca += QStringLiteral("<br>") + r.centralAuthority.notes.toHtmlEscaped();
    row(tr("Central authority (18(13))"), ca.isEmpty() ? unknownText() : ca, r.centralAuthority.provenance);
    row(tr("Channels (18(13))"),
        tr("central authority: %1; diplomatic: %2; INTERPOL: %3")
                .arg(channelPolicyText(r.channels.centralAuthority), channelPolicyText(r.channels.diplomatic),
                     channelPolicyText(r.channels.interpol)) +
            (r.channels.notes.isEmpty() ? QString()
                                        : QStringLiteral("<br>") + r.channels.notes.toHtmlEscaped()),
        r.channels.provenance);
    row(tr("Languages (18(14))"),
        (r.languages.codes.isEmpty() ? unknownText()
                                     : r.languages.codes.join(QStringLiteral(", ")).toHtmlEscaped()) +
            (r.languages.conditions.isEmpty()
                 ? QString()
                 : QStringLiteral("<br>") + r.languages.conditions.toHtmlEscaped()),
        r.languages.provenance);
    row(tr("Electronic transmission / e-signature"),
        tr("transmission: %1; signature: %2")
                .arg(triText(r.electronic.transmission), triText(r.electronic.signature)) +
            (r.electronic.notes.isEmpty() ? QString()
                                          : QStringLiteral("<br>") + r.electronic.notes.toHtmlEscaped()),
        r.electronic.provenance);
    row(tr("Dual criminality (18(9))"),
        requirements::dualCriminalityPolicyId(r.dualCriminality.policy).toHtmlEscaped() +
            (r.dualCriminality.notes.isEmpty()
                 ? QString()
                 : QStringLiteral("<br>") + r.dualCriminality.notes.toHtmlEscaped()),
        r.dualCriminality.provenance);
    row(tr("Reciprocity"),
        requirements::reciprocityPolicyId(r.reciprocity.policy).toHtmlEscaped() +
            (r.reciprocity.notes.isEmpty() ? QString()
                                           : QStringLiteral("<br>") + r.reciprocity.notes.toHtmlEscaped()),
        r.reciprocity.provenance);
    row(tr("Use limitation and confidentiality (18(19), 18(20))"),
        (r.practice.useLimitation + QStringLiteral(" ") + r.practice.confidentiality)
            .trimmed()
            .toHtmlEscaped(),
        r.practice.provenance);
    if (!r.measures.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Measures"));
        for (const auto& m : r.measures)
            h += QStringLiteral("<li>%1: %2 %3%4</li>")
                     .arg(m.measure.toHtmlEscaped(), requirements::availabilityId(m.availability),
                          (m.details + QStringLiteral(" ") + m.alternative).trimmed().toHtmlEscaped(),
                          sourceText(m.provenance));
        h += QStringLiteral("</ul>");
    }
    return h;
}

QList<IccsEntry> Knowledge::searchIccs(const QString& text, const QString& language, int limit) const
{
    QList<IccsEntry> out;
    auto* db = m_d->open();
    if (!db)
        return out;
    const auto codes = db->iccs(text);
    for (const auto& c : codes) {
        if (out.size() >= limit)
            break;
        const QString name = c.names.value(language);
        out.append({c.code, name.isEmpty() ? c.names.value(QStringLiteral("en")) : name});
    }
    return out;
}

QString Knowledge::iccsName(const QString& code, const QString& language) const
{
    auto* db = m_d->open();
    if (!db)
        return {};
    const auto c = db->iccsCode(code);
    if (!c)
        return {};
    const QString name = c->names.value(language);
    return name.isEmpty() ? c->names.value(QStringLiteral("en")) : name;
}

Suggestions Knowledge::suggestions(const Request& request) const
{
    Suggestions s;
    auto* db = m_d->open();
    const auto rec =
        db && !request.requestedState.isEmpty() ? db->state(request.requestedState) : std::nullopt;
    if (!rec)
        return s;
    using requirements::DualCriminalityPolicy;
    using requirements::ReciprocityPolicy;
    // The suggested wording is the project's own (it needs review by a qualified legal
    // translator in languages other than English); what it rests on is the State's record.
    if (rec->practice.provenance.known()) {
        s.useLimitation =
            tr("The requesting State undertakes not to transmit or use the information or evidence "
               "furnished for investigations, prosecutions or judicial proceedings other than those "
               "stated in this request without the prior consent of the requested State (article 18(19)).");
        s.useLimitationBasis = rec->practice.useLimitation;
        s.confidentiality =
            tr("The requesting State asks that the fact and substance of this request be kept "
               "confidential, except to the extent necessary to execute it (article 18(20)).");
        s.confidentialityBasis = rec->practice.confidentiality;
    }
    if (rec->dualCriminality.provenance.known() &&
        rec->dualCriminality.policy != DualCriminalityPolicy::Unknown &&
        rec->dualCriminality.policy != DualCriminalityPolicy::NotRequired) {
        QStringList lines;
        for (const auto& o : request.offences)
            for (const QString& code : o.iccsCodes)
                for (const auto& c : rec->conduct)
                    if (requirements::IccsCode::covers(c.iccs, code) &&
                        c.criminalized == requirements::Tri::Yes && !c.provision.isEmpty())
                        lines << tr("The conduct underlying the offence of %1 (ICCS %2) is also an offence "
                                    "in the "
                                    "requested State under %3.")
                                     .arg(o.name.text, code, c.provision);
        lines.removeDuplicates();
        s.dualCriminality = lines.join(u' ');
        s.dualCriminalityBasis = rec->dualCriminality.notes;
    }
    if (rec->reciprocity.provenance.known() &&
        (rec->reciprocity.policy == ReciprocityPolicy::AssuranceRequired ||
         rec->reciprocity.policy == ReciprocityPolicy::RequiredAbsentTreaty)) {
        s.reciprocity =
            tr("The requesting State assures the requested State that it will comply with a future "
               "request of a similar nature from the requested State.");
        s.reciprocityBasis = rec->reciprocity.notes;
    }
    return s;
}

render::RenderContext Knowledge::renderContext(const Request& request) const
{
    render::RenderContext ctx;
    ctx.language = request.outputLanguage;
    ctx.requestingStateName = stateName(request.requestingState, request.outputLanguage);
    ctx.requestedStateName = stateName(request.requestedState, request.outputLanguage);
    if (auto* db = m_d->open()) {
        if (const auto rec = db->state(request.requestedState)) {
            ctx.centralAuthorityName = rec->centralAuthority.name;
            ctx.centralAuthorityAddress = rec->centralAuthority.address;
            const auto& p = rec->centralAuthority.provenance;
            ctx.maxFactAgeYears = requirements::maxFactAgeYears();
            ctx.centralAuthoritySourceDate = p.sourceDate;
            ctx.centralAuthorityOutdated =
                p.known() && p.possiblyOutdated(QDate::currentDate(), ctx.maxFactAgeYears);
        }
    }
    return ctx;
}

QList<FindingItem> Knowledge::checks(const Request& request) const
{
    QList<FindingItem> out;
    const QList<checks::Finding> found = checks::runChecks(request, m_d->open());
    for (const auto& f : found) {
        FindingItem i;
        i.severity = static_cast<FindingItem::Severity>(static_cast<int>(f.severity));
        i.path = f.path;
        i.article = f.article;
        i.message = checks::messageText(f);
        i.ruleId = f.ruleId;
        i.settleKind = f.settleKind;
        i.settleState = f.settleState;
        i.askAuthority = f.askAuthority;
        out.append(i);
    }
    return out;
}

} // namespace mla::gui
