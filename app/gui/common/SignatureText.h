#pragma once
// Signatures in the interface language: the PAdES levels as offered in Preferences and the sign
// dialog, verification verdicts (overall, per signature, the main classes of problem; the
// technical detail such as the changed objects or the chain error stays as core/pdf wrote it),
// the timestamp authority's failures and the B-B fallback warning in people's words, the settings
// a signature is made with, and a busy indication while the timestamp authority is contacted.
// GUI thread only.

#include "base/Error.h"
#include "pdf/SignOptions.h"
#include "pdf/VerifyReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QProgressDialog;
class QWidget;

namespace mla::gui {

class SignatureText
{
    Q_DECLARE_TR_FUNCTIONS(SignatureText)
public:
    // "B-T — with a trusted timestamp", for combo boxes and summaries.
    static QString levelDescription(pdf::SignatureLevel level);
    static QString levelDescription(const QString& levelName); // "B-B", "B-T", "B-LT", "B-LTA"
    // The levels offered for a signature made in the GUI (B-B, B-T, B-LT).
    static QList<pdf::SignatureLevel> offeredLevels();
    static bool needsTimestamp(pdf::SignatureLevel level) { return level != pdf::SignatureLevel::BB; }

    // "" when `url` is a usable timestamp authority address (http:// or https:// with a host),
    // else why not, in words. An empty `url` is fine (no timestamp authority).
    static QString tsaUrlProblem(const QString& url);
    // The TSA as people name it: its host (and port when not the scheme's default).
    static QString tsaName(const QString& url);

    // One signature's verdict: "Valid: …" or "Not valid: …", by class of problem.
    static QString signatureVerdict(const pdf::SignatureCheck& check);
    // The document's overall verdict.
    static QString overallVerdict(const pdf::VerifyReport& report);
    // The overall verdict, then each signature's signer, level and verdict, and the document's
    // problems: for a message box.
    static QString summary(const pdf::VerifyReport& report);

    // The options of a signature at `level` with the timestamp authority, the fallback choice and,
    // for B-LT, the revocation lists from Preferences. Fails ("gui.sign.crl", in words) when a
    // revocation list cannot be read or B-LT has none.
    static Status applyLevel(pdf::SignOptions& options, pdf::SignatureLevel level);
    // "" when the revocation list files can be used at B-LT, else why not, in words.
    static QString crlFilesProblem(const QStringList& paths);
    // Splits the paths typed in one line ("a.crl; b.crl").
    static QStringList splitPaths(const QString& text);
    // Why signing failed, in people's words; a timestamp authority's failure names it.
    static QString signingError(const Error& error, const QString& tsaUrl);
    // The warning shown when the signature was made at a lower level than asked (the fallback
    // chosen in Preferences); "" when the level asked for was reached.
    static QString fallbackWarning(pdf::SignatureLevel asked, const pdf::SignOutcome& outcome,
                                   const QString& tsaUrl);
};

// While it exists, and when `level` needs a timestamp, shows a modal busy indication naming the
// timestamp authority (the signing call runs a local event loop while it waits for the TSA, so
// the window keeps painting and the indication stays visible).
class SigningProgress
{
public:
    SigningProgress(QWidget* parent, pdf::SignatureLevel level, const QString& tsaUrl);
    ~SigningProgress();
    SigningProgress(const SigningProgress&) = delete;
    SigningProgress& operator=(const SigningProgress&) = delete;
    // The text shown (empty when none is shown), for tests.
    static QString lastText();

private:
    std::unique_ptr<QProgressDialog> m_dialog;
};

} // namespace mla::gui
