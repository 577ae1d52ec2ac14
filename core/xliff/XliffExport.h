#pragma once
// Export of a request's free text for translation: one XLIFF 2.0 document, one unit per
// free-text field (unit id = the field path, escaped by UnitId), with notes naming the section,
// the field and the article of the Convention. Each unit records the hash of the original it
// was made from and the state of the existing translation, so that XliffImport can refuse
// stale units and never silently overwrite a newer translation.
// Reentrant; never throws; the output is validated against the XLIFF 2.0 core schema.

#include "base/Error.h"
#include "model/Request.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mla::xliff {

// Namespace of mlawriter's own XLIFF attributes (allowed by the core schema on <file>/<unit>).
inline constexpr const char* mlaNs = "urn:x-mlawriter:xliff";

struct ExportOptions
{
    QString targetLanguage; // one of unLanguages(); required
    QString sourceLanguage; // empty: the request's draft language
    QString original;       // <file original="...">: e.g. the draft's file name; may be empty
    QDateTime now;          // invalid: the current time (tests pin it)
};

struct SkippedField
{
    QString fieldPath;
    QString reason; // English, e.g. "empty", "written in fr, not in the source language en"
};

struct ExportResult
{
    QByteArray bytes;           // the XLIFF document, UTF-8
    QString sourceLanguage;     // the srcLang written
    QStringList exportedFields; // field paths, in document order
    QList<SkippedField> skipped;
};

class XliffExport
{
public:
    // Fails with "xliff.bad-language" for a target that is not a UN language or equals the
    // source, and "xliff.nothing-to-export" when no field has text in the source language.
    static Result<ExportResult> run(const Request& request, const ExportOptions& options);
    // run(), then writes the result atomically to `path` ("xliff.write" on failure).
    static Result<ExportResult> toFile(const Request& request, const ExportOptions& options,
                                       const QString& path);
};

} // namespace mla::xliff
