#include "Labels.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace mla::gui {

QStringList Labels::legalBases()
{
    return {tr("UNTOC article 18"), tr("Bilateral or multilateral treaty"), tr("Reciprocity")};
}

QStringList Labels::channels()
{
    return {tr("Central authority"), tr("Diplomatic channel"), tr("INTERPOL (urgent, where agreed)")};
}

QStringList Labels::proceedingsTypes()
{
    return {tr("Investigation"), tr("Prosecution"), tr("Judicial proceedings")};
}

QStringList Labels::personRoles()
{
    return {tr("Suspect"), tr("Accused"),        tr("Witness"),         tr("Victim"),
            tr("Expert"),  tr("Account holder"), tr("Detained person"), tr("Other")};
}

QStringList Labels::triStates()
{
    return {tr("Not stated"), tr("Yes"), tr("No")};
}

QString Labels::status(RequestStatus s)
{
    switch (s) {
    case RequestStatus::Draft:
        return tr("Draft");
    case RequestStatus::SubmittedForReview:
        return tr("Submitted for review");
    case RequestStatus::Returned:
        return tr("Returned to the drafter");
    case RequestStatus::Approved:
        return tr("Approved");
    case RequestStatus::Signed:
        return tr("Signed");
    case RequestStatus::Sent:
        return tr("Sent");
    }
    return {};
}

QString Labels::severity(int severity)
{
    switch (severity) {
    case 0:
        return tr("Blocking");
    case 1:
        return tr("Warnings");
    default:
        return tr("Information");
    }
}

QString Labels::choice(const QString& id)
{
    if (id == QLatin1String("subscriber"))
        return tr("Subscriber information");
    if (id == QLatin1String("traffic"))
        return tr("Traffic data");
    if (id == QLatin1String("content"))
        return tr("Content data");
    if (id == QLatin1String("yes"))
        return tr("Yes");
    if (id == QLatin1String("no"))
        return tr("No");
    if (id == QLatin1String("unknown"))
        return tr("Unknown");
    if (id == QLatin1String("originals"))
        return tr("Originals");
    if (id == QLatin1String("certified-copies"))
        return tr("Certified copies");
    return id;
}

QString Labels::measureTitle(MeasureType type)
{
    return QCoreApplication::translate("MeasureSchema", measureSpec(type).title);
}

QString Labels::fieldLabel(const FieldSpec& field)
{
    return QCoreApplication::translate("MeasureSchema", field.label);
}

void Labels::fill(QComboBox* combo, const QStringList& labels)
{
    const QSignalBlocker block(combo);
    const int current = combo->currentIndex();
    combo->clear();
    combo->addItems(labels);
    combo->setCurrentIndex(current < 0 ? 0 : current);
}

QString Labels::isolateLtr(const QString& text)
{
    if (text.size() > 100000)
        return text;
    // An article citation (digits and parenthesised parts) or a path with slashes, not already
    // inside an embedding.
    static const QRegularExpression ltr(
        QStringLiteral("(?<![\\x{2066}\\x{202A}\\w])\\d+(?:\\([0-9a-z]{1,4}\\))+"
                       "|(?<![^\\s(\\x{00AB}\"\\x{201C}])(?:[A-Za-z]:)?(?:[/\\\\][^\\s/\\\\]+){2,}"));
    QString out;
    qsizetype last = 0;
    auto it = ltr.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QChar(0x202A) + m.captured(0) + QChar(0x202C);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

void Labels::isolateLtr(QWidget* root)
{
    // The application's direction too: a page made before it is shown has not taken it yet.
    if (!root || (root->layoutDirection() != Qt::RightToLeft && !QGuiApplication::isRightToLeft()))
        return;
    for (QLabel* l : root->findChildren<QLabel*>())
        if (l->textFormat() != Qt::RichText && !Qt::mightBeRichText(l->text()))
            if (const QString t = isolateLtr(l->text()); t != l->text())
                l->setText(t);
    for (QGroupBox* g : root->findChildren<QGroupBox*>())
        if (const QString t = isolateLtr(g->title()); t != g->title())
            g->setTitle(t);
    for (QAbstractButton* b : root->findChildren<QAbstractButton*>())
        if (const QString t = isolateLtr(b->text()); t != b->text())
            b->setText(t);
}

} // namespace mla::gui
