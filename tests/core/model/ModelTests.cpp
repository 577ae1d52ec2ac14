#include "model/MeasureSchema.h"
#include "model/Request.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace mla;

TEST_CASE("every measure type has a spec in enum order with unique ids and fields", "[model][measures]")
{
    const auto& specs = measureSpecs();
    REQUIRE(specs.size() == static_cast<int>(MeasureType::TransferProceedings) + 1);
    QSet<QString> ids;
    for (int i = 0; i < specs.size(); ++i) {
        const MeasureSpec& s = specs.at(i);
        CHECK(static_cast<int>(s.type) == i);
        CHECK_FALSE(ids.contains(s.id));
        ids.insert(s.id);
        CHECK_FALSE(s.article.isEmpty());
        QSet<QString> keys;
        for (const auto& f : s.fields) {
            CHECK_FALSE(keys.contains(f.key));
            keys.insert(f.key);
            if (f.kind == FieldKind::Choice)
                CHECK_FALSE(f.choices.isEmpty());
        }
        CHECK(measureSpecById(s.id) == &s);
    }
    CHECK(measureSpecById(QStringLiteral("no-such-measure")) == nullptr);
}

TEST_CASE("the article 18(3) types and modern measures are all present", "[model][measures]")
{
    for (const char* id :
         {"evidence", "service", "search-seizure", "freezing", "examination", "information-expert",
          "bank-records", "records", "tracing", "voluntary-appearance", "other", "preservation",
          "stored-data", "real-time-traffic", "videoconference", "detained-transfer", "controlled-delivery",
          "joint-investigation", "transfer-proceedings"})
        CHECK(measureSpecById(QString::fromLatin1(id)) != nullptr);
    const auto* bank = measureSpecById(QStringLiteral("bank-records"));
    REQUIRE(bank);
    CHECK(bank->coercive);
    CHECK(fieldSpec(bank->type, QStringLiteral("accounts"))->kind == FieldKind::List);
    CHECK(fieldSpec(bank->type, QStringLiteral("institution"))->required);
}

TEST_CASE("a translation made from an older original is stale", "[model][text]")
{
    LocalizedText t{QStringLiteral("Les faits"), QStringLiteral("fr"), {}};
    t.setTranslation({QStringLiteral("en"),
                      QStringLiteral("The facts"),
                      TranslationStatus::Translated,
                      LocalizedText::hashOf(t.text),
                      {}});
    CHECK_FALSE(t.isStale(QStringLiteral("en")));
    t.text = QStringLiteral("Les faits nouveaux");
    CHECK(t.isStale(QStringLiteral("en")));
    CHECK(t.translation(QStringLiteral("es")) == nullptr);
    // setTranslation replaces rather than duplicates.
    t.setTranslation({QStringLiteral("en"),
                      QStringLiteral("The new facts"),
                      TranslationStatus::Reviewed,
                      LocalizedText::hashOf(t.text),
                      {}});
    CHECK(t.translations.size() == 1);
    CHECK_FALSE(t.isStale(QStringLiteral("en")));
}

TEST_CASE("ids are allocated without collisions and text fields are enumerated with paths", "[model]")
{
    Request r;
    r.persons.append(Person{});
    r.persons.last().id = QStringLiteral("p1");
    r.persons.append(Person{});
    r.persons.last().id = QStringLiteral("p3");
    CHECK(r.nextId(QStringLiteral("p")) == QStringLiteral("p2"));
    Measure m;
    m.id = QStringLiteral("m1");
    m.type = MeasureType::Evidence;
    m.details.insert(QStringLiteral("questions"),
                     FieldValue{{}, {}, {QStringLiteral("Q?"), QStringLiteral("en"), {}}});
    r.measures.append(m);
    QStringList paths;
    for (const auto& [path, text] : r.localizedTexts())
        paths << path;
    CHECK(paths.contains(QStringLiteral("summaryOfFacts")));
    CHECK(paths.contains(QStringLiteral("measures[m1].details.questions")));
    CHECK(paths.contains(QStringLiteral("persons[p3].notes")));
    CHECK(r.person(QStringLiteral("p3")) != nullptr);
    CHECK(r.person(QStringLiteral("p2")) == nullptr);
}

TEST_CASE("enum ids round-trip", "[model]")
{
    for (auto c : {Channel::CentralAuthority, Channel::Diplomatic, Channel::Interpol}) {
        Channel back{};
        REQUIRE(enumFromId(enumId(c), &back));
        CHECK(back == c);
    }
    PersonRole role{};
    CHECK_FALSE(enumFromId(QStringLiteral("king"), &role));
    CHECK(enumId(PersonRole::AccountHolder) == QStringLiteral("account-holder"));
}
