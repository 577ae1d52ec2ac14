// The wizard driven like a user: every page filled through its widgets, undo/redo, the
// unsaved-changes question, accessible names.
#include "Wizard.h"
#include "DraftSession.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "ProceedingsPage.h"
#include "StatePage.h"
#include "WizardPage.h"
#include "draft/DraftFile.h"
#include "draft/Recovery.h"
#include "ui_ProceedingsPage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::test;

TEST_CASE("filling every wizard page through its widgets saves a draft equal to each sample", "[gui][wizard]")
{
    const QStringList files = samples();
    REQUIRE(!files.isEmpty());
    for (const QString& sample : files) {
        DYNAMIC_SECTION("sample " << sample.toStdString())
        {
            GuiEnv env;
            const auto expected = draft::DraftFile::read(sample);
            REQUIRE(expected.ok());
            gui::MainWindow window(env.recoveryDir());
            window.show();
            window.newBlank();
            fillWizard(window, expected.value());

            const QString out = env.path(QStringLiteral("filled.mlar"));
            REQUIRE(window.saveAs(out).ok());
            REQUIRE_FALSE(window.session()->isModified());
            const auto saved = draft::DraftFile::read(out);
            REQUIRE(saved.ok());
            const Request a = editableContent(saved.value());
            const Request b = editableContent(expected.value());
            // Compared as canonical bytes first, so that a failure shows where they differ.
            CHECK(QString::fromUtf8(draft::DraftFile::serialize(a)).toStdString() ==
                  QString::fromUtf8(draft::DraftFile::serialize(b)).toStdString());
            CHECK(a == b);
        }
    }
}

TEST_CASE("undo and redo walk back and forth through edits, and the page shows them", "[gui][undo]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    gui::Wizard* wiz = window.wizard();
    wiz->goTo(QStringLiteral("proceedings"));
    auto* ui = wiz->proceedingsPage()->ui();
    typeText(ui->subjectEdit, QStringLiteral("Fraud"));
    typeText(ui->caseReferenceEdit, QStringLiteral("CASE-1"));
    auto* undo = window.session()->undoStack();
    // Typing into one field is one step.
    REQUIRE(undo->count() == 2);
    undo->undo();
    CHECK(window.session()->request().proceedings.caseReference.isEmpty());
    CHECK(ui->caseReferenceEdit->text().isEmpty());
    undo->undo();
    CHECK(ui->subjectEdit->toPlainText().isEmpty());
    undo->redo();
    CHECK(ui->subjectEdit->toPlainText() == QStringLiteral("Fraud"));
    CHECK(window.session()->request().proceedings.subject.text == QStringLiteral("Fraud"));
    CHECK(window.session()->request().proceedings.subject.language ==
          window.session()->request().draftLanguage);
}

TEST_CASE("closing with unsaved changes asks, and Cancel keeps the draft open", "[gui][close]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    window.wizard()->goTo(QStringLiteral("proceedings"));
    typeText(window.wizard()->proceedingsPage()->ui()->subjectEdit, QStringLiteral("Unsaved"));
    REQUIRE(window.session()->isModified());
    REQUIRE(window.isWindowModified());

    window.setUnsavedAnswerForTests(QMessageBox::Cancel);
    CHECK_FALSE(window.closeDraft());
    CHECK(window.session()->isOpen());
    CHECK_FALSE(window.close());

    window.setUnsavedAnswerForTests(QMessageBox::Discard);
    CHECK(window.closeDraft());
    CHECK_FALSE(window.session()->isOpen());
    // A draft closed on purpose leaves no recovery snapshot behind.
    CHECK(draft::Recovery(env.recoveryDir()).pending().isEmpty());
}

TEST_CASE("every input of every wizard page has an accessible name and takes keyboard focus", "[gui][a11y]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    // Lists get their detail forms only with an item: add one of each.
    const auto samplesList = samples();
    REQUIRE(window.newFromSample(samplesList.first()).ok());
    for (gui::WizardPage* page : window.wizard()->pages()) {
        window.wizard()->goTo(window.wizard()->pages().indexOf(page));
        const QList<QWidget*> widgets = page->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                               qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w) ||
                               qobject_cast<QSpinBox*>(w) || qobject_cast<QListWidget*>(w);
            if (!input || !w->isVisibleTo(page) ||
                qobject_cast<QLineEdit*>(w) && qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                continue;
            if (qobject_cast<QLineEdit*>(w) && qobject_cast<QComboBox*>(w->parentWidget()))
                continue; // the editor inside an editable combo box: the combo box is named
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            REQUIRE(iface);
            INFO("page " << page->pageId().toStdString() << ", widget " << w->objectName().toStdString()
                         << " (" << w->metaObject()->className() << ")");
            CHECK_FALSE(iface->text(QAccessible::Name).trimmed().isEmpty());
            CHECK((w->focusPolicy() & Qt::TabFocus));
        }
    }
}

TEST_CASE("switching the interface to Arabic mirrors the window and keeps the draft", "[gui][rtl]")
{
    GuiEnv env;
    gui::MainWindow window(env.recoveryDir());
    window.show();
    window.newBlank();
    window.wizard()->goTo(QStringLiteral("proceedings"));
    typeText(window.wizard()->proceedingsPage()->ui()->subjectEdit, QStringLiteral("Kept"));
    gui::PreferencesDialog::applyLanguage(QStringLiteral("ar"));
    QCoreApplication::processEvents();
    CHECK(window.layoutDirection() == Qt::RightToLeft);
    CHECK(window.wizard()->proceedingsPage()->ui()->subjectEdit->toPlainText() == QStringLiteral("Kept"));
    CHECK(window.session()->request().proceedings.subject.text == QStringLiteral("Kept"));
    gui::PreferencesDialog::applyLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(window.layoutDirection() == Qt::LeftToRight);
    QLocale::setDefault(QLocale::c());
    window.setUnsavedAnswerForTests(QMessageBox::Discard);
}
