#pragma once
// The outcome of verifying every signature of a PDF: per-signature checks and an overall verdict,
// as plain values with a JSON and a text form. No I/O; reentrant.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mla::pdf {

struct SignatureCheck
{
    QString fieldName;
    QString subFilter; // e.g. "ETSI.CAdES.detached"
    QString signerName;
    QString signerSubject;
    QString issuer;
    QByteArray signerFingerprint; // SHA-256, hex
    QDateTime signingTime;        // the /M claim (UTC); invalid when absent
    QString reason, location, contact;
    bool certification = false; // DocMDP signature
    int docMdpPermissions = 0;  // 1, 2 or 3 when certification

    QList<qint64> byteRange;             // as written in the file
    qint64 revisionEnd = 0;              // end of the signed revision (offset of the last signed byte + 1)
    bool byteRangeOk = false;            // well formed, from 0, gap is exactly the /Contents string
    bool coversWholeFile = false;        // nothing was appended after this signature
    bool appendedOnlySignatures = false; // what was appended only adds later signatures
    int laterSignatures = 0;             // signatures appended after this one
    QStringList appendedChanges;         // what else the appended updates changed
    QString digestAlgorithm;
    bool digestOk = false;               // message-digest attribute = hash of the signed ranges
    bool cmsSignatureOk = false;         // the CMS signature verifies with the signer's key
    bool signingCertificateOk = false;   // signer certificate found, usable for signing
    bool certificateValidAtTime = false; // signing time within the certificate's validity
    bool chainTrusted = false;           // chains to one of the trust anchors
    QString chainError;                  // why not, when not, in a reviewer's words
    QStringList problems;                // every failed check, in plain words

    // Time and level. Without a trusted timestamp the certificate is checked now: the /M time is
    // only the signer's claim and may not rescue an expired or revoked certificate.
    QString level = QStringLiteral("B-B"); // B-B, B-T, B-LT, B-LTA: what the signature reaches
    QDateTime validationTime;              // when the chain was checked (UTC)
    bool atTimestamp = false;              // validationTime is a trusted timestamp's time
    bool timestampPresent = false;         // a signature-time-stamp token is attached
    bool timestampOk = false;              // … and it verifies over this signature value
    QDateTime timestampTime;               // the token's genTime (UTC) when present
    QString timestampAuthority;            // the TSA's name
    bool longTermData = false;             // the DSS holds this signature's validation data
    bool attachedToField = true;           // a signature field of the document holds it
    bool documentTimestamp = false;        // /SubFilter /ETSI.RFC3161: a TSA token over the document
    int otherIssues = 0;                   // problems beyond the flags above (each makes it invalid)

    bool signedVersionIntact() const { return byteRangeOk && digestOk && cmsSignatureOk; }
    bool intact() const; // everything but trust holds, with no other problem
    bool valid() const { return intact() && chainTrusted; }
    // One sentence for a reviewer: valid, or why not ("the signed version is intact, but …").
    QString verdict() const;
    QString explanation() const; // the verdict without its "valid"/"not valid" prefix
};

struct VerifyReport
{
    QString file;
    qint64 fileSize = 0;
    QList<SignatureCheck> signatures;
    QStringList documentProblems; // about the file as a whole (damaged, truncated, refused): each one
                                  // makes the document not valid
    bool refused = false;         // a limit was passed: the signatures were not all examined

    bool allValid() const; // at least one signature, every one valid and trusted, no document problem
    QByteArray toJson() const;
    QString toText() const;
};

} // namespace mla::pdf
