#include "CheckContext.h"

namespace mla::checks {

CheckContext::CheckContext(const Request& request, const requirements::Database* db)
    : m_request(request), m_db(db)
{
    if (m_db && !request.requestedState.isEmpty()) {
        m_requested = m_db->state(request.requestedState);
        if (!request.requestingState.isEmpty())
            m_treaties = m_db->treaties(request.requestingState, request.requestedState);
    }
}

QList<requirements::Treaty> CheckContext::treatiesInForce() const
{
    QList<requirements::Treaty> out;
    for (const auto& t : m_treaties)
        if (t.inForce == requirements::Tri::Yes)
            out << t;
    return out;
}

QString CheckContext::requestedName() const
{
    if (m_requested) {
        const QString en = m_requested->names.value(QStringLiteral("en"));
        if (!en.isEmpty())
            return en;
    }
    if (!m_request.requestedState.isEmpty())
        return m_request.requestedState;
    return QStringLiteral("the requested State");
}

bool CheckContext::serviceOnly() const
{
    if (m_request.measures.isEmpty())
        return false;
    for (const auto& m : m_request.measures)
        if (m.type != MeasureType::Service)
            return false;
    return true;
}

bool CheckContext::anyCoercive() const
{
    for (const auto& m : m_request.measures)
        if (measureSpec(m.type).coercive)
            return true;
    return false;
}

QString CheckContext::convention(const QString& article)
{
    return QStringLiteral("UNTOC ") +
           (article.startsWith(QLatin1String("art")) ? article : QStringLiteral("art. ") + article);
}

QString CheckContext::provenanceText(const requirements::Provenance& p)
{
    if (!p.known())
        return QStringLiteral("requirements database: nothing recorded");
    QString s = p.source;
    if (p.verified.isValid())
        s += QStringLiteral("; verified %1").arg(p.verified.toString(Qt::ISODate));
    else
        s += QStringLiteral("; not verified");
    if (!p.verifiedBy.isEmpty())
        s += QStringLiteral(" (%1)").arg(p.verifiedBy);
    s += p.sourceDate.isValid() ? QStringLiteral("; source date %1").arg(p.sourceDate.toString(Qt::ISODate))
                                : QStringLiteral("; source undated");
    if (p.possiblyOutdated(QDate::currentDate(), requirements::maxFactAgeYears()))
        s += QStringLiteral(" — possibly outdated (older than %1 years or undated): verify")
                 .arg(requirements::maxFactAgeYears());
    return s;
}

Finding CheckContext::make(const QString& rule, Severity severity, const QString& article,
                           const QString& path, const QString& key, const QStringList& args,
                           const QString& source)
{
    return Finding{rule, severity, article, path, key, args, source, {}, {}, {}, {}};
}

} // namespace mla::checks
