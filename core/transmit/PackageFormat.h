#pragma once
// The request package (.mlap) and the delivery receipt (.mlapr): names, versions and the caps
// every reader enforces. The format is described in core/transmit/README.md.

#include <QtGlobal>

namespace mla::transmit {

inline constexpr char packageFormat[] = "mlawriter-package";
inline constexpr char receiptFormat[] = "mlawriter-receipt";
inline constexpr int packageVersion = 1; // the newest package version this build reads and writes
inline constexpr int receiptVersion = 1;
inline constexpr char packageMimeType[] = "application/x-mlawriter-package";
inline constexpr char receiptMimeType[] = "application/x-mlawriter-receipt";
inline constexpr char packageExtension[] = "mlap";
inline constexpr char receiptExtension[] = "mlapr";
inline constexpr char manifestEntryName[] = "manifest.p7m"; // the signed manifest inside the payload
inline constexpr char manifestFileName[] = "manifest.json"; // written beside the files on extraction

// Caps: cost stays linear in the input and bounded in memory.
inline constexpr qint64 maxPackageBytes = 256LL * 1024 * 1024; // the encrypted package file
inline constexpr qint64 maxFileBytes = 128LL * 1024 * 1024;    // one file inside
inline constexpr qint64 maxTotalBytes = 200LL * 1024 * 1024;   // all files together (declared or actual)
inline constexpr int maxFiles = 256;                           // files in one package
inline constexpr qint64 maxManifestBytes = 1024 * 1024;        // manifest JSON
inline constexpr qint64 maxReceiptBytes = 1024 * 1024;         // receipt file
inline constexpr int maxNameBytes = 100;                       // UTF-8 bytes of a file name
inline constexpr int maxTextChars = 2000;                      // any other string of a manifest

} // namespace mla::transmit
