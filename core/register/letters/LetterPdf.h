#pragma once
// Internal to core/register/letters: paragraphs → an A4 PDF through QTextDocument and
// QPdfWriter, with the Noto fonts of `language` and right-to-left layout for Arabic, written
// atomically. Returns the SHA-256 of the bytes written.

#include "base/Error.h"

#include <QMap>
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
                         const QString& outPath, int* pageCount = nullptr);

// The units of templates/letters/<language>.xlf (`directory` empty: built in), checked by
// render::TemplateSet's reader; and a unit's text with its {placeholders} filled ("[id]" when
// missing).
Result<QMap<QString, QString>> loadLetterUnits(const QString& language, const QString& directory);
QString fillUnit(const QMap<QString, QString>& units, const QString& id,
                 const QMap<QString, QString>& args = {});

} // namespace mla::reg::letters
