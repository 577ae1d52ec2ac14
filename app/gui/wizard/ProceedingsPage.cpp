#include "ProceedingsPage.h"

#include "FormText.h"
#include "Labels.h"
#include "ui_ProceedingsPage.h"

namespace mla::gui {

ProceedingsPage::ProceedingsPage(QWidget* parent)
    : WizardPage(parent), m_ui(std::make_unique<Ui::ProceedingsPage>())
{
    m_ui->setupUi(this);
    Labels::fill(m_ui->typeCombo, Labels::proceedingsTypes());
    watch(m_ui->typeCombo);
    watch(m_ui->subjectEdit);
    watch(m_ui->conductingAuthorityEdit);
    watch(m_ui->conductingFunctionsEdit);
    watch(m_ui->caseReferenceEdit);
}

ProceedingsPage::~ProceedingsPage() = default;

QString ProceedingsPage::title() const
{
    return tr("Proceedings");
}

void ProceedingsPage::retranslate()
{
    m_ui->retranslateUi(this);
    Labels::fill(m_ui->typeCombo, Labels::proceedingsTypes());
}

void ProceedingsPage::load(const Request& r)
{
    m_ui->typeCombo->setCurrentIndex(static_cast<int>(r.proceedings.type));
    formtext::show(m_ui->subjectEdit, r.proceedings.subject.text);
    formtext::show(m_ui->conductingAuthorityEdit, r.proceedings.conductingAuthority);
    formtext::show(m_ui->conductingFunctionsEdit, r.proceedings.conductingFunctions.text);
    formtext::show(m_ui->caseReferenceEdit, r.proceedings.caseReference);
}

void ProceedingsPage::store(Request& r) const
{
    r.proceedings.type = static_cast<ProceedingsType>(qMax(0, m_ui->typeCombo->currentIndex()));
    formtext::setOriginal(r.proceedings.subject, m_ui->subjectEdit->toPlainText(), r.draftLanguage);
    r.proceedings.conductingAuthority = m_ui->conductingAuthorityEdit->text();
    formtext::setOriginal(r.proceedings.conductingFunctions, m_ui->conductingFunctionsEdit->toPlainText(),
                          r.draftLanguage);
    r.proceedings.caseReference = m_ui->caseReferenceEdit->text();
}

bool ProceedingsPage::focusField(const QString& path)
{
    if (path == QLatin1String("proceedings.type"))
        return focus(m_ui->typeCombo);
    if (path == QLatin1String("proceedings.conductingAuthority"))
        return focus(m_ui->conductingAuthorityEdit);
    if (path == QLatin1String("proceedings.conductingFunctions"))
        return focus(m_ui->conductingFunctionsEdit);
    if (path == QLatin1String("proceedings.caseReference"))
        return focus(m_ui->caseReferenceEdit);
    if (path.startsWith(QLatin1String("proceedings")))
        return focus(m_ui->subjectEdit);
    return false;
}

} // namespace mla::gui
