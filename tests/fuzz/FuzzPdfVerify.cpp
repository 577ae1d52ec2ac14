// Fuzz target "pdf-verify": mla::pdf::verifyPdf, the verifier of every signature of a PDF
// (qpdf, byte ranges, CMS, certificates). Never crash, hang or leak; undefined behaviour is a
// failure (the fuzz and asan builds run with UBSan).
#include "FuzzSupport.h"

#include "pdf/Verifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mla::fuzz::init();
    (void)mla::pdf::verifyPdf(mla::fuzz::bytes(data, size), {}, QStringLiteral("fuzz.pdf"));
    return 0;
}
