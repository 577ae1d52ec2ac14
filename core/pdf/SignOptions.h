#pragma once
// Options of one signature (sign, countersign, certify). Plain values; no I/O.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

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

// PAdES baseline levels (ETSI EN 319 142-1): B-B; B-T adds an RFC 3161 timestamp over the
// signature value; B-LT adds a Document Security Store with the chains and CRLs; B-LTA then a
// document timestamp (/ETSI.RFC3161) over the whole file.
enum class SignatureLevel
{
    BB,
    BT,
    BLT,
    BLTA
};

QString levelName(SignatureLevel level); // "B-B", "B-T", "B-LT", "B-LTA"

struct TimestampOptions
{
    QString url;                // the timestamp authority (http:// or https://)
    int timeoutMs = 20000;      // for each exchange with it
    QList<QByteArray> trustPem; // optional anchors the TSA's certificate must chain to
    bool fallbackToBB = false;  // when the TSA fails: sign at B-B with a warning instead of failing
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
    SignatureLevel level = SignatureLevel::BB;
    TimestampOptions timestamp;      // needed for B-T and B-LT
    QList<QByteArray> crls;          // B-LT: CRLs (DER or PEM) for the DSS
    QList<QByteArray> extraCertsPem; // B-LT: more certificates for the DSS (e.g. a root)
    // B-LT: also fetch revocation data from the addresses the signer's and the TSA's certificates
    // name (OCSP, else CRL; http and https only). Off unless the signer asks: signing never goes
    // online unasked. A certificate whose address does not answer fails the signing.
    bool fetchRevocation = false;
    int revocationTimeoutMs = 15000; // each exchange
    // The language of the visible appearance ("Digitally signed", the date), a BCP 47 tag such as
    // "fr" or "ar"; empty: English.
    QString language;
};

// What signing did: the level reached (lower than asked only with fallbackToBB) and warnings.
struct SignOutcome
{
    SignatureLevel level = SignatureLevel::BB;
    QDateTime timestampTime; // the TSA's time, B-T and above
    QString tsaName;
    QStringList warnings;
    QStringList revocationSources; // B-LT with fetchRevocation: where the revocation data came from
};

} // namespace mla::pdf
