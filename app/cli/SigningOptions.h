#pragma once
// The identity and signature-level options shared by every command that signs (sign, render
// --sign, …):
//   --p12 FILE --pass-file FILE
//   --pkcs11 MODULE [--token LABEL] [--key-label L | --key-id HEX] [--pin-file FILE]
//       (MODULE "default": p11-kit's proxy; without --pin-file the PIN comes from MLAWRITER_PIN,
//       and a token with a PIN pad asks on the reader)
//   [--tsa URL] [--tsa-trust PEM] [--tsa-timeout SECONDS] [--tsa-fallback]
//   [--level b-b|b-t|b-lt|b-lta] [--crl FILE]... (repeatable)
// The PIN and password are wiped after use and never printed.

#include "Args.h"

#include "base/Error.h"
#include "pdf/Identity.h"
#include "pdf/SignOptions.h"

#include <QStringList>

namespace mla::cli {

inline constexpr char pinEnvironmentVariable[] = "MLAWRITER_PIN";

QStringList identityValueOptions(); // --p12 --pass-file --pkcs11 --token --key-label --key-id --pin-file
QStringList levelValueOptions();    // --tsa --tsa-trust --tsa-timeout --level --crl
QStringList levelFlagOptions();     // --tsa-fallback
QString identityUsage();            // the usage text of the identity options
QString levelUsage();

// Whether the arguments name an identity (--p12 or --pkcs11).
bool identityGiven(const Args& a);

// The identity the arguments name. Errors: "cli.identity" (both or neither of --p12/--pkcs11,
// bad --key-id) or the loader's.
Result<pdf::Identity> loadIdentityFromArgs(const Args& a);

// Fills level, timestamp and crls of `options`. `raw` are the command's raw arguments (for the
// repeated --crl). Errors: "cli.level" (bad level, unreadable CRL file).
Status applyLevelOptions(const Args& a, const QStringList& raw, pdf::SignOptions& options);

// Every value of a repeatable option, in order.
QStringList repeatedValues(const QStringList& raw, const QString& option);

} // namespace mla::cli
