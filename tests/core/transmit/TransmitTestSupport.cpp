#include "TransmitTestSupport.h"

#include "Commands.h"
#include "TestSupport.h"

#include "draft/DraftFile.h"
#include "pdf/Identity.h"
#include "pdf/Signer.h"
#include "transmit/Cms.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <catch2/catch.hpp>

#include <memory>

namespace mla::test {

namespace {

QTemporaryDir& root()
{
    static QTemporaryDir dir;
    return dir;
}

Party makeParty(const QString& name, transmit::KeyType type, const QString& country)
{
    transmit::DemoAuthorityOptions options;
    options.name = QStringLiteral("DEMO %1").arg(name);
    options.organization = QStringLiteral("DEMO %1 Central Authority").arg(name);
    options.country = country;
    options.keyType = type;
    Result<pdf::DemoIdentity> demo = transmit::createDemoAuthority(transmitPassword, options);
    REQUIRE(demo.ok());
    Party p;
    p.demo = demo.value();
    Result<transmit::TransmitIdentity> id =
        transmit::loadTransmitIdentity(p.demo.p12, transmitPassword, name);
    REQUIRE(id.ok());
    p.identity = id.value();
    const QString dir = scratch(QStringLiteral("party-") + name);
    p.p12Path = dir + QStringLiteral("/identity.p12");
    p.certPath = dir + QStringLiteral("/identity.cert.pem");
    p.caPath = dir + QStringLiteral("/identity.ca.pem");
    REQUIRE(writeBytes(p.p12Path, p.demo.p12));
    REQUIRE(writeBytes(p.certPath, p.demo.signerPem));
    REQUIRE(writeBytes(p.caPath, p.demo.caPem));
    return p;
}

} // namespace

const Party& sender()
{
    static const Party p = makeParty(QStringLiteral("Sender"), transmit::KeyType::Rsa, QStringLiteral("XA"));
    return p;
}
const Party& recipientRsa()
{
    static const Party p =
        makeParty(QStringLiteral("RecipientRsa"), transmit::KeyType::Rsa, QStringLiteral("XB"));
    return p;
}
const Party& recipientEc()
{
    static const Party p =
        makeParty(QStringLiteral("RecipientEc"), transmit::KeyType::Ec, QStringLiteral("XC"));
    return p;
}
const Party& stranger()
{
    static const Party p =
        makeParty(QStringLiteral("Stranger"), transmit::KeyType::Rsa, QStringLiteral("XD"));
    return p;
}

QString passFile()
{
    static const QString path = [] {
        const QString p = scratch(QStringLiteral("pass")) + QStringLiteral("/pass.txt");
        writeBytes(p, transmitPassword + '\n');
        return p;
    }();
    return path;
}

QList<QByteArray> trustAll()
{
    return {sender().demo.caPem, recipientRsa().demo.caPem, recipientEc().demo.caPem};
}

QByteArray signedPdf(int pages, const QString& text)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.drawText(QPointF(72, 72),
                             QStringLiteral("Request for mutual legal assistance: %1").arg(text));
        }
    }
    static const pdf::Identity signer = [] {
        Result<pdf::Identity> id =
            pdf::loadIdentityFromBytes(sender().demo.p12, transmitPassword, QStringLiteral("sender"));
        REQUIRE(id.ok());
        return id.value();
    }();
    pdf::SignOptions options;
    options.invisible = true;
    options.reason = QStringLiteral("Request for mutual legal assistance");
    Result<QByteArray> signedBytes = pdf::signPdf(buffer.data(), signer, options);
    REQUIRE(signedBytes.ok());
    return signedBytes.value();
}

QByteArray sampleDraft(const QByteArray& attachment)
{
    const QString path =
        sourcePath(QStringLiteral("templates/samples/online-fraud-electronic-evidence-en.mlar"));
    Result<Request> request = draft::DraftFile::read(path);
    REQUIRE(request.ok());
    Request r = request.value();
    r.attachments = {
        Attachment{QStringLiteral("evidence.txt"), {}, QString::fromLatin1(transmit::sha256Hex(attachment))}};
    return draft::DraftFile::serialize(r);
}

transmit::PackageSpec sampleSpec(const QList<QByteArray>& to)
{
    static const QByteArray en = signedPdf(2, QStringLiteral("en"));
    static const QByteArray fr = signedPdf(2, QStringLiteral("fr"));
    transmit::PackageSpec spec;
    spec.sender = {QStringLiteral("DEMO Sender Central Authority"), QStringLiteral("XXA")};
    spec.recipient = {QStringLiteral("DEMO Recipient Central Authority"), QStringLiteral("XXB")};
    spec.reference = QStringLiteral("OUR-2026-0042");
    spec.recipientPems = to.isEmpty() ? QList<QByteArray>{recipientRsa().demo.signerPem} : to;
    spec.files = {
        {QStringLiteral("request.en.pdf"), QStringLiteral("request"), {}, QStringLiteral("en"), en},
        {QStringLiteral("request.fr.pdf"), QStringLiteral("request"), {}, QStringLiteral("fr"), fr},
        {QStringLiteral("request.mlar"), QStringLiteral("draft"), {}, {}, sampleDraft(attachmentBytes)},
        {QStringLiteral("evidence.txt"),
         QStringLiteral("attachment"),
         QStringLiteral("text/plain"),
         {},
         attachmentBytes},
    };
    return spec;
}

QByteArray samplePackage(transmit::Cipher cipher)
{
    transmit::PackageSpec spec = sampleSpec();
    spec.cipher = cipher;
    Result<transmit::CreatedPackage> created = transmit::createPackage(spec, sender().identity);
    if (!created.ok())
        FAIL(created.error().toString().toStdString());
    return created.value().bytes;
}

QString scratch(const QString& name)
{
    static int counter = 0;
    const QString path = root().path() + QStringLiteral("/%1-%2").arg(name).arg(++counter);
    QDir().mkpath(path);
    return path;
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

Tool runTool(const QString& program, const QStringList& args, const QByteArray& input)
{
    QProcess p;
    p.start(program, args);
    Tool t;
    if (!p.waitForStarted(10000))
        return t;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.out = p.readAllStandardOutput();
    t.err = p.readAllStandardError();
    return t;
}

int runPackage(const QStringList& args, QString* out, QString* err)
{
    QString o, e;
    QTextStream os(&o), es(&e);
    const int code = cli::packageCommand(args, os, es);
    os.flush();
    es.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return code;
}

} // namespace mla::test
