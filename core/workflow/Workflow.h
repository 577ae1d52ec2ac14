#pragma once
// The steps that combine several core libraries, shared by the command line and the window:
// the render context looked up in the requirements database, and "render for signing" — run
// the checks, refuse while a blocking finding remains, render without the DRAFT watermark and
// sign in the document's signature block. Reentrant; never throws.

#include "base/Error.h"
#include "checks/Finding.h"
#include "model/Request.h"
#include "pdf/Identity.h"
#include "pdf/SignOptions.h"
#include "render/RenderContext.h"
#include "render/RenderResult.h"

#include <QList>
#include <QString>

namespace mla::requirements {
class Database;
}

namespace mla::workflow {

// State names in `lang` and the requested State's central authority from `db` (which may be
// nullptr: the ISO codes are printed and the addressee is left as a visible gap).
render::RenderContext renderContext(const Request& request, const QString& lang,
                                    const requirements::Database* db);

struct SignedRender
{
    render::RenderResult render;
    QList<checks::Finding> findings; // all findings (none blocking when signing succeeded)
};

// Runs the checks for the request rendered in `lang`; when any finding is blocking returns an
// Error with code "workflow.blocking" listing them (and writes nothing). Otherwise renders to
// `outPath` without the watermark and signs it in place with a visible appearance in the
// signature block (or invisible when options.invisible).
Result<SignedRender> renderAndSign(const Request& request, const QString& lang, const QString& outPath,
                                   const pdf::Identity& identity, pdf::SignOptions options,
                                   const requirements::Database* db,
                                   render::PaperSize paper = render::PaperSize::A4);

// The blocking findings of `findings`, one line each, as the CLI prints them.
QString describeBlocking(const QList<checks::Finding>& findings);

} // namespace mla::workflow
