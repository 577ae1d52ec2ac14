#pragma once
// Runs every rule over a request. The database may be nullptr: the rules that depend on the
// requested State then report "unknown — verify", never a pass. Reentrant; never throws.

#include "Finding.h"

#include "model/Request.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mla::requirements {
class Database;
}

namespace mla::checks {

QList<Finding> runChecks(const Request& request, const requirements::Database* db);
bool hasBlocking(const QList<Finding>& findings);
// The ids of every rule, in the order they run.
QStringList ruleIds();

// The message of a finding: its key's text (QCoreApplication::translate, context "Checks"), with
// the arguments put in. English when no translator is installed.
QString messageText(const Finding& f);
// The untranslated English template of a message key ("" when the key is unknown).
QString messageTemplate(const QString& key);
// Every message key (for tests and translators).
QStringList messageKeys();

} // namespace mla::checks
