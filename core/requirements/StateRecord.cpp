#include "StateRecord.h"

namespace mla::requirements {
namespace {

template <typename E> bool fromIds(const QStringList& ids, const QString& id, E* out)
{
    const int i = ids.indexOf(id);
    if (i < 0)
        return false;
    *out = static_cast<E>(i);
    return true;
}

const QStringList& untocIds()
{
    static const QStringList l{QStringLiteral("unknown"), QStringLiteral("party"),
                               QStringLiteral("signatory"), QStringLiteral("not-party")};
    return l;
}
const QStringList& triIds()
{
    static const QStringList l{QStringLiteral("unknown"), QStringLiteral("yes"), QStringLiteral("no")};
    return l;
}
const QStringList& channelIds()
{
    static const QStringList l{QStringLiteral("unknown"), QStringLiteral("accepted"),
                               QStringLiteral("required"), QStringLiteral("not-accepted")};
    return l;
}
const QStringList& dualIds()
{
    static const QStringList l{QStringLiteral("unknown"), QStringLiteral("not-required"),
                               QStringLiteral("required-for-coercive"), QStringLiteral("required-for-all")};
    return l;
}
const QStringList& reciprocityIds()
{
    static const QStringList l{QStringLiteral("unknown"), QStringLiteral("not-required"),
                               QStringLiteral("assurance-required"),
                               QStringLiteral("required-absent-treaty")};
    return l;
}
const QStringList& availabilityIds()
{
    static const QStringList l{QStringLiteral("unknown"), QStringLiteral("available"),
                               QStringLiteral("not-available"), QStringLiteral("limited")};
    return l;
}

} // namespace

QString untocStatusId(UntocStatus v)
{
    return untocIds().value(int(v));
}
bool untocStatusFromId(const QString& id, UntocStatus* out)
{
    return fromIds(untocIds(), id, out);
}
QString triId(Tri v)
{
    return triIds().value(int(v));
}
bool triFromId(const QString& id, Tri* out)
{
    return fromIds(triIds(), id, out);
}
QString channelPolicyId(ChannelPolicy v)
{
    return channelIds().value(int(v));
}
bool channelPolicyFromId(const QString& id, ChannelPolicy* out)
{
    return fromIds(channelIds(), id, out);
}
QString dualCriminalityPolicyId(DualCriminalityPolicy v)
{
    return dualIds().value(int(v));
}
bool dualCriminalityPolicyFromId(const QString& id, DualCriminalityPolicy* out)
{
    return fromIds(dualIds(), id, out);
}
QString reciprocityPolicyId(ReciprocityPolicy v)
{
    return reciprocityIds().value(int(v));
}
bool reciprocityPolicyFromId(const QString& id, ReciprocityPolicy* out)
{
    return fromIds(reciprocityIds(), id, out);
}
QString availabilityId(Availability v)
{
    return availabilityIds().value(int(v));
}
bool availabilityFromId(const QString& id, Availability* out)
{
    return fromIds(availabilityIds(), id, out);
}

const MeasureNote* StateRecord::measure(const QString& measureId) const
{
    for (const auto& m : measures)
        if (m.measure == measureId)
            return &m;
    return nullptr;
}

QList<Declaration> StateRecord::declarationsOn(const QString& topic) const
{
    QList<Declaration> untoc, other;
    for (const auto& d : declarations)
        if (d.topic == topic)
            (d.isUntoc() ? untoc : other) << d;
    return untoc + other;
}

} // namespace mla::requirements
