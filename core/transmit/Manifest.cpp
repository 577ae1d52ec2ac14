#include "Manifest.h"

#include "PackageFormat.h"
#include "Tar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace mla::transmit {

namespace {

Error manifestError(const QString& detail, const QString& label)
{
    return Error{QStringLiteral("transmit.manifest.format"), QStringLiteral("manifest: %1").arg(detail),
                 label, 0, 0};
}

QString utc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

bool isHex64(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

// Reads members of one JSON object, refusing unknown ones and wrong types.
class Reader
{
public:
    Reader(const QJsonObject& o, QString where, const QString& label, const QStringList& allowed)
        : m_o(o), m_where(std::move(where)), m_label(label)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()) && m_error.isEmpty())
                m_error = QStringLiteral("unknown member '%1%2'").arg(m_where, it.key());
    }
    QString string(const QString& key, bool required, int maxChars = maxTextChars)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(QStringLiteral("'%1%2' is missing").arg(m_where, key));
            return {};
        }
        if (!v.isString()) {
            fail(QStringLiteral("'%1%2' is not a string").arg(m_where, key));
            return {};
        }
        const QString s = v.toString();
        if (s.size() > maxChars)
            fail(QStringLiteral("'%1%2' is longer than %3 characters").arg(m_where, key).arg(maxChars));
        return s;
    }
    qint64 integer(const QString& key, qint64 max)
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isDouble()) {
            fail(QStringLiteral("'%1%2' is missing or not a number").arg(m_where, key));
            return 0;
        }
        const double d = v.toDouble();
        if (d < 0 || d > 9e15 || d != std::floor(d)) {
            fail(QStringLiteral("'%1%2' is not a non-negative whole number").arg(m_where, key));
            return 0;
        }
        if (qint64(d) > max) {
            fail(
                QStringLiteral("'%1%2' is %3, over the cap of %4").arg(m_where, key).arg(qint64(d)).arg(max));
            return 0;
        }
        return qint64(d);
    }
    void fail(const QString& why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }
    const QString& error() const { return m_error; }
    const QJsonObject& object() const { return m_o; }

private:
    QJsonObject m_o;
    QString m_where;
    const QString& m_label;
    QString m_error;
};

} // namespace

const ManifestFile* Manifest::file(const QString& name) const
{
    for (const ManifestFile& f : files)
        if (f.name == name)
            return &f;
    return nullptr;
}

QByteArray Manifest::toJson() const
{
    // QJsonObject sorts keys: the output is canonical for equal manifests.
    QJsonArray fileArray;
    for (const ManifestFile& f : files) {
        QJsonObject o{{QStringLiteral("name"), f.name},
                      {QStringLiteral("role"), f.role},
                      {QStringLiteral("mimeType"), f.mimeType},
                      {QStringLiteral("size"), double(f.size)},
                      {QStringLiteral("sha256"), f.sha256}};
        if (!f.language.isEmpty())
            o.insert(QStringLiteral("language"), f.language);
        fileArray.append(o);
    }
    QJsonArray recipients;
    for (const QString& r : recipientCertificates)
        recipients.append(r);
    QJsonObject root{
        {QStringLiteral("format"), QString::fromLatin1(packageFormat)},
        {QStringLiteral("version"), packageVersion},
        {QStringLiteral("packageId"), packageId},
        {QStringLiteral("created"), utc(created)},
        {QStringLiteral("sender"), QJsonObject{{QStringLiteral("authority"), sender.authority},
                                               {QStringLiteral("state"), sender.state}}},
        {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("authority"), recipient.authority},
                                                  {QStringLiteral("state"), recipient.state}}},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("requestId"), requestId},
        {QStringLiteral("inReplyTo"), inReplyTo},
        {QStringLiteral("senderCertificate"), senderCertificate},
        {QStringLiteral("recipientCertificates"), recipients},
        {QStringLiteral("files"), fileArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Manifest> Manifest::fromJson(const QByteArray& json, const QString& label)
{
    if (json.size() > maxManifestBytes)
        return manifestError(
            QStringLiteral("%1 bytes, over the cap of %2").arg(json.size()).arg(maxManifestBytes), label);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return manifestError(
            QStringLiteral("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()),
            label);
    if (!doc.isObject())
        return manifestError(QStringLiteral("not a JSON object"), label);
    Reader root(doc.object(), {}, label,
                {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("packageId"),
                 QStringLiteral("created"), QStringLiteral("sender"), QStringLiteral("recipient"),
                 QStringLiteral("reference"), QStringLiteral("requestId"), QStringLiteral("inReplyTo"),
                 QStringLiteral("senderCertificate"), QStringLiteral("recipientCertificates"),
                 QStringLiteral("files")});
    if (root.string(QStringLiteral("format"), true) != QLatin1String(packageFormat))
        return manifestError(QStringLiteral("not a mlawriter package manifest ('format' is not '%1')")
                                 .arg(QLatin1String(packageFormat)),
                             label);
    const QJsonValue version = root.object().value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != packageVersion)
        return manifestError(version.isDouble() && version.toDouble() > packageVersion
                                 ? QStringLiteral("package version %1 is newer than this build reads (%2)")
                                       .arg(version.toDouble())
                                       .arg(packageVersion)
                                 : QStringLiteral("unknown package version"),
                             label);
    Manifest m;
    m.packageId = root.string(QStringLiteral("packageId"), true, 64);
    if (root.error().isEmpty() && m.packageId.isEmpty())
        root.fail(QStringLiteral("'packageId' is empty"));
    const QString created = root.string(QStringLiteral("created"), true, 64);
    m.created = QDateTime::fromString(created, Qt::ISODate);
    if (root.error().isEmpty() && !m.created.isValid())
        root.fail(QStringLiteral("'created' is not an ISO 8601 time"));
    m.created = m.created.toUTC();
    m.reference = root.string(QStringLiteral("reference"), false);
    m.requestId = root.string(QStringLiteral("requestId"), false, 64);
    m.inReplyTo = root.string(QStringLiteral("inReplyTo"), false, 64);
    m.senderCertificate = root.string(QStringLiteral("senderCertificate"), false, 64);
    for (const char* which : {"sender", "recipient"}) {
        const QString key = QString::fromLatin1(which);
        const QJsonValue v = root.object().value(key);
        if (!v.isObject()) {
            root.fail(QStringLiteral("'%1' is missing or not an object").arg(key));
            continue;
        }
        Reader party(v.toObject(), key + u'.', label, {QStringLiteral("authority"), QStringLiteral("state")});
        ManifestParty& p = key == QLatin1String("sender") ? m.sender : m.recipient;
        p.authority = party.string(QStringLiteral("authority"), true);
        p.state = party.string(QStringLiteral("state"), true, 8);
        if (!party.error().isEmpty())
            root.fail(party.error());
    }
    const QJsonValue recipients = root.object().value(QStringLiteral("recipientCertificates"));
    if (!recipients.isUndefined()) {
        if (!recipients.isArray() || recipients.toArray().size() > 64)
            root.fail(QStringLiteral("'recipientCertificates' is not an array of at most 64 fingerprints"));
        else
            for (const QJsonValue& r : recipients.toArray()) {
                if (!r.isString() || !isHex64(r.toString())) {
                    root.fail(QStringLiteral("'recipientCertificates' holds something other than a SHA-256"));
                    break;
                }
                m.recipientCertificates << r.toString();
            }
    }
    const QJsonValue files = root.object().value(QStringLiteral("files"));
    if (!files.isArray()) {
        root.fail(QStringLiteral("'files' is missing or not an array"));
    } else if (files.toArray().size() > maxFiles) {
        root.fail(QStringLiteral("'files' lists %1 files, over the cap of %2")
                      .arg(files.toArray().size())
                      .arg(maxFiles));
    } else {
        QSet<QString> names;
        qint64 total = 0;
        const QJsonArray array = files.toArray();
        for (int i = 0; i < array.size() && root.error().isEmpty(); ++i) {
            const QString where = QStringLiteral("files[%1].").arg(i);
            if (!array.at(i).isObject()) {
                root.fail(QStringLiteral("'%1' is not an object").arg(where.chopped(1)));
                break;
            }
            Reader fr(array.at(i).toObject(), where, label,
                      {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("mimeType"),
                       QStringLiteral("language"), QStringLiteral("size"), QStringLiteral("sha256")});
            ManifestFile f;
            f.name = fr.string(QStringLiteral("name"), true, 200);
            f.role = fr.string(QStringLiteral("role"), true, 32);
            f.mimeType = fr.string(QStringLiteral("mimeType"), true, 128);
            f.language = fr.string(QStringLiteral("language"), false, 16);
            f.size = fr.integer(QStringLiteral("size"), maxFileBytes);
            f.sha256 = fr.string(QStringLiteral("sha256"), true, 64);
            if (fr.error().isEmpty()) {
                if (const QString why = unsafeNameReason(f.name); !why.isEmpty())
                    fr.fail(QStringLiteral("file name '%1' refused: %2").arg(f.name, why));
                else if (f.name == QLatin1String(manifestEntryName) ||
                         f.name == QLatin1String(manifestFileName))
                    fr.fail(QStringLiteral("file name '%1' is reserved").arg(f.name));
                else if (names.contains(f.name.toCaseFolded()))
                    fr.fail(QStringLiteral("file '%1' is listed twice").arg(f.name));
                else if (f.role != QLatin1String("request") && f.role != QLatin1String("attachment") &&
                         f.role != QLatin1String("draft"))
                    fr.fail(QStringLiteral("file '%1' has the unknown role '%2'").arg(f.name, f.role));
                else if (!isHex64(f.sha256))
                    fr.fail(
                        QStringLiteral("file '%1': 'sha256' is not 64 lower-case hex digits").arg(f.name));
                else if (!f.mimeType.contains(u'/'))
                    fr.fail(QStringLiteral("file '%1': 'mimeType' is not a MIME type").arg(f.name));
            }
            names.insert(f.name.toCaseFolded());
            total += f.size;
            if (fr.error().isEmpty() && total > maxTotalBytes)
                fr.fail(QStringLiteral("the files declare more than %1 bytes in all").arg(maxTotalBytes));
            if (!fr.error().isEmpty())
                root.fail(fr.error());
            m.files.append(f);
        }
    }
    if (!root.error().isEmpty())
        return manifestError(root.error(), label);
    return m;
}

} // namespace mla::transmit
