#include "IncrementalUpdate.h"

namespace mla::pdf {

IncrementalUpdate::IncrementalUpdate(const QByteArray& original, qint64 prevXref, int size,
                                     bool useXrefStream)
    : m_out(original), m_originalSize(original.size()), m_prevXref(prevXref), m_size(size),
      m_xrefStream(useXrefStream)
{
    if (!m_out.endsWith('\n') && !m_out.endsWith('\r'))
        m_out.append('\n');
}

int IncrementalUpdate::allocate()
{
    return m_size++;
}

qint64 IncrementalUpdate::addObject(int number, int generation, const QByteArray& body)
{
    m_entries.insert(number, {generation, m_out.size()});
    m_out += QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj\n";
    const qint64 bodyOffset = m_out.size();
    m_out += body;
    m_out += "\nendobj\n";
    return bodyOffset;
}

qint64 IncrementalUpdate::addStream(int number, int generation, const QByteArray& dict,
                                    const QByteArray& data)
{
    Q_ASSERT(dict.startsWith("<<") && dict.endsWith(">>"));
    QByteArray body =
        dict.left(dict.size() - 2) + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n";
    const qint64 offset = addObject(number, generation, body + data + "\nendstream");
    return offset;
}

void IncrementalUpdate::finish(const QByteArray& trailerExtra)
{
    // Subsections of consecutive object numbers.
    QList<QPair<int, int>> runs; // (first, count)
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!runs.isEmpty() && runs.last().first + runs.last().second == it.key())
            ++runs.last().second;
        else
            runs.append({it.key(), 1});
    }
    if (!m_xrefStream) {
        const qint64 xrefOffset = m_out.size();
        m_out += "xref\n";
        for (const auto& [first, count] : runs) {
            m_out += QByteArray::number(first) + ' ' + QByteArray::number(count) + '\n';
            for (int n = first; n < first + count; ++n) {
                const auto& [gen, offset] = m_entries.value(n);
                m_out += QByteArray::number(offset).rightJustified(10, '0') + ' ' +
                         QByteArray::number(gen).rightJustified(5, '0') + " n\r\n";
            }
        }
        m_out += "trailer\n<< /Size " + QByteArray::number(m_size) + " /Prev " +
                 QByteArray::number(m_prevXref) + ' ' + trailerExtra + " >>\nstartxref\n" +
                 QByteArray::number(xrefOffset) + "\n%%EOF\n";
        return;
    }
    // A cross-reference stream (uncompressed): it lists itself too.
    const int self = allocate();
    const qint64 xrefOffset = m_out.size();
    m_entries.insert(self, {0, xrefOffset});
    if (!runs.isEmpty() && runs.last().first + runs.last().second == self)
        ++runs.last().second;
    else
        runs.append({self, 1});
    QByteArray index, data;
    for (const auto& [first, count] : runs) {
        index += QByteArray::number(first) + ' ' + QByteArray::number(count) + ' ';
        for (int n = first; n < first + count; ++n) {
            const auto& [gen, offset] = m_entries.value(n);
            data.append(char(1));
            for (int shift = 24; shift >= 0; shift -= 8)
                data.append(char((offset >> shift) & 0xff));
            data.append(char((gen >> 8) & 0xff));
            data.append(char(gen & 0xff));
        }
    }
    m_out += QByteArray::number(self) + " 0 obj\n<< /Type /XRef /Size " + QByteArray::number(m_size) +
             " /W [1 4 2] /Index [" + index.trimmed() + "] /Prev " + QByteArray::number(m_prevXref) + ' ' +
             trailerExtra + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data +
             "\nendstream\nendobj\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
}

} // namespace mla::pdf
