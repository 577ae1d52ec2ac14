#pragma once
#include <QString>

namespace mla::gui {

// Creates the QApplication, shows the main window (opening `draftPath` if given) and runs the
// event loop. Returns the application's exit code.
int run(int argc, char* argv[], const QString& draftPath);

} // namespace mla::gui
