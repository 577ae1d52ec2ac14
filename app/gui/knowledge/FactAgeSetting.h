#pragma once
// The preference "facts older than N years are possibly outdated" (default five years): stored in
// QSettings, applied to the process (requirements::setMaxFactAgeYears) so that the checks, the
// wizard's panel, the knowledge editor and the PDF's addressee all use it. Call from the GUI thread.

class QDialog;
class QFormLayout;
class QSpinBox;

namespace mla::gui::FactAgeSetting {

int years(); // the stored preference, or the default (5, or $MLAWRITER_MAX_FACT_AGE_YEARS)
void setYears(int years);
// Applies the stored preference to this process.
void apply();
// Adds the preference's row to a settings dialog's form; stored and applied when `dialog` is
// accepted.
QSpinBox* addRow(QDialog* dialog, QFormLayout* form);

} // namespace mla::gui::FactAgeSetting
