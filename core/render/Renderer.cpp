#include "Renderer.h"

#include "DocumentBuilder.h"
#include "FontSet.h"
#include "IsoCodes.h"
#include "Languages.h"
#include "OdtWriter.h"
#include "PageComposer.h"
#include "PdfFinisher.h"
#include "TemplateSet.h"
#include "draft/DraftFile.h"
#include "model/Vocabulary.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace mla::render {

namespace {

// The context with State names from iso-codes where the language has no UN names.
RenderContext prepared(const Request& request, const RenderContext& given)
{
    RenderContext ctx = given;
    // Outside the six UN languages there is no UN name source: State names come from iso-codes
    // (ISO 3166 names as its translators render them), and the document says so.
    if (!isUnLanguage(ctx.language)) {
        auto isoName = [&](const QString& code, QString* name) {
            if (!name->isEmpty() && *name != code)
                return;
            const QString n = isoCountryName(code, ctx.language).name;
            if (!n.isEmpty()) {
                *name = n;
                ctx.stateNamesFromIsoCodes = true;
            }
        };
        isoName(request.requestingState, &ctx.requestingStateName);
        isoName(request.requestedState, &ctx.requestedStateName);
    }
    return ctx;
}

} // namespace

Result<RenderResult> renderOdt(const Request& request, const RenderContext& given, const QString& outPath)
{
    const RenderContext ctx = prepared(request, given);
    auto templates = TemplateSet::load(ctx.language, ctx.templateDir);
    if (!templates)
        return templates.error();
    if (Status s = FontSet::check(FontSet::familiesFor(ctx.language)); !s)
        return s.error();
    DocumentBuilder builder(request, ctx, templates.value());
    BuiltDocument doc = builder.build();
    const QString notice = templates.value().text(QStringLiteral("notice.editableCopy"));
    if (!templates.value().missingUnits().isEmpty())
        return Error{QStringLiteral("template.missing"),
                     QStringLiteral("the %1 language file lacks units: %2")
                         .arg(ctx.language, templates.value().missingUnits().join(QStringLiteral(", "))),
                     {},
                     0,
                     0};
    QList<Block> blocks = doc.blocks;
    if (!doc.decoration.footerNotice.isEmpty()) {
        Block n;
        n.text = doc.decoration.footerNotice;
        n.fontSize = 8;
        n.muted = true;
        n.rightToLeft = isRightToLeft(ctx.language);
        blocks.append(n);
    }
    if (Status s = writeOdt(blocks, ctx.language, doc.title, notice, outPath); !s)
        return s.error();
    RenderResult result;
    result.awaitsTranslatorReview = templates.value().awaitsReview();
    result.untranslatedFields = doc.untranslatedFields;
    return result;
}

Result<RenderResult> renderPdf(const Request& request, const RenderContext& given, const QString& outPath)
{
    const RenderContext ctx = prepared(request, given);
    auto templates = TemplateSet::load(ctx.language, ctx.templateDir);
    if (!templates)
        return templates.error();
    if (Status s = FontSet::check(FontSet::familiesFor(ctx.language)); !s)
        return s.error();

    DocumentBuilder builder(request, ctx, templates.value());
    BuiltDocument doc = builder.build();
    if (!templates.value().missingUnits().isEmpty())
        return Error{QStringLiteral("template.missing"),
                     QStringLiteral("the %1 language file lacks units: %2")
                         .arg(ctx.language, templates.value().missingUnits().join(QStringLiteral(", "))),
                     {},
                     0,
                     0};

    // Qt writes next to the target; the finisher then replaces the target atomically.
    const QFileInfo target(outPath);
    QTemporaryFile raw(QDir(target.absolutePath()).filePath(QStringLiteral(".mlawriter-XXXXXX.pdf")));
    if (!raw.open())
        return Error{
            QStringLiteral("render.write"),
            QStringLiteral("cannot create a file in %1: %2").arg(target.absolutePath(), raw.errorString()),
            outPath, 0, 0};
    raw.close();

    PageComposer composer(ctx.language, ctx.paper);
    auto composed = composer.compose(doc.blocks, doc.decoration, doc.title, raw.fileName());
    if (!composed)
        return composed.error();

    FinishInfo info;
    info.language = ctx.language;
    info.title = doc.title;
    info.author = doc.author;
    info.subject = doc.subject;
    info.keywords = QStringLiteral("UNTOC article 18; mutual legal assistance");
    info.outline = composed.value().result.outline;
    info.glyphs = composed.value().glyphs;
    info.producer = QStringLiteral("mlawriter " MLAWRITER_VERSION);
    info.sourceDraft = draft::DraftFile::serialize(request);
    info.draftId = request.id;
    info.draftCreated = request.created;
    info.draftModified = request.modified;
    info.draft = ctx.draftWatermark;
    info.untranslated = int(doc.untranslatedFields.size());
    // the visible gaps: every occurrence of a gap text in the document's paragraphs
    QStringList gapTexts;
    for (const char* unit : {"gap.unknown", "addr.gap"})
        // only units the document printed (text() would count an unprinted one as used)
        if (templates.value().usedUnits().contains(QLatin1String(unit)))
            if (const QString g = templates.value().text(QLatin1String(unit)); !g.isEmpty())
                gapTexts << g;
    for (const Block& b : std::as_const(doc.blocks))
        for (const QString& g : std::as_const(gapTexts))
            info.openGaps += int(b.text.count(g));
    if (Status s = PdfFinisher::finish(raw.fileName(), outPath, info); !s)
        return s.error();

    RenderResult result = composed.value().result;
    result.awaitsTranslatorReview = templates.value().awaitsReview();
    result.untranslatedFields = doc.untranslatedFields;
    for (const QString& unit : templates.value().usedUnits())
        // the watermark is drawn as outlines; the signature heading is an outline title only
        if (unit != QLatin1String("watermark.draft") && unit != QLatin1String("sec.signature"))
            for (const QString& f : templates.value().fragments(unit))
                if (!result.fixedTextFragments.contains(f))
                    result.fixedTextFragments << f;
    return result;
}

} // namespace mla::render
