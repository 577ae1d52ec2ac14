// The translator's workflow on the output page: export a sample's free text to XLIFF, translate
// it as a CAT tool would, import it as one undoable step, and follow the per-field status list.
#include "DraftSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "OutputPage.h"
#include "Wizard.h"
#include "model/Vocabulary.h"
#include "ui_OutputPage.h"
#include "xliff/UnitId.h"

#include <QFile>
#include <QTreeWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

namespace {

const LocalizedText* fieldAt(const Request& r, const QString& path)
{
    for (const auto& [p, text] : r.localizedTexts()) {
        if (p == path)
            return text;
    }
    return nullptr;
}

// The state id the output page's status list shows for `path`, or "" when it lists no such field.
QString listedState(gui::OutputPage* page, const QString& path)
{
    QTreeWidget* tree = page->ui()->translationStatusTree;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = tree->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == path)
            return item->data(2, Qt::UserRole).toString();
    }
    return {};
}

// Gives the unit of `path` in the XLIFF document `doc` the target `text` (state translated),
// optionally replacing its source. False when the unit is not found in the expected shape.
bool translateUnit(QString& doc, const QString& path, const QString& text, const QString& newSource = {})
{
    const int unit = doc.indexOf(QStringLiteral("<unit id=\"%1\"").arg(xliff::UnitId::fromFieldPath(path)));
    if (unit < 0)
        return false;
    const int end = doc.indexOf(QLatin1String("</unit>"), unit);
    const int segment = doc.indexOf(QLatin1String("<segment state=\""), unit);
    const int sourceStart = doc.indexOf(QLatin1String("<source xml:space=\"preserve\">"), unit);
    const int sourceEnd = doc.indexOf(QLatin1String("</source>"), unit);
    if (end < 0 || segment < 0 || segment > end || sourceStart < 0 || sourceEnd < 0 || sourceEnd > end)
        return false;
    const int existing = doc.indexOf(QLatin1String("<target"), unit);
    if (existing >= 0 && existing < end)
        return false; // already translated: the test wants a field without a translation
    doc.insert(sourceEnd + int(qstrlen("</source>")),
               QStringLiteral("\n        <target xml:space=\"preserve\">%1</target>").arg(text));
    if (!newSource.isEmpty()) {
        const int contentStart = sourceStart + int(qstrlen("<source xml:space=\"preserve\">"));
        doc.replace(contentStart, sourceEnd - contentStart, newSource);
    }
    const int stateStart = segment + int(qstrlen("<segment state=\""));
    const int stateEnd = doc.indexOf(u'"', stateStart);
    doc.replace(stateStart, stateEnd - stateStart, QStringLiteral("translated"));
    return true;
}

} // namespace

TEST_CASE("a sample's free text is exported for translation, imported back as one undoable step",
          "[gui][output][xliff]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    REQUIRE(!samples().isEmpty());
    REQUIRE(window.newFromSample(samples().first()).ok());
    gui::Wizard* wiz = window.wizard();
    wiz->goTo(QStringLiteral("output"));
    gui::OutputPage* out = wiz->outputPage();
    gui::DraftSession* session = window.session();

    // Translate into a UN language other than the one the draft is written in, chosen as the
    // output language so that the status list shows it.
    const QString draftLanguage = session->request().draftLanguage;
    QString target;
    for (const QString& code : unLanguages()) {
        if (code != draftLanguage) {
            target = code;
            break;
        }
    }
    out->ui()->outputLanguageCombo->setCurrentIndex(int(unLanguages().indexOf(target)));
    REQUIRE(session->request().outputLanguage == target);

    const QString xlf = env.path(QStringLiteral("request.xlf"));
    const auto exported = out->exportTranslation(target, xlf);
    REQUIRE(exported.ok());
    REQUIRE(!exported.value().exportedFields.isEmpty());
    CHECK(out->ui()->statusLabel->text().contains(QStringLiteral("request.xlf")));

    QFile file(xlf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString doc = QString::fromUtf8(file.readAll());
    file.close();

    // The first exported field without a translation gets one; a second one is "translated"
    // from a source that no longer matches the draft, and must be refused.
    QString translatedPath;
    QString stalePath;
    for (const QString& path : exported.value().exportedFields) {
        const LocalizedText* t = fieldAt(session->request(), path);
        REQUIRE(t != nullptr);
        if (t->translation(target))
            continue;
        if (translatedPath.isEmpty())
            translatedPath = path;
        else if (stalePath.isEmpty())
            stalePath = path;
    }
    REQUIRE(!translatedPath.isEmpty());
    CHECK(listedState(out, translatedPath) == QStringLiteral("missing"));
    const QString translation = QStringLiteral("Translated text for the test (%1)").arg(target);
    REQUIRE(translateUnit(doc, translatedPath, translation));
    if (!stalePath.isEmpty())
        REQUIRE(translateUnit(doc, stalePath, QStringLiteral("Stale translation"),
                              QStringLiteral("An original the draft never had")));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(doc.toUtf8());
    file.close();

    const Request before = session->request();
    const int undoSteps = session->undoStack()->count();
    const auto imported = out->importTranslation(xlf);
    REQUIRE(imported.ok());
    CHECK(imported.value().count(xliff::UnitOutcome::Applied) == 1);
    CHECK(session->undoStack()->count() == undoSteps + 1);

    const LocalizedText* after = fieldAt(session->request(), translatedPath);
    REQUIRE(after != nullptr);
    const Translation* t = after->translation(target);
    REQUIRE(t != nullptr);
    CHECK(t->text == translation);
    CHECK(t->status == TranslationStatus::Translated);
    CHECK(!after->isStale(target));
    CHECK(listedState(out, translatedPath) == QStringLiteral("translated"));
    CHECK(gui::OutputPage::importSummary(imported.value()).contains(QStringLiteral("request.xlf")));

    if (!stalePath.isEmpty()) {
        CHECK(imported.value().count(xliff::UnitOutcome::StaleSource) == 1);
        CHECK(imported.value().hasRefusals());
        CHECK(fieldAt(session->request(), stalePath)->translation(target) == nullptr);
        const QString details = gui::OutputPage::importDetails(imported.value());
        CHECK(details.contains(QStringLiteral("stale-source")));
        CHECK(details.contains(stalePath));
        CHECK(details.contains(QStringLiteral("Line ")));
    }

    // Undo removes the whole import at once; redo brings it back.
    session->undoStack()->undo();
    CHECK(session->request() == before);
    CHECK(fieldAt(session->request(), translatedPath)->translation(target) == nullptr);
    CHECK(listedState(out, translatedPath) == QStringLiteral("missing"));
    session->undoStack()->redo();
    REQUIRE(fieldAt(session->request(), translatedPath)->translation(target) != nullptr);
    CHECK(fieldAt(session->request(), translatedPath)->translation(target)->text == translation);

    // A file that is not XLIFF is refused as a whole, naming the file, and changes nothing.
    const QString bad = env.path(QStringLiteral("bad.xlf"));
    QFile badFile(bad);
    REQUIRE(badFile.open(QIODevice::WriteOnly));
    badFile.write("<xliff><unit");
    badFile.close();
    const Request current = session->request();
    const auto refused = out->importTranslation(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().file.contains(QStringLiteral("bad.xlf")));
    CHECK(session->request() == current);
    CHECK(out->ui()->statusLabel->text().contains(QStringLiteral("bad.xlf")));

    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}
