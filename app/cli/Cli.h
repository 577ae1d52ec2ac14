#pragma once
// Command-line front end. Exit codes: 0 ok, 1 findings or invalid input, 2 unreadable input or
// usage error. Errors go to stderr as "file:line:col: message".

#include <QString>
#include <QStringList>

class QTextStream;

namespace mla::cli {

enum ExitCode
{
    Ok = 0,
    Invalid = 1,
    BadInput = 2
};

// A command gets its arguments (without the command name) and the two streams.
using CommandFn = int (*)(const QStringList& args, QTextStream& out, QTextStream& err);

struct CommandInfo
{
    const char* name;
    const char* synopsis; // e.g. "validate DRAFT"
    const char* summary;  // one line for --help
    CommandFn run;
};

// Every command, in the order --help lists them (defined in Commands.cpp).
const QList<CommandInfo>& commands();

struct Dispatch
{
    bool runGui = false;
    QString guiDraft;  // draft to open in the window, if any
    int exitCode = Ok; // when !runGui: the command's exit code
};

// Parses argv: runs a command (creating a QGuiApplication on the offscreen platform when no
// platform is set) or asks for the window.
Dispatch dispatch(int argc, char* argv[]);

// Runs one command by name with arguments; used by dispatch() and by tests.
int runCommand(const QString& name, const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace mla::cli
