// Fuzz target "seed-csv": the strict RFC 4180 reader of the seed files. Never crash, hang or leak.
#include "FuzzSupport.h"

#include "requirements/CsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mla::fuzz::init();
    (void)mla::requirements::CsvReader::read(mla::fuzz::bytes(data, size), QStringLiteral("fuzz.csv"));
    return 0;
}
