#include "SignGate.h"

#include "EmbeddedFiles.h"
#include "Verifier.h"

namespace mla::pdf {

Result<SignObstacles> signObstacles(const QByteArray& pdf, const QString& label)
{
    Result<DocumentState> state = documentState(pdf);
    if (!state)
        return Error{QStringLiteral("sign.read"), state.error().detail, label, 0, 0};
    SignObstacles out;
    const DocumentState& s = state.value();
    if (s.known && s.draft)
        out.reasons << QStringLiteral("it was rendered as a draft and carries the DRAFT watermark "
                                      "(render it for signing: render --sign, or the Output page)");
    if (s.known && s.openGaps > 0)
        out.warnings << (s.openGaps == 1 ? QStringLiteral("it still prints a gap for an unknown fact "
                                                          "(\"[unknown — verify]\")")
                                         : QStringLiteral("it still prints %1 gaps for unknown facts "
                                                          "(\"[unknown — verify]\")")
                                               .arg(s.openGaps));
    if (s.known && s.untranslated > 0)
        out.reasons << (s.untranslated == 1
                            ? QStringLiteral("one free-text field is printed untranslated, in its original "
                                             "language")
                            : QStringLiteral(
                                  "%1 free-text fields are printed untranslated, in their original "
                                  "language")
                                  .arg(s.untranslated));
    // Earlier signatures: integrity only (trust is the verifier's business): a countersignature
    // must not lend its name to a document whose signatures do not verify.
    Result<VerifyReport> report = verifyPdf(pdf, {}, label);
    if (!report)
        return Error{QStringLiteral("sign.read"), report.error().detail, label, 0, 0};
    const VerifyReport& r = report.value();
    out.countersign = !r.signatures.isEmpty();
    for (const QString& p : r.documentProblems)
        if (out.countersign)
            out.reasons << QStringLiteral("the document is damaged or was changed after it was signed: ") + p;
    for (const SignatureCheck& c : r.signatures)
        if (!c.intact())
            out.reasons << QStringLiteral("the signature by %1 does not verify: %2")
                               .arg(c.signerName.isEmpty() ? c.fieldName : c.signerName, c.explanation());
    return out;
}

QString forcedNote(const QStringList& reasons)
{
    return QStringLiteral("signed although: ") + reasons.join(QStringLiteral("; "));
}

} // namespace mla::pdf
