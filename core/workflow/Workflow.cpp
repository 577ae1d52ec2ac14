#include "Workflow.h"

#include "checks/Checker.h"
#include "pdf/Signer.h"
#include "render/Renderer.h"
#include "requirements/Database.h"

#include <QDate>
#include <QFile>

namespace mla::workflow {

render::RenderContext renderContext(const Request& request, const QString& lang,
                                    const requirements::Database* db)
{
    render::RenderContext ctx;
    ctx.language = lang;
    ctx.date = QDate::currentDate();
    ctx.requestingStateName = request.requestingState;
    ctx.requestedStateName = request.requestedState;
    if (!db)
        return ctx;
    if (const QString n = db->stateName(request.requestingState, lang); !n.isEmpty())
        ctx.requestingStateName = n;
    if (const QString n = db->stateName(request.requestedState, lang); !n.isEmpty())
        ctx.requestedStateName = n;
    if (const auto state = db->state(request.requestedState)) {
        ctx.centralAuthorityName = state->centralAuthority.name;
        ctx.centralAuthorityAddress = state->centralAuthority.address;
        const auto& p = state->centralAuthority.provenance;
        ctx.maxFactAgeYears = requirements::maxFactAgeYears();
        ctx.centralAuthoritySourceDate = p.sourceDate;
        ctx.centralAuthorityOutdated =
            p.known() && p.possiblyOutdated(QDate::currentDate(), ctx.maxFactAgeYears);
    }
    return ctx;
}

QString describeBlocking(const QList<checks::Finding>& findings)
{
    QStringList lines;
    for (const auto& f : findings) {
        if (f.severity != checks::Severity::Blocking)
            continue;
        QString line = QStringLiteral("  blocking");
        if (!f.article.isEmpty())
            line += QStringLiteral(" [") + f.article + u']';
        if (!f.path.isEmpty())
            line += u' ' + f.path + u':';
        line += u' ' + checks::messageText(f);
        lines << line;
    }
    return lines.join(u'\n');
}

Result<SignedRender> renderAndSign(const Request& request, const QString& lang, const QString& outPath,
                                   const pdf::Identity& identity, pdf::SignOptions options,
                                   const requirements::Database* db, render::PaperSize paper)
{
    // The checks judge the request as it will be sent: in the language being signed.
    Request asSent = request;
    asSent.outputLanguage = lang;
    SignedRender out;
    out.findings = checks::runChecks(asSent, db);
    if (checks::hasBlocking(out.findings))
        return Error{QStringLiteral("workflow.blocking"),
                     QStringLiteral("not signed: blocking findings remain\n") +
                         describeBlocking(out.findings),
                     outPath, 0, 0};

    render::RenderContext ctx = renderContext(asSent, lang, db);
    ctx.draftWatermark = false;
    ctx.paper = paper;
    auto rendered = render::renderPdf(asSent, ctx, outPath);
    if (!rendered)
        return rendered.error();
    out.render = rendered.value();

    if (!options.invisible && !options.appearance && out.render.signaturePage >= 0) {
        pdf::SignatureAppearance a;
        a.pageIndex = out.render.signaturePage;
        a.rect = out.render.signatureRect;
        a.name = request.signatory.name;
        a.function = request.signatory.function;
        a.place = request.signatory.place;
        options.appearance = a;
    }
    if (options.location.isEmpty())
        options.location = request.signatory.place;
    if (Status s = pdf::sign(outPath, outPath, identity, options); !s) {
        QFile::remove(outPath); // never leave an unsigned "for signing" document behind
        return s.error();
    }
    return out;
}

} // namespace mla::workflow
