#pragma once
// The essential information of a request under article 18(15) (and what a requested State
// needs to act on each measure, from MeasureSchema) that is still missing, per wizard page.
// This is what the wizard tells the drafter before moving on; the full rule set with the
// requested State's requirements is core/checks. Pure functions.

#include "FindingItem.h"
#include "model/Request.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace mla::gui {

struct MissingItem
{
    QString path;    // field path, e.g. "proceedings.subject"
    QString label;   // translated name of the field, e.g. "Subject matter and nature"
    QString article; // e.g. "18(15)(b)"
    bool operator==(const MissingItem&) const = default;
};

class MissingInfo
{
    Q_DECLARE_TR_FUNCTIONS(MissingInfo)
public:
    // Everything missing, in wizard order, and what could not be read: measure dates that are
    // not dates, and `unreadable` (DraftSession::unreadable: what was typed, by field path).
    static QList<MissingItem> all(const Request& request, const QMap<QString, QString>& unreadable = {});
    // What is missing on page `pageId`.
    static QList<MissingItem> forPage(const Request& request, const QString& pageId,
                                      const QMap<QString, QString>& unreadable = {});
    // The wizard page that edits `path` ("state", "authority", …); "checks" when unknown.
    static QString pageForPath(const QString& path);
    // One translated line per item: "Label — article 18(15)(b)".
    static QString describe(const MissingItem& item);
    static FindingItem toFinding(const MissingItem& item);
};

} // namespace mla::gui
