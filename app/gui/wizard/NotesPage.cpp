#include "NotesPage.h"

#include "DraftSession.h"
#include "FormText.h"
#include "Knowledge.h"
#include "ui_NotesPage.h"

namespace mla::gui {

NotesPage::NotesPage(QWidget* parent) : WizardPage(parent), m_ui(std::make_unique<Ui::NotesPage>())
{
    m_ui->setupUi(this);
    watch(m_ui->confidentialityCheck);
    watch(m_ui->confidentialityEdit);
    watch(m_ui->useLimitationEdit);
    watch(m_ui->dualCriminalityEdit);
    watch(m_ui->reciprocityEdit);
    auto use = [this](QPushButton* button, QPlainTextEdit* edit, QString Suggestions::*member) {
        connect(button, &QPushButton::clicked, this, [this, edit, member] {
            if (!m_session || !m_knowledge)
                return;
            const Suggestions s = m_knowledge->suggestions(m_session->request());
            if (!(s.*member).isEmpty())
                edit->setPlainText(s.*member);
        });
    };
    use(m_ui->suggestConfidentialityButton, m_ui->confidentialityEdit, &Suggestions::confidentiality);
    use(m_ui->suggestUseButton, m_ui->useLimitationEdit, &Suggestions::useLimitation);
    use(m_ui->suggestDualButton, m_ui->dualCriminalityEdit, &Suggestions::dualCriminality);
    use(m_ui->suggestReciprocityButton, m_ui->reciprocityEdit, &Suggestions::reciprocity);
}

NotesPage::~NotesPage() = default;

QString NotesPage::title() const
{
    return tr("Conditions and notes");
}

void NotesPage::retranslate()
{
    m_ui->retranslateUi(this);
}

void NotesPage::load(const Request& r)
{
    m_ui->confidentialityCheck->setChecked(r.confidentiality.requested);
    formtext::show(m_ui->confidentialityEdit, r.confidentiality.reasons.text);
    formtext::show(m_ui->useLimitationEdit, r.useLimitation.text);
    formtext::show(m_ui->dualCriminalityEdit, r.dualCriminalityNote.text);
    formtext::show(m_ui->reciprocityEdit, r.legalBasis.reciprocityNote.text);

    const Suggestions s = m_knowledge ? m_knowledge->suggestions(r) : Suggestions{};
    auto show = [this](QLabel* label, QPushButton* button, const QString& text, const QString& basis) {
        QString t =
            text.isEmpty()
                ? tr("The database has no suggestion for this State — verify with its central authority.")
                : tr("Suggested: %1").arg(text);
        if (!basis.isEmpty())
            t += u' ' + tr("(The database records: %1)").arg(basis);
        label->setText(t);
        button->setEnabled(!text.isEmpty());
    };
    show(m_ui->confidentialitySuggestion, m_ui->suggestConfidentialityButton, s.confidentiality,
         s.confidentialityBasis);
    show(m_ui->useSuggestion, m_ui->suggestUseButton, s.useLimitation, s.useLimitationBasis);
    show(m_ui->dualSuggestion, m_ui->suggestDualButton, s.dualCriminality, s.dualCriminalityBasis);
    show(m_ui->reciprocitySuggestion, m_ui->suggestReciprocityButton, s.reciprocity, s.reciprocityBasis);
}

void NotesPage::store(Request& r) const
{
    r.confidentiality.requested = m_ui->confidentialityCheck->isChecked();
    formtext::setOriginal(r.confidentiality.reasons, m_ui->confidentialityEdit->toPlainText(),
                          r.draftLanguage);
    formtext::setOriginal(r.useLimitation, m_ui->useLimitationEdit->toPlainText(), r.draftLanguage);
    formtext::setOriginal(r.dualCriminalityNote, m_ui->dualCriminalityEdit->toPlainText(), r.draftLanguage);
    formtext::setOriginal(r.legalBasis.reciprocityNote, m_ui->reciprocityEdit->toPlainText(),
                          r.draftLanguage);
}

bool NotesPage::focusField(const QString& path)
{
    if (path == QLatin1String("confidentiality.requested"))
        return focus(m_ui->confidentialityCheck);
    if (path.startsWith(QLatin1String("confidentiality")))
        return focus(m_ui->confidentialityEdit);
    if (path.startsWith(QLatin1String("useLimitation")))
        return focus(m_ui->useLimitationEdit);
    if (path.startsWith(QLatin1String("dualCriminality")))
        return focus(m_ui->dualCriminalityEdit);
    if (path.startsWith(QLatin1String("legalBasis.reciprocity")))
        return focus(m_ui->reciprocityEdit);
    return false;
}

} // namespace mla::gui
