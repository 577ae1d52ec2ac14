#pragma once
// Where a record of the requirements database comes from: every record carries one.
// Plain value type.

#include <QDate>
#include <QDateTime>
#include <QString>

namespace mla::requirements {

struct Provenance
{
    QString source;       // citation: URL, document, notification, with its date as found
    QDate verified;       // when the record was last checked against its source; invalid = never
    QString verifiedBy;   // who checked it (an office or role; "shipped seed" for unverified seed data)
    QDateTime updated;    // UTC time the record last changed in a database
    QString origin;       // "seed" (shipped), "local" (edited here) or "import" (from a package)
    QDate sourceDate;     // the date the source speaks for (its "as of"); invalid = undated
    QString originSigner; // import: the package's signer (subject and SHA-256 fingerprint)
    QDateTime originDate; // import: when the package was signed (else imported), UTC

    // The date the fact is known to hold at: the later of the source's date and the
    // verification; invalid when neither is known.
    QDate asOf() const
    {
        if (!sourceDate.isValid())
            return verified;
        return verified.isValid() && verified > sourceDate ? verified : sourceDate;
    }
    // Whether the fact may be outdated: older than `maxAgeYears` on `today`, or undated.
    bool possiblyOutdated(const QDate& today, int maxAgeYears) const
    {
        const QDate d = asOf();
        return !d.isValid() || d.addYears(maxAgeYears) < today;
    }

    bool known() const { return !source.isEmpty(); }
    bool operator==(const Provenance&) const = default;
};

} // namespace mla::requirements

namespace mla::requirements {
namespace detail {
inline int& maxFactAgeSetting()
{
    static int years = 0; // 0: not set in this process
    return years;
}
} // namespace detail
// Sets the age for this process (the GUI's preference, a command's --max-age); 0 returns to the
// default. Values outside 1 to 100 are ignored. Call from the main thread before the checks run.
inline void setMaxFactAgeYears(int years)
{
    if (years == 0 || (years >= 1 && years <= 100))
        detail::maxFactAgeSetting() = years;
}
// Sets the age for a scope (a command's --max-age) and restores the previous setting after it;
// 0 leaves the setting as it is.
class FactAgeScope
{
public:
    explicit FactAgeScope(int years) : m_previous(detail::maxFactAgeSetting())
    {
        if (years > 0)
            setMaxFactAgeYears(years);
    }
    ~FactAgeScope() { detail::maxFactAgeSetting() = m_previous; }
    FactAgeScope(const FactAgeScope&) = delete;
    FactAgeScope& operator=(const FactAgeScope&) = delete;

private:
    int m_previous;
};
// The age after which a fact is shown as possibly outdated: the one set with setMaxFactAgeYears,
// else $MLAWRITER_MAX_FACT_AGE_YEARS when it holds a number from 1 to 100, else 5 years.
inline int maxFactAgeYears()
{
    if (const int set = detail::maxFactAgeSetting(); set > 0)
        return set;
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("MLAWRITER_MAX_FACT_AGE_YEARS", &ok);
    return ok && n >= 1 && n <= 100 ? n : 5;
}
} // namespace mla::requirements
