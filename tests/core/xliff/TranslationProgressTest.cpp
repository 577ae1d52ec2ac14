#include "xliff/TranslationProgress.h"
#include "XliffFixtures.h"

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::xliff;

namespace {
FieldState stateOf(const QList<FieldStatus>& list, const QString& path)
{
    for (const auto& s : list)
        if (s.fieldPath == path)
            return s.state;
    FAIL("no such field " << path.toStdString());
    return FieldState::Missing;
}
} // namespace

TEST_CASE("each field's translation state is known per language", "[xliff][status]")
{
    Request req = test::xliffRequest();
    const QString fr = QStringLiteral("fr");
    auto tr = [&](LocalizedText& t, TranslationStatus s) {
        t.setTranslation({fr, QStringLiteral("x"), s, LocalizedText::hashOf(t.text), test::fixedTime()});
    };
    tr(req.summaryOfFacts, TranslationStatus::Reviewed);
    tr(req.proceedings.subject, TranslationStatus::Translated);
    tr(req.useLimitation, TranslationStatus::Draft);
    tr(req.offences[0].name, TranslationStatus::Reviewed);
    req.offences[0].name.text = QStringLiteral("Aggravated fraud"); // original changed since

    const auto list = TranslationProgress::of(req, fr);
    CHECK(list.size() == req.localizedTexts().size());
    CHECK(stateOf(list, QStringLiteral("summaryOfFacts")) == FieldState::Reviewed);
    CHECK(stateOf(list, QStringLiteral("proceedings.subject")) == FieldState::Translated);
    CHECK(stateOf(list, QStringLiteral("useLimitation")) == FieldState::Draft);
    CHECK(stateOf(list, QStringLiteral("offences[o1].name")) == FieldState::Stale);
    CHECK(stateOf(list, QStringLiteral("persons[p1].notes")) == FieldState::Missing);
    CHECK(stateOf(list, QStringLiteral("dualCriminalityNote")) == FieldState::NotNeeded); // written in French
    CHECK(stateOf(list, QStringLiteral("urgency.reasons")) == FieldState::NotNeeded);     // empty
    CHECK_FALSE(TranslationProgress::complete(list));
    CHECK(fieldStateId(FieldState::Stale) == QStringLiteral("stale"));

    // Nothing to translate into the draft's own language except the French note.
    const auto en = TranslationProgress::of(req, QStringLiteral("en"));
    CHECK(stateOf(en, QStringLiteral("summaryOfFacts")) == FieldState::NotNeeded);
    CHECK(stateOf(en, QStringLiteral("dualCriminalityNote")) == FieldState::Missing);
}
