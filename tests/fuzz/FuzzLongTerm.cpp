// Fuzz targets "pdf-dss" and "timestamp-token" (one source, chosen by MLAWRITER_FUZZ_LONGTERM):
// mla::pdf::readDss on a whole PDF (the Document Security Store: certificates, CRLs, OCSP
// responses, VRI) and mla::pdf::checkTimestampToken on an RFC 3161 token. Never crash, hang or
// leak; undefined behaviour is a failure.
#include "FuzzSupport.h"

#include "pdf/LongTerm.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mla::fuzz::init();
    const QByteArray bytes = mla::fuzz::bytes(data, size);
#if MLAWRITER_FUZZ_LONGTERM == 1
    mla::pdf::DssData dss = mla::pdf::readDss(bytes);
    (void)dss.hasVriFor(bytes.left(64));
#else
    (void)mla::pdf::checkTimestampToken(bytes, QByteArrayView("signature value"), nullptr);
#endif
    return 0;
}
