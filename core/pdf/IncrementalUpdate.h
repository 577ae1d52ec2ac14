#pragma once
// Internal to core/pdf: appends objects to an existing PDF as one incremental update (ISO 32000-1
// §7.5.6): the original bytes are kept untouched; new and replaced objects, then a cross-reference
// section (a classic table, or a cross-reference stream when the original uses one) whose trailer
// points at the previous one with /Prev. Owns the growing byte buffer. Not thread-safe.

#include <QByteArray>
#include <QList>
#include <QMap>

namespace mla::pdf {

class IncrementalUpdate
{
public:
    // `original` is the whole file; `prevXref` its startxref value; `size` its trailer /Size.
    IncrementalUpdate(const QByteArray& original, qint64 prevXref, int size, bool useXrefStream);

    int allocate(); // a new object number (generation 0)
    // Appends "num gen obj … endobj"; returns the offset of `body` in the buffer.
    qint64 addObject(int number, int generation, const QByteArray& body);
    qint64 addStream(int number, int generation, const QByteArray& dict, const QByteArray& data);
    // Writes the cross-reference section and the trailer (`trailerExtra`: "/Root 1 0 R /Info …").
    void finish(const QByteArray& trailerExtra);

    QByteArray& bytes() { return m_out; }
    qint64 originalSize() const { return m_originalSize; }

private:
    QByteArray m_out;
    qint64 m_originalSize;
    qint64 m_prevXref;
    int m_size;
    bool m_xrefStream;
    QMap<int, QPair<int, qint64>> m_entries; // number -> (generation, offset)
};

} // namespace mla::pdf
