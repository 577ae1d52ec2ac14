#pragma once
// Options of one signature (sign, countersign, certify). Plain values; no I/O.

#include <QDateTime>
#include <QRectF>
#include <QString>

#include <optional>

namespace mla::pdf {

// Where and what the visible signature shows; the renderer reports the signature block.
struct SignatureAppearance
{
    bool visible = true;
    int pageIndex = -1; // 0-based; -1: the last page
    QRectF rect;        // PDF points, origin bottom-left of the page; empty: bottom of the page
    QString name;       // signer's name as printed; empty: the certificate's common name
    QString function;   // e.g. "Public prosecutor"
    QString place;      // e.g. the city
};

struct SignOptions
{
    QString reason;   // /Reason
    QString location; // /Location
    QString contact;  // /ContactInfo
    bool invisible = false;
    // A certification (DocMDP) signature allowing only form filling and signing afterwards.
    // Only possible as the first signature of a document.
    bool certify = false;
    std::optional<SignatureAppearance> appearance; // none: bottom of the last page
    QDateTime signingTime;                         // the /M claim; default: now
    QString fieldName;                             // default: "Signature<n>"
};

} // namespace mla::pdf
