#pragma once
// Internal to core/register/letters: paragraphs → an A4 PDF through QTextDocument and
// QPdfWriter, with the Noto fonts of `language` and right-to-left layout for Arabic, written
// atomically. Returns the SHA-256 of the bytes written.

#include "base/Error.h"

#include <QString>
#include <QStringList>

namespace mla::reg::letters {

struct PdfBlock
{
    enum Kind
    {
        Title,
        Para,
        Item,
        Small
    } kind = Para;
    QString text;
};

Result<QString> writePdf(const QList<PdfBlock>& blocks, const QString& language, const QString& title,
                         const QString& outPath);

} // namespace mla::reg::letters
