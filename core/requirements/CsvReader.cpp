#include "CsvReader.h"

namespace mla::requirements {

Result<QList<QMap<QString, QString>>> CsvReader::read(const QByteArray& bytes, const QString& fileName)
{
    const QString s = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QList<int> rowLines;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < s.size() && s.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < s.size() && s.at(i + 1) == u'\n')
                ++i;
            row << field;
            field.clear();
            fieldStarted = false;
            rows << row;
            rowLines << rowLine;
            row.clear();
            ++line;
            rowLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error{QStringLiteral("csv.quote"), QStringLiteral("unterminated quoted field"), fileName,
                     rowLine, 0};
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
        rowLines << rowLine;
    }
    if (rows.isEmpty())
        return Error{QStringLiteral("csv.empty"), QStringLiteral("no header line"), fileName, 1, 0};
    const QStringList header = rows.first();
    QList<QMap<QString, QString>> out;
    for (int r = 1; r < rows.size(); ++r) {
        if (rows.at(r).size() == 1 && rows.at(r).first().isEmpty())
            continue; // blank line
        if (rows.at(r).size() != header.size())
            return Error{
                QStringLiteral("csv.fields"),
                QStringLiteral("%1 fields where the header has %2").arg(rows.at(r).size()).arg(header.size()),
                fileName, rowLines.at(r), 0};
        QMap<QString, QString> m;
        for (int c = 0; c < header.size(); ++c)
            m.insert(header.at(c), rows.at(r).at(c));
        out << m;
    }
    return out;
}

} // namespace mla::requirements
