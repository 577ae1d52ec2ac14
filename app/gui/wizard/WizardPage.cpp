#include "WizardPage.h"

#include "DateField.h"
#include "DraftSession.h"
#include "Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>

namespace mla::gui {

WizardPage::WizardPage(QWidget* parent) : QWidget(parent) {}

void WizardPage::attach(DraftSession* session, Knowledge* knowledge)
{
    m_session = session;
    m_knowledge = knowledge;
    nameInputs();
    attached();
}

void WizardPage::nameInputs()
{
    Labels::isolateLtr(this); // article citations read left to right in Arabic
    const QList<QLabel*> labels = findChildren<QLabel*>();
    for (QLabel* l : labels) {
        if (!l->buddy())
            continue;
        QString name = l->text();
        name.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        name = name.trimmed();
        if (name.endsWith(u':'))
            name.chop(1);
        if (auto* date = qobject_cast<DateField*>(l->buddy()))
            date->setName(name);
        else
            l->buddy()->setAccessibleName(name);
    }
}

void WizardPage::reload()
{
    if (!m_session)
        return;
    m_loading = true;
    load(m_session->request());
    m_loading = false;
}

void WizardPage::commit(const QString& mergeKey)
{
    if (m_loading || !m_session || !m_session->isOpen())
        return;
    Request r = m_session->request();
    store(r);
    m_session->edit(r, mergeKey.isEmpty() ? QString() : pageId() + u'/' + mergeKey,
                    tr("Edit %1").arg(title()));
}

void WizardPage::submit(const Request& request, const QString& undoText)
{
    if (!m_session || !m_session->isOpen())
        return;
    m_session->edit(request, {}, undoText);
    reload();
}

void WizardPage::watch(QLineEdit* w)
{
    connect(w, &QLineEdit::textChanged, this, [this, w] { commit(w->objectName()); });
}

void WizardPage::watch(QPlainTextEdit* w)
{
    connect(w, &QPlainTextEdit::textChanged, this, [this, w] { commit(w->objectName()); });
}

void WizardPage::watch(QComboBox* w)
{
    // A choice is its own undo step: an empty merge key.
    connect(w, &QComboBox::currentIndexChanged, this, [this] { commit({}); });
}

void WizardPage::watch(QCheckBox* w)
{
    connect(w, &QCheckBox::toggled, this, [this] { commit({}); });
}

void WizardPage::watch(QSpinBox* w)
{
    connect(w, &QSpinBox::valueChanged, this, [this, w] { commit(w->objectName()); });
}

void WizardPage::watch(DateField* w, std::function<QString()> path)
{
    connect(w, &DateField::edited, this, [this, w, path = std::move(path)] {
        if (isLoading() || !m_session || !m_session->isOpen())
            return;
        m_session->setUnreadable(path(), w->hasError() ? w->text() : QString());
        commit(w->objectName());
    });
}

void WizardPage::balance(QWidget* detail)
{
    QWidget* pane = detail;
    while (pane && !qobject_cast<QSplitter*>(pane->parentWidget()))
        pane = pane->parentWidget();
    if (!pane)
        return;
    auto* splitter = static_cast<QSplitter*>(pane->parentWidget());
    const int i = splitter->indexOf(pane);
    splitter->setStretchFactor(i, 3);
    splitter->setStretchFactor(1 - i, 1);
}

bool WizardPage::focus(QWidget* w)
{
    w->setFocus(Qt::OtherFocusReason);
    if (auto* le = qobject_cast<QLineEdit*>(w))
        le->selectAll();
    else if (auto* d = qobject_cast<DateField*>(w))
        d->lineEdit()->selectAll();
    return true;
}

void WizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_loading = true;
        retranslate();
        nameInputs();
        m_loading = false;
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace mla::gui
