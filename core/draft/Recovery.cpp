#include "Recovery.h"

#include "DraftFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace mla::draft {
namespace {

constexpr qint64 maxMetaBytes = 64 * 1024;

QString metaPathFor(const QString& snapshot)
{
    return snapshot.left(snapshot.size() - 5) + QStringLiteral(".json"); // "x.mlar" -> "x.json"
}

Status writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{QStringLiteral("recovery.write"), f.errorString(), path, 0, 0};
    return {};
}

QString titleOf(const Request& r)
{
    QStringList parts;
    if (!r.requestedState.isEmpty())
        parts << r.requestedState;
    if (!r.proceedings.caseReference.isEmpty())
        parts << r.proceedings.caseReference;
    return parts.join(QStringLiteral(" - "));
}

} // namespace

QString Recovery::defaultDirectory()
{
    const QString env = qEnvironmentVariable("MLAWRITER_DATA_DIR");
    const QString base =
        env.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : env;
    return base + QStringLiteral("/recovery");
}

Recovery::Recovery(QString directory) : m_dir(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{}

QString Recovery::fileFor(const QString& requestId) const
{
    // The id comes from a file that may be hostile: it never becomes part of a path as such.
    const QByteArray h =
        QCryptographicHash::hash(requestId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_dir + u'/' + QString::fromLatin1(h) + QStringLiteral(".mlar");
}

Status Recovery::save(const Request& request, const QString& originalPath, const QString& page)
{
    if (!QDir().mkpath(m_dir))
        return Error{QStringLiteral("recovery.write"), QStringLiteral("cannot create the recovery folder"),
                     m_dir, 0, 0};
    const QString snapshot = fileFor(request.id);
    if (Status s = writeAtomically(snapshot, DraftFile::serialize(request)); !s)
        return s;
    QJsonObject meta;
    meta[QStringLiteral("originalPath")] =
        originalPath.isEmpty() ? QString() : QFileInfo(originalPath).absoluteFilePath();
    meta[QStringLiteral("saved")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    meta[QStringLiteral("title")] = titleOf(request);
    if (!page.isEmpty())
        meta[QStringLiteral("page")] = page;
    return writeAtomically(metaPathFor(snapshot), QJsonDocument(meta).toJson(QJsonDocument::Compact));
}

void Recovery::discard(const QString& requestId)
{
    const QString snapshot = fileFor(requestId);
    QFile::remove(snapshot);
    QFile::remove(metaPathFor(snapshot));
}

QList<RecoveredDraft> Recovery::pending() const
{
    QList<RecoveredDraft> out;
    const QDir dir(m_dir);
    const auto files = dir.entryInfoList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Time);
    for (const QFileInfo& fi : files) {
        RecoveredDraft d;
        d.recoveryFile = fi.absoluteFilePath();
        d.saved = fi.lastModified().toUTC();
        QFile meta(metaPathFor(d.recoveryFile));
        if (meta.open(QIODevice::ReadOnly) && meta.size() < maxMetaBytes) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            d.originalPath = o.value(QStringLiteral("originalPath")).toString();
            d.title = o.value(QStringLiteral("title")).toString();
            // A page id is a short lower-case word; anything else is ignored.
            const QString page = o.value(QStringLiteral("page")).toString();
            static const QRegularExpression pageId(QStringLiteral("^[a-z]{1,32}$"));
            if (pageId.match(page).hasMatch())
                d.page = page;
            const QDateTime saved =
                QDateTime::fromString(o.value(QStringLiteral("saved")).toString(), Qt::ISODate);
            if (saved.isValid())
                d.saved = saved.toUTC();
        }
        out.append(d);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.saved > b.saved; });
    return out;
}

std::optional<RecoveredDraft> Recovery::findFor(const QString& originalPath) const
{
    const QFileInfo original(originalPath);
    const QString abs = original.absoluteFilePath();
    for (const auto& d : pending()) {
        if (d.originalPath != abs)
            continue;
        if (!original.exists() || d.saved > original.lastModified().toUTC())
            return d;
    }
    return std::nullopt;
}

void Recovery::removeSnapshot(const QString& recoveryFile)
{
    if (!recoveryFile.endsWith(QLatin1String(".mlar")))
        return;
    QFile::remove(recoveryFile);
    QFile::remove(metaPathFor(recoveryFile));
}

Result<Request> Recovery::load(const QString& recoveryFile)
{
    return DraftFile::read(recoveryFile);
}

} // namespace mla::draft
