#pragma once
// Files embedded in a PDF as PDF/A-3 associated files (catalog /AF, file specifications with
// /AFRelationship, embedded file streams with /Params), read with qpdf. The PDF is hostile
// input: never crashes, the PDF and every decoded stream are size-capped (a compressed stream
// that inflates past the cap is refused while decoding, not after), counts are capped, the
// declared size and MD5 checksum in /Params must match the data. Reentrant; never throws.

#include "base/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mla::pdf {

struct EmbeddedFileInfo
{
    QString name;            // /UF, else /F (a name only: never used as a path by this library)
    QString description;     // /Desc
    QString relationship;    // /AFRelationship without the slash: "Source", "Data", … or empty
    QString mimeType;        // /Subtype of the embedded file stream, e.g. "application/xml"
    qint64 size = -1;        // /Params /Size; -1 when absent
    bool associated = false; // listed in the catalog's /AF
};

constexpr qint64 maxEmbeddedFileBytes = 16 * 1024 * 1024; // the draft format's own cap
constexpr int maxEmbeddedFiles = 256;

// The embedded files the document lists (catalog /AF and the /EmbeddedFiles name tree), without
// their data. Error "pdf.embedded.read" when the bytes are not a readable PDF.
Result<QList<EmbeddedFileInfo>> embeddedFiles(const QByteArray& pdf);

// The request's source draft: the one associated file with /AFRelationship /Source and MIME
// type application/xml. Only checks the container (size, checksum, MIME type); the caller
// reads the bytes as any draft (draft::DraftFile::parse). Errors ("pdf.embedded.*"): read (not a
// PDF), none (no source draft), ambiguous (more than one), size (over the cap or not the
// declared size), checksum (MD5 differs from /Params /CheckSum), stream (cannot be decoded).
Result<QByteArray> embeddedSourceDraft(const QByteArray& pdf);

// What mlawriter's renderer wrote in the document's XMP (catalog /Metadata, capped at 1 MiB):
// whether it was rendered as a DRAFT, and how many visible gaps and untranslated fields it
// prints. `known` is false for a PDF without these properties (not made by mlawriter's
// renderer, or a damaged packet). Error "pdf.embedded.read" when the bytes are not a PDF.
struct DocumentState
{
    bool known = false;
    bool draft = false;
    int openGaps = 0;
    int untranslated = 0;
};
Result<DocumentState> documentState(const QByteArray& pdf);

} // namespace mla::pdf
