#pragma once
// XLIFF unit ids for request field paths. A field path ("measures[m1].details.accounts") is not
// an XML NMTOKEN, which XLIFF 2.0 requires for unit ids, so every character outside
// [A-Za-z0-9.-] is written as "_" plus two upper-case hex digits per UTF-8 byte
// ("measures_5Bm1_5D.details.accounts"). The mapping is reversible and stable.
// Pure functions, reentrant.

#include <QString>

#include <optional>

namespace mla::xliff {

class UnitId
{
public:
    // The NMTOKEN for `fieldPath` (never empty for a non-empty path).
    static QString fromFieldPath(const QString& fieldPath);
    // The field path for a unit id, or nothing when `unitId` is not a well-formed escape
    // (a lone "_", bad hex digits, bytes that are not UTF-8, a character that needs escaping).
    static std::optional<QString> toFieldPath(const QString& unitId);
};

} // namespace mla::xliff
