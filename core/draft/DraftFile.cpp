#include "DraftFile.h"

#include "DraftReader.h"
#include "DraftWriter.h"
#include "base/SafeXml.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mla::draft {
namespace {

Error fileError(const QString& code, const QString& detail, const QString& path)
{
    return Error{code, detail, path, 0, 0};
}

} // namespace

QByteArray DraftFile::schema()
{
    QFile f(QStringLiteral(":/mlawriter/schema/mlar-1.xsd"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

Result<Request> DraftFile::read(const QString& path)
{
    QFile f(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(QStringLiteral("draft.not-found"), QStringLiteral("no such file"), path);
    if (!info.isFile())
        return fileError(QStringLiteral("draft.not-a-file"), QStringLiteral("not a regular file"), path);
    if (info.size() > maxBytes)
        return fileError(
            QStringLiteral("xml.too-large"),
            QStringLiteral("file is %1 bytes; the limit is %2 bytes").arg(info.size()).arg(maxBytes), path);
    if (!f.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("draft.unreadable"), f.errorString(), path);
    // Read at most one byte more than the cap: a file that grows meanwhile is still refused.
    const QByteArray bytes = f.read(maxBytes + 1);
    return parse(bytes, path);
}

Result<Request> DraftFile::parse(const QByteArray& bytes, const QString& fileName)
{
    auto doc = xml::parse(bytes, fileName, {maxBytes, maxDepth});
    if (!doc)
        return doc.error();
    xmlNode* root = xmlDocGetRootElement(doc.value().get());
    const QString rootNs = xml::nsUri(root);
    if (xml::name(root) != QLatin1String("request") || rootNs != QLatin1String(ns))
        return Error{QStringLiteral("draft.not-a-draft"),
                     QStringLiteral(
                         "not an mlawriter draft: root element is <%1> in namespace '%2', expected <request> "
                         "in namespace '%3'")
                         .arg(xml::name(root), rootNs, QLatin1String(ns)),
                     fileName, xml::line(root), 0};
    bool versionOk = false;
    const int v = xml::attr(root, "version").toInt(&versionOk);
    if (!versionOk || v < 1)
        return Error{QStringLiteral("draft.version"), QStringLiteral("missing or invalid format version"),
                     fileName, xml::line(root), 0};
    if (v > version)
        return Error{
            QStringLiteral("draft.newer-version"),
            QStringLiteral("this draft uses format version %1, made by a newer mlawriter; this version reads "
                           "format %2 and older. Update mlawriter to open it.")
                .arg(v)
                .arg(version),
            fileName, xml::line(root), 0};
    if (Status s = xml::validate(doc.value().get(), schema(), QStringLiteral("mlar-1"), fileName); !s)
        return s.error();
    return readRequest(doc.value().get(), fileName);
}

QByteArray DraftFile::serialize(const Request& request)
{
    return writeRequest(request);
}

Status DraftFile::write(const Request& request, const QString& path)
{
    const QByteArray bytes = serialize(request);
    // Keep the previous version as <path>.bak, itself replaced atomically.
    if (QFileInfo::exists(path)) {
        QFile old(path);
        if (old.open(QIODevice::ReadOnly)) {
            const QByteArray previous = old.readAll();
            old.close();
            if (previous != bytes) {
                QSaveFile bak(path + QStringLiteral(".bak"));
                if (bak.open(QIODevice::WriteOnly)) {
                    bak.write(previous);
                    bak.commit(); // a failed backup must not prevent saving the draft itself
                }
            }
        }
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("draft.write"), out.errorString(), path, 0, 0};
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        return Error{QStringLiteral("draft.write"), out.errorString(), path, 0, 0};
    }
    if (!out.commit())
        return Error{QStringLiteral("draft.write"), out.errorString(), path, 0, 0};
    return {};
}

} // namespace mla::draft
