// The knowledge editor, driven through its window and dialogs (offscreen): an administrator
// finds a State in any language, records its dual-criminality policy and three criminalized
// conducts with sources (undo and redo included, history visible), exports a signed package; a
// second installation that trusts that administrator previews and imports it, after which the
// checks report dual criminality satisfied, citing the provision and the source. An untrusted or
// tampered package changes nothing.
#include "GuiTestSupport.h"
#include "ImportPreviewDialog.h"
#include "KnowledgeWindow.h"
#include "RecordDialog.h"
#include "TestSupport.h"
#include "checks/Checker.h"
#include "draft/DraftFile.h"
#include "pdf/DemoIdentity.h"
#include "pdf/Identity.h"
#include "requirements/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

namespace {

std::unique_ptr<requirements::Database> openDb(const QString& path)
{
    auto db = requirements::Database::open(path);
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Fills a record dialog like a user and returns its record; OK must be enabled only at the end.
requirements::Record fill(gui::KnowledgeWindow& window, const char* kind,
                          std::initializer_list<std::pair<const char*, const char*>> values,
                          const char* source)
{
    requirements::Record base;
    base.kind = QString::fromLatin1(kind);
    base.fields.insert(QStringLiteral("iso3"), window.currentState());
    gui::RecordDialog dialog(base, true, &window);
    for (const auto& [k, v] : values)
        REQUIRE(dialog.setValue(QString::fromLatin1(k), QString::fromUtf8(v)));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // no source yet
    CHECK(dialog.problem().contains(QStringLiteral("source is required")));
    REQUIRE(dialog.setValue(QStringLiteral("source"), QString::fromUtf8(source)));
    REQUIRE(dialog.setValue(QStringLiteral("sourceDate"), QStringLiteral("2026-10-01")));
    REQUIRE(dialog.setValue(QStringLiteral("verified"), QStringLiteral("2026-11-02")));
    REQUIRE(dialog.setValue(QStringLiteral("verifiedBy"), QStringLiteral("central authority desk (test)")));
    INFO(dialog.problem().toStdString());
    CHECK(ok->isEnabled());
    return dialog.record();
}

} // namespace

TEST_CASE("knowledge recorded in the editor reaches a second installation through a signed package",
          "[gui][knowledge]")
{
    GuiEnv env;
    auto demo = pdf::createDemoIdentity("secret");
    REQUIRE(demo.ok());
    const QString p12 = env.path(QStringLiteral("admin.p12"));
    {
        QFile f(p12);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(demo.value().p12);
    }
    auto a = openDb(env.path(QStringLiteral("a.sqlite")));
    gui::KnowledgeWindow editor(a.get());
    editor.show();

    // Choose a State: by ISO code or by its name in any of the six languages.
    editor.setSearch(QStringLiteral("Бутан"));
    CHECK(editor.listedStates() == QStringList{QStringLiteral("BTN")});
    editor.setSearch(QStringLiteral("不丹"));
    CHECK(editor.listedStates() == QStringList{QStringLiteral("BTN")});
    editor.setSearch(QStringLiteral("btn"));
    CHECK(editor.listedStates().contains(QStringLiteral("BTN")));
    REQUIRE(editor.selectState(QStringLiteral("BTN")));
    // Unknown is shown as such, never blank.
    const auto unknownRows =
        editor.recordsView()->findItems(QStringLiteral("dual-criminality"), Qt::MatchExactly, 0);
    REQUIRE(unknownRows.size() == 1);
    CHECK(unknownRows.first()->text(2).startsWith(QStringLiteral("unknown")));

    // The dual-criminality vocabulary is enforced: "sometimes" is not offered.
    {
        requirements::Record base;
        base.kind = QStringLiteral("dual-criminality");
        base.fields.insert(QStringLiteral("iso3"), QStringLiteral("BTN"));
        gui::RecordDialog d(base, true, &editor);
        CHECK_FALSE(d.setValue(QStringLiteral("policy"), QStringLiteral("sometimes")));
        auto* policy = d.findChild<QComboBox*>(QStringLiteral("policy"));
        REQUIRE(policy);
        CHECK(policy->itemData(0).toString() == QStringLiteral("unknown"));
    }
    REQUIRE(editor
                .applyRecord(fill(editor, "dual-criminality", {{"policy", "required-for-all"}},
                                  "Test source: letter of the central authority"))
                .ok());
    int n = 1;
    for (const char* code : {"07041", "0101", "0501"}) {
        const QByteArray provision = "Penal Code (test), s. " + QByteArray::number(n++);
        REQUIRE(editor
                    .applyRecord(
                        fill(editor, "conduct",
                             {{"iccs", code}, {"criminalized", "yes"}, {"provision", provision.constData()}},
                             "Test source: penal code (test edition)"))
                    .ok());
    }
    CHECK(a->state(QStringLiteral("BTN"))->conduct.size() == 3);
    editor.undoStack()->undo();
    CHECK(a->state(QStringLiteral("BTN"))->conduct.size() == 2);
    editor.undoStack()->redo();
    CHECK(a->state(QStringLiteral("BTN"))->conduct.size() == 3);
    // The history of a record is visible.
    const auto dualRows =
        editor.recordsView()->findItems(QStringLiteral("dual-criminality"), Qt::MatchExactly, 0);
    REQUIRE(dualRows.size() == 1);
    editor.recordsView()->setCurrentItem(dualRows.first());
    CHECK(editor.historyText().contains(QStringLiteral("added")));
    CHECK(dualRows.first()->text(4) == QStringLiteral("2026-10-01"));

    const QString pkg = env.path(QStringLiteral("btn.mlreq"));
    REQUIRE(editor.exportSigned(p12, "secret", pkg, false).ok());

    // The second installation.
    auto b = openDb(env.path(QStringLiteral("b.sqlite")));
    gui::KnowledgeWindow office(b.get());
    const QByteArray pristine = fileBytes(env.path(QStringLiteral("b.sqlite")));
    auto untrusted = office.previewImport(pkg, false);
    REQUIRE_FALSE(untrusted.ok());
    CHECK(untrusted.error().code == QStringLiteral("requirements.signature.untrusted"));
    REQUIRE(b->addPublisher(demo.value().signerPem, QStringLiteral("admin.pem")).ok());
    QByteArray tampered = fileBytes(pkg);
    tampered[tampered.indexOf("required-for-all")] = 'R';
    const QString bad = env.path(QStringLiteral("tampered.mlreq"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(tampered);
    }
    const QByteArray beforeTamper = fileBytes(env.path(QStringLiteral("b.sqlite")));
    auto refused = office.previewImport(bad, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("requirements.signature.invalid"));
    CHECK(fileBytes(env.path(QStringLiteral("b.sqlite"))) == beforeTamper);
    CHECK(beforeTamper.size() >= pristine.size()); // only the publisher was added

    auto plan = office.previewImport(pkg, false);
    REQUIRE(plan.ok());
    gui::ImportPreviewDialog preview(plan.value(), &office);
    CHECK(preview.entries()->topLevelItemCount() == plan.value().entries.size());
    CHECK_FALSE(preview.entries()->findItems(QStringLiteral("added"), Qt::MatchExactly, 0).isEmpty());
    CHECK(b->state(QStringLiteral("BTN"))->conduct.isEmpty()); // nothing written by the preview
    REQUIRE(office.commitImport(plan.value(), false).ok());

    auto request = draft::DraftFile::read(test::dataPath(QStringLiteral("checks/base-complete/input.mlar")));
    REQUIRE(request.ok());
    Request r = request.value();
    r.requestedState = QStringLiteral("BTN");
    bool satisfied = false;
    for (const auto& f : checks::runChecks(r, b.get())) {
        if (f.messageKey != QLatin1String("dual.satisfied"))
            continue;
        satisfied = true;
        CHECK(checks::messageText(f).contains(QStringLiteral("Penal Code (test), s. 1")));
        CHECK(f.source.contains(QStringLiteral("Test source: penal code")));
    }
    CHECK(satisfied);
}
