#pragma once
// What stands in the way of signing a PDF as it is, for `sign` on the command line (the window
// shows the same in its summary before signing): a document mlawriter rendered as a DRAFT (with
// the watermark) or with untranslated fields, and — for a countersignature — earlier signatures
// that do not verify or a document changed after signing. Visible gaps ("[central authority
// unknown — verify]") are a warning, as in the window's summary and for `render --sign`.
// Reentrant; reads nothing but the bytes it is given.

#include "base/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mla::pdf {

struct SignObstacles
{
    QStringList reasons;      // each in plain words; empty: nothing stands in the way
    QStringList warnings;     // worth saying, not in the way
    bool countersign = false; // the PDF already carries signatures
};

// Error "sign.read" when the bytes are not a readable PDF.
Result<SignObstacles> signObstacles(const QByteArray& pdf, const QString& label);

// The note recorded in the signature's /Reason when the signer overrides the obstacles with
// --force: "signed although: <reasons>".
QString forcedNote(const QStringList& reasons);

} // namespace mla::pdf
