#pragma once
// Internal: the kinds of record the database stores, one SQL table each, with their key and data
// columns and how each value is validated. The single description that the schema, the seed, the
// XML package and the validation of imports all read. Immutable after first use; thread-safe.

#include "Record.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mla::requirements::kinds {

enum class ColumnType
{
    Text,      // free text (capped length)
    Iso3,      // ISO 3166 alpha-3, upper case
    Date,      // ISO 8601 yyyy-MM-dd, may be empty
    Enum,      // one of `allowed`
    Int,       // decimal integer
    Languages, // ";"-separated ISO 639-1 codes
    Code,      // [0-9A-Za-z.-]+ (ICCS codes, M49, measure ids)
    Sha256,    // 64 lowercase hex digits
    Pem,       // one PEM certificate
};

struct Column
{
    QString name;
    ColumnType type;
    QStringList allowed; // for Enum
};

struct Kind
{
    QString kind;  // record kind in packages, e.g. "central-authority"
    QString table; // SQL table, e.g. "central_authority"
    QList<Column> keys;
    QList<Column> data;
    bool inPackage = true; // exchanged through XML packages

    QStringList columnNames() const; // keys then data
    const Column* column(const QString& name) const;
};

// Provenance columns every table carries after its own columns.
// source, verified_on, verified_by, updated_at, origin, source_date, origin_signer, origin_date
const QStringList& provenanceColumns();
// Vocabularies of "declaration" records: the article a declaration bears on ("16-5", "18-7",
// "18-9", "18-13", "18-14", "other") and what kind of text it is ("untoc-declaration",
// "national-practice", "ratification-act").
const QStringList& declarationTopics();
const QStringList& declarationScopes();

const QList<Kind>& all();
const Kind* find(const QString& kind);

// The key of a record as one string, e.g. "ESP" or "ESP/bank-records".
QString keyOf(const Kind& k, const Record& r);

// SHA-256 (lowercase hex) of the DER bytes of one PEM certificate; "" when it does not decode.
QString certificateSha256(const QString& pem);

// Checks a record against its kind: known kind, known fields, keys present, values of the
// right type and length, a source. Returns an empty string when valid, else the reason.
QString validate(const Record& r);

// Normalises values (trims; upper-cases alpha-3; sorts the two States of a treaty).
Record normalized(const Record& r);

} // namespace mla::requirements::kinds
