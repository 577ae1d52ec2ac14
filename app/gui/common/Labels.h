#pragma once
// Translated labels of the model's closed vocabularies, in enum order, for combo boxes and
// read-only views. Pure functions (use the installed translators).

#include "model/Request.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QStringList>

namespace mla::gui {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QStringList legalBases();
    static QStringList channels();
    static QStringList proceedingsTypes();
    static QStringList personRoles();
    static QStringList triStates(); // Unknown, Yes, No
    static QString status(RequestStatus s);
    static QString severity(int severity);          // FindingItem::Severity as int
    static QString choice(const QString& choiceId); // a MeasureSchema choice id
    static QString measureTitle(MeasureType type);
    static QString fieldLabel(const FieldSpec& field);
    // Refills `combo` with `labels` keeping the current index (signals blocked).
    // `text` with every article citation ("18(15)(e)", "18(13)") and file path kept left to
    // right inside right-to-left text (each wrapped in a left-to-right embedding), so that
    // Arabic reads "(18(13))" and not "((13)18)". Idempotent.
    static QString isolateLtr(const QString& text);
    // Applies isolateLtr to the labels, group box titles and buttons under `root` when the
    // interface is right to left.
    static void isolateLtr(QWidget* root);
    static void fill(QComboBox* combo, const QStringList& labels);
};

} // namespace mla::gui
