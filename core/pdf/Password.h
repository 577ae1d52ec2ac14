#pragma once
// Where a PKCS#12 password comes from on the command line: a file (its first line) or an
// environment variable. The password is returned to the caller only; never logged or stored.
// Failure: an Error with code "pdf.password.*". Reentrant.

#include "base/Error.h"

#include <QByteArray>
#include <QString>

namespace mla::pdf {

inline constexpr char passwordEnvironmentVariable[] = "MLAWRITER_P12_PASSWORD";

// The first line of `path` without its line ending (files over 64 KiB are refused).
Result<QByteArray> readPasswordFile(const QString& path);

// `passFile` when given, else the MLAWRITER_P12_PASSWORD environment variable.
Result<QByteArray> resolvePassword(const QString& passFile);

} // namespace mla::pdf
