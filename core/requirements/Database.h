#pragma once
// The legal-requirements database: what is known of each State (UNTOC status, central
// authority, channels, languages, policies, measures, criminalized conduct, treaties, signing
// certificates) and the ICCS taxonomy, in SQLite. Every record carries its provenance; a
// section that is not recorded is unknown, never "no requirement".
//
// The working copy lives in the user's data directory (or $MLAWRITER_DATA_DIR); it is created
// from the shipped seed and, when a newer seed ships, merged with it without touching records
// edited locally or imported. SQL and QtSql types stay inside (pimpl).
//
// Ownership: the caller owns the Database. Failure: opening and writing return Result/Status,
// queries on a broken database return empty values. Thread-safety: use an instance from the
// thread that opened it; several instances (each with its own connection) may coexist.

#include "IccsCode.h"
#include "ImportReport.h"
#include "PackageSignature.h"
#include "Record.h"
#include "StateRecord.h"

#include "base/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace mla::requirements {

class Database
{
public:
    struct OpenOptions
    {
        QString seedDirectory; // empty: the embedded seed (tests point this at another seed)
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // <data dir>/requirements.sqlite, where <data dir> is $MLAWRITER_DATA_DIR when set, else
    // QStandardPaths::AppDataLocation. Created, seeded and seed-merged as needed.
    static Result<std::unique_ptr<Database>> openDefault();
    static QString defaultPath();
    static Result<std::unique_ptr<Database>> open(const QString& path);
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options);

    // SHA-256 (lowercase hex) of a PEM certificate's DER bytes: the key of a "certificate"
    // record. Empty when `pem` does not hold one certificate.
    static QString certificateFingerprint(const QByteArray& pem);

    QString path() const;
    int schemaVersion() const;
    QString seedHash() const; // the seed last merged

    // --- reading ---
    QString stateName(const QString& iso3, const QString& lang) const; // "" if unknown
    std::optional<StateRecord> state(const QString& iso3) const;       // nullopt: no such State
    QList<StateSummary> states() const;                                // ordered by English name
    QList<QByteArray> trustedCertificatesPem() const;
    // ICCS categories whose code or name (any language, case-insensitive) contains `search`;
    // all of them when `search` is empty. Ordered by code.
    QList<IccsCode> iccs(const QString& search = {}) const;
    std::optional<IccsCode> iccsCode(const QString& code) const;
    // Treaties recorded between two States (in either order).
    QList<Treaty> treaties(const QString& iso3a, const QString& iso3b) const;
    // Records of one kind (see README), or of every package kind when `kind` is empty;
    // restricted to `states` (ISO alpha-3) when given.
    QList<Record> records(const QString& kind = {}, const QStringList& states = {}) const;

    // --- writing ---
    // A local edit: validated, stored with origin "local" and updated = now, and recorded in the
    // history under `who` (default: the system user name). A seed merge never overwrites it.
    Status put(const Record& record, const QString& who = {});
    // Removes the record with the key fields of `record` (recorded in the history).
    Status remove(const Record& record, const QString& who = {});

    // --- history: who changed what, when, from which package (local edits and imports) ---
    struct HistoryEntry
    {
        QDateTime at; // UTC
        QString kind;
        QString key;
        QString action; // "added", "updated", "removed"
        QString who;
        QString package;  // file and signer, for imports
        QString oldValue; // JSON of the record before ("" when added)
        QString newValue; // JSON of the record after ("" when removed)
    };
    // Newest first; restricted to one record when `kind` and `key` are given.
    QList<HistoryEntry> history(const QString& kind = {}, const QString& key = {}) const;

    // --- trusted publishers of signed packages (pinned by SHA-256 of their certificate) ---
    Result<CertificateInfo> addPublisher(const QByteArray& certificatePemOrDer, const QString& fileName);
    // By full fingerprint (hex, with or without colons, any case). False when none matched.
    Result<bool> removePublisher(const QString& sha256);
    QList<CertificateInfo> publishers() const;

    // --- packages (templates/schema/requirements-1.xsd) ---
    QByteArray exportPackage(const QStringList& states = {}) const;
    Status exportPackageFile(const QString& file, const QStringList& states = {}) const;

    struct ImportOptions
    {
        bool allowUnsigned = false;   // the user explicitly accepted an unsigned package
        QByteArray detachedSignature; // the .p7s of an XML package signed detached
        QString who;                  // for the history (default: the system user name)
        QDateTime now;                // the moment certificates are checked at (default: now)
    };
    // Reads, verifies and plans an import without writing anything: a signed package (enveloping
    // CMS, or XML with options.detachedSignature) must verify against a trusted publisher; an
    // unsigned one is refused unless options.allowUnsigned. A package that cannot be read,
    // verified or validated against the schema is an error; otherwise each record is reported:
    // added, updated (the package's record is more recently verified; changes listed), kept
    // (the local one is newer or identical), rejected (reason). Validation is complete before
    // the plan is returned.
    Result<ImportReport> previewImport(const QByteArray& bytes, const QString& fileName,
                                       const ImportOptions& options) const;
    // Writes exactly what `plan` shows, in one transaction, with history; refused (nothing
    // written) when a record it replaces changed since the preview.
    Result<ImportReport> commitImport(const ImportReport& plan, const ImportOptions& options);
    // previewImport then commitImport.
    Result<ImportReport> importPackage(const QByteArray& bytes, const QString& fileName,
                                       const ImportOptions& options);
    Result<ImportReport> importPackageFile(const QString& file, const ImportOptions& options);
    // Unsigned, locally trusted input (tests, fixtures, the application's own files): as above
    // with allowUnsigned.
    Result<ImportReport> importPackage(const QByteArray& bytes, const QString& fileName);
    Result<ImportReport> importPackageFile(const QString& file);
    // Reads a package file with the size cap.
    static Result<QByteArray> readPackageFile(const QString& file);

    // A signed export (see PackageSignature.h): enveloping, or detached (the returned bytes are
    // then the signature of exportPackage(states)).
    Result<QByteArray> exportSignedPackage(const pdf::Identity& identity, bool detached,
                                           const QStringList& states = {}) const;

private:
    Database();
    Status init(const QString& path, const OpenOptions& options);
    Status mergeSeed(const OpenOptions& options);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mla::requirements
