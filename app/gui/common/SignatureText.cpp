#include "SignatureText.h"

#include "AppSettings.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QUrl>

namespace mla::gui {

QString SignatureText::levelDescription(pdf::SignatureLevel level)
{
    switch (level) {
    case pdf::SignatureLevel::BB:
        return tr("B-B — basic signature, without a timestamp");
    case pdf::SignatureLevel::BT:
        return tr("B-T — with a trusted timestamp");
    case pdf::SignatureLevel::BLT:
        return tr("B-LT — with a timestamp and long-term validation data");
    case pdf::SignatureLevel::BLTA:
        return tr("B-LTA — long-term validation data and a document timestamp");
    }
    return pdf::levelName(level);
}

QString SignatureText::levelDescription(const QString& levelName)
{
    for (pdf::SignatureLevel l : {pdf::SignatureLevel::BB, pdf::SignatureLevel::BT, pdf::SignatureLevel::BLT,
                                  pdf::SignatureLevel::BLTA})
        if (pdf::levelName(l) == levelName)
            return levelDescription(l);
    return levelName;
}

QList<pdf::SignatureLevel> SignatureText::offeredLevels()
{
    return {pdf::SignatureLevel::BB, pdf::SignatureLevel::BT, pdf::SignatureLevel::BLT};
}

QString SignatureText::tsaUrlProblem(const QString& url)
{
    const QString u = url.trimmed();
    if (u.isEmpty())
        return {};
    const QUrl parsed(u, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty())
        return tr("The timestamp authority's address is not a web address. Write it in full, for example "
                  "https://tsa.example.org/tsr.");
    if (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
        return tr("The timestamp authority's address must start with http:// or https:// (not %1:).")
            .arg(parsed.scheme());
    if (parsed.host().isEmpty())
        return tr("The timestamp authority's address names no server. Write it in full, for example "
                  "https://tsa.example.org/tsr.");
    if (u.size() > 2000)
        return tr("The timestamp authority's address is too long.");
    return {};
}

QString SignatureText::tsaName(const QString& url)
{
    const QUrl parsed(url.trimmed());
    if (parsed.host().isEmpty())
        return url.trimmed();
    const int defaultPort = parsed.scheme() == QLatin1String("https") ? 443 : 80;
    return parsed.port(defaultPort) == defaultPort
               ? parsed.host()
               : QStringLiteral("%1:%2").arg(parsed.host()).arg(parsed.port());
}

QString SignatureText::signatureVerdict(const pdf::SignatureCheck& s)
{
    if (s.valid()) {
        if (s.appendedOnlySignatures && !s.coversWholeFile)
            return tr("Valid: the document is unchanged since this signature, apart from %n later "
                      "signature(s) and validation data.",
                      nullptr, s.laterSignatures);
        return tr("Valid: the document is unchanged since it was signed.");
    }
    if (!s.signedVersionIntact())
        return tr("Not valid: the signed content or the signature value was altered.");
    if (s.byteRangeOk && !s.appendedOnlySignatures)
        return tr("Not valid: the signed version is intact, but the document was changed after signing: %1")
            .arg(s.appendedChanges.join(QStringLiteral("; ")));
    if (s.intact() && !s.chainTrusted)
        return tr("Not valid: the document is intact, but the signer is not trusted: %1").arg(s.chainError);
    if (!s.attachedToField)
        return tr("Not valid: this signature is not held by any signature field of the document.");
    if (!s.signingCertificateOk)
        return tr("Not valid: the signer's certificate is missing or not meant for signing.");
    if (!s.certificateValidAtTime)
        return tr("Not valid: the signer's certificate was not valid at the time the signature was checked "
                  "(%1).")
            .arg(QLocale().toString(s.validationTime.toLocalTime(), QLocale::ShortFormat));
    if (s.timestampPresent && !s.timestampOk)
        return tr("Not valid: the signature's timestamp does not verify.");
    return tr("Not valid: %1").arg(s.problems.value(0));
}

QString SignatureText::overallVerdict(const pdf::VerifyReport& report)
{
    if (report.refused)
        return tr("Not valid: the document was refused because it is larger or more complex than "
                  "verification allows.");
    if (report.signatures.isEmpty())
        return tr("Not valid: the document has no signature.");
    if (report.allValid())
        return tr("All %n signature(s) are valid and trusted.", nullptr, int(report.signatures.size()));
    return tr("Not valid: not every signature is valid and trusted, or the document has problems.");
}

QString SignatureText::summary(const pdf::VerifyReport& report)
{
    QStringList lines{overallVerdict(report)};
    for (const QString& p : report.documentProblems)
        lines << QStringLiteral("• %1").arg(p);
    for (int i = 0; i < report.signatures.size(); ++i) {
        const pdf::SignatureCheck& s = report.signatures.at(i);
        lines << QString();
        lines << tr("Signature %1 by %2 — level %3").arg(i + 1).arg(s.signerName, levelDescription(s.level));
        lines << signatureVerdict(s);
    }
    return lines.join(u'\n');
}

namespace {
constexpr qint64 maxCrlSize = 20 * 1024 * 1024;
}

QStringList SignatureText::splitPaths(const QString& text)
{
    QStringList out;
    for (const QString& p : text.split(u';'))
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    return out;
}

QString SignatureText::crlFilesProblem(const QStringList& paths)
{
    if (paths.isEmpty())
        return tr("Level B-LT needs the revocation lists (CRL files) of your certificate's issuer and of the "
                  "timestamp authority. Add them in Preferences, or choose level B-T.");
    for (const QString& p : paths) {
        const QFileInfo fi(p);
        if (!fi.isFile() || !fi.isReadable())
            return tr("The revocation list %1 cannot be read.").arg(p);
        if (fi.size() > maxCrlSize)
            return tr("The revocation list %1 is larger than 20 MB.").arg(p);
    }
    return {};
}

Status SignatureText::applyLevel(pdf::SignOptions& options, pdf::SignatureLevel level)
{
    options.level = level;
    options.timestamp.url = needsTimestamp(level) ? AppSettings::tsaUrl() : QString();
    options.timestamp.fallbackToBB = AppSettings::tsaFallback();
    options.crls.clear();
    if (level != pdf::SignatureLevel::BLT && level != pdf::SignatureLevel::BLTA)
        return {};
    const QStringList paths = AppSettings::crlFiles();
    if (const QString problem = crlFilesProblem(paths); !problem.isEmpty())
        return Error{QStringLiteral("gui.sign.crl"), problem, {}, 0, 0};
    for (const QString& p : paths) {
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("gui.sign.crl"), tr("The revocation list %1 cannot be read.").arg(p),
                         p, 0, 0};
        options.crls << f.read(maxCrlSize + 1);
    }
    return {};
}

QString SignatureText::signingError(const Error& error, const QString& tsaUrl)
{
    const QString code = error.code;
    const QString tsa = tsaName(tsaUrl);
    if (code == QLatin1String("pdf.sign.level") || code == QLatin1String("pdf.tsa.url"))
        return tsaUrl.trimmed().isEmpty()
                   ? tr("A signature with a timestamp needs a timestamp authority. Enter its address in "
                        "Preferences, or sign at level B-B.")
                   : tr("The timestamp authority's address (%1) is not valid. Correct it in Preferences.")
                         .arg(tsaUrl.trimmed());
    if (code == QLatin1String("pdf.tsa.unreachable"))
        return tr("The timestamp authority %1 cannot be reached. Check its address in Preferences and the "
                  "network connection, or try again later. Nothing was signed.")
            .arg(tsa);
    if (code == QLatin1String("pdf.tsa.timeout"))
        return tr("The timestamp authority %1 did not answer in time. Try again later. Nothing was signed.")
            .arg(tsa);
    if (code == QLatin1String("pdf.tsa.status"))
        return tr("The timestamp authority %1 refused to give a timestamp. Nothing was signed.").arg(tsa);
    if (code == QLatin1String("pdf.tsa.http") || code == QLatin1String("pdf.tsa.format") ||
        code == QLatin1String("pdf.tsa.toolarge"))
        return tr("The timestamp authority %1 did not answer with a timestamp (is the address right?). "
                  "Nothing was signed.")
            .arg(tsa);
    if (code.startsWith(QLatin1String("pdf.tsa.")))
        return tr("The timestamp authority %1 returned a timestamp that fails the checks, so it was not "
                  "used. Nothing was signed.")
            .arg(tsa);
    if (code == QLatin1String("pdf.sign.crl"))
        return tr("A revocation list set in Preferences is not a valid CRL file. Nothing was signed.");
    if (code == QLatin1String("pdf.sign.revoked"))
        return tr("The signer's certificate is revoked. Nothing was signed.");
    if (code.startsWith(QLatin1String("pdf.token.")))
        return tr("The smart card or token could not sign: %1").arg(error.detail);
    return tr("The PDF could not be signed: %1").arg(error.detail);
}

QString SignatureText::fallbackWarning(pdf::SignatureLevel asked, const pdf::SignOutcome& outcome,
                                       const QString& tsaUrl)
{
    if (outcome.level == asked || !needsTimestamp(asked))
        return {};
    return tr("Warning: the timestamp authority %1 could not be reached or failed, so the signature was "
              "made at level B-B, without a timestamp, as chosen in Preferences. It is not a %2 "
              "signature; sign again when the timestamp authority is available.")
        .arg(tsaName(tsaUrl), pdf::levelName(asked));
}

namespace {
QString g_lastProgressText;
}

SigningProgress::SigningProgress(QWidget* parent, pdf::SignatureLevel level, const QString& tsaUrl)
{
    g_lastProgressText.clear();
    if (!SignatureText::needsTimestamp(level) || tsaUrl.trimmed().isEmpty())
        return;
    m_dialog = std::make_unique<QProgressDialog>(parent);
    m_dialog->setWindowTitle(SignatureText::tr("Signing"));
    g_lastProgressText = SignatureText::tr("Signing: asking the timestamp authority %1 for a timestamp. This "
                                           "can take a few seconds…")
                             .arg(SignatureText::tsaName(tsaUrl));
    m_dialog->setLabelText(g_lastProgressText);
    m_dialog->setRange(0, 0); // busy
    m_dialog->setCancelButton(nullptr);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->show();
    m_dialog->setValue(0);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

SigningProgress::~SigningProgress()
{
    if (m_dialog)
        m_dialog->close();
}

QString SigningProgress::lastText()
{
    return g_lastProgressText;
}

} // namespace mla::gui
