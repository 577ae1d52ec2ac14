// Fuzz target "xliff-import": XLIFF 2.0 translations applied to a sample draft. Properties: never
// crash, hang or leak; a dry run changes nothing; whatever an import stores leaves a request
// that writes a draft the reader accepts (issue 11: an import must never make a draft unreadable).
#include "FuzzSupport.h"

#include "draft/DraftFile.h"
#include "xliff/XliffImport.h"

#include <QFile>

using mla::draft::DraftFile;
using namespace mla::xliff;

namespace {

const mla::Request& sample()
{
    static const mla::Request r = [] {
        QFile f(QStringLiteral(":/mlawriter/samples/online-fraud-electronic-evidence-en.mlar"));
        if (!f.open(QIODevice::ReadOnly))
            mla::fuzz::broken("the sample draft is not in the resources");
        auto parsed = DraftFile::parse(f.readAll(), QStringLiteral("sample.mlar"));
        if (!parsed.ok())
            mla::fuzz::broken("the sample draft does not read", parsed.error().detail);
        return parsed.value();
    }();
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mla::fuzz::init();
    const QByteArray bytes = mla::fuzz::bytes(data, size);
    ImportOptions options;
    options.now = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

    ImportOptions dry = options;
    dry.dryRun = true;
    mla::Request untouched = sample();
    (void)XliffImport::apply(untouched, bytes, QStringLiteral("fuzz.xlf"), dry);
    if (!(untouched == sample()))
        mla::fuzz::broken("a dry run changed the request");

    mla::Request request = sample();
    const auto r = XliffImport::apply(request, bytes, QStringLiteral("fuzz.xlf"), options);
    if (!r.ok() || r.value().count(UnitOutcome::Applied) == 0) {
        if (!(request == sample()))
            mla::fuzz::broken("a refused import changed the request");
        return 0;
    }
    const auto back = DraftFile::parse(DraftFile::serialize(request), QStringLiteral("imported.mlar"));
    if (!back.ok())
        mla::fuzz::broken("an import made the draft unreadable", back.error().code + u' ' +
                                                                     QString::number(back.error().line) +
                                                                     u' ' + back.error().detail);
    return 0;
}
