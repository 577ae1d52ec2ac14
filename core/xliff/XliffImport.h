#pragma once
// Import of translated free text from an XLIFF 2.0 document made by XliffExport (and edited in
// any CAT tool). The file is hostile input: parsed with SafeXml (no DTD, no entities, size and
// depth caps) and validated against the XLIFF 2.0 core schema before anything is read.
// Per unit: the unit id must name a free-text field of the request; the source must be the
// field's current original (else the unit is refused as stale); an existing translation that
// changed since the export (by its hash and modification time) is never overwritten unless
// asked, and is reported as a conflict. Accepted units become Translation{status Translated,
// sourceHash of the original, modified = now}. A unit whose translation a draft could not hold
// (longer than the schema allows, one translation too many) is refused as Invalid, and the whole
// result is read back with the draft reader's rules before it replaces the request: an import
// never leaves a draft that cannot be opened. Reentrant; never throws.

#include "base/Error.h"
#include "model/Request.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mla::xliff {

enum class UnitOutcome
{
    Applied,      // the translation was stored
    Unchanged,    // the draft already holds this very translation
    Untranslated, // no target text in the file: nothing to do
    StaleSource,  // refused: the original changed since the export
    UnknownUnit,  // refused: the unit id names no free-text field of this request
    Conflict,     // refused: the draft's translation is newer than the one the file was made from
    Invalid,      // refused: e.g. inline codes, a unit given twice
};
QString unitOutcomeId(UnitOutcome o); // "applied", "unchanged", "untranslated", "stale-source", ...

struct UnitReport
{
    QString unitId;
    QString fieldPath; // empty when the id is not a field path
    UnitOutcome outcome = UnitOutcome::Invalid;
    QString detail; // English, for the CLI and logs
    int line = 0;   // line of the <unit> in the XLIFF file
};

struct ImportReport
{
    QString fileName;
    QString sourceLanguage;
    QString targetLanguage;
    QList<UnitReport> units; // in file order

    int count(UnitOutcome o) const;
    bool hasRefusals() const; // any StaleSource, UnknownUnit, Conflict or Invalid
};

struct ImportOptions
{
    bool overwriteNewer = false; // store even over a translation that changed since the export
    bool dryRun = false;         // check and report only: the request is left as it is
    QDateTime now;               // invalid: the current time (tests pin it)
};

class XliffImport
{
public:
    // Applies the translations of `bytes` (an XLIFF file called `fileName`) to `request`.
    // Whole-file errors (not XML, not XLIFF 2.0, no or unsupported target language, made from
    // another request) are returned as Error with file, line and column; per-unit refusals
    // are in the report and leave that field untouched.
    static Result<ImportReport> apply(Request& request, const QByteArray& bytes, const QString& fileName,
                                      const ImportOptions& options = {});
    // apply() with the XLIFF file at `xliffPath` (read with a 16 MiB cap): for the wizard, which
    // holds the request in memory and saves it itself.
    static Result<ImportReport> applyFile(Request& request, const QString& xliffPath,
                                          const ImportOptions& options = {});
    // Reads the draft at `draftPath`, applies the XLIFF file at `xliffPath`, and when anything
    // was applied (and not dryRun) records it in the history and writes the draft back
    // atomically (DraftFile::write).
    static Result<ImportReport> intoDraft(const QString& draftPath, const QString& xliffPath,
                                          const ImportOptions& options = {});
};

} // namespace mla::xliff
