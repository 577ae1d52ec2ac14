#pragma once
// What a rule sees: the request, the database (may be nullptr) and what the database knows of
// the requested State and of treaties between the two States, looked up once per run. Also the
// helpers rules share to build findings. Reentrant; holds references, so it must not outlive
// the request and the database it was made from.

#include "Finding.h"

#include "model/Request.h"
#include "requirements/Database.h"

#include <optional>

namespace mla::checks {

class CheckContext
{
public:
    CheckContext(const Request& request, const requirements::Database* db);

    const Request& request() const { return m_request; }
    const requirements::Database* database() const { return m_db; }
    // The requested State's record, or nullptr when there is no database or no such State.
    const requirements::StateRecord* requested() const { return m_requested ? &*m_requested : nullptr; }
    // Treaties recorded between the requesting and the requested State.
    const QList<requirements::Treaty>& treaties() const { return m_treaties; }
    QList<requirements::Treaty> treatiesInForce() const;

    // The requested State's English name, else its code, else "the requested State".
    QString requestedName() const;
    bool serviceOnly() const; // every measure is service of documents (and there is one)
    bool anyCoercive() const; // some measure is coercive (MeasureSpec::coercive)

    // "UNTOC art. 18(15)(c)" and the like.
    static QString convention(const QString& article);
    // A database record's provenance as the source of a finding.
    static QString provenanceText(const requirements::Provenance& p);

    static Finding make(const QString& rule, Severity severity, const QString& article, const QString& path,
                        const QString& key, const QStringList& args, const QString& source);

private:
    const Request& m_request;
    const requirements::Database* m_db;
    std::optional<requirements::StateRecord> m_requested;
    QList<requirements::Treaty> m_treaties;
};

} // namespace mla::checks
