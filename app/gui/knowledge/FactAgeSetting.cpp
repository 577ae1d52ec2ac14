#include "FactAgeSetting.h"

#include "requirements/Provenance.h"

#include <QCoreApplication>
#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace mla::gui::FactAgeSetting {

namespace {
const char* const kKey = "knowledge/maxFactAgeYears";
} // namespace

int years()
{
    bool ok = false;
    const int n = QSettings().value(QLatin1String(kKey)).toInt(&ok);
    if (ok && n >= 1 && n <= 100)
        return n;
    // The default, not what this process set: cleared for the moment of the reading.
    const requirements::FactAgeScope restore(0);
    requirements::setMaxFactAgeYears(0);
    return requirements::maxFactAgeYears();
}

void setYears(int n)
{
    if (n >= 1 && n <= 100)
        QSettings().setValue(QLatin1String(kKey), n);
}

void apply()
{
    bool ok = false;
    const int n = QSettings().value(QLatin1String(kKey)).toInt(&ok);
    requirements::setMaxFactAgeYears(ok && n >= 1 && n <= 100 ? n : 0);
}

QSpinBox* addRow(QDialog* dialog, QFormLayout* form)
{
    auto* spin = new QSpinBox(dialog);
    spin->setObjectName(QStringLiteral("factAgeSpin"));
    spin->setRange(1, 100);
    spin->setValue(years());
    spin->setToolTip(QCoreApplication::translate(
        "mla::gui::FactAgeSetting",
        "Facts of the requirements database whose source is older than this are marked as "
        "possibly outdated: in the wizard, the findings, the knowledge editor and the "
        "addressee of the request."));
    auto* label = new QLabel(
        QCoreApplication::translate("mla::gui::FactAgeSetting", "Facts possibly &outdated after (years):"),
        dialog);
    label->setBuddy(spin);
    form->addRow(label, spin);
    QObject::connect(dialog, &QDialog::accepted, spin, [spin] {
        setYears(spin->value());
        apply();
    });
    return spin;
}

} // namespace mla::gui::FactAgeSetting
