#include "PdfTestSupport.h"

#include "pdf/Signer.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>

#include <memory>

namespace mla::test {

QByteArray makeTextPdf(int pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setTitle(QStringLiteral("Request for mutual legal assistance (test)"));
        QPainter painter(&writer);
        QFont font(QStringLiteral("Noto Sans"));
        font.setPointSize(11);
        painter.setFont(font);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.drawText(QPointF(72, 72), QStringLiteral("Request for mutual legal assistance"));
            for (int line = 0; line < 20; ++line)
                painter.drawText(
                    QPointF(72, 110 + line * 18),
                    QStringLiteral("Page %1 of %2, paragraph %3: article 18(15) of the Convention.")
                        .arg(page + 1)
                        .arg(pages)
                        .arg(line + 1));
        }
    }
    return buffer.data();
}

namespace {

TestIdentity makeIdentity(const QString& name)
{
    pdf::DemoIdentityOptions options;
    options.signerName = name;
    Result<pdf::DemoIdentity> demo = pdf::createDemoIdentity(testPassword, options);
    if (!demo)
        qFatal("cannot create a demo identity: %s", qPrintable(demo.error().toString()));
    Result<pdf::Identity> identity = pdf::loadIdentityFromBytes(demo.value().p12, testPassword, name);
    if (!identity)
        qFatal("cannot load the demo identity: %s", qPrintable(identity.error().toString()));
    return {demo.value(), identity.value()};
}

} // namespace

const TestIdentity& signerIdentity()
{
    static const TestIdentity id = makeIdentity(QStringLiteral("DEMO Prosecutor"));
    return id;
}

const TestIdentity& reviewerIdentity()
{
    static const TestIdentity id = makeIdentity(QStringLiteral("DEMO Central Authority Reviewer"));
    return id;
}

const QByteArray& signedSample()
{
    static const QByteArray bytes = [] {
        pdf::SignOptions options;
        options.reason = QStringLiteral("Request for mutual legal assistance under article 18 UNTOC");
        options.location = QStringLiteral("Vienna");
        options.contact = QStringLiteral("central.authority@example.org");
        pdf::SignatureAppearance look;
        look.function = QStringLiteral("Public prosecutor");
        look.place = QStringLiteral("Vienna");
        options.appearance = look;
        Result<QByteArray> out = pdf::signPdf(makeTextPdf(6), signerIdentity().identity, options);
        if (!out)
            qFatal("cannot sign the sample: %s", qPrintable(out.error().toString()));
        return out.value();
    }();
    return bytes;
}

const QByteArray& countersignedSample()
{
    static const QByteArray bytes = [] {
        pdf::SignOptions options;
        options.reason = QStringLiteral("Approved by the central authority");
        pdf::SignatureAppearance look;
        look.pageIndex = 5;
        look.rect = QRectF(72, 40, 200, 60);
        look.function = QStringLiteral("Central authority reviewer");
        options.appearance = look;
        Result<QByteArray> out = pdf::signPdf(signedSample(), reviewerIdentity().identity, options);
        if (!out)
            qFatal("cannot countersign the sample: %s", qPrintable(out.error().toString()));
        return out.value();
    }();
    return bytes;
}

QList<QByteArray> bothCas()
{
    return {signerIdentity().demo.caPem, reviewerIdentity().demo.caPem};
}

ToolRun runTool(const QString& program, const QStringList& args, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    ToolRun run;
    if (!process.waitForStarted(10000)) {
        run.output = QStringLiteral("cannot start %1").arg(program);
        return run;
    }
    process.waitForFinished(timeoutMs);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

QString scratch(const QString& name)
{
    static QTemporaryDir dir;
    return dir.filePath(name);
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QList<RawSignature> rawSignatures(const QByteArray& pdf)
{
    QList<RawSignature> out;
    static const QRegularExpression re(
        QStringLiteral("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]"));
    const QString latin = QString::fromLatin1(pdf);
    for (auto it = re.globalMatch(latin); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        RawSignature s;
        for (int i = 0; i < 4; ++i)
            s.range[i] = m.captured(i + 1).toLongLong();
        const QByteArray hex = pdf.mid(s.range[1] + 1, s.range[2] - s.range[1] - 2);
        s.cmsDer = QByteArray::fromHex(hex);
        s.signedBytes = pdf.mid(s.range[0], s.range[1]) + pdf.mid(s.range[2], s.range[3]);
        out.append(s);
    }
    return out;
}

} // namespace mla::test
