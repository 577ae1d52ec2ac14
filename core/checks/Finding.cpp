#include "Finding.h"

#include "Checker.h"

#include <QJsonArray>

namespace mla::checks {

QString severityId(Severity s)
{
    switch (s) {
    case Severity::Blocking:
        return QStringLiteral("blocking");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QJsonObject toJson(const Finding& f)
{
    QJsonObject o;
    o.insert(QStringLiteral("rule"), f.ruleId);
    o.insert(QStringLiteral("severity"), severityId(f.severity));
    o.insert(QStringLiteral("article"), f.article);
    o.insert(QStringLiteral("path"), f.path);
    o.insert(QStringLiteral("key"), f.messageKey);
    o.insert(QStringLiteral("args"), QJsonArray::fromStringList(f.args));
    o.insert(QStringLiteral("source"), f.source);
    o.insert(QStringLiteral("message"), messageText(f));
    if (!f.settle.isEmpty())
        o.insert(QStringLiteral("settle"), f.settle);
    if (!f.askAuthority.isEmpty())
        o.insert(QStringLiteral("askAuthority"), f.askAuthority);
    if (!f.settleKind.isEmpty()) {
        o.insert(QStringLiteral("settleKind"), f.settleKind);
        o.insert(QStringLiteral("settleState"), f.settleState);
    }
    return o;
}

} // namespace mla::checks
