#include "Recovery.h"
namespace mla::draft {
Recovery::Recovery(QString directory) : m_dir(std::move(directory)) {}
Status Recovery::save(const Request&, const QString&)
{
    return {};
}
void Recovery::discard(const QString&) {}
QList<RecoveredDraft> Recovery::pending() const
{
    return {};
}
Result<Request> Recovery::load(const QString& f)
{
    return Error{QStringLiteral("draft.todo"), QStringLiteral("not implemented"), f, 0, 0};
}
QString Recovery::fileFor(const QString& id) const
{
    return m_dir + u'/' + id;
}
} // namespace mla::draft
