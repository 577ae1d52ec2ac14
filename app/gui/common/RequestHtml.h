#pragma once
// A read-only HTML view of a request, section by section (anchors named by section id), for the
// reviewer. Everything from the draft is escaped: a draft is hostile input. Pure function.

#include "model/Request.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace mla::gui {

class Knowledge;

class RequestHtml
{
    Q_DECLARE_TR_FUNCTIONS(RequestHtml)
public:
    // The review sections: id (a field path prefix, see MissingInfo::pageForPath) and title.
    static QList<QPair<QString, QString>> sections();
    static QString toHtml(const Request& request, const Knowledge* knowledge, const QString& language);
};

} // namespace mla::gui
