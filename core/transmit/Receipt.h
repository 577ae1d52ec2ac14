#pragma once
// Delivery receipts after ETSI EN 319 522 (REM) delivery evidence: the recipient signs what it
// opened (package id, SHA-256 of the package file and of the signed manifest), when, as which
// authority, its own reference and every check's result. The sender checks the receipt against
// the package it sent. The receipt is attached CMS SignedData over canonical JSON (.mlapr);
// `openssl cms -verify` reads it. Receipts are hostile input (size-capped, strict JSON).
// Failure: Error codes "transmit.receipt.*". Reentrant.

#include "Package.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mla::transmit {

struct Receipt
{
    QString receiptId;
    QString packageId;
    QString packageSha256;
    QString manifestSha256;
    QDateTime openedAt;          // UTC
    ManifestParty openedBy;      // the opening authority (as the manifest addresses it)
    QString openedByCertificate; // SHA-256 of the certificate that signs the receipt
    QString senderReference;     // the sender's reference, from the manifest
    QString recipientReference;  // the recipient's own reference, if given
    bool allPassed = false;
    QList<PackageCheck> checks;

    QByteArray toJson() const;
    static Result<Receipt> fromJson(const QByteArray& json, const QString& label);
};

// The signed receipt for a package opened by `opened` (whose manifest must have been read).
// Errors: transmit.receipt.create, transmit.cms.sign.
Result<QByteArray> createReceipt(const OpenedPackage& opened, const TransmitIdentity& signer,
                                 const QString& recipientReference, const QDateTime& openedAt = {});

struct ReceiptVerdict
{
    bool receiptRead = false;
    Receipt receipt;
    QString signerSubject;
    QList<PackageCheck> checks;

    bool allPassed() const;
    QStringList failures() const;
    QByteArray toJson() const;
    QString toText() const;
};

// Checks `receiptDer` against `sentPackage` (the file as sent): signature, signer trusted
// (chains to `trustPem`, or — when `sender` can reopen the sent package — is one of the
// recipients its signed manifest names), package SHA-256, and with `sender` the package id and
// manifest SHA-256; and that the recipient reported every check passed. Errors only when the
// receipt is not readable as a receipt at all.
Result<ReceiptVerdict> checkReceipt(const QByteArray& receiptDer, const QByteArray& sentPackage,
                                    const QList<QByteArray>& trustPem, const TransmitIdentity* sender,
                                    const QString& label);

} // namespace mla::transmit
