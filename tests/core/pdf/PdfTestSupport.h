#pragma once
// Helpers for the pdf tests: a six-page PDF made with QPdfWriter, DEMO identities made once per
// run, scratch files and external validators run through QProcess.

#include "pdf/DemoIdentity.h"
#include "pdf/Identity.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace mla::test {

// A PDF of `pages` pages with a few lines of text each (QPdfWriter: classic xref table).
QByteArray makeTextPdf(int pages = 6);

struct TestIdentity
{
    pdf::DemoIdentity demo;
    pdf::Identity identity;
};
inline const QByteArray testPassword = QByteArrayLiteral("correct horse 42");
// Two independent DEMO identities (each with its own CA), created once.
const TestIdentity& signerIdentity();
const TestIdentity& reviewerIdentity();

struct ToolRun
{
    int exitCode = -1;
    QString output; // stdout and stderr together
};
ToolRun runTool(const QString& program, const QStringList& args, int timeoutMs = 60000);

// A six-page request signed by the signer, and the same countersigned by the reviewer (cached).
const QByteArray& signedSample();
const QByteArray& countersignedSample();
// Both demo CA certificates, for verify's trust list.
QList<QByteArray> bothCas();

// A scratch directory for the whole run.
QString scratch(const QString& name);
bool write(const QString& path, const QByteArray& bytes);

// The /ByteRange numbers and /Contents bytes of every signature, found in the raw bytes the way
// an external validator does (only for tests that must be independent of the verifier).
struct RawSignature
{
    qint64 range[4] = {0, 0, 0, 0};
    QByteArray cmsDer;
    QByteArray signedBytes;
};
QList<RawSignature> rawSignatures(const QByteArray& pdf);

} // namespace mla::test
