#pragma once
// What the renderer needs from outside the request, as plain data: the renderer never opens
// the requirements database (the caller looks names and the central authority up and passes
// them here). Plain value type.

#include <QDate>
#include <QString>

namespace mla::render {

enum class PaperSize
{
    A4,
    Letter
};

struct RenderContext
{
    QString language;            // output language: a document language (render::documentLanguages())
    QString requestingStateName; // in the output language (or the ISO 3166 alpha-3 code)
    QString requestedStateName;  // in the output language (or the ISO 3166 alpha-3 code)
    // Set by renderPdf when the State names came from iso-codes (languages without UN names):
    // the document then says so.
    bool stateNamesFromIsoCodes = false;
    QString centralAuthorityName;    // empty: a visible gap "[central authority unknown — verify]"
    QString centralAuthorityAddress; // several lines allowed
    // The age of those details, printed discreetly under the addressee: the date of the record's
    // source (invalid: undated), and whether the record may be outdated (older than
    // maxFactAgeYears, or undated; the caller decides, see requirements::Provenance).
    QDate centralAuthoritySourceDate;
    bool centralAuthorityOutdated = false;
    int maxFactAgeYears = 5;
    bool draftWatermark = true; // false only when rendered for signing with no blocking findings
    PaperSize paper = PaperSize::A4;
    QDate date; // the date printed on the request; invalid: today
    // Directory holding request.layout.xml and <lang>.xlf; empty: the templates built into the
    // program (Qt resources). Used by tests and by translators trying a changed language file.
    QString templateDir;
};

} // namespace mla::render
