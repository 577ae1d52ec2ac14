#include "Args.h"

namespace mla::cli {

Args parseArgs(const QStringList& args, const QStringList& valueOptions, const QStringList& flagOptions,
               int positionalMin, int positionalMax)
{
    Args a;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            QString name = arg;
            QString value;
            bool inlineValue = false;
            if (const int eq = arg.indexOf(u'='); eq > 0) {
                name = arg.left(eq);
                value = arg.mid(eq + 1);
                inlineValue = true;
            }
            if (valueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= args.size()) {
                        a.error = QStringLiteral("option %1 needs a value").arg(name);
                        return a;
                    }
                    value = args.at(++i);
                }
                a.values.insert(name, value);
            } else if (flagOptions.contains(name) && !inlineValue) {
                a.flags.insert(name);
            } else {
                a.error = QStringLiteral("unknown option '%1'").arg(arg);
                return a;
            }
        } else {
            a.positional << arg;
        }
    }
    if (a.positional.size() < positionalMin)
        a.error = QStringLiteral("missing argument");
    else if (a.positional.size() > positionalMax)
        a.error = QStringLiteral("unexpected argument '%1'").arg(a.positional.value(positionalMax));
    return a;
}

} // namespace mla::cli
