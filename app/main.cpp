// The mlawriter executable: the command line when a command is given, the window otherwise.
#include "cli/Cli.h"
#include "gui/common/Gui.h"

int main(int argc, char* argv[])
{
    const mla::cli::Dispatch d = mla::cli::dispatch(argc, argv);
    if (d.runGui)
        return mla::gui::run(argc, argv, d.guiDraft);
    return d.exitCode;
}
