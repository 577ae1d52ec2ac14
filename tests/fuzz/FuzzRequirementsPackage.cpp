// Fuzz target "requirements-package": the XML requirements package (SafeXml, schema) and the
// checks an import makes of every record before the database (kinds::normalized, keyOf,
// validate, certificate fingerprints). Properties: never crash, hang or leak; the valid records
// read write a package that reads back with as many records.
#include "FuzzSupport.h"

#include "requirements/RecordKinds.h"
#include "requirements/RequirementsPackage.h"

using namespace mla::requirements;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    mla::fuzz::init();
    const auto parsed = RequirementsPackage::parse(mla::fuzz::bytes(data, size), QStringLiteral("fuzz.xml"));
    if (!parsed.ok())
        return 0;
    QList<Record> records;
    for (const auto& item : parsed.value()) {
        const Record r = kinds::normalized(item.record);
        if (const kinds::Kind* k = kinds::find(r.kind)) {
            (void)kinds::keyOf(*k, r);
            for (const kinds::Column& c : k->data)
                if (c.type == kinds::ColumnType::Pem)
                    (void)kinds::certificateSha256(r.fields.value(c.name));
        }
        // Only records an import would store are exported again (serialize writes a kind's known
        // columns: a record that fails validation, e.g. with no known field, has no valid form).
        if (kinds::validate(r).isEmpty())
            records << r;
    }
    const QByteArray written = RequirementsPackage::serialize(records);
    if (written.size() > RequirementsPackage::maxBytes)
        return 0;
    const auto back = RequirementsPackage::parse(written, QStringLiteral("written.xml"));
    if (!back.ok())
        mla::fuzz::broken("records that were read do not write a readable package",
                          back.error().code + u' ' + back.error().detail);
    if (back.value().size() != records.size())
        mla::fuzz::broken("a package written from the records read holds another number of records");
    return 0;
}
