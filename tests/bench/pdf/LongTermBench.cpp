// pdf_longterm_bench [ROUNDS]: signing and verifying times of a six-page request with a PKCS#12
// identity and with a key on a SoftHSM2 token (RSA 2048), at B-B and at B-T with a local TSA
// (openssl ts -reply behind tests/core/pdf/tsa_server.py on 127.0.0.1), and at B-LT. Median of
// ROUNDS (default 9). Prints figures; asserts nothing.
#include "PdfTestSupport.h"
#include "TestPki.h"

#include "pdf/Signer.h"
#include "pdf/Token.h"
#include "pdf/Verifier.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace mla;
using namespace mla::test;

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

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 9;
    QTextStream out(stdout);

    const PkiCert ca = makeCa(QStringLiteral("Bench CA"));
    LeafOptions o;
    o.name = QStringLiteral("Bench Signer");
    const PkiCert signer = issue(ca, o);
    Result<pdf::Identity> p12 =
        pdf::loadIdentityFromBytes(makeP12(signer, {ca}, "bench"), "bench", QStringLiteral("bench.p12"));
    SoftHsm hsm(scratch(QStringLiteral("softhsm")));
    if (!p12 || !hsm.addToken(QStringLiteral("bench"), "123456") ||
        !hsm.import(QStringLiteral("bench"), "123456", signer, QStringLiteral("sign"),
                    QStringLiteral("01")) ||
        !hsm.import(QStringLiteral("bench"), "123456", ca, QStringLiteral("ca"), QStringLiteral("02"),
                    true)) {
        out << "setup failed: " << hsm.lastOutput << '\n';
        return 1;
    }
    pdf::TokenSelection sel;
    sel.module = QString::fromLatin1(SoftHsm::module);
    sel.tokenLabel = QStringLiteral("bench");
    const pdf::PinProvider pin = [](const pdf::TokenInfo&) -> Result<QByteArray> {
        return QByteArray("123456");
    };
    QElapsedTimer loginTimer;
    loginTimer.start();
    Result<pdf::Identity> token = pdf::loadTokenIdentity(sel, pin);
    const double loginMs = double(loginTimer.nsecsElapsed()) / 1e6;
    if (!token) {
        out << "token: " << token.error().toString() << '\n';
        return 1;
    }
    LocalTsa tsa(scratch(QStringLiteral("tsa")));
    if (!tsa.running()) {
        out << "the local TSA did not start\n";
        return 1;
    }

    const QByteArray request = makeTextPdf(6);
    out << "six-page request, " << request.size() << " bytes, RSA 2048, median of " << rounds << " rounds\n";
    out << QStringLiteral("token: load module, find certificate, log in: %1 ms\n").arg(loginMs, 0, 'f', 1);
    const QList<QByteArray> trust{ca.certPem(), tsa.ca().certPem()}; // the signer's and the TSA's roots
    struct Level
    {
        const char* name;
        pdf::SignatureLevel level;
    };
    for (const Level& level :
         {Level{"B-B", pdf::SignatureLevel::BB}, Level{"B-T", pdf::SignatureLevel::BT},
          Level{"B-LT", pdf::SignatureLevel::BLT}, Level{"B-LTA", pdf::SignatureLevel::BLTA}}) {
        pdf::SignOptions options;
        options.level = level.level;
        options.timestamp.url = tsa.url();
        options.crls = {makeCrl(ca, {}), makeCrl(tsa.ca(), {})};
        for (const auto& [idName, id] :
             {std::pair<const char*, const pdf::Identity*>{"PKCS#12", &p12.value()},
              std::pair<const char*, const pdf::Identity*>{"PKCS#11", &token.value()}}) {
            QByteArray signedPdf;
            const double signMs = medianMs(rounds, [&] {
                Result<QByteArray> r = pdf::signPdf(request, *id, options);
                if (r)
                    signedPdf = r.value();
            });
            if (signedPdf.isEmpty()) {
                out << idName << ' ' << level.name << ": signing failed\n";
                continue;
            }
            const double verifyMs = medianMs(rounds, [&] { (void)pdf::verifyPdf(signedPdf, trust); });
            const Result<pdf::VerifyReport> report = pdf::verifyPdf(signedPdf, trust);
            const QString verdict =
                !report ? QStringLiteral("verify error")
                : report.value().signatures.isEmpty()
                    ? QStringLiteral("no signature")
                    : QStringLiteral("%1, level %2")
                              .arg(report.value().allValid() ? QStringLiteral("valid")
                                                             : QStringLiteral("NOT valid"),
                                   report.value().signatures.first().level) +
                          (report.value().allValid()
                               ? QString()
                               : QStringLiteral(": ") + (report.value().signatures.first().problems +
                                                         report.value().documentProblems)
                                                            .join(QStringLiteral("; ")));
            out << QStringLiteral("%1 %2: sign %3 ms, verify %4 ms, %5 bytes (verify says: %6)\n")
                       .arg(QString::fromLatin1(idName), QString::fromLatin1(level.name))
                       .arg(signMs, 0, 'f', 1)
                       .arg(verifyMs, 0, 'f', 1)
                       .arg(signedPdf.size())
                       .arg(verdict);
        }
    }
    out << "(B-T and B-LT include two exchanges with the local TSA: one sizes the placeholder)\n";
    return 0;
}
