#include "GuiTestSupport.h"

#include "AuthorityPage.h"
#include "DateField.h"
#include "DraftSession.h"
#include "FactsPage.h"
#include "MainWindow.h"
#include "MeasureDetailForm.h"
#include "MeasuresPage.h"
#include "NotesPage.h"
#include "OffencesPage.h"
#include "OutputPage.h"
#include "PersonsPage.h"
#include "ProceedingsPage.h"
#include "StatePage.h"
#include "TestSupport.h"
#include "Wizard.h"
#include "ui_AuthorityPage.h"
#include "ui_FactsPage.h"
#include "ui_MeasuresPage.h"
#include "ui_NotesPage.h"
#include "ui_OffencesPage.h"
#include "ui_OutputPage.h"
#include "ui_PersonsPage.h"
#include "ui_ProceedingsPage.h"
#include "ui_StatePage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>

#include <catch2/catch.hpp>

namespace mla::test {

GuiEnv::GuiEnv()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QSettings().clear();
    // The requirements database is seeded once per test run, not per test.
    static QTemporaryDir data;
    qputenv("MLAWRITER_DATA_DIR", data.path().toUtf8());
    QDir().mkpath(recoveryDir());
}

QString GuiEnv::recoveryDir() const
{
    return m_dir.filePath(QStringLiteral("recovery"));
}

QString GuiEnv::path(const QString& name) const
{
    return m_dir.filePath(name);
}

namespace {
// ASCII is typed key by key; other scripts arrive as an input method commits them (QTest's
// key simulation knows ASCII keys only).
void typeLine(QWidget* w, const QString& line)
{
    int i = 0;
    while (i < line.size()) {
        const bool ascii = line.at(i).unicode() < 128;
        int j = i;
        while (j < line.size() && (line.at(j).unicode() < 128) == ascii)
            ++j;
        const QString run = line.mid(i, j - i);
        if (ascii) {
            QTest::keyClicks(w, run);
        } else {
            QInputMethodEvent e;
            e.setCommitString(run);
            QApplication::sendEvent(w, &e);
        }
        i = j;
    }
}
} // namespace

void typeText(QWidget* w, const QString& text)
{
    if (auto* d = qobject_cast<gui::DateField*>(w))
        w = d->lineEdit(); // keys go to the field's line edit
    w->setFocus();
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(w, Qt::Key_Return);
        if (!lines.at(i).isEmpty())
            typeLine(w, lines.at(i));
    }
}

void retype(QWidget* w, const QString& text)
{
    if (auto* d = qobject_cast<gui::DateField*>(w))
        w = d->lineEdit();
    w->setFocus();
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w, Qt::Key_Delete);
    typeText(w, text);
}

Request editableContent(Request r)
{
    r.id.clear();
    r.created = {};
    r.modified = {};
    r.status = RequestStatus::Draft;
    r.history.clear();
    r.comments.clear();
    r.attachments.clear();
    r.authority.logoPng.clear();
    for (auto& [path, text] : r.localizedTexts())
        text->translations.clear();
    return r;
}

QStringList samples()
{
    const QDir dir(sourcePath(QStringLiteral("templates/samples")));
    QStringList out;
    const QStringList files = dir.entryList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Name);
    for (const QString& f : files)
        out << dir.absoluteFilePath(f);
    return out;
}

namespace {

void choose(QComboBox* combo, int index)
{
    combo->setFocus();
    combo->setCurrentIndex(index);
}

void check(QCheckBox* box, bool on)
{
    if (box->isChecked() != on) {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    REQUIRE(box->isChecked() == on);
}

} // namespace

void fillWizard(gui::MainWindow& window, const Request& t)
{
    gui::Wizard* wiz = window.wizard();
    const Request& cur = window.session()->request();

    // Requested State, legal basis, channel, urgency.
    wiz->goTo(QStringLiteral("state"));
    auto* st = wiz->statePage()->ui();
    choose(st->draftLanguageCombo, unLanguages().indexOf(t.draftLanguage));
    typeText(st->searchEdit, t.requestedState);
    for (int i = 0; i < st->stateList->count(); ++i)
        if (st->stateList->item(i)->data(Qt::UserRole).toString() == t.requestedState)
            st->stateList->setCurrentRow(i);
    REQUIRE(cur.requestedState == t.requestedState);
    choose(st->legalBasisCombo, static_cast<int>(t.legalBasis.kind));
    typeText(st->treatyNameEdit, t.legalBasis.treatyName);
    typeText(st->treatyArticleEdit, t.legalBasis.treatyArticle);
    check(st->reciprocityCheck, t.legalBasis.reciprocityAssurance);
    choose(st->transnationalCombo, static_cast<int>(t.legalBasis.transnational));
    choose(st->ocgCombo, static_cast<int>(t.legalBasis.organizedCriminalGroup));
    typeText(st->scopeEdit, t.legalBasis.scopeExplanation.text);
    choose(st->channelCombo, static_cast<int>(t.channel));
    check(st->urgentCheck, t.urgency.urgent);
    typeText(st->deadlineEdit,
             t.urgency.deadline.isValid() ? t.urgency.deadline.toString(Qt::ISODate) : QString());
    typeText(st->urgencyReasonsEdit, t.urgency.reasons.text);

    // Requesting authority and signatory.
    wiz->goTo(QStringLiteral("authority"));
    auto* au = wiz->authorityPage()->ui();
    typeText(au->requestingStateCombo->lineEdit(), t.requestingState);
    if (const int i = au->requestingStateCombo->findData(t.requestingState); i >= 0)
        au->requestingStateCombo->setCurrentIndex(i);
    REQUIRE(cur.requestingState == t.requestingState);
    typeText(au->nameEdit, t.authority.name);
    typeText(au->addressEdit, t.authority.address);
    typeText(au->contactEdit, t.authority.contactPerson);
    typeText(au->phoneEdit, t.authority.phone);
    typeText(au->emailEdit, t.authority.email);
    typeText(au->referenceEdit, t.authority.reference);
    typeText(au->signatoryNameEdit, t.signatory.name);
    typeText(au->signatoryFunctionEdit, t.signatory.function);
    typeText(au->signatoryPlaceEdit, t.signatory.place);

    wiz->goTo(QStringLiteral("proceedings"));
    auto* pr = wiz->proceedingsPage()->ui();
    choose(pr->typeCombo, static_cast<int>(t.proceedings.type));
    typeText(pr->subjectEdit, t.proceedings.subject.text);
    typeText(pr->conductingAuthorityEdit, t.proceedings.conductingAuthority);
    typeText(pr->conductingFunctionsEdit, t.proceedings.conductingFunctions.text);
    typeText(pr->caseReferenceEdit, t.proceedings.caseReference);

    wiz->goTo(QStringLiteral("facts"));
    typeText(wiz->factsPage()->ui()->factsEdit, t.summaryOfFacts.text);

    wiz->goTo(QStringLiteral("offences"));
    auto* of = wiz->offencesPage()->ui();
    for (const Offence& o : t.offences) {
        QTest::mouseClick(of->addOffenceButton, Qt::LeftButton);
        REQUIRE(wiz->offencesPage()->currentId() == o.id);
        typeText(of->nameEdit, o.name.text);
        typeText(of->provisionEdit, o.provision.text);
        retype(of->maxPenaltySpin, QString::number(o.maxPenaltyYears));
        typeText(of->conventionArticleCombo->lineEdit(), o.conventionArticle);
        for (const QString& code : o.iccsCodes) {
            typeText(of->iccsSearchEdit, code);
            QTest::keyClick(of->iccsSearchEdit, Qt::Key_Return);
        }
    }

    wiz->goTo(QStringLiteral("persons"));
    auto* pe = wiz->personsPage()->ui();
    for (const Person& p : t.persons) {
        QTest::mouseClick(pe->addPersonButton, Qt::LeftButton);
        REQUIRE(wiz->personsPage()->currentId() == p.id);
        choose(pe->roleCombo, static_cast<int>(p.role));
        typeText(pe->familyNameEdit, p.familyName);
        typeText(pe->givenNamesEdit, p.givenNames);
        QStringList scripts;
        for (const auto& n : p.otherScripts)
            scripts << n.script + QStringLiteral(": ") + n.text;
        typeText(pe->otherScriptsEdit, scripts.join(u'\n'));
        typeText(pe->aliasesEdit, p.aliases.join(QStringLiteral("; ")));
        typeText(pe->dateOfBirthEdit,
                 p.dateOfBirth.isValid() ? p.dateOfBirth.toString(Qt::ISODate) : QString());
        typeText(pe->placeOfBirthEdit, p.placeOfBirth);
        typeText(pe->nationalitiesEdit, p.nationalities.join(u' '));
        QStringList docs;
        for (const auto& d : p.documents) {
            QStringList parts{d.type, d.number, d.issuingState,
                              d.expiry.isValid() ? d.expiry.toString(Qt::ISODate) : QString()};
            while (!parts.isEmpty() && parts.last().isEmpty())
                parts.removeLast();
            docs << parts.join(QStringLiteral("; "));
        }
        typeText(pe->documentsEdit, docs.join(u'\n'));
        typeText(pe->addressesEdit, p.addresses.join(u'\n'));
        typeText(pe->knownLocationEdit, p.knownLocation);
        typeText(pe->notesEdit, p.notes.text);
    }

    wiz->goTo(QStringLiteral("measures"));
    gui::MeasuresPage* mp = wiz->measuresPage();
    auto* me = mp->ui();
    for (const Measure& m : t.measures) {
        choose(me->typeCombo, me->typeCombo->findData(static_cast<int>(m.type)));
        QTest::mouseClick(me->addMeasureButton, Qt::LeftButton);
        REQUIRE(mp->currentId() == m.id);
        for (int i = 0; i < me->personsList->count(); ++i) {
            if (!m.personIds.contains(me->personsList->item(i)->data(Qt::UserRole).toString()))
                continue;
            me->personsList->setFocus();
            me->personsList->setCurrentRow(i);
            QTest::keyClick(me->personsList->viewport(), Qt::Key_Space);
            if (me->personsList->item(i)->checkState() != Qt::Checked) // styles differ in how Space toggles
                me->personsList->item(i)->setCheckState(Qt::Checked);
        }
        typeText(me->descriptionEdit, m.description.text);
        typeText(me->purposeEdit, m.purpose.text);
        typeText(me->proceduresEdit, m.procedures.text);
        gui::MeasureDetailForm* form = mp->detailForm();
        REQUIRE(form);
        for (const FieldSpec& f : measureSpec(m.type).fields) {
            const FieldValue v = m.details.value(f.key);
            QWidget* w = form->editor(f.key);
            REQUIRE(w);
            switch (f.kind) {
            case FieldKind::Plain:
            case FieldKind::Date:
                typeText(w, v.plain);
                break;
            case FieldKind::Text:
                typeText(w, v.text.text);
                break;
            case FieldKind::List:
                typeText(w, v.values.join(u'\n'));
                break;
            case FieldKind::Choice:
                if (f.multiple) {
                    for (const QString& c : f.choices)
                        check(form->choiceBox(f.key, c), v.values.contains(c));
                } else {
                    auto* combo = static_cast<QComboBox*>(w);
                    choose(combo, qMax(0, combo->findData(v.values.value(0))));
                }
                break;
            }
        }
    }

    wiz->goTo(QStringLiteral("notes"));
    auto* no = wiz->notesPage()->ui();
    check(no->confidentialityCheck, t.confidentiality.requested);
    typeText(no->confidentialityEdit, t.confidentiality.reasons.text);
    typeText(no->useLimitationEdit, t.useLimitation.text);
    typeText(no->dualCriminalityEdit, t.dualCriminalityNote.text);
    typeText(no->reciprocityEdit, t.legalBasis.reciprocityNote.text);

    wiz->goTo(QStringLiteral("output"));
    choose(wiz->outputPage()->ui()->outputLanguageCombo, unLanguages().indexOf(t.outputLanguage));
}

} // namespace mla::test
