#pragma once
// What the application knows about States and conduct, for the windows: State names in the
// six languages, a requirements summary, ICCS search, suggested notes, and the checks. The one
// place where core/requirements and core/checks connect to the GUI. Unknown is a visible
// answer, never a guess. Not thread-safe; owned by the MainWindow, borrowed by the pages.

#include "FindingItem.h"
#include "model/Request.h"
#include "render/RenderContext.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <memory>

namespace mla::gui {

struct StateEntry
{
    QString iso3;
    QMap<QString, QString> names; // UN language code → name
};

struct IccsEntry
{
    QString code;
    QString name;
};

// Text the drafter may put in the request, from what the database records of the requested
// State; each with the record it rests on. Empty text: the database does not know.
struct Suggestions
{
    QString useLimitation;
    QString useLimitationBasis;
    QString dualCriminality;
    QString dualCriminalityBasis;
    QString reciprocity;
    QString reciprocityBasis;
    QString confidentiality;
    QString confidentialityBasis;
};

class Knowledge
{
    Q_DECLARE_TR_FUNCTIONS(Knowledge)

public:
    Knowledge();
    ~Knowledge();
    Knowledge(const Knowledge&) = delete;
    Knowledge& operator=(const Knowledge&) = delete;

    // Whether the requirements database could be opened (false: names and summaries unknown).
    // The database is opened on first use, so that the start page shows at once.
    bool isAvailable() const;
    QString errorText() const; // why it could not be opened
    QList<StateEntry> states() const;
    // The State's name in `language`, else in English, else the code itself.
    QString stateName(const QString& iso3, const QString& language) const;
    // States whose name in any language, or whose code, contains `text` (case-insensitive).
    QList<StateEntry> searchStates(const QString& text) const;
    // HTML summary of what the database knows about the State; unknowns marked.
    QString requirementsHtml(const QString& iso3, const QString& language) const;
    QList<IccsEntry> searchIccs(const QString& text, const QString& language, int limit = 50) const;
    QString iccsName(const QString& code, const QString& language) const;
    Suggestions suggestions(const Request& request) const;
    // What the renderer needs from the database: State names in the output language and the
    // requested State's central authority.
    render::RenderContext renderContext(const Request& request) const;
    // Findings of core/checks for `request` (empty when checks are unavailable).
    QList<FindingItem> checks(const Request& request) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_d;
};

} // namespace mla::gui
