#pragma once
// Helpers for the GUI tests: an isolated environment (settings, data and recovery directories),
// typing into widgets like a user, and comparing requests on what the wizard edits.

#include "model/Request.h"

#include <QString>
#include <QTemporaryDir>

class QWidget;

namespace mla::gui {
class MainWindow;
}

namespace mla::test {

// Points QSettings, the requirements database and the recovery area at temporary directories
// for the lifetime of the object.
class GuiEnv
{
public:
    GuiEnv();
    QString recoveryDir() const;
    QString path(const QString& name) const; // a scratch file
private:
    QTemporaryDir m_dir;
};

// Types `text` into `w` with key events; "\n" becomes the Return key (a new line in a text box).
void typeText(QWidget* w, const QString& text);
// Selects all of `w` and types `text` over it.
void retype(QWidget* w, const QString& text);
// The request without what the wizard does not edit: identity, times, status, history,
// comments, attachments, logo and translations (a translator's work).
Request editableContent(Request r);
// The samples shipped in templates/samples.
QStringList samples();
// Fills every wizard page of `window` (a blank request open) through its widgets so that the
// request equals `target` in its editable content.
void fillWizard(gui::MainWindow& window, const Request& target);

} // namespace mla::test
