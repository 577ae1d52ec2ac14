#pragma once
// A finding of the checks: data, not text. The CLI prints it (messageText), the wizard jumps to
// its field path, the renderer refuses to sign while a Blocking one remains. Plain value type.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mla::checks {

enum class Severity
{
    Blocking, // the request cannot be signed or sent as it is
    Warning,  // likely to cause a return or refusal; review
    Info,     // shown for the record (what was checked and against what)
};

QString severityId(Severity s); // "blocking" | "warning" | "info"

struct Finding
{
    QString ruleId; // e.g. "completeness"
    Severity severity = Severity::Info;
    QString article;    // e.g. "18(15)(c)", "art. 3", "" when none
    QString path;       // field path as documented in core/model/Request.h, e.g. "summaryOfFacts"
    QString messageKey; // e.g. "completeness.facts"; English text in Messages.cpp, context "Checks"
    QStringList args;   // %1..%n of the message
    QString source;     // what the finding rests on: the Convention article or the database record's source
    // For a finding that something is unknown: the database record that would settle it, e.g.
    // "dual-criminality record of BRA", and, when the database holds the requested State's
    // central authority, who to ask (name, with the record's source and date). Empty otherwise.
    QString settle;
    QString askAuthority;
    // The same record as data, for the windows that open the editor at it: its kind
    // (core/requirements/README.md, e.g. "dual-criminality") and State (ISO alpha-3).
    QString settleKind;
    QString settleState;

    bool operator==(const Finding&) const = default;
};

// For the CLI's --json and for tools: rule, severity, article, path, key, args, source, message.
QJsonObject toJson(const Finding& f);

} // namespace mla::checks
