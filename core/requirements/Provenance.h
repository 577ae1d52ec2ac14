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
// The age after which a fact is shown as possibly outdated: $MLAWRITER_MAX_FACT_AGE_YEARS when
// it holds a number from 1 to 100, else 5 years.
inline int maxFactAgeYears()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("MLAWRITER_MAX_FACT_AGE_YEARS", &ok);
    return ok && n >= 1 && n <= 100 ? n : 5;
}
} // namespace mla::requirements
