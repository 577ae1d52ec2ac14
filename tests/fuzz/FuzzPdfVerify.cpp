// Fuzz target "pdf-verify": mla::pdf::verifyPdf, the verifier of every signature of a PDF
// (qpdf, byte ranges, CMS, certificates), and the readers `sign` runs before signing: the
// document state in the XMP and the embedded source draft's container. Never crash, hang or leak; undefined
// behaviour is a failure (the fuzz and asan builds run with UBSan).
#include "FuzzSupport.h"

#include "pdf/EmbeddedFiles.h"
#include "pdf/Verifier.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mla::fuzz::init();
    const QByteArray pdf = mla::fuzz::bytes(data, size);
    (void)mla::pdf::verifyPdf(pdf, {}, QStringLiteral("fuzz.pdf"));
    (void)mla::pdf::documentState(pdf);
    (void)mla::pdf::embeddedSourceDraft(pdf);
    return 0;
}
