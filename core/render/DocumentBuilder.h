#pragma once
// Turns a Request into the paragraphs of the request document, following the layout and the
// output language's fixed text (TemplateSet). Free text is printed in its translation for the
// output language, or as the original clearly marked as untranslated. Reentrant.

#include "Block.h"
#include "PageComposer.h"
#include "RenderContext.h"
#include "TemplateSet.h"
#include "model/Request.h"

#include <QList>
#include <QStringList>

namespace mla::render {

struct BuiltDocument
{
    QList<Block> blocks;
    PageDecoration decoration;
    QString title;   // document title (metadata)
    QString subject; // metadata
    QString author;  // metadata: the requesting authority
    QStringList untranslatedFields;
};

class DocumentBuilder
{
public:
    DocumentBuilder(const Request& request, const RenderContext& context, const TemplateSet& templates);
    BuiltDocument build();

private:
    struct Impl;
    const Request& m_request;
    const RenderContext& m_context;
    const TemplateSet& m_templates;
};

} // namespace mla::render
