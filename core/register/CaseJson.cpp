#include "CaseJson.h"

#include <QJsonArray>

namespace mla::reg {
namespace {

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QJsonObject toJson(const Case& c, const QDate& today)
{
    QJsonObject o;
    o.insert(QStringLiteral("ourRef"), c.ourRef);
    o.insert(QStringLiteral("theirRef"), c.theirRef);
    o.insert(QStringLiteral("direction"), c.direction);
    o.insert(QStringLiteral("status"), c.status);
    o.insert(QStringLiteral("open"), c.open);
    o.insert(QStringLiteral("requestingState"), c.requestingState);
    o.insert(QStringLiteral("requestedState"), c.requestedState);
    o.insert(QStringLiteral("requestingAuthority"), c.requestingAuthority);
    o.insert(QStringLiteral("handlingAuthority"), c.handlingAuthority);
    o.insert(QStringLiteral("legalBasis"), c.legalBasis);
    o.insert(QStringLiteral("treaty"), c.treaty);
    o.insert(QStringLiteral("measures"), QJsonArray::fromStringList(c.measures));
    o.insert(QStringLiteral("iccs"), QJsonArray::fromStringList(c.iccs));
    o.insert(QStringLiteral("urgent"), c.urgent);
    o.insert(QStringLiteral("deadline"), date(c.deadline));
    o.insert(QStringLiteral("confidential"), c.confidential);
    o.insert(QStringLiteral("handler"), c.handler);
    o.insert(QStringLiteral("language"), c.language);
    o.insert(QStringLiteral("sent"), date(c.sentDate));
    o.insert(QStringLiteral("nextActionDate"), date(c.nextActionDate));
    o.insert(QStringLiteral("nextAction"), c.nextAction);
    o.insert(QStringLiteral("overdue"), c.overdue(today));
    o.insert(QStringLiteral("version"), c.version);
    o.insert(QStringLiteral("updatedAt"), time(c.updatedAt));
    o.insert(QStringLiteral("updatedBy"), c.updatedBy);
    return o;
}

QJsonObject toJson(const Event& e)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), e.kind);
    o.insert(QStringLiteral("date"), date(e.date));
    auto opt = [&](const char* key, const QString& v) {
        if (!v.isEmpty())
            o.insert(QString::fromLatin1(key), v);
    };
    opt("note", e.note);
    opt("channel", e.channel);
    opt("ground", e.ground);
    opt("reasons", e.reasons);
    opt("theirRef", e.theirRef);
    if (!e.measures.isEmpty())
        o.insert(QStringLiteral("measures"), QJsonArray::fromStringList(e.measures));
    o.insert(QStringLiteral("recordedAt"), time(e.recordedAt));
    o.insert(QStringLiteral("recordedBy"), e.recordedBy);
    return o;
}

QJsonObject toJson(const Document& d)
{
    return QJsonObject{{QStringLiteral("path"), d.path},
                       {QStringLiteral("sha256"), d.sha256},
                       {QStringLiteral("kind"), d.kind},
                       {QStringLiteral("addedAt"), time(d.addedAt)}};
}

QJsonObject toJson(const AuditEntry& a)
{
    return QJsonObject{{QStringLiteral("at"), time(a.at)},
                       {QStringLiteral("who"), a.who},
                       {QStringLiteral("action"), a.action},
                       {QStringLiteral("detail"), a.detail}};
}

} // namespace mla::reg
