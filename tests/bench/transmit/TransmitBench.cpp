// transmit_bench [ROUNDS]: renders and signs the bundled English sample in all six languages,
// then times creating the package (sign the manifest, build the payload, encrypt to an RSA and
// an EC recipient plus the sender) and opening it (decrypt, verify the manifest, every file and
// every PDF signature, read the drafts), median of ROUNDS (default 7). Prints figures only.
#include "draft/DraftFile.h"
#include "model/Vocabulary.h"
#include "pdf/Identity.h"
#include "transmit/Package.h"
#include "transmit/Receipt.h"
#include "workflow/Workflow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace mla;

namespace {

double medianMs(int rounds, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

template <typename T> T must(Result<T> r, QTextStream& err)
{
    if (!r.ok()) {
        err << r.error().toString() << '\n';
        err.flush();
        std::exit(2);
    }
    return std::move(r).value();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir data;
    if (qEnvironmentVariableIsEmpty("MLAWRITER_DATA_DIR"))
        qputenv("MLAWRITER_DATA_DIR", QFile::encodeName(data.path()));
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, atoi(argv[1])) : 7;
    QTextStream out(stdout), err(stderr);
    const QByteArray password = QByteArrayLiteral("bench");

    transmit::DemoAuthorityOptions senderOptions;
    senderOptions.name = QStringLiteral("DEMO Sender");
    const pdf::DemoIdentity senderDemo = must(transmit::createDemoAuthority(password, senderOptions), err);
    transmit::DemoAuthorityOptions ecOptions;
    ecOptions.keyType = transmit::KeyType::Ec;
    const pdf::DemoIdentity rsaDemo = must(transmit::createDemoAuthority(password), err);
    const pdf::DemoIdentity ecDemo = must(transmit::createDemoAuthority(password, ecOptions), err);
    const transmit::TransmitIdentity sender =
        must(transmit::loadTransmitIdentity(senderDemo.p12, password, {}), err);
    const transmit::TransmitIdentity rsa =
        must(transmit::loadTransmitIdentity(rsaDemo.p12, password, {}), err);
    const transmit::TransmitIdentity ec = must(transmit::loadTransmitIdentity(ecDemo.p12, password, {}), err);
    const pdf::Identity signer = must(pdf::loadIdentityFromBytes(senderDemo.p12, password, {}), err);

    Request request =
        must(draft::DraftFile::parse(
                 [] {
                     QFile f(QStringLiteral(":/mlawriter/samples/online-fraud-electronic-evidence-en.mlar"));
                     f.open(QIODevice::ReadOnly);
                     return f.readAll();
                 }(),
                 QStringLiteral("sample")),
             err);
    request.attachments.clear();
    // The benchmark measures packaging, not translation: every free text gets a reviewed
    // stand-in "translation" (the original, marked) so that all six languages may be signed.
    for (const auto& [path, text] : request.localizedTexts()) {
        if (text->isEmpty())
            continue;
        for (const QString& lang : unLanguages())
            if (lang != text->language)
                text->setTranslation(Translation{
                    lang, QStringLiteral("[%1] ").arg(lang) + text->text, TranslationStatus::Reviewed,
                    LocalizedText::hashOf(text->text), QDateTime::currentDateTimeUtc()});
    }
    transmit::PackageSpec spec;
    spec.sender = {request.authority.name, request.requestingState};
    spec.recipient = {QStringLiteral("DEMO Central Authority"), request.requestedState};
    spec.reference = request.authority.reference;
    spec.recipientPems = {rsaDemo.signerPem, ecDemo.signerPem};
    QElapsedTimer renderTimer;
    renderTimer.start();
    QTemporaryDir dir;
    qint64 pdfBytes = 0;
    for (const QString& lang : unLanguages()) {
        const QString path = dir.filePath(QStringLiteral("request.%1.pdf").arg(lang));
        pdf::SignOptions options;
        must(workflow::renderAndSign(request, lang, path, signer, options, nullptr), err);
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        const QByteArray bytes = f.readAll();
        pdfBytes += bytes.size();
        spec.files.append(
            {QStringLiteral("request.%1.pdf").arg(lang), QStringLiteral("request"), {}, lang, bytes});
    }
    const double renderMs = double(renderTimer.nsecsElapsed()) / 1e6;
    const QByteArray draftBytes = draft::DraftFile::serialize(request);
    spec.files.append({QStringLiteral("request.mlar"), QStringLiteral("draft"), {}, {}, draftBytes});

    transmit::CreatedPackage created;
    const double createMs =
        medianMs(rounds, [&] { created = must(transmit::createPackage(spec, sender), err); });
    const QList<QByteArray> trust{senderDemo.caPem};
    transmit::OpenedPackage opened;
    const double openRsaMs = medianMs(rounds, [&] {
        opened = must(transmit::openPackage(created.bytes, rsa, trust, QStringLiteral("b")), err);
    });
    if (!opened.allPassed()) {
        err << opened.toText();
        return 1;
    }
    const double openEcMs = medianMs(rounds, [&] {
        opened = must(transmit::openPackage(created.bytes, ec, trust, QStringLiteral("b")), err);
    });
    QByteArray receipt;
    const double receiptMs =
        medianMs(rounds, [&] { receipt = must(transmit::createReceipt(opened, ec, {}), err); });
    const double checkMs = medianMs(rounds, [&] {
        (void)must(
            transmit::checkReceipt(receipt, created.bytes, {ecDemo.caPem}, &sender, QStringLiteral("r")),
            err);
    });
    QTemporaryDir outDir;
    QElapsedTimer extractTimer;
    extractTimer.start();
    const Status extracted = transmit::extractPackage(opened, outDir.filePath(QStringLiteral("case")));
    const double extractMs = double(extractTimer.nsecsElapsed()) / 1e6;
    if (!extracted.ok()) {
        err << extracted.error().toString() << '\n';
        return 1;
    }

    out << "transmit_bench: six languages of online-fraud-electronic-evidence-en, median of " << rounds
        << " rounds\n";
    out << "  rendering and signing six PDFs (once): " << QString::number(renderMs, 'f', 0) << " ms\n";
    out << "  six signed PDFs: " << pdfBytes << " bytes; draft " << draftBytes.size() << " bytes\n";
    out << "  package (AES-256-GCM, RSA + EC + sender): " << created.bytes.size() << " bytes, manifest "
        << created.manifestJson.size() << " bytes\n";
    out << "  create package:            " << QString::number(createMs, 'f', 1) << " ms\n";
    out << "  open package (RSA-OAEP):   " << QString::number(openRsaMs, 'f', 1) << " ms  ("
        << opened.checks.size() << " checks)\n";
    out << "  open package (ECDH P-256): " << QString::number(openEcMs, 'f', 1) << " ms\n";
    out << "  extract (once):            " << QString::number(extractMs, 'f', 1) << " ms\n";
    out << "  write receipt:             " << QString::number(receiptMs, 'f', 1) << " ms, " << receipt.size()
        << " bytes\n";
    out << "  check receipt (reopening): " << QString::number(checkMs, 'f', 1) << " ms\n";
    return 0;
}
