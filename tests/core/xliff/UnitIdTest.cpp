#include "xliff/UnitId.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using mla::xliff::UnitId;

TEST_CASE("a field path becomes an NMTOKEN unit id and back", "[xliff][unit-id]")
{
    const QStringList paths{QStringLiteral("summaryOfFacts"),
                            QStringLiteral("proceedings.subject"),
                            QStringLiteral("measures[m1].details.itemsSought"),
                            QStringLiteral("offences[o_1].name"),
                            QStringLiteral("persons[p 1].notes"),
                            QStringLiteral("attachments[1].description"),
                            QString::fromUtf8("measures[m\xC3\xA9:1].purpose")};
    for (const auto& p : paths) {
        const QString id = UnitId::fromFieldPath(p);
        INFO(p.toStdString() << " -> " << id.toStdString());
        // NMTOKEN-safe and conservative: letters, digits, '.', '-', '_' only.
        REQUIRE(QRegularExpression(QStringLiteral("^[A-Za-z0-9._-]+$")).match(id).hasMatch());
        REQUIRE(UnitId::toFieldPath(id) == p);
    }
    CHECK(UnitId::fromFieldPath(QStringLiteral("measures[m1].purpose")) ==
          QStringLiteral("measures_5Bm1_5D.purpose"));
}

TEST_CASE("malformed unit ids name no field", "[xliff][unit-id]")
{
    for (const char* bad : {"", "_", "_5", "_5G", "a_5b", "_41", "x_C3", "x:y", "summary facts"})
        CHECK_FALSE(UnitId::toFieldPath(QString::fromLatin1(bad)).has_value());
}
