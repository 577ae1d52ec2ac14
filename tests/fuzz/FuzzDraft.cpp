// Fuzz target "draft": the .mlar reader (SafeXml, schema, references). Properties: never crash,
// hang or leak; a draft that is read can be written and read back, and writing it is canonical
// (writing what was read back gives the same bytes).
#include "FuzzSupport.h"

#include "draft/DraftFile.h"

using mla::draft::DraftFile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mla::fuzz::init();
    const auto r = DraftFile::parse(mla::fuzz::bytes(data, size), QStringLiteral("fuzz.mlar"));
    if (!r.ok())
        return 0;
    const QByteArray written = DraftFile::serialize(r.value());
    if (written.size() > DraftFile::maxBytes)
        return 0; // canonical indentation can outgrow the cap only for inputs far beyond max_len
    const auto back = DraftFile::parse(written, QStringLiteral("written.mlar"));
    if (!back.ok())
        mla::fuzz::broken("a draft that was read cannot be read back after writing",
                          back.error().code + u' ' + QString::number(back.error().line) + u' ' +
                              back.error().detail);
    if (DraftFile::serialize(back.value()) != written)
        mla::fuzz::broken("writing a draft is not canonical");
    return 0;
}
