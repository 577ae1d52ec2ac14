#pragma once
// Internal to core/pdf (uses OpenSSL and qpdf types): the checks behind long-term validation
// (PAdES B-T, B-LT): the signature timestamp of a CMS signer, the Document Security Store of a PDF,
// and certificate chains checked at a given time against supplied CRLs.
//
// Contracts common to every function here:
// - Never throw, never read files or the network, never print. Hostile input gives a result with
//   `problems` filled in, never a crash; counts and sizes are capped (see the constants).
// - Borrowed pointers: the functions neither take ownership of nor modify what they are given
//   (OpenSSL reference counts may be bumped temporarily). Null pointers are allowed where noted.
// - Reasons are plain English a reviewer understands ("issued by 'X', which is not a trusted
//   central authority"); OpenSSL's own wording only goes into the `detail` fields.
// - Dates are UTC. Reentrant; no shared state.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <openssl/cms.h>
#include <openssl/ocsp.h>
#include <openssl/x509.h>

#include <vector>

class QPDF;

namespace mla::pdf {

// ---- Chains -----------------------------------------------------------------------------------

struct ChainCheck
{
    bool trusted = false;      // a chain to one of the anchors exists, valid at `at`, none revoked
    bool revoked = false;      // a certificate of the chain is on a supplied CRL, revoked at or before `at`
    bool revokedLater = false; // on a CRL, but revoked after `at` (the chain is still trusted at `at`)
    bool expired = false;      // a certificate of the chain had expired at `at`
    bool notYetValid = false;  // a certificate of the chain was not yet valid at `at`
    bool revocationChecked = false; // every certificate below the anchor was checked against a CRL
    QDateTime revokedOn;            // when `revoked` or `revokedLater`
    QDateTime expiredOn;            // notAfter of the expired certificate, when `expired`
    QString reason;                 // empty when trusted; else why not, in plain words
    QString detail;                 // technical detail (OpenSSL's verification error), may be empty
    QStringList chain;              // common names, from `cert` up to the anchor, when one was built
    QStringList notes;              // remarks that do not break trust (e.g. "no CRL for 'X' was supplied")
};

// Builds and checks the chain of `cert` at time `at` (invalid: now). `untrusted`: intermediate
// certificates (may be null); `anchors`: the trusted central authorities (null or empty: nothing
// is trusted, the reason says so). When `crls` is not empty every certificate of the chain is
// checked against them (X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL); a certificate for
// which no CRL was supplied fails only when `requireCrls` (else it is named in `notes`). With
// `requireCrls` and no CRLs at all the check fails ("no revocation data"). A certificate revoked
// after `at` does not fail the check (revokedLater). `purpose` is an X509_PURPOSE_* id, 0 for none
// (X509_PURPOSE_TIMESTAMP_SIGN for a TSA certificate).
// `ocsps`: OCSP responses (from a DSS) that count as revocation data for the certificates they
// name, when signed by the certificate's issuer or a responder it authorised (id-kp-OCSPSigning);
// "good" checks the certificate, "revoked" before `at` fails it, revoked after `at` is revokedLater.
ChainCheck checkChainAt(X509* cert, STACK_OF(X509) * untrusted, STACK_OF(X509) * anchors, const QDateTime& at,
                        const std::vector<X509_CRL*>& crls, bool requireCrls, int purpose = 0,
                        const std::vector<OCSP_RESPONSE*>& ocsps = {});

// ---- OCSP -------------------------------------------------------------------------------------

enum class OcspAnswer
{
    None, // no usable response speaks of the certificate
    Good,
    Revoked
};

// What `ocsps` say of `cert` (issued by `issuer`): only a successful response signed by the issuer,
// or by a responder certificate the issuer issued for OCSP signing (id-kp-OCSPSigning), counts;
// a revocation in any of them wins. `revokedOn` (may be null) gets the revocation time.
// `requireCurrent`: the response must also be within its thisUpdate/nextUpdate (5 minutes' skew),
// as at signing time; the verifier, judging evidence gathered earlier, does not require it.
OcspAnswer ocspStatus(X509* cert, X509* issuer, const std::vector<OCSP_RESPONSE*>& ocsps,
                      QDateTime* revokedOn, bool requireCurrent);

// ---- Timestamps -------------------------------------------------------------------------------

struct TimestampCheck
{
    bool present = false;     // the signer has a signature-time-stamp attribute
    bool valid = false;       // present, imprintOk, signatureOk and chain.trusted
    bool imprintOk = false;   // the token's message imprint is the hash of the signature value
    bool signatureOk = false; // the token's CMS signature verifies with its TSA certificate, which
                              // has the timeStamping extended key usage and is bound by ESS
    QDateTime genTime;        // the TSA's time (UTC), when the token could be read
    QString tsaName;          // common name of the TSA's certificate
    QString hashAlgorithm;    // of the imprint, e.g. "SHA256"
    ChainCheck chain;         // the TSA certificate's chain to `anchors`
    QByteArray tokenDer;      // the token as found (capped at maxTimestampTokenSize)
    QStringList problems;     // every failed check, in plain words
};

constexpr int maxTimestampTokenSize = 256 * 1024;

// Finds the id-aa-signatureTimeStampToken unsigned attribute (RFC 3161 appendix A) of `si` (the
// first one when there are several; more are named in `problems`), verifies the token's CMS
// signature, that its message imprint (SHA-256/384/512 or SHA-1) is the hash of this SignerInfo's
// signature value, and the TSA certificate (timeStamping usage) and its chain to `anchors`
// (checked at `at`, invalid: now, with `crls` as for checkChainAt, never required).
// present=false and no problems when there is no such attribute. `si` must not be null.
TimestampCheck checkSignatureTimestamp(CMS_SignerInfo* si, STACK_OF(X509) * anchors, const QDateTime& at = {},
                                       const std::vector<X509_CRL*>& crls = {});

// The same for a token given as DER over `timestampedData` (e.g. a document timestamp's
// ByteRange, B-LTA): `present` is true when `tokenDer` is not empty.
TimestampCheck checkTimestampToken(const QByteArray& tokenDer, QByteArrayView timestampedData,
                                   STACK_OF(X509) * anchors, const QDateTime& at = {},
                                   const std::vector<X509_CRL*>& crls = {});

// ---- Document Security Store ------------------------------------------------------------------

constexpr int maxDssItems = 1000;                    // per array (/Certs, /CRLs, /OCSPs)
constexpr int maxDssVri = 10000;                     // /VRI entries looked at
constexpr qint64 maxDssStreamSize = 4 * 1024 * 1024; // one certificate, CRL or OCSP response
constexpr qint64 maxDssTotalSize = 64 * 1024 * 1024; // all streams together

// Owns what it holds: free with the destructor (move-only).
struct DssData
{
    DssData() = default;
    ~DssData();
    DssData(DssData&&) noexcept;
    DssData& operator=(DssData&&) noexcept;
    DssData(const DssData&) = delete;
    DssData& operator=(const DssData&) = delete;

    bool present = false;              // the catalog has a /DSS dictionary
    std::vector<X509*> certs;          // owned
    std::vector<X509_CRL*> crls;       // owned
    std::vector<OCSP_RESPONSE*> ocsps; // owned
    QStringList vriKeys;               // the /VRI keys, upper case hex (without the leading '/')
    QStringList problems;              // unreadable entries, caps reached (entry named by position)

    // Whether /VRI has an entry for the signature whose /Contents string holds `contents` (the
    // bytes of the string as stored, zero padding included): the key is the upper case hex
    // SHA-1 of these bytes (ETSI EN 319 142-1 §5.4.2.2).
    bool hasVriFor(const QByteArray& contents) const;
    // A new stack holding (not owning) the DSS certificates, for checkChainAt's `untrusted`.
    STACK_OF(X509) * certStack() const; // free with sk_X509_free
};

// The key of a /VRI entry for a signature whose /Contents holds `contents`.
QString vriKey(const QByteArray& contents);

// Reads the catalog's /DSS. Never throws (qpdf exceptions become problems).
DssData readDss(QPDF& doc);
// The same from the bytes of a PDF (opened with qpdf; an unreadable file is a problem).
DssData readDss(const QByteArray& pdf);

} // namespace mla::pdf
