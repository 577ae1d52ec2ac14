#pragma once
// Shared by the libFuzzer targets of tests/fuzz and by the driver that replays their corpora in
// ordinary ctest. Each target defines LLVMFuzzerTestOneInput(): the same entry point is run by
// libFuzzer (fuzz preset, clang) and by ReplayMain.cpp (every other build).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace mla::fuzz {

// Once per process: a QCoreApplication, the C locale, Qt's messages silenced (they would cost
// more than the parsing), and a private data folder.
void init();

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A property every input must keep has broken: prints `what` and `detail` and aborts, which
// libFuzzer reports as a crash (with the input saved) and the replay driver as a failure.
[[noreturn]] void broken(const char* what, const QString& detail = {});

} // namespace mla::fuzz
