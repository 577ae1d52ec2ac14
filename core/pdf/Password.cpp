#include "Password.h"

#include <QFile>

namespace mla::pdf {

Result<QByteArray> readPasswordFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("pdf.password.read"),
                     QStringLiteral("cannot read the password file: %1").arg(file.errorString()), path, 0, 0};
    if (file.size() > 64 * 1024)
        return Error{QStringLiteral("pdf.password.read"), QStringLiteral("the password file is too large"),
                     path, 0, 0};
    QByteArray bytes = file.readAll();
    const qsizetype eol = bytes.indexOf('\n');
    if (eol >= 0)
        bytes.truncate(eol);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

Result<QByteArray> resolvePassword(const QString& passFile)
{
    if (!passFile.isEmpty())
        return readPasswordFile(passFile);
    if (qEnvironmentVariableIsSet(passwordEnvironmentVariable))
        return qgetenv(passwordEnvironmentVariable);
    return Error{QStringLiteral("pdf.password.missing"),
                 QStringLiteral("no password: give --pass-file FILE or set %1")
                     .arg(QLatin1String(passwordEnvironmentVariable)),
                 {},
                 0,
                 0};
}

} // namespace mla::pdf
