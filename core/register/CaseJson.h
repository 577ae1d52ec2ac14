#pragma once
// The JSON of `register list --json` and `register show --json` (fields documented in the
// README, "Case register"). Pure functions.

#include "CaseRecord.h"

#include <QJsonObject>

namespace mla::reg {

QJsonObject toJson(const Case& c, const QDate& today);
QJsonObject toJson(const Event& e);
QJsonObject toJson(const Document& d);
QJsonObject toJson(const AuditEntry& a);

} // namespace mla::reg
