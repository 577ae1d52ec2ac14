#include "TestSupport.h"

#include <QFile>

namespace mla::test {

QString sourcePath(const QString& relative)
{
    return QStringLiteral(MLAWRITER_SOURCE_DIR "/") + relative;
}
QString dataPath(const QString& relative)
{
    return QStringLiteral(MLAWRITER_TEST_DATA "/") + relative;
}
QString sharedDataPath(const QString& relative)
{
    return QStringLiteral(MLAWRITER_SHARED_DATA "/") + relative;
}
QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace mla::test
