// The "done when", in the GUI alone: every step is a click, a choice or typing in the
// knowledge editor's windows and dialogs (menus' actions triggered, modal dialogs answered as a
// user would: the file dialogs, the signing dialog, the confirmations). An administrator records a
// State's dual-criminality policy and three criminalized conducts with their sources and exports a
// signed package; a second installation adds that administrator as a trusted publisher (seeing the
// fingerprint), refuses an untrusted and a tampered package and an unconfirmed unsigned one with
// every table unchanged, then imports the signed package after its preview; the checks then report
// dual criminality satisfied, citing the provision and the source. Also: an "unknown" finding of
// the wizard's checks opens the editor at its record, the wizard's panel shows the facts' source
// dates and marks old ones, and the age is a preference.
#include "ChecksPanel.h"
#include "FactAgeSetting.h"
#include "GuiTestSupport.h"
#include "ImportPreviewDialog.h"
#include "Knowledge.h"
#include "KnowledgeWindow.h"
#include "PublishersDialog.h"
#include "RecordDialog.h"
#include "SignDialog.h"
#include "TestSupport.h"
#include "checks/Checker.h"
#include "draft/DraftFile.h"
#include "pdf/DemoIdentity.h"
#include "requirements/Database.h"
#include "ui_ChecksPanel.h"
#include "ui_SignDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <functional>

using namespace mla;
using namespace mla::test;

namespace {

// Answers the modal dialogs that appear, in order, as a user would. A step names the dialog it
// expects (object name or class); its action runs once the dialog is the active modal widget.
// Buttons are clicked through the event queue so that the action returns before the dialog's
// own event loop ends.
class ModalScript
{
public:
    using Action = std::function<void(QWidget*)>;
    ModalScript()
    {
        m_timer.setInterval(15);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
        m_timer.start();
        m_idle.start();
    }
    ModalScript& then(const QString& dialog, Action action)
    {
        m_steps.append({dialog, std::move(action)});
        return *this;
    }
    bool done() const { return m_steps.isEmpty(); }
    QStringList seen() const { return m_seen; }
    QStringList stuck() const { return m_stuck; }

private:
    void poll()
    {
        QWidget* w = QApplication::activeModalWidget();
        // A dialog nobody answers: reported and closed, so that the test fails instead of hanging.
        if (m_idle.isValid() && m_idle.elapsed() > 15000) {
            m_idle.restart();
            m_stuck << (w ? QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                          QString::fromLatin1(w->metaObject()->className()))
                          : QStringLiteral("no dialog"));
            if (auto* d = qobject_cast<QDialog*>(w))
                d->reject();
            return;
        }
        if (w && m_steps.isEmpty() && w != m_last && qEnvironmentVariableIsSet("KNOW_DEBUG")) {
            m_last = w;
            fprintf(stderr, "unexpected modal %s (%s)\n", qPrintable(w->objectName()),
                    w->metaObject()->className());
            if (auto* box = qobject_cast<QMessageBox*>(w))
                fprintf(stderr, "  %s\n", qPrintable(box->text()));
        }
        if (!w || m_steps.isEmpty() || w == m_last)
            return;
        const Step& next = m_steps.first();
        if (w->objectName() != next.dialog && !w->inherits(next.dialog.toLatin1().constData())) {
            if (qEnvironmentVariableIsSet("KNOW_DEBUG"))
                fprintf(stderr, "modal %s (%s), expecting %s\n", qPrintable(w->objectName()),
                        w->metaObject()->className(), qPrintable(next.dialog));
            return;
        }
        m_last = w;
        m_idle.restart();
        const Step step = m_steps.takeFirst();
        m_seen << step.dialog;
        if (qEnvironmentVariableIsSet("KNOW_DEBUG"))
            fprintf(stderr, "step %s\n", qPrintable(step.dialog));
        step.action(w);
    }
    struct Step
    {
        QString dialog;
        Action action;
    };
    QList<Step> m_steps;
    QStringList m_seen;
    QStringList m_stuck;
    QElapsedTimer m_idle;
    QPointer<QWidget> m_last;
    QTimer m_timer;
};

void clickLater(QAbstractButton* b)
{
    REQUIRE(b);
    QTimer::singleShot(0, b, &QAbstractButton::click);
}

QAbstractButton* buttonWithText(QWidget* w, const QString& text)
{
    for (auto* b : w->findChildren<QAbstractButton*>())
        if (b->text().remove(u'&') == text)
            return b;
    return nullptr;
}

void chooseFile(QWidget* w, const QString& path)
{
    auto* dialog = qobject_cast<QFileDialog*>(w);
    REQUIRE(dialog);
    // Typed as a user would (the whole path in the file name box), then accepted. The dialog's
    // directory model loads in another thread and may reset the box once: type and accept again
    // until the dialog has closed.
    QPointer<QFileDialog> d(dialog);
    auto* retry = new QTimer(dialog);
    retry->setInterval(100);
    QObject::connect(retry, &QTimer::timeout, dialog, [d, path] {
        if (!d || !d->isVisible())
            return;
        if (auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        else
            d->selectFile(path);
        static_cast<QDialog*>(d.data())->accept(); // public in QDialog
    });
    retry->start();
}

// Every table of an SQLite file, rows sorted: a database "unchanged" compares equal.
QString dumpTables(const QString& path)
{
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QStringList tables;
        QSqlQuery t(db);
        REQUIRE(t.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        while (t.next())
            tables << t.value(0).toString();
        REQUIRE(tables.size() > 5);
        for (const QString& table : tables) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            QStringList rows;
            while (q.next()) {
                QStringList cells;
                for (int c = 0; c < q.record().count(); ++c)
                    cells << q.value(c).toString();
                rows << cells.join(u'\x1f');
            }
            rows.sort();
            out += QStringLiteral("== %1 (%2 rows)\n").arg(table).arg(rows.size()) + rows.join(u'\n') + u'\n';
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return out;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QAction* action(QWidget* w, const char* name)
{
    auto* a = w->findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(a);
    return a;
}

// Waits (processing events) until the script has answered every dialog, at most 20 s.
void finish(const ModalScript& script)
{
    QElapsedTimer t;
    t.start();
    while (!script.done() && t.elapsed() < 20000)
        QTest::qWait(20);
    INFO("answered: " << script.seen().join(QStringLiteral(", ")).toStdString());
    INFO("left unanswered: " << script.stuck().join(QStringLiteral(", ")).toStdString());
    CHECK(script.stuck().isEmpty());
    REQUIRE(script.done());
}

// Record > Add, answered like a user: the kind, each field (a combo box's value or typed text),
// the source and its date, the verification. OK is enabled only once the source is typed.
void addRecord(gui::KnowledgeWindow& window, const QString& kind,
               const QList<QPair<QString, QString>>& values, const QString& source)
{
    ModalScript script;
    bool okDisabledWithoutSource = false;
    script.then(QStringLiteral("recordDialog"), [&](QWidget* w) {
        auto* kindBox = w->findChild<QComboBox*>(QStringLiteral("kind"));
        REQUIRE(kindBox);
        kindBox->setCurrentIndex(kindBox->findData(kind));
        for (const auto& [name, value] : values) {
            QWidget* field = w->findChild<QWidget*>(name);
            REQUIRE(field);
            if (auto* box = qobject_cast<QComboBox*>(field)) {
                REQUIRE(box->findData(value) >= 0);
                box->setCurrentIndex(box->findData(value));
            } else {
                retype(field, value);
            }
        }
        auto* ok = w->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        okDisabledWithoutSource = !ok->isEnabled();
        retype(w->findChild<QLineEdit*>(QStringLiteral("source")), source);
        retype(w->findChild<QLineEdit*>(QStringLiteral("sourceDate")), QStringLiteral("2026-10-01"));
        retype(w->findChild<QLineEdit*>(QStringLiteral("verified")), QStringLiteral("2026-11-02"));
        retype(w->findChild<QLineEdit*>(QStringLiteral("verifiedBy")),
               QStringLiteral("central authority desk"));
        INFO(w->findChild<QLabel*>(QStringLiteral("problem"))->text().toStdString());
        CHECK(ok->isEnabled());
        clickLater(ok);
    });
    action(&window, "addRecordAction")->trigger();
    finish(script);
    CHECK(okDisabledWithoutSource);
}

std::unique_ptr<requirements::Database> openDb(const QString& path)
{
    auto db = requirements::Database::open(path);
    INFO((db ? QString() : db.error().toString()).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

// Package > Import of `file`, expecting a refusal: the message names it and nothing is imported.
QString importRefused(gui::KnowledgeWindow& window, const QString& file)
{
    QString message;
    ModalScript script;
    script.then(QStringLiteral("importFile"), [&](QWidget* w) { chooseFile(w, file); })
        .then(QStringLiteral("packageRefused"), [&](QWidget* w) {
            message = qobject_cast<QMessageBox*>(w)->text();
            clickLater(qobject_cast<QMessageBox*>(w)->button(QMessageBox::Ok));
        });
    action(&window, "importAction")->trigger();
    finish(script);
    return message;
}

} // namespace

TEST_CASE("in the GUI alone: knowledge recorded, exported signed, trusted, previewed and imported",
          "[gui][knowledge][widgets]")
{
    GuiEnv env;
    auto demo = pdf::createDemoIdentity("secret");
    REQUIRE(demo.ok());
    const QString p12 = env.path(QStringLiteral("admin.p12"));
    writeFile(p12, demo.value().p12);
    const QString adminCert = env.path(QStringLiteral("admin.pem"));
    writeFile(adminCert, demo.value().signerPem);

    // --- the administrator's installation ---
    const QString pathA = env.path(QStringLiteral("a.sqlite"));
    auto a = openDb(pathA);
    gui::KnowledgeWindow editor(a.get());
    editor.show();
    auto* search = editor.findChild<QLineEdit*>(QStringLiteral("stateSearch"));
    auto* states = editor.findChild<QListWidget*>(QStringLiteral("stateList"));
    REQUIRE(search);
    REQUIRE(states);
    typeText(search, QStringLiteral("Бутан"));
    REQUIRE(states->count() == 1);
    states->setCurrentRow(0);
    REQUIRE(editor.currentState() == QStringLiteral("BTN"));

    addRecord(editor, QStringLiteral("dual-criminality"),
              {{QStringLiteral("policy"), QStringLiteral("required-for-all")}},
              QStringLiteral("Letter of the central authority of Bhutan (test), ref. 12"));
    const char* codes[] = {"07041", "0101", "0501"};
    for (int i = 0; i < 3; ++i)
        addRecord(editor, QStringLiteral("conduct"),
                  {{QStringLiteral("iccs"), QString::fromLatin1(codes[i])},
                   {QStringLiteral("criminalized"), QStringLiteral("yes")},
                   {QStringLiteral("provision"), QStringLiteral("Penal Code (test), s. %1").arg(i + 1)}},
                  QStringLiteral("Penal Code of Bhutan (test edition)"));
    REQUIRE(a->state(QStringLiteral("BTN"))->conduct.size() == 3);
    CHECK(a->state(QStringLiteral("BTN"))
              ->dualCriminality.provenance.source.contains(QStringLiteral("ref. 12")));

    // Package > Export signed package: the signing dialog (the same identities as for requests),
    // the scope, the file.
    const QString pkg = env.path(QStringLiteral("btn.mlreq"));
    {
        ModalScript script;
        script
            .then(QStringLiteral("exportSignDialog"),
                  [&](QWidget* w) {
                      auto* sign = qobject_cast<gui::SignDialog*>(w);
                      REQUIRE(sign);
                      retype(sign->ui()->identityEdit, p12);
                      typeText(sign->ui()->passwordEdit, QStringLiteral("secret"));
                      clickLater(sign->ui()->buttonBox->button(QDialogButtonBox::Ok));
                  })
            .then(QStringLiteral("exportScope"),
                  [&](QWidget* w) { clickLater(buttonWithText(w, QStringLiteral("Only BTN"))); })
            .then(QStringLiteral("exportFile"), [&](QWidget* w) { chooseFile(w, pkg); });
        action(&editor, "exportAction")->trigger();
        finish(script);
    }
    REQUIRE(QFile::exists(pkg));
    CHECK(editor.statusBar()->currentMessage().contains(QStringLiteral("btn.mlreq")));

    // Hostile packages made from it: tampered bytes, an untrusted signer, and the unsigned XML.
    QByteArray tampered = fileBytes(pkg);
    tampered[tampered.indexOf("required-for-all")] = 'R';
    const QString tamperedFile = env.path(QStringLiteral("tampered.mlreq"));
    writeFile(tamperedFile, tampered);
    auto stranger = pdf::createDemoIdentity("other");
    REQUIRE(stranger.ok());
    const QString strangerP12 = env.path(QStringLiteral("stranger.p12"));
    writeFile(strangerP12, stranger.value().p12);
    const QString untrustedFile = env.path(QStringLiteral("untrusted.mlreq"));
    REQUIRE(editor.exportSigned(strangerP12, "other", untrustedFile, false).ok());
    const QString unsignedFile = env.path(QStringLiteral("unsigned.xml"));
    writeFile(unsignedFile, a->exportPackage({QStringLiteral("BTN")}));

    // --- the second installation ---
    const QString pathB = env.path(QStringLiteral("b.sqlite"));
    auto b = openDb(pathB);
    gui::KnowledgeWindow office(b.get());
    office.show();

    // Package > Trusted publishers: add the administrator's certificate, its fingerprint shown.
    const QString fingerprint = requirements::PackageSignature::certificate(demo.value().signerPem, adminCert)
                                    .value()
                                    .displayFingerprint();
    {
        QString question;
        int listed = -1;
        ModalScript script;
        script
            .then(QStringLiteral("publishersDialog"),
                  [&](QWidget* w) {
                      CHECK(w->findChild<QLabel*>(QStringLiteral("noPublisher"))->isVisible());
                      clickLater(w->findChild<QPushButton*>(QStringLiteral("addPublisher")));
                  })
            .then(QStringLiteral("QFileDialog"), [&](QWidget* w) { chooseFile(w, adminCert); })
            .then(QStringLiteral("trustPublisher"),
                  [&](QWidget* w) {
                      question = qobject_cast<QMessageBox*>(w)->text();
                      clickLater(buttonWithText(w, QStringLiteral("Trust this publisher")));
                  })
            .then(QStringLiteral("publishersDialog"), [&](QWidget* w) {
                // The same dialog, now listing the publisher: wait for the list, then close.
                auto* list = w->findChild<QTreeWidget*>(QStringLiteral("publishers"));
                listed = list->topLevelItemCount();
                if (listed == 1)
                    CHECK(list->topLevelItem(0)->text(1).contains(fingerprint));
                clickLater(w->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close));
            });
        action(&office, "publishersAction")->trigger();
        finish(script);
        CHECK(question.contains(fingerprint));
        CHECK(question.contains(QStringLiteral("DEMO")));
        CHECK(listed == 1);
    }
    REQUIRE(b->publishers().size() == 1);

    // Untrusted, tampered and (unconfirmed) unsigned packages change nothing at all.
    const QString before = dumpTables(pathB);
    CHECK(importRefused(office, untrustedFile).contains(QStringLiteral("trusted")));
    CHECK(dumpTables(pathB) == before);
    const QString tamperMessage = importRefused(office, tamperedFile);
    CHECK_FALSE(tamperMessage.isEmpty());
    CHECK(dumpTables(pathB) == before);
    {
        bool importDisabledUntilAccepted = false;
        ModalScript script;
        script.then(QStringLiteral("importFile"), [&](QWidget* w) { chooseFile(w, unsignedFile); })
            .then(QStringLiteral("unsignedPackage"),
                  [&](QWidget* w) {
                      clickLater(buttonWithText(w, QStringLiteral("Show the unsigned package")));
                  })
            .then(QStringLiteral("importPreview"), [&](QWidget* w) {
                // The unsigned package needs its own confirmation: Import stays disabled without it.
                importDisabledUntilAccepted =
                    !buttonWithText(w, QStringLiteral("Import these changes"))->isEnabled();
                clickLater(w->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel));
            });
        action(&office, "importAction")->trigger();
        finish(script);
        CHECK(importDisabledUntilAccepted);
    }
    CHECK(dumpTables(pathB) == before);

    // The signed package: previewed record by record, imported on confirmation.
    {
        int added = 0;
        QString signer;
        ModalScript script;
        script.then(QStringLiteral("importFile"), [&](QWidget* w) { chooseFile(w, pkg); })
            .then(QStringLiteral("importPreview"), [&](QWidget* w) {
                auto* preview = qobject_cast<gui::ImportPreviewDialog*>(w);
                REQUIRE(preview);
                added = preview->entries()->findItems(QStringLiteral("added"), Qt::MatchExactly, 0).size();
                for (auto* l : w->findChildren<QLabel*>())
                    signer += l->text();
                CHECK(dumpTables(pathB) == before); // the preview wrote nothing
                clickLater(buttonWithText(w, QStringLiteral("Import these changes")));
            });
        action(&office, "importAction")->trigger();
        finish(script);
        CHECK(added >= 4);
        CHECK(signer.contains(QStringLiteral("DEMO")));
    }
    CHECK(dumpTables(pathB) != before);
    REQUIRE(b->state(QStringLiteral("BTN"))->conduct.size() == 3);
    CHECK(b->state(QStringLiteral("BTN"))->dualCriminality.provenance.origin == QStringLiteral("import"));

    // The checks on a sample request to that State: dual criminality satisfied, with the
    // provision and the source.
    auto request = draft::DraftFile::read(test::dataPath(QStringLiteral("checks/base-complete/input.mlar")));
    REQUIRE(request.ok());
    Request r = request.value();
    r.requestedState = QStringLiteral("BTN");
    bool satisfied = false;
    for (const auto& f : checks::runChecks(r, b.get())) {
        if (f.messageKey != QLatin1String("dual.satisfied"))
            continue;
        satisfied = true;
        CHECK(checks::messageText(f).contains(QStringLiteral("Penal Code (test), s.")));
        CHECK(f.source.contains(QStringLiteral("Penal Code of Bhutan (test edition)")));
    }
    CHECK(satisfied);

    // Removing the publisher asks first; afterwards its packages are refused.
    {
        ModalScript script;
        script
            .then(QStringLiteral("publishersDialog"),
                  [&](QWidget* w) {
                      clickLater(w->findChild<QPushButton*>(QStringLiteral("removePublisher")));
                  })
            .then(QStringLiteral("removePublisherConfirm"),
                  [&](QWidget* w) { clickLater(buttonWithText(w, QStringLiteral("Remove"))); })
            .then(QStringLiteral("publishersDialog"), [&](QWidget* w) {
                clickLater(w->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close));
            });
        action(&office, "publishersAction")->trigger();
        finish(script);
    }
    CHECK(b->publishers().isEmpty());
}

TEST_CASE("an unknown finding opens the knowledge editor at its record; the panel shows the facts' age",
          "[gui][knowledge][widgets]")
{
    GuiEnv env;
    gui::Knowledge knowledge;
    REQUIRE(knowledge.isAvailable());
    auto request = draft::DraftFile::read(test::dataPath(QStringLiteral("checks/base-complete/input.mlar")));
    REQUIRE(request.ok());
    Request r = request.value();
    r.requestedState = QStringLiteral("BTN");

    gui::ChecksPanel panel;
    panel.setFindings(knowledge.checks(r));
    panel.show();
    // Walk the findings with the keyboard until one names a record that would settle it.
    auto* tree = panel.ui()->findingsTree;
    QTreeWidgetItem* settling = nullptr;
    for (int g = 0; g < tree->topLevelItemCount() && !settling; ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount() && !settling; ++i) {
            tree->setCurrentItem(tree->topLevelItem(g)->child(i));
            if (panel.settleButton()->isEnabled())
                settling = tree->currentItem();
        }
    REQUIRE(settling);
    INFO(panel.settleLabel()->text().toStdString());
    CHECK(panel.settleLabel()->text().contains(QStringLiteral("BTN")));
    QPointer<gui::KnowledgeWindow> opened;
    QObject::connect(&panel, &gui::ChecksPanel::editorOpened, [&](gui::KnowledgeWindow* w) { opened = w; });
    QTest::mouseClick(panel.settleButton(), Qt::LeftButton);
    REQUIRE(opened);
    CHECK(opened->isVisible());
    CHECK(opened->currentState() == QStringLiteral("BTN"));
    QTreeWidgetItem* current = opened->recordsView()->currentItem();
    const bool atRecord = current != nullptr;
    CHECK((atRecord || opened->statusBar()->currentMessage().contains(QStringLiteral("BTN"))));
    // A finding that names no record leaves the button disabled.
    gui::FindingItem plain;
    plain.message = QStringLiteral("a finding");
    panel.setFindings({plain});
    CHECK_FALSE(panel.settleButton()->isEnabled());
    opened->close();

    // The wizard's panel: each fact with its source's date; facts older than the preference (five
    // years by default) are marked, and the preference changes that.
    const QString afg = knowledge.requirementsHtml(QStringLiteral("AFG"), QStringLiteral("en"));
    INFO(afg.toStdString());
    CHECK(afg.contains(QStringLiteral("source dated 20")));
    const int outdated = int(afg.count(QStringLiteral("possibly outdated")));
    CHECK(outdated > 0);
    {
        QDialog prefs;
        auto* form = new QFormLayout(&prefs);
        QSpinBox* spin = gui::FactAgeSetting::addRow(&prefs, form);
        CHECK(spin->value() == 5);
        spin->setValue(100);
        prefs.accept();
    }
    CHECK(requirements::maxFactAgeYears() == 100);
    CHECK(gui::FactAgeSetting::years() == 100);
    // Only undated facts stay marked under a hundred years.
    CHECK(knowledge.requirementsHtml(QStringLiteral("AFG"), QStringLiteral("en"))
              .count(QStringLiteral("possibly outdated")) < outdated);
    gui::FactAgeSetting::setYears(5);
    gui::FactAgeSetting::apply();
    CHECK(requirements::maxFactAgeYears() == 5);
}
