#pragma once
// The drafting wizard: the pages in order, a side list to reach any page, Back/Next, and under
// each page what essential information is still missing (article included). Moving on with
// missing information asks once, then lets the drafter continue: an incomplete draft can always
// be saved. Every page change writes the recovery snapshot. Borrows the session and knowledge.

#include <QList>
#include <QWidget>
#include <memory>

namespace Ui {
class Wizard;
}

namespace mla::gui {

class AuthorityPage;
class ChecksPage;
class DraftSession;
class FactsPage;
class Knowledge;
class MeasuresPage;
class NotesPage;
class OffencesPage;
class OutputPage;
class PersonsPage;
class ProceedingsPage;
class StatePage;
class WizardPage;
struct MissingItem;

class Wizard : public QWidget
{
    Q_OBJECT
public:
    Wizard(DraftSession* session, Knowledge* knowledge, QWidget* parent = nullptr);
    ~Wizard() override;

    QList<WizardPage*> pages() const { return m_pages; }
    int currentIndex() const;
    WizardPage* currentPage() const;
    // Shows page `index` (no missing-information question).
    void goTo(int index);
    bool goTo(const QString& pageId);
    // Next page; with missing information on this page, the first call only says so and
    // returns false, the second moves on.
    bool next();
    void back();
    // Shows the page and field of `path` (a finding's field path).
    void jumpTo(const QString& path);
    // What is missing on the current page, and the message shown for it.
    QList<MissingItem> missing() const;
    QString missingText() const;
    Ui::Wizard* ui() const { return m_ui.get(); } // for tests

    StatePage* statePage() const { return m_state; }
    AuthorityPage* authorityPage() const { return m_authority; }
    ProceedingsPage* proceedingsPage() const { return m_proceedings; }
    FactsPage* factsPage() const { return m_facts; }
    OffencesPage* offencesPage() const { return m_offences; }
    PersonsPage* personsPage() const { return m_persons; }
    MeasuresPage* measuresPage() const { return m_measures; }
    NotesPage* notesPage() const { return m_notes; }
    ChecksPage* checksPage() const { return m_checks; }
    OutputPage* outputPage() const { return m_output; }

Q_SIGNALS:
    void pageChanged(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    static void focusFirstField(WizardPage* page);
    void addPage(WizardPage* page);
    void updateMissing();
    void updateReviewNotes();
    void updateTitles();

    std::unique_ptr<Ui::Wizard> m_ui;
    DraftSession* m_session;
    Knowledge* m_knowledge;
    QList<WizardPage*> m_pages;
    int m_warnedPage = -1; // the page whose missing information was just pointed out
    StatePage* m_state;
    AuthorityPage* m_authority;
    ProceedingsPage* m_proceedings;
    FactsPage* m_facts;
    OffencesPage* m_offences;
    PersonsPage* m_persons;
    MeasuresPage* m_measures;
    NotesPage* m_notes;
    ChecksPage* m_checks;
    OutputPage* m_output;
};

} // namespace mla::gui
