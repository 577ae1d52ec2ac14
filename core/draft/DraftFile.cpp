#include "DraftFile.h"
namespace mla::draft {
Result<Request> DraftFile::read(const QString& path)
{
    return Error{QStringLiteral("draft.todo"), QStringLiteral("not implemented"), path, 0, 0};
}
Result<Request> DraftFile::parse(const QByteArray&, const QString& fileName)
{
    return Error{QStringLiteral("draft.todo"), QStringLiteral("not implemented"), fileName, 0, 0};
}
QByteArray DraftFile::serialize(const Request&)
{
    return {};
}
Status DraftFile::write(const Request&, const QString& path)
{
    return Error{QStringLiteral("draft.todo"), QStringLiteral("not implemented"), path, 0, 0};
}
QByteArray DraftFile::schema()
{
    return {};
}
} // namespace mla::draft
