#pragma once
// Signing identities on PKCS#11 tokens (smart cards, USB tokens, HSMs), through libp11.
// The module is a PKCS#11 library (OpenSC's for smart cards, SoftHSM2's, a vendor's); by default
// p11-kit's proxy module, which offers every module configured for p11-kit on the system.
// Only certificates fit for signing are offered: key usage nonRepudiation (content commitment) or
// digitalSignature, not a CA certificate, valid now; each is classed as a signing or an
// authentication certificate (eID cards hold both: the authentication one has digitalSignature
// only, usually with the clientAuth extended key usage).
// The PIN comes from a PinProvider (a GUI prompt, a --pin-file); with a PIN pad
// (CKF_PROTECTED_AUTHENTICATION_PATH) the reader asks for it and the provider is not called. The
// PIN is used once to log in, then wiped; it is never stored, logged or copied into an Error.
// Failure: an Error with code "pdf.token.*": module (cannot load the module), missing (no token,
// or none with this label), nocert (no fitting certificate), choose (several fit: name one),
// usage / expired / notyetvalid (the chosen certificate is unfit), nokey (no private key for it),
// pin (wrong PIN), pinlocked (PIN locked), pinlen (PIN of the wrong length), removed (token
// removed), cancelled (no PIN given), login (other login failures).
// Thread-safety: reentrant; an Identity from a token may be used from one thread at a time.

#include "Identity.h"

#include "base/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace mla::pdf {

struct TokenCertificate
{
    enum class Purpose
    {
        Signing,
        Authentication,
        Unfit
    };
    QString label;
    QByteArray id; // CKA_ID, raw bytes
    QString commonName, subject, issuer;
    QDateTime notBefore, notAfter;
    Purpose purpose = Purpose::Unfit;
    QString why; // for Unfit: why not (expired, no signing key usage, CA certificate)
};

struct TokenInfo
{
    QString slotDescription;
    QString label, manufacturer, model, serial;
    bool loginRequired = false;
    bool protectedAuthPath = false; // PIN pad on the reader
    bool pinLocked = false, pinFinalTry = false, pinCountLow = false;
    QList<TokenCertificate> certificates; // every certificate (check `purpose`)
};

// p11-kit's proxy module when installed, else an empty string.
QString defaultPkcs11Module();

// The tokens present behind `module` (empty: the default), with their certificates.
Result<QList<TokenInfo>> listTokens(const QString& module = {});

struct TokenSelection
{
    QString module;     // empty: defaultPkcs11Module()
    QString tokenLabel; // empty: the only token that holds a signing certificate
    QString keyLabel;   // empty (and no keyId): the only signing certificate with a key
    QByteArray keyId;   // raw CKA_ID bytes
};

// Returns the PIN for `token` (called at most once, never for a PIN pad), or an Error to cancel.
using PinProvider = std::function<Result<QByteArray>(const TokenInfo& token)>;

// Finds the token and certificate, logs in, and returns an Identity whose key stays on the token.
// `now`: the time validity is checked against (invalid: now).
Result<Identity> loadTokenIdentity(const TokenSelection& selection, const PinProvider& pin,
                                   const QDateTime& now = {});

QString purposeText(TokenCertificate::Purpose purpose); // "signing", "authentication", "not for signing"

} // namespace mla::pdf
