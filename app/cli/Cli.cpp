#include "Cli.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

namespace mla::cli {
namespace {

void printHelp(QTextStream& out)
{
    out << "mlawriter " MLAWRITER_VERSION " - requests for mutual legal assistance (UNTOC art. 18)\n\n"
        << "Usage:\n"
        << "  mlawriter [gui] [DRAFT]        open the application (optionally a draft)\n";
    for (const auto& c : commands())
        out << "  mlawriter " << QString::fromLatin1(c.synopsis).leftJustified(30) << ' '
            << QString::fromLatin1(c.summary) << '\n';
    out << "  mlawriter --help | --version\n\n"
        << "Exit codes: 0 ok, 1 findings or invalid input, 2 unreadable input or usage error.\n";
}

// Without a session (CI, ssh) XDG_RUNTIME_DIR is unset and Qt warns on every run; give it a
// private folder instead, as a login session would.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/mlawriter-runtime-") + QString::number(getuid());
    if (QDir().mkpath(dir)) {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
}

} // namespace

int runCommand(const QString& name, const QStringList& args, QTextStream& out, QTextStream& err)
{
    for (const auto& c : commands()) {
        if (name == QLatin1String(c.name)) {
            if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
                out << "Usage: mlawriter " << c.synopsis << "\n" << c.summary << "\n";
                return Ok;
            }
            return c.run(args, out, err);
        }
    }
    err << "mlawriter: unknown command '" << name << "' (see mlawriter --help)\n";
    return BadInput;
}

Dispatch dispatch(int argc, char* argv[])
{
    Dispatch d;
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (args.isEmpty() || args.first() == QLatin1String("gui")) {
        if (!args.isEmpty())
            args.removeFirst();
        d.runGui = true;
        d.guiDraft = args.value(0);
        return d;
    }
    // A lone existing file name opens it in the window, as file managers call us.
    if (args.size() == 1 && args.first().endsWith(QLatin1String(".mlar"))) {
        d.runGui = true;
        d.guiDraft = args.first();
        return d;
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp(out);
        return d;
    }
    if (first == QLatin1String("--version")) {
        out << "mlawriter " MLAWRITER_VERSION "\n";
        return d;
    }
    if (first.startsWith(u'-')) {
        err << "mlawriter: unknown option '" << first << "' (see mlawriter --help)\n";
        d.exitCode = BadInput;
        return d;
    }
    // Commands render fonts and pages: they need a QGuiApplication but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ensureRuntimeDir();
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("mlawriter"));
    QGuiApplication::setApplicationName(QStringLiteral("mlawriter"));
    QGuiApplication::setApplicationVersion(QStringLiteral(MLAWRITER_VERSION));
    const QString name = args.takeFirst();
    d.exitCode = runCommand(name, args, out, err);
    out.flush();
    err.flush();
    return d;
}

} // namespace mla::cli
