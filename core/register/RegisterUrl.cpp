#include "RegisterUrl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace mla::reg {

QString RegisterUrl::display() const
{
    if (engine == QLatin1String("sqlite"))
        return path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + (password.isEmpty() ? QString() : QStringLiteral(":***")) + u'@';
    if (!host.startsWith(u'/'))
        s += host;
    if (port)
        s += u':' + QString::number(port);
    s += u'/' + database;
    QStringList q;
    if (host.startsWith(u'/'))
        q << QStringLiteral("host=") + host;
    if (!options.isEmpty())
        q << QString(options).replace(u';', u'&');
    if (!q.isEmpty())
        s += u'?' + q.join(u'&');
    return s;
}

QString RegisterUrl::defaultPath()
{
    QString dir = qEnvironmentVariable("MLAWRITER_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("register.sqlite"));
}

QString RegisterUrl::choose(const QString& cliValue)
{
    if (!cliValue.isEmpty())
        return cliValue;
    const QString env = qEnvironmentVariable("MLAWRITER_REGISTER");
    if (!env.isEmpty())
        return env;
    return defaultPath();
}

Result<RegisterUrl> RegisterUrl::parse(const QString& text)
{
    RegisterUrl r;
    auto bad = [&](const QString& why) {
        return Error{
            QStringLiteral("register.url"), QStringLiteral("invalid register URL: ") + why, {}, 0, 0};
    };
    if (text.trimmed().isEmpty())
        return bad(QStringLiteral("empty"));
    if (!text.startsWith(QLatin1String("postgresql:")) && !text.startsWith(QLatin1String("postgres:"))) {
        if (text.contains(QLatin1String("://")))
            return bad(QStringLiteral("unknown scheme in '%1' (postgresql://… or a file path)").arg(text));
        r.engine = QStringLiteral("sqlite");
        r.path = text.startsWith(QLatin1String("sqlite:")) ? text.mid(7) : text;
        return r;
    }
    r.engine = QStringLiteral("postgresql");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return bad(url.errorString());
    r.user = url.userName(QUrl::FullyDecoded);
    r.password = url.password(QUrl::FullyDecoded);
    r.host = url.host(QUrl::FullyDecoded);
    r.port = url.port(0);
    r.database = url.path(QUrl::FullyDecoded).mid(1);
    QStringList opts;
    const QUrlQuery query(url);
    static const QStringList allowed{
        QStringLiteral("host"),        QStringLiteral("service"),         QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"), QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("user"),        QStringLiteral("dbname"),          QStringLiteral("port")};
    bool timeout = false;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key))
            return bad(QStringLiteral("unknown parameter '%1' (known: %2)").arg(key, allowed.join(u", ")));
        if (value.contains(u';') || value.contains(u'='))
            return bad(QStringLiteral("parameter '%1' has a character that is not allowed").arg(key));
        if (key == QLatin1String("host"))
            r.host = value;
        else if (key == QLatin1String("user"))
            r.user = value;
        else if (key == QLatin1String("dbname"))
            r.database = value;
        else if (key == QLatin1String("port"))
            r.port = value.toInt();
        else {
            opts << key + u'=' + value;
            timeout = timeout || key == QLatin1String("connect_timeout");
        }
    }
    // An unreachable server must answer in seconds, not hang the command.
    if (!timeout)
        opts << QStringLiteral("connect_timeout=5");
    r.options = opts.join(u';');
    if (r.database.isEmpty() && !r.options.contains(QLatin1String("service=")))
        return bad(QStringLiteral("no database name in '%1'").arg(text));
    return r;
}

} // namespace mla::reg
