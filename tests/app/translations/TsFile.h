#pragma once
// A Qt Linguist .ts file read for checking (the repository's own files; not hostile input),
// and the rules every interface translation must follow.

#include <QList>
#include <QString>
#include <QStringList>

namespace mla::test {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or the numerus forms
    qint64 line = 0;
};

struct TsFile
{
    QString path;
    QString language; // the TS element's language attribute, e.g. "fr", "zh_CN"
    QString error;    // non-empty when the file could not be read
    QList<TsMessage> messages;

    static TsFile read(const QString& path);
    static TsFile parse(const QByteArray& bytes, const QString& path);
};

// Number of plural forms Qt expects for a language ("ar" 6, "ru" 3, "zh" 1, others 2).
int numerusForms(const QString& language);

// Every problem of `file`, one line each ("path:line: context: 'source': what is wrong"):
// unfinished, obsolete or vanished entries, empty translations, placeholders (%1 … %99, %n,
// with or without L) that differ from the source, a wrong count of plural forms, a keyboard
// accelerator ('&') present in only one of source and translation, rich-text tags that differ.
QStringList problems(const TsFile& file);

} // namespace mla::test
