#pragma once
// Internal to core/pdf: what the updates appended after a signed revision changed, object by
// object, and whether every change is one a signature allows (after pyHanko's difference
// analysis). The signed revision and the whole file are compared as a viewer sees them: from the
// trailer of each, through every indirect reference. Allowed after a signature:
//   - a new, complete signature: a new field with /FT /Sig whose /V is a new signature dictionary
//     of its own (never one another field already uses), listed in the form's /Fields and as a
//     widget in one page's /Annots, with its appearance;
//   - a Document Security Store (/DSS, /Extensions in the catalog, and everything reached only
//     from the DSS);
//   - new annotations, only where a certification signature allows them (DocMDP P=3).
// Everything else is a change that the signature does not cover: a new or replaced catalog, page
// tree, page, content stream, resource, /Info or XMP metadata, an object pointed back at an older
// version, an object deleted, a dangling reference filled in later, an empty signature field, a
// reused signature dictionary. Changes are named by role ("page 1's content", "the document
// title"), never only by object number.
// Hostile input: every walk is bounded by a shared budget; when it runs out the analysis stops with
// a change that says so (fail closed). qpdf exceptions propagate to the caller. Not thread-safe
// (qpdf objects), reentrant across distinct QPDF objects.

#include <QList>
#include <QString>
#include <QStringList>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <set>

namespace mla::pdf {

struct DiffBudget
{
    qint64 objectVisits = 4'000'000; // indirect objects visited, over every analysis of one file
    bool exhausted() const { return objectVisits <= 0; }
};

struct DiffResult
{
    QStringList changes;               // what the signature does not cover, in plain words
    QList<QPDFObjGen> laterSignatures; // signature dictionaries added by later complete signatures
    bool dssUpdated = false;           // a Document Security Store was added or extended
    int annotationsAdded = 0;          // annotations added where DocMDP P=3 allows them
};

// `signedRevision` is the file cut at the end of the signed revision, `whole` the entire file.
// `docMdp`: 1, 2 or 3 for a certified document (P of its certification signature), 0 when the
// document is not certified (treated as 2: later signatures and the DSS only).
DiffResult analyseChanges(QPDF& signedRevision, QPDF& whole, int docMdp, DiffBudget& budget);

} // namespace mla::pdf
