#pragma once
// Helpers for the transmit tests: DEMO authorities made once per run (RSA and EC), signed
// request PDFs, packages, scratch folders and the openssl command line.

#include "pdf/DemoIdentity.h"
#include "transmit/Package.h"
#include "transmit/TransmitIdentity.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mla::test {

inline const QByteArray transmitPassword = QByteArrayLiteral("package test 7");

struct Party
{
    pdf::DemoIdentity demo;
    transmit::TransmitIdentity identity;
    QString p12Path;  // written in the scratch folder
    QString certPath; // the certificate (PEM)
    QString caPath;   // its CA (PEM)
};

const Party& sender();        // RSA, signs and can reopen its copies
const Party& recipientRsa();  // RSA-OAEP recipient
const Party& recipientEc();   // ECDH recipient
const Party& stranger();      // an authority nobody trusts or addresses
QString passFile();           // a file holding transmitPassword
QList<QByteArray> trustAll(); // the CAs of sender and recipients (not the stranger's)

// A PDF of `pages` pages signed by the sender.
QByteArray signedPdf(int pages = 2, const QString& text = QStringLiteral("request"));
// The bundled sample draft with one attachment ("evidence.txt" with `attachmentBytes`).
QByteArray sampleDraft(const QByteArray& attachmentBytes);
inline const QByteArray attachmentBytes = QByteArrayLiteral("bank statement 2026-03, account 42\n");

// A package from the sender to `to` (RSA recipient by default), with two request PDFs, the
// draft and its attachment.
transmit::PackageSpec sampleSpec(const QList<QByteArray>& to = {});
QByteArray samplePackage(transmit::Cipher cipher = transmit::Cipher::Aes256Gcm);

// A fresh scratch folder (removed at the end of the run).
QString scratch(const QString& name);
bool writeBytes(const QString& path, const QByteArray& bytes);
QByteArray readBytes(const QString& path);
// Every file under `dir`, relative, sorted.
QStringList filesUnder(const QString& dir);

struct Tool
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
Tool runTool(const QString& program, const QStringList& args, const QByteArray& input = {});
int runPackage(const QStringList& args, QString* out = nullptr, QString* err = nullptr);

} // namespace mla::test
