// render_bench [SAMPLES_DIR]: renders the largest sample draft in the six UN languages and prints
// wall time and peak memory, side by side with the floor — Qt's own QTextDocument → QPdfWriter
// on the same text (what our PDFs read back as) in the same process, same fonts — and the ratio
// (after one untimed warm-up round of each, so that font loading counts for neither); then, when LibreOffice
// is installed, converts the same text (as read back from our PDFs) with "soffice --headless --convert-to
// pdf" and prints its figures and the ratio. Without soffice that half is skipped.
#include "draft/DraftFile.h"
#include "model/Vocabulary.h"
#include "render/FontSet.h"
#include "render/PdfText.h"
#include "render/Renderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMap>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextOption>
#include <QTextStream>

#include <sys/resource.h>

namespace {

long peakKiB(int who)
{
    rusage u{};
    getrusage(who, &u);
    return u.ru_maxrss; // KiB on Linux
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QString samples = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                     : QStringLiteral(MLAWRITER_SOURCE_DIR "/templates/samples");
    QFileInfoList files = QDir(samples).entryInfoList({QStringLiteral("*.mlar")}, QDir::Files, QDir::Size);
    if (files.isEmpty()) {
        out << "render_bench: no *.mlar in " << samples << "\n";
        return 2;
    }
    const QString draftPath = files.first().absoluteFilePath(); // largest first
    auto request = mla::draft::DraftFile::read(draftPath);
    if (!request) {
        out << request.error().toString() << "\n";
        return 2;
    }
    QTemporaryDir dir;
    const long before = peakKiB(RUSAGE_SELF);
    QElapsedTimer timer;
    int pages = 0;
    for (int round = 0; round < 2; ++round) {
        pages = 0;
        timer.start();
        for (const QString& lang : mla::unLanguages()) {
            mla::render::RenderContext ctx;
            ctx.language = lang;
            ctx.requestingStateName = request.value().requestingState;
            ctx.requestedStateName = request.value().requestedState;
            ctx.date = QDate(2025, 1, 15);
            auto r =
                mla::render::renderPdf(request.value(), ctx, dir.filePath(lang + QStringLiteral(".pdf")));
            if (!r) {
                out << r.error().toString() << "\n";
                return 1;
            }
            pages += r.value().pageCount;
        }
    }
    const double ours = timer.elapsed() / 1000.0;
    const long oursPeak = peakKiB(RUSAGE_SELF);
    out << "sample: " << QFileInfo(draftPath).fileName() << " (" << files.first().size() << " bytes)\n";
    out << QStringLiteral(
               "mlawriter render, 6 languages, %1 pages: %2 s, peak RSS %3 MiB (%4 MiB before rendering)\n")
               .arg(pages)
               .arg(ours, 0, 'f', 2)
               .arg(oursPeak / 1024.0, 0, 'f', 1)
               .arg(before / 1024.0, 0, 'f', 1);

    // The floor: the same text through QTextDocument and QPdfWriter, nothing else.
    QMap<QString, QString> texts;
    for (const QString& lang : mla::unLanguages())
        if (auto text = mla::render::PdfText::pages(dir.filePath(lang + QStringLiteral(".pdf"))))
            texts.insert(lang, text.value().join(QStringLiteral("\n")));
    double floor = 0;
    for (int round = 0; round < 2; ++round) {
        timer.restart();
        for (const QString& lang : mla::unLanguages()) {
            QTextDocument doc;
            doc.setDefaultFont(mla::render::FontSet::font(lang, 10.5));
            QTextOption option = doc.defaultTextOption();
            option.setTextDirection(lang == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
            doc.setDefaultTextOption(option);
            doc.setPlainText(texts.value(lang));
            QPdfWriter writer(dir.filePath(QStringLiteral("floor-") + lang + QStringLiteral(".pdf")));
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(300);
            doc.print(&writer);
        }
        floor = timer.elapsed() / 1000.0;
    }
    out << QStringLiteral("floor: QTextDocument -> QPdfWriter, same text, 6 languages: %1 s\n")
               .arg(floor, 0, 'f', 2);
    out << QStringLiteral("ratio full pipeline / floor: %1x (aim: at most 1.5x)\n")
               .arg(floor > 0 ? ours / floor : 0, 0, 'f', 2);

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        out << "soffice: not installed, comparison skipped (apt-get install -y libreoffice-writer-nogui)\n";
        return 0;
    }
    // The same text: what our PDFs read back as, one plain-text file per language.
    QStringList inputs;
    for (const QString& lang : mla::unLanguages()) {
        auto text = mla::render::PdfText::pages(dir.filePath(lang + QStringLiteral(".pdf")));
        if (!text)
            continue;
        const QString txt = dir.filePath(QStringLiteral("lo-") + lang + QStringLiteral(".txt"));
        QFile f(txt);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.value().join(QStringLiteral("\n")).toUtf8());
        inputs << txt;
    }
    const QString loOut = dir.filePath(QStringLiteral("lo"));
    QDir().mkpath(loOut);
    QProcess p;
    p.setProgram(soffice);
    p.setArguments(
        QStringList{QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                    QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                    QStringLiteral("--outdir"), loOut} +
        inputs);
    timer.restart();
    p.start();
    p.waitForFinished(600000);
    const double lo = timer.elapsed() / 1000.0;
    const long loPeak = peakKiB(RUSAGE_CHILDREN);
    const int produced = int(QDir(loOut).entryList({QStringLiteral("*.pdf")}).size());
    out << QStringLiteral("soffice --headless --convert-to pdf, %1 files: %2 s, peak RSS %3 MiB\n")
               .arg(produced)
               .arg(lo, 0, 'f', 2)
               .arg(loPeak / 1024.0, 0, 'f', 1);
    // How LibreOffice's text layer reads back: presentation forms and CJK radicals counted.
    int forbidden = 0;
    for (const QString& f : QDir(loOut).entryList({QStringLiteral("*.pdf")})) {
        auto text = mla::render::PdfText::pages(QDir(loOut).filePath(f));
        if (!text)
            continue;
        for (QChar c : text.value().join(QString())) {
            const char16_t u = c.unicode();
            if ((u >= 0xFB50 && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF) || (u >= 0x2E80 && u <= 0x2FDF))
                ++forbidden;
        }
    }
    out << "soffice text layer: " << forbidden << " presentation-form or radical character(s) read back\n";
    out << QStringLiteral("ratio soffice/mlawriter: time %1x, peak memory %2x\n")
               .arg(lo / std::max(ours, 0.001), 0, 'f', 2)
               .arg(double(loPeak) / std::max(1L, oursPeak), 0, 'f', 2);
    return 0;
}
