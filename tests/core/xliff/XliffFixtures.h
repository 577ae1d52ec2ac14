#pragma once
// A request with free text in every kind of field, and helpers that play the translator.

#include "model/Request.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace mla::test {

Request xliffRequest();
// Inserts (or replaces) a <target> in the unit for each field path of `targets`, as a CAT
// tool would; the segment state becomes "translated".
QByteArray translate(const QByteArray& xliff, const QMap<QString, QString>& targets);
QDateTime fixedTime(int minutes = 0); // 2026-11-28T10:00Z + minutes

} // namespace mla::test
