#pragma once
// Where a free-text field sits in a request, in words a translator can use: the section of the
// request, what the field holds and the article of the Convention it answers. English; used
// for XLIFF notes and the translation status list. Pure functions, reentrant.

#include "model/Request.h"

#include <QString>

namespace mla::xliff {

struct FieldContext
{
    QString section; // e.g. "Assistance sought (m1: Bank and financial records)"
    QString field;   // e.g. "Accounts"
    QString article; // e.g. "UNTOC art. 18(15)(d), 18(3)(f)"; empty when no article applies

    // The context of the free-text field at `fieldPath` of `request` (a path from
    // Request::localizedTexts()). Unknown paths give the path itself as the field.
    static FieldContext of(const Request& request, const QString& fieldPath);
};

} // namespace mla::xliff
