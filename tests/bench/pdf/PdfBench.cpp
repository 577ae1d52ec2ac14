// pdf_bench [ROUNDS]: signing and verification times for a six-page request (median of ROUNDS,
// default 15). Prints figures; asserts nothing.
#include "pdf/DemoIdentity.h"
#include "pdf/Identity.h"
#include "pdf/Signer.h"
#include "pdf/Verifier.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

QByteArray sixPageRequest()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("Noto Sans"), 11));
    for (int page = 0; page < 6; ++page) {
        if (page > 0)
            writer.newPage();
        for (int line = 0; line < 40; ++line)
            painter.drawText(
                QPointF(72, 72 + line * 17),
                QStringLiteral("Page %1, line %2: request for mutual legal assistance, article 18.")
                    .arg(page + 1)
                    .arg(line + 1));
    }
    painter.end();
    return buffer.data();
}

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

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 15;
    QTextStream out(stdout);
    using namespace mla;

    const QByteArray password("bench");
    const auto demo = pdf::createDemoIdentity(password);
    const auto reviewerDemo = pdf::createDemoIdentity(password);
    if (!demo || !reviewerDemo) {
        out << "cannot create the demo identities\n";
        return 1;
    }
    const pdf::Identity identity =
        pdf::loadIdentityFromBytes(demo.value().p12, password, QStringLiteral("bench")).value();
    const pdf::Identity reviewer =
        pdf::loadIdentityFromBytes(reviewerDemo.value().p12, password, QStringLiteral("bench")).value();
    const QList<QByteArray> trust{demo.value().caPem, reviewerDemo.value().caPem};
    const QByteArray request = sixPageRequest();

    QByteArray signedPdf, countersigned;
    const double signVisible =
        medianMs(rounds, [&] { signedPdf = pdf::signPdf(request, identity, {}).value(); });
    pdf::SignOptions invisible;
    invisible.invisible = true;
    const double signInvisible = medianMs(rounds, [&] { (void)pdf::signPdf(request, identity, invisible); });
    const double countersign =
        medianMs(rounds, [&] { countersigned = pdf::signPdf(signedPdf, reviewer, {}).value(); });
    bool valid = true;
    const double verifyOne =
        medianMs(rounds, [&] { valid &= pdf::verifyPdf(signedPdf, trust).value().allValid(); });
    const double verifyTwo =
        medianMs(rounds, [&] { valid &= pdf::verifyPdf(countersigned, trust).value().allValid(); });
    const double loadP12 = medianMs(
        rounds, [&] { (void)pdf::loadIdentityFromBytes(demo.value().p12, password, QStringLiteral("b")); });

    out << "six-page request: " << request.size() << " bytes, signed " << signedPdf.size()
        << " bytes, countersigned " << countersigned.size() << " bytes (median of " << rounds << " rounds)\n";
    out << "load PKCS#12 identity:            " << QString::number(loadP12, 'f', 2) << " ms\n";
    out << "sign (visible appearance):        " << QString::number(signVisible, 'f', 2) << " ms\n";
    out << "sign (invisible):                 " << QString::number(signInvisible, 'f', 2) << " ms\n";
    out << "countersign:                      " << QString::number(countersign, 'f', 2) << " ms\n";
    out << "verify (one signature):           " << QString::number(verifyOne, 'f', 2) << " ms\n";
    out << "verify (signature + countersign): " << QString::number(verifyTwo, 'f', 2) << " ms\n";
    out << (valid ? "all verifications valid\n" : "SOME VERIFICATIONS FAILED\n");
    return valid ? 0 : 1;
}
