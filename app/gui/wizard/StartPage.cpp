#include "StartPage.h"

#include "ui_StartPage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>

namespace mla::gui {

StartPage::StartPage(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::StartPage>())
{
    m_ui->setupUi(this);
    QFont f = m_ui->titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_ui->titleLabel->setFont(f);
    connect(m_ui->newBlankButton, &QPushButton::clicked, this, &StartPage::newBlankRequested);
    connect(m_ui->newFromSampleButton, &QPushButton::clicked, this, [this] {
        const QString p = m_ui->sampleCombo->currentData().toString();
        if (!p.isEmpty())
            Q_EMIT newFromSampleRequested(p);
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &StartPage::reviewRequested);
    auto openRecent = [this] {
        if (auto* item = m_ui->recentList->currentItem())
            Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString());
    };
    connect(m_ui->recentList, &QListWidget::itemActivated, this, openRecent);
    connect(m_ui->openRecentButton, &QPushButton::clicked, this, openRecent);
    auto restore = [this] {
        if (auto* item = m_ui->recoveredList->currentItem())
            Q_EMIT restoreRequested(item->data(Qt::UserRole).toString());
    };
    connect(m_ui->recoveredList, &QListWidget::itemActivated, this, restore);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, restore);
    connect(m_ui->discardRecoveredButton, &QPushButton::clicked, this, [this] {
        if (auto* item = m_ui->recoveredList->currentItem())
            Q_EMIT discardRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_ui->openPackageButton, &QPushButton::clicked, this, &StartPage::openPackageRequested);
    auto openOverdue = [this] {
        if (auto* item = m_ui->overdueList->currentItem())
            Q_EMIT overdueCaseRequested(item->data(Qt::UserRole).toString());
    };
    connect(m_ui->overdueList, &QListWidget::itemActivated, this, openOverdue);
    connect(m_ui->openOverdueButton, &QPushButton::clicked, this, openOverdue);
    connect(m_ui->overdueList, &QListWidget::currentRowChanged, this, &StartPage::updateButtons);
    m_ui->overdueGroup->setVisible(false);
    connect(m_ui->recentList, &QListWidget::currentRowChanged, this, &StartPage::updateButtons);
    connect(m_ui->recoveredList, &QListWidget::currentRowChanged, this, &StartPage::updateButtons);
    updateButtons();
}

StartPage::~StartPage() = default;

void StartPage::setSamples(const QStringList& samplePaths)
{
    m_ui->sampleCombo->clear();
    for (const QString& p : samplePaths) {
        // "money-laundering-bank-records-es.mlar" → "Money laundering bank records (es)"
        QString base = QFileInfo(p).completeBaseName();
        QString lang;
        if (const int dash = base.lastIndexOf(u'-'); dash > 0 && base.size() - dash == 3) {
            lang = base.mid(dash + 1);
            base.truncate(dash);
        }
        base.replace(u'-', u' ');
        if (!base.isEmpty())
            base[0] = base[0].toUpper();
        m_ui->sampleCombo->addItem(lang.isEmpty() ? base : QStringLiteral("%1 (%2)").arg(base, lang), p);
    }
    m_ui->newFromSampleButton->setEnabled(!samplePaths.isEmpty());
}

void StartPage::setRecent(const QStringList& paths)
{
    m_ui->recentList->clear();
    for (const QString& p : paths) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(QFileInfo(p).fileName(),
                                          QDir::toNativeSeparators(QFileInfo(p).absolutePath())),
            m_ui->recentList);
        item->setData(Qt::UserRole, p);
    }
    if (!paths.isEmpty())
        m_ui->recentList->setCurrentRow(0);
    updateButtons();
}

void StartPage::setRecovered(const QList<draft::RecoveredDraft>& drafts)
{
    m_recovered = drafts;
    m_ui->recoveredList->clear();
    for (const auto& d : drafts) {
        const QString title = d.title.isEmpty() ? tr("Untitled request") : d.title;
        const QString where =
            d.originalPath.isEmpty() ? tr("never saved") : QFileInfo(d.originalPath).fileName();
        auto* item = new QListWidgetItem(
            tr("%1 (%2) — saved %3")
                .arg(title, where, QLocale().toString(d.saved.toLocalTime(), QLocale::ShortFormat)),
            m_ui->recoveredList);
        item->setData(Qt::UserRole, d.recoveryFile);
    }
    m_ui->recoveredGroup->setVisible(!drafts.isEmpty());
    if (!drafts.isEmpty())
        m_ui->recoveredList->setCurrentRow(0);
    updateButtons();
}

void StartPage::setOverdue(const QList<OverdueCase>& cases)
{
    m_overdue = cases;
    m_ui->overdueList->clear();
    const QDate today = QDate::currentDate();
    for (const OverdueCase& c : cases) {
        const QString days = tr("%n day(s) overdue", nullptr, int(c.due.daysTo(today)));
        auto* item = new QListWidgetItem(
            c.what.isEmpty() ? tr("%1 (%2) — %3").arg(c.ourRef, c.otherState, days)
                             : tr("%1 (%2) — %3: %4").arg(c.ourRef, c.otherState, days, c.what),
            m_ui->overdueList);
        item->setData(Qt::UserRole, c.ourRef);
    }
    m_ui->overdueGroup->setVisible(!cases.isEmpty());
    if (!cases.isEmpty())
        m_ui->overdueList->setCurrentRow(0);
    updateButtons();
}

void StartPage::updateButtons()
{
    m_ui->openOverdueButton->setEnabled(m_ui->overdueList->currentItem() != nullptr);
    m_ui->openRecentButton->setEnabled(m_ui->recentList->currentItem() != nullptr);
    m_ui->restoreButton->setEnabled(m_ui->recoveredList->currentItem() != nullptr);
    m_ui->discardRecoveredButton->setEnabled(m_ui->recoveredList->currentItem() != nullptr);
}

void StartPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setRecovered(m_recovered);
        setOverdue(m_overdue);
    }
    QWidget::changeEvent(event);
}

} // namespace mla::gui
