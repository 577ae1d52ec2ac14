// render --format odt: the same document as OpenDocument text, marked as an editable copy in
// the output language; LibreOffice opens it (converted headless to PDF, its text holds the
// request's sections) when soffice is installed.
#include "SampleRequest.h"
#include "TestSupport.h"
#include "render/PdfText.h"
#include "render/Renderer.h"
#include "render/TemplateSet.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace mla;
using namespace mla::render;

namespace {

QString run(const QString& program, const QStringList& args, int* exitCode = nullptr, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("the editable copy is OpenDocument text with every section, marked as not the signed original",
          "[render][odt]")
{
    QTemporaryDir dir;
    for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("de")}) {
        const QString path = dir.filePath(lang + QStringLiteral(".odt"));
        auto res = renderOdt(test::sampleRequest(), test::sampleContext(lang), path);
        INFO(lang.toStdString() << ": " << (res.ok() ? QString() : res.error().toString()).toStdString());
        REQUIRE(res.ok());
        const QByteArray bytes = test::readAll(path);
        REQUIRE(bytes.startsWith("PK"));
        CHECK(bytes.contains("application/vnd.oasis.opendocument.text"));
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
            WARN("unzip not installed: content.xml not inspected");
            continue;
        }
        const QString content =
            run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        auto t = TemplateSet::load(lang);
        REQUIRE(t.ok());
        CHECK(content.count(t.value().text(QStringLiteral("notice.editableCopy")).toHtmlEscaped()) == 2);
        for (const char* unit : {"sec.authority", "sec.proceedings", "sec.assistance", "sec.legalBasis"})
            CHECK(content.contains(t.value().text(QString::fromLatin1(unit)).toHtmlEscaped()));
    }
}

TEST_CASE("LibreOffice opens the editable copy", "[render][odt][soffice]")
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        WARN("soffice not installed (libreoffice-writer-nogui): the LibreOffice round trip is skipped");
        return;
    }
    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("es.odt"));
    REQUIRE(renderOdt(test::sampleRequest(), test::sampleContext(QStringLiteral("es")), odt).ok());
    int code = -1;
    run(soffice,
        {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
         QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
         QStringLiteral("--outdir"), dir.path(), odt},
        &code, 240000);
    CHECK(code == 0);
    const QString pdf = dir.filePath(QStringLiteral("es.pdf"));
    REQUIRE(QFile::exists(pdf));
    auto pages = PdfText::pages(pdf);
    REQUIRE(pages.ok());
    const QString text = PdfText::normalized(pages.value().join(u' '));
    auto t = TemplateSet::load(QStringLiteral("es"));
    for (const char* unit :
         {"notice.editableCopy", "sec.authority", "sec.proceedings", "sec.assistance", "sec.legalBasis"})
        CHECK(text.contains(PdfText::normalized(t.value().text(QString::fromLatin1(unit)))));
}
