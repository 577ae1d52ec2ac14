// Hostile and broken PDFs: every file under tests/data/pdf/hostile gives a clear error or an
// invalid verdict, never a crash. Adding a case is adding a file.
#include "PdfTestSupport.h"
#include "TestSupport.h"

#include "pdf/Signer.h"
#include "pdf/Verifier.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTimeZone>

using namespace mla;
using namespace mla::test;

TEST_CASE("hostile PDFs are never valid and never crash verify or sign", "[pdf][hostile]")
{
    const QDir dir(dataPath(QStringLiteral("pdf/hostile")));
    const QStringList files = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 8);
    for (const QString& name : files) {
        INFO(name.toStdString());
        const QByteArray bytes = readAll(dir.filePath(name));
        Result<pdf::VerifyReport> report = pdf::verifyPdf(bytes, bothCas(), name);
        if (report.ok()) {
            INFO(report.value().toText().toStdString());
            CHECK(!report.value().allValid());
        } else {
            CHECK(report.error().code == QLatin1String("pdf.verify.read"));
            CHECK(!report.error().detail.isEmpty());
            CHECK(report.error().file == name);
        }
        pdf::SignOptions options;
        options.invisible = true;
        Result<QByteArray> signedPdf = pdf::signPdf(bytes, signerIdentity().identity, options, name);
        if (!signedPdf.ok())
            CHECK(signedPdf.error().code.startsWith(QLatin1String("pdf.sign.")));
    }
}

TEST_CASE("a file that is not a PDF is unreadable, not invalid", "[pdf][hostile]")
{
    Result<pdf::VerifyReport> report =
        pdf::verifyPdf(QByteArray("hello, this is plain text\n"), {}, QStringLiteral("x.pdf"));
    REQUIRE(!report.ok());
    CHECK(report.error().code == QLatin1String("pdf.verify.read"));
    Result<pdf::VerifyReport> missing = pdf::verify(scratch(QStringLiteral("missing.pdf")), {});
    REQUIRE(!missing.ok());
}

TEST_CASE("every forged request of the corpus is not valid, for the reason it was forged",
          "[pdf][hostile][forgery]")
{
    // tests/data/pdf/forged: made by ForgeryTest (MLAWRITER_WRITE_FORGERIES), with the CA
    // certificates that signed them (trust.pem) and the reason each must give (expected.tsv). They
    // are checked on the day they were made, so that only the forgery can make them invalid.
    const QDir dir(dataPath(QStringLiteral("pdf/forged")));
    const QByteArray trust = readAll(dir.filePath(QStringLiteral("trust.pem")));
    REQUIRE(!trust.isEmpty());
    pdf::VerifyOptions options;
    options.now = QDateTime(QDate(2026, 12, 2), QTime(12, 0), QTimeZone::utc());
    const QList<QByteArray> lines = readAll(dir.filePath(QStringLiteral("expected.tsv"))).split('\n');
    int checked = 0;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() != 2)
            continue;
        const QString name = QString::fromUtf8(parts.at(0)) + QStringLiteral(".pdf");
        INFO(name.toStdString());
        Result<pdf::VerifyReport> report =
            pdf::verifyPdf(readAll(dir.filePath(name)), {trust}, name, options);
        REQUIRE(report.ok());
        INFO(report.value().toText().toStdString());
        CHECK(!report.value().allValid());
        QStringList all = report.value().documentProblems;
        for (const pdf::SignatureCheck& s : report.value().signatures)
            all << s.problems;
        CHECK(all.join(u'\n').contains(QString::fromUtf8(parts.at(1))));
        ++checked;
    }
    CHECK(checked >= 14);
}
