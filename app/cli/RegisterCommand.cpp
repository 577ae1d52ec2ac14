// register add|list|show|event|next|stats|chaser|letter|report …: the case register from the
// command line (see README, "Case register"). Every subcommand takes --register URL.
// Exit 0: done; 1: the change was refused (an event out of order, a conflict with another
// user's change); 2: usage error, unreadable input, or a register that cannot be opened.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"

#include "checks/Checker.h"
#include "draft/DraftFile.h"
#include "incoming/Incoming.h"
#include "pdf/Password.h"
#include "register/CaseFromDraft.h"
#include "register/CaseJson.h"
#include "register/EventKind.h"
#include "register/Register.h"
#include "register/letters/CaseReport.h"
#include "register/letters/Letter.h"
#include "register/letters/StatisticsReport.h"
#include "requirements/Database.h"
#include "transmit/PackageFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace mla::cli {
namespace {

const char* const usage =
    "usage: mlawriter register SUBCOMMAND ... [--register URL]\n"
    "  add DRAFT [--incoming] [--ref R] [--handler H] [--json]\n"
    "  incoming PACKAGE|PDF --ref R [--handler H] [--p12 F --pass-file F] [--trust PEM] [--draft-out DRAFT]\n"
    "           [--date D] [--json]\n"
    "  list [--open|--overdue|--due-within DAYS|--no-next-action] [--status S] [--state ISO3] [--handler H]\n"
    "       [--direction outgoing|incoming] [--search TEXT] [--limit N] [--offset N] [--json]\n"
    "  show REF [--json]\n"
    "  event REF KIND [--date D] [--note N] [--channel C] [--ground a|b|c|d] [--reasons R] [--their-ref R]\n"
    "        [--measures T,T] [--next-date D --next WHAT] [--expect-version N]\n"
    "  next REF (--date D --what WHAT | --clear) [--expect-version N]\n"
    "  stats [--from D] [--to D] [--json|--csv] [--pdf FILE [--lang L]]\n"
    "  chaser REF --lang L --out PDF [--date D]\n"
    "  letter REF acknowledgement|information|refusal|postponement --lang L --out PDF [--date D] [--text T]\n"
    "  report REF --out DIR [--lessons TEXT]\n"
    "Event kinds: drafted submitted returned approved signed sent received acknowledged info-requested\n"
    "info-supplied partly-executed executed refused postponed consultation no-longer-required withdrawn\n"
    "closed chaser letter note. Dates are YYYY-MM-DD.\n";

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

bool parseDate(const QString& text, QDate* out, QTextStream& err, const char* option)
{
    if (text.isEmpty())
        return true;
    *out = QDate::fromString(text, Qt::ISODate);
    if (!out->isValid() || text.size() != 10) {
        err << "mlawriter register: " << option << ": invalid date '" << text << "' (use YYYY-MM-DD)\n";
        return false;
    }
    return true;
}

// The reference date of the run: today, or --today for reproducible scripts and tests.
QDate today(const Args& a)
{
    const QDate d = QDate::fromString(a.value(QStringLiteral("--today")), Qt::ISODate);
    return d.isValid() ? d : QDate::currentDate();
}

int fail(QTextStream& err, const Error& e)
{
    err << e.toString() << "\n";
    if (e.code == QLatin1String("register.conflict") || e.code == QLatin1String("register.event") ||
        e.code == QLatin1String("register.exists") || e.code == QLatin1String("register.invalid") ||
        e.code == QLatin1String("letter.kind") || e.code.startsWith(QLatin1String("report.")))
        return Invalid;
    return BadInput;
}

Result<std::unique_ptr<reg::Register>> openRegister(const Args& a)
{
    return reg::Register::open(reg::RegisterUrl::choose(a.value(QStringLiteral("--register"))));
}

QStringList common(QStringList more)
{
    more << QStringLiteral("--register") << QStringLiteral("--today");
    return more;
}

// The version to check against: --expect-version, or the one just read.
bool expected(const Args& a, const reg::Case& c, int* out, QTextStream& err)
{
    if (!a.values.contains(QStringLiteral("--expect-version"))) {
        *out = c.version;
        return true;
    }
    bool ok = false;
    *out = a.value(QStringLiteral("--expect-version")).toInt(&ok);
    if (!ok || *out < 1) {
        err << "mlawriter register: --expect-version needs a positive number\n";
        return false;
    }
    return true;
}

void printCase(const reg::Case& c, const QDate& day, QTextStream& out, bool withLists = false)
{
    out << c.ourRef << "  " << c.direction << "  " << c.requestingState << "->" << c.requestedState << "  "
        << c.status;
    if (withLists)
        out << "  measures: " << (c.measures.isEmpty() ? QStringLiteral("-") : c.measures.join(u','))
            << "  ICCS: " << (c.iccs.isEmpty() ? QStringLiteral("-") : c.iccs.join(u','));
    if (c.nextActionDate.isValid())
        out << "  next " << c.nextActionDate.toString(Qt::ISODate) << (c.overdue(day) ? " (overdue)" : "")
            << ": " << c.nextAction;
    else if (c.open)
        out << "  no next action";
    out << "\n";
}

int addCmd(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(argList, common({QStringLiteral("--ref"), QStringLiteral("--handler")}),
                             {QStringLiteral("--incoming"), QStringLiteral("--json")}, 1, 1);
    if (!a.error.isEmpty()) {
        err << "mlawriter register add: " << a.error << "\n" << usage;
        return BadInput;
    }
    const QString file = a.positional.first();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err << file << ": cannot read: " << f.errorString() << "\n";
        return BadInput;
    }
    const QByteArray bytes = f.read(draft::DraftFile::maxBytes + 1);
    auto request = draft::DraftFile::parse(bytes, file);
    if (!request) {
        err << request.error().toString() << "\n";
        return BadInput;
    }
    reg::DraftOrigin origin;
    origin.path = file;
    origin.bytes = bytes;
    origin.direction =
        a.has(QStringLiteral("--incoming")) ? QStringLiteral("incoming") : QStringLiteral("outgoing");
    origin.ourRef = a.value(QStringLiteral("--ref"));
    origin.handler = a.value(QStringLiteral("--handler"));
    if (origin.direction == QLatin1String("incoming") && origin.ourRef.isEmpty()) {
        err << "mlawriter register add: an incoming request needs our own reference (--ref)\n";
        return BadInput;
    }
    reg::NewCase nc = reg::caseFromDraft(request.value(), origin);
    if (nc.data.ourRef.isEmpty()) {
        err << file << ": the draft has no reference; give one with --ref\n";
        return BadInput;
    }
    auto r = openRegister(a);
    if (!r)
        return fail(err, r.error());
    for (reg::Event& e : nc.events)
        if (e.kind == QLatin1String("received"))
            e.date = today(a);
    auto added = r.value()->addCase(nc);
    if (!added)
        return fail(err, added.error());
    if (a.has(QStringLiteral("--json")))
        out << json(reg::toJson(added.value(), today(a)));
    else
        out << "registered " << added.value().ourRef << " (" << added.value().status << ") in "
            << r.value()->url().display() << "\n";
    return Ok;
}

// incoming PACKAGE|PDF: an incoming case from a received request package (decrypted with --p12)
// or signed PDF carrying its draft; registered only when every check passed. The draft is
// written to --draft-out for the handler, and the checks are run on it as received.
int incomingCmd(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a =
        parseArgs(argList,
                  common({QStringLiteral("--ref"), QStringLiteral("--handler"), QStringLiteral("--p12"),
                          QStringLiteral("--pass-file"), QStringLiteral("--trust"),
                          QStringLiteral("--draft-out"), QStringLiteral("--date")}),
                  {QStringLiteral("--json")}, 1, 1);
    if (!a.error.isEmpty()) {
        err << "mlawriter register incoming: " << a.error << "\n" << usage;
        return BadInput;
    }
    incoming::IncomingOptions options;
    options.ourRef = a.value(QStringLiteral("--ref")).trimmed();
    options.handler = a.value(QStringLiteral("--handler"));
    options.received = today(a);
    if (!parseDate(a.value(QStringLiteral("--date")), &options.received, err, "--date"))
        return BadInput;
    if (options.ourRef.isEmpty()) {
        err << "mlawriter register incoming: an incoming request needs our own reference (--ref)\n";
        return BadInput;
    }
    const QString file = a.positional.first();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err << file << ": cannot read: " << f.errorString() << "\n";
        return BadInput;
    }
    if (f.size() > transmit::maxPackageBytes) {
        err << file << ": larger than " << transmit::maxPackageBytes << " bytes, refused\n";
        return BadInput;
    }
    const QByteArray bytes = f.readAll();
    QList<QByteArray> trust;
    if (const QString t = a.value(QStringLiteral("--trust")); !t.isEmpty()) {
        QFile tf(t);
        if (!tf.open(QIODevice::ReadOnly) || tf.size() > 16 * 1024 * 1024) {
            err << t << ": cannot read the trust anchors: " << tf.errorString() << "\n";
            return BadInput;
        }
        trust << tf.readAll();
    }
    auto db = requirements::Database::openDefault();
    if (db)
        trust << db.value()->trustedCertificatesPem();
    else
        err << "mlawriter register incoming: warning: " << db.error().toString()
            << " (central authority certificates not used)\n";

    Result<incoming::IncomingRequest> in = Error{};
    if (!bytes.startsWith("%PDF-")) {
        if (a.value(QStringLiteral("--p12")).isEmpty()) {
            err << file << ": a request package is opened with your identity (--p12 F --pass-file F)\n";
            return BadInput;
        }
        Result<QByteArray> password = pdf::resolvePassword(a.value(QStringLiteral("--pass-file")));
        if (!password) {
            err << password.error().toString() << "\n";
            return BadInput;
        }
        Result<transmit::TransmitIdentity> who =
            transmit::loadTransmitIdentityFile(a.value(QStringLiteral("--p12")), password.value());
        password.value().fill('\0');
        if (!who) {
            err << who.error().toString() << "\n";
            return BadInput;
        }
        Result<transmit::OpenedPackage> opened = transmit::openPackage(bytes, who.value(), trust, file);
        if (!opened) {
            err << opened.error().toString() << "\n";
            return BadInput;
        }
        in = incoming::incomingFromPackage(opened.value(), file, options);
    } else {
        in = incoming::incomingFromPdf(bytes, file, trust, options);
    }
    if (!in) {
        err << in.error().toString() << "\nnothing registered\n";
        return in.error().code == QLatin1String("incoming.unverified") ||
                       in.error().code == QLatin1String("incoming.draft")
                   ? Invalid
                   : BadInput;
    }
    for (const QString& w : in.value().warnings)
        err << file << ": warning: " << w << "\n";
    auto r = openRegister(a);
    if (!r)
        return fail(err, r.error());
    auto added = r.value()->addCase(in.value().newCase);
    if (!added)
        return fail(err, added.error());
    QList<checks::Finding> findings;
    if (in.value().draft)
        findings = checks::runChecks(*in.value().draft, db ? db.value().get() : nullptr);
    int blocking = 0, warnings = 0;
    for (const checks::Finding& x : findings) {
        blocking += x.severity == checks::Severity::Blocking;
        warnings += x.severity == checks::Severity::Warning;
    }
    if (const QString draftOut = a.value(QStringLiteral("--draft-out"));
        !draftOut.isEmpty() && in.value().draft) {
        QSaveFile save(draftOut);
        if (!save.open(QIODevice::WriteOnly) ||
            save.write(in.value().draftBytes) != in.value().draftBytes.size() || !save.commit()) {
            err << draftOut << ": cannot write: " << save.errorString() << "\n";
            return BadInput;
        }
    }
    if (a.has(QStringLiteral("--json"))) {
        QJsonObject o = reg::toJson(added.value(), today(a));
        QJsonArray dv;
        if (auto docs = r.value()->documents(added.value().id))
            for (const auto& x : docs.value())
                dv.append(reg::toJson(x));
        o.insert(QStringLiteral("documents"), dv);
        o.insert(QStringLiteral("checks"), QJsonObject{{QStringLiteral("run"), bool(in.value().draft)},
                                                       {QStringLiteral("blocking"), blocking},
                                                       {QStringLiteral("warnings"), warnings}});
        out << json(o);
        return Ok;
    }
    const reg::Case& c = added.value();
    out << "registered incoming " << c.ourRef << " from " << c.requestingState << " (their reference "
        << (c.theirRef.isEmpty() ? QStringLiteral("-") : c.theirRef) << ", "
        << in.value().newCase.documents.size() << " document(s)) in " << r.value()->url().display() << "\n";
    if (in.value().draft)
        out << "checks on the request as received: " << blocking << " blocking, " << warnings
            << " warning(s)\n";
    else
        out << "the package carries no draft: no checks run\n";
    return Ok;
}

int listCmd(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(
        argList,
        common({QStringLiteral("--due-within"), QStringLiteral("--status"), QStringLiteral("--state"),
                QStringLiteral("--handler"), QStringLiteral("--direction"), QStringLiteral("--search"),
                QStringLiteral("--limit"), QStringLiteral("--offset")}),
        {QStringLiteral("--overdue"), QStringLiteral("--no-next-action"), QStringLiteral("--open"),
         QStringLiteral("--json")},
        0, 0);
    if (!a.error.isEmpty()) {
        err << "mlawriter register list: " << a.error << "\n" << usage;
        return BadInput;
    }
    reg::CaseFilter f;
    f.today = today(a);
    int views = 0;
    if (a.has(QStringLiteral("--open")))
        f.view = reg::CaseFilter::View::Open, ++views;
    if (a.has(QStringLiteral("--overdue")))
        f.view = reg::CaseFilter::View::Overdue, ++views;
    if (a.has(QStringLiteral("--no-next-action")))
        f.view = reg::CaseFilter::View::NoNextAction, ++views;
    if (a.values.contains(QStringLiteral("--due-within"))) {
        bool ok = false;
        f.days = a.value(QStringLiteral("--due-within")).toInt(&ok);
        if (!ok || f.days < 0 || f.days > 3660) {
            err << "mlawriter register list: --due-within needs a number of days (0 to 3660)\n";
            return BadInput;
        }
        f.view = reg::CaseFilter::View::DueWithin, ++views;
    }
    if (views > 1) {
        err << "mlawriter register list: choose one of --open, --overdue, --due-within, --no-next-action\n";
        return BadInput;
    }
    f.status = a.value(QStringLiteral("--status"));
    f.state = a.value(QStringLiteral("--state"));
    f.handler = a.value(QStringLiteral("--handler"));
    f.direction = a.value(QStringLiteral("--direction"));
    f.text = a.value(QStringLiteral("--search"));
    f.limit = a.value(QStringLiteral("--limit"), QStringLiteral("100")).toInt();
    f.offset = a.value(QStringLiteral("--offset"), QStringLiteral("0")).toInt();
    if (f.limit < 1 || f.limit > 10000 || f.offset < 0) {
        err << "mlawriter register list: --limit is 1 to 10000, --offset 0 or more\n";
        return BadInput;
    }
    auto r = openRegister(a);
    if (!r)
        return fail(err, r.error());
    auto page = r.value()->listCases(f);
    if (!page)
        return fail(err, page.error());
    auto counts = r.value()->counts(f);
    if (!counts)
        return fail(err, counts.error());
    const reg::CaseCounts& c = counts.value();
    if (a.has(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const reg::Case& x : page.value().cases)
            list.append(reg::toJson(x, f.today));
        QJsonObject o;
        o.insert(QStringLiteral("register"), r.value()->url().display());
        o.insert(QStringLiteral("today"), f.today.toString(Qt::ISODate));
        o.insert(QStringLiteral("matching"), page.value().matching);
        o.insert(QStringLiteral("offset"), f.offset);
        o.insert(QStringLiteral("counts"), QJsonObject{{QStringLiteral("all"), c.all},
                                                       {QStringLiteral("open"), c.open},
                                                       {QStringLiteral("overdue"), c.overdue},
                                                       {QStringLiteral("dueWithin"), c.dueWithin},
                                                       {QStringLiteral("dueWithinDays"), f.days},
                                                       {QStringLiteral("noNextAction"), c.noNextAction}});
        o.insert(QStringLiteral("cases"), list);
        out << json(o);
        return Ok;
    }
    for (const reg::Case& x : page.value().cases)
        printCase(x, f.today, out, true);
    out << page.value().matching << " matching; " << c.all << " case(s), " << c.open << " open, " << c.overdue
        << " overdue, " << c.dueWithin << " due within " << f.days << " days, " << c.noNextAction
        << " with no next action\n";
    return Ok;
}

int showCmd(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(argList, common({}), {QStringLiteral("--json")}, 1, 1);
    if (!a.error.isEmpty()) {
        err << "mlawriter register show: " << a.error << "\n" << usage;
        return BadInput;
    }
    auto r = openRegister(a);
    if (!r)
        return fail(err, r.error());
    auto c = r.value()->findCase(a.positional.first());
    if (!c)
        return fail(err, c.error());
    auto events = r.value()->events(c.value().id);
    auto docs = r.value()->documents(c.value().id);
    auto audit = r.value()->audit(c.value().id);
    if (!events || !docs || !audit)
        return fail(err, !events ? events.error() : !docs ? docs.error() : audit.error());
    const QDate day = today(a);
    if (a.has(QStringLiteral("--json"))) {
        QJsonObject o = reg::toJson(c.value(), day);
        QJsonArray ev, dv, av;
        for (const auto& e : events.value())
            ev.append(reg::toJson(e));
        for (const auto& d : docs.value())
            dv.append(reg::toJson(d));
        for (const auto& x : audit.value())
            av.append(reg::toJson(x));
        o.insert(QStringLiteral("events"), ev);
        o.insert(QStringLiteral("documents"), dv);
        o.insert(QStringLiteral("audit"), av);
        out << json(o);
        return Ok;
    }
    const reg::Case& x = c.value();
    printCase(x, day, out);
    out << "  their reference: " << (x.theirRef.isEmpty() ? QStringLiteral("-") : x.theirRef) << "\n"
        << "  legal basis: " << x.legalBasis << (x.treaty.isEmpty() ? QString() : u' ' + x.treaty) << "\n"
        << "  measures: " << x.measures.join(u", ") << "\n  ICCS: " << x.iccs.join(u", ") << "\n"
        << "  handler: " << (x.handler.isEmpty() ? QStringLiteral("-") : x.handler) << "   version "
        << x.version << ", changed by " << x.updatedBy << " at " << x.updatedAt.toString(Qt::ISODate) << "\n";
    if (x.urgent)
        out << "  urgent, deadline " << x.deadline.toString(Qt::ISODate) << "\n";
    out << "timeline:\n";
    for (const auto& e : events.value()) {
        out << "  " << e.date.toString(Qt::ISODate) << "  " << e.kind;
        if (!e.channel.isEmpty())
            out << " via " << e.channel;
        if (!e.ground.isEmpty())
            out << " ground 18(21)(" << e.ground << ")";
        if (!e.note.isEmpty())
            out << "  " << e.note;
        out << "\n";
    }
    out << "documents:\n";
    for (const auto& d : docs.value())
        out << "  " << d.kind << "  " << d.path << "  sha256 " << d.sha256 << "\n";
    return Ok;
}

int eventCmd(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(
        argList,
        common({QStringLiteral("--date"), QStringLiteral("--note"), QStringLiteral("--channel"),
                QStringLiteral("--ground"), QStringLiteral("--reasons"), QStringLiteral("--their-ref"),
                QStringLiteral("--measures"), QStringLiteral("--next-date"), QStringLiteral("--next"),
                QStringLiteral("--expect-version")}),
        {QStringLiteral("--json")}, 2, 2);
    if (!a.error.isEmpty()) {
        err << "mlawriter register event: " << a.error << "\n" << usage;
        return BadInput;
    }
    reg::Event e;
    e.kind = a.positional.at(1);
    e.date = today(a);
    if (!parseDate(a.value(QStringLiteral("--date")), &e.date, err, "--date"))
        return BadInput;
    e.note = a.value(QStringLiteral("--note"));
    e.channel = a.value(QStringLiteral("--channel"));
    e.ground = a.value(QStringLiteral("--ground"));
    e.reasons = a.value(QStringLiteral("--reasons"));
    e.theirRef = a.value(QStringLiteral("--their-ref"));
    if (!a.value(QStringLiteral("--measures")).isEmpty())
        e.measures = a.value(QStringLiteral("--measures")).split(u',', Qt::SkipEmptyParts);
    QDate next;
    if (!parseDate(a.value(QStringLiteral("--next-date")), &next, err, "--next-date"))
        return BadInput;
    if (!reg::EventKind::known(e.kind)) {
        err << "mlawriter register event: unknown event kind '" << e.kind
            << "' (known: " << reg::EventKind::ids().join(u", ") << ")\n";
        return BadInput;
    }
    auto r = openRegister(a);
    if (!r)
        return fail(err, r.error());
    const QString ref = a.positional.first();
    auto c = r.value()->findCase(ref);
    if (!c)
        return fail(err, c.error());
    int version = 0;
    if (!expected(a, c.value(), &version, err))
        return BadInput;
    auto done = r.value()->addEvent(ref, e, version, today(a));
    if (!done)
        return fail(err, done.error());
    for (const QString& w : done.value().warnings)
        err << "mlawriter register event: warning: " << w << "\n";
    reg::Case updated = done.value().updated;
    if (next.isValid()) {
        auto n = r.value()->setNextAction(ref, next, a.value(QStringLiteral("--next")), updated.version);
        if (!n)
            return fail(err, n.error());
        updated = n.value();
    }
    if (a.has(QStringLiteral("--json"))) {
        QJsonObject o = reg::toJson(updated, today(a));
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(done.value().warnings));
        out << json(o);
    } else
        out << ref << ": " << e.kind << " " << e.date.toString(Qt::ISODate) << " recorded; status "
            << updated.status << ", version " << updated.version << "\n";
    return Ok;
}

int nextCmd(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(
        argList,
        common({QStringLiteral("--date"), QStringLiteral("--what"), QStringLiteral("--expect-version")}),
        {QStringLiteral("--clear")}, 1, 1);
    QDate date;
    if (!a.error.isEmpty() ||
        (a.has(QStringLiteral("--clear")) == a.values.contains(QStringLiteral("--date")))) {
        err << "mlawriter register next: "
            << (a.error.isEmpty() ? QStringLiteral("give --date D --what W or --clear") : a.error) << "\n"
            << usage;
        return BadInput;
    }
    if (!parseDate(a.value(QStringLiteral("--date")), &date, err, "--date"))
        return BadInput;
    auto r = openRegister(a);
    if (!r)
        return fail(err, r.error());
    const QString ref = a.positional.first();
    auto c = r.value()->findCase(ref);
    if (!c)
        return fail(err, c.error());
    int version = 0;
    if (!expected(a, c.value(), &version, err))
        return BadInput;
    auto n = r.value()->setNextAction(ref, date, a.value(QStringLiteral("--what")), version);
    if (!n)
        return fail(err, n.error());
    out << ref << ": next action "
        << (date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("cleared")) << ", version "
        << n.value().version << "\n";
    return Ok;
}

int statsCmd(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a = parseArgs(argList,
                             common({QStringLiteral("--from"), QStringLiteral("--to"),
                                     QStringLiteral("--pdf"), QStringLiteral("--lang")}),
                             {QStringLiteral("--json"), QStringLiteral("--csv")}, 0, 0);
    if (!a.error.isEmpty() || (a.has(QStringLiteral("--json")) && a.has(QStringLiteral("--csv")))) {
        err << "mlawriter register stats: "
            << (a.error.isEmpty() ? QStringLiteral("--json or --csv, not both") : a.error) << "\n"
            << usage;
        return BadInput;
    }
    QDate from, to;
    if (!parseDate(a.value(QStringLiteral("--from")), &from, err, "--from") ||
        !parseDate(a.value(QStringLiteral("--to")), &to, err, "--to"))
        return BadInput;
    if (from.isValid() && to.isValid() && from > to) {
        err << "mlawriter register stats: --from is after --to\n";
        return BadInput;
    }
    auto r = openRegister(a);
    if (!r)
        return fail(err, r.error());
    auto st = r.value()->statistics(from, to, today(a));
    if (!st)
        return fail(err, st.error());
    if (!a.value(QStringLiteral("--pdf")).isEmpty()) {
        reg::letters::StatisticsReportInput in{
            st.value(), a.value(QStringLiteral("--lang"), QStringLiteral("en")), {}, {}};
        if (auto db = requirements::Database::openDefault())
            for (const auto& row : st.value().byState)
                if (const QString name = db.value()->stateName(row.key, in.language); !name.isEmpty())
                    in.stateNames.insert(row.key, name);
        auto pages = reg::letters::writeStatisticsReport(in, a.value(QStringLiteral("--pdf")));
        if (!pages)
            return fail(err, pages.error());
        err << "mlawriter register stats: statistical report written to " << a.value(QStringLiteral("--pdf"))
            << " (" << pages.value() << " page(s), " << in.language << ")\n";
    }
    if (a.has(QStringLiteral("--json"))) {
        out << json(st.value().toJson());
    } else if (a.has(QStringLiteral("--csv"))) {
        out << st.value().toCsv();
    } else {
        const reg::Statistics& s = st.value();
        out << "period " << s.from.toString(Qt::ISODate) << " to " << s.to.toString(Qt::ISODate) << "\n";
        auto section = [&](const char* title, const QList<reg::CountRow>& rows) {
            out << title << ":\n";
            for (const auto& row : rows)
                out << "  " << row.direction << "  " << row.key
                    << (row.detail.isEmpty() ? QString() : u' ' + row.detail) << "  " << row.count << "\n";
        };
        section("total", s.totals);
        section("by State", s.byState);
        section("by measure", s.byMeasure);
        section("by ICCS section", s.byIccs);
        section("by legal basis", s.byLegalBasis);
        section("outcomes", s.outcomes);
        out << "durations (days):\n";
        for (const auto& d : s.durations)
            out << "  " << d.direction << "  sent->" << d.measure << "  n=" << d.count << " median "
                << d.median << " p90 " << d.p90 << "\n";
        section("pending by age (days)", s.pendingByAge);
    }
    return Ok;
}

int letterCmd(const QString& sub, const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const bool chaser = sub == QLatin1String("chaser");
    const Args a = parseArgs(argList,
                             common({QStringLiteral("--lang"), QStringLiteral("--out"),
                                     QStringLiteral("--date"), QStringLiteral("--text")}),
                             {}, chaser ? 1 : 2, chaser ? 1 : 2);
    if (!a.error.isEmpty() || a.value(QStringLiteral("--out")).isEmpty()) {
        err << "mlawriter register " << sub << ": "
            << (a.error.isEmpty() ? QStringLiteral("--out is required") : a.error) << "\n"
            << usage;
        return BadInput;
    }
    const QString kind = chaser ? QStringLiteral("chaser") : a.positional.at(1);
    if (!reg::letters::letterKinds().contains(kind)) {
        err << "mlawriter register letter: unknown letter '" << kind
            << "' (known: " << reg::letters::letterKinds().join(u", ") << ")\n";
        return BadInput;
    }
    QDate date = today(a);
    if (!parseDate(a.value(QStringLiteral("--date")), &date, err, "--date"))
        return BadInput;
    auto r = openRegister(a);
    if (!r)
        return fail(err, r.error());
    const QString ref = a.positional.first();
    auto c = r.value()->findCase(ref);
    if (!c)
        return fail(err, c.error());
    auto events = r.value()->events(c.value().id);
    if (!events)
        return fail(err, events.error());
    const QString lang = a.value(QStringLiteral("--lang"),
                                 c.value().language.isEmpty() ? QStringLiteral("en") : c.value().language);
    reg::letters::LetterInput in{
        c.value(), events.value(), kind, lang, date, a.value(QStringLiteral("--text")), {}, {}, {}};
    // The States' names in the letter's language, where the requirements database knows them.
    if (auto db = requirements::Database::openDefault()) {
        in.requestedStateName = db.value()->stateName(c.value().requestedState, lang);
        in.requestingStateName = db.value()->stateName(c.value().requestingState, lang);
    }
    const QString outPath = a.value(QStringLiteral("--out"));
    auto written = reg::letters::writeLetter(in, outPath);
    if (!written)
        return fail(err, written.error());
    // Recorded in the case: the letter as a document, and an event (a chaser is an 18(24) inquiry).
    auto doc = r.value()->addDocument(
        ref,
        reg::Document{
            0, QFileInfo(outPath).absoluteFilePath(), written.value(), QStringLiteral("letter"), {}},
        c.value().version);
    if (!doc)
        return fail(err, doc.error());
    reg::Event e;
    e.kind = chaser ? QStringLiteral("chaser") : QStringLiteral("letter");
    e.date = date;
    e.note = chaser ? QStringLiteral("status inquiry (18(24)), %1").arg(lang)
                    : QStringLiteral("%1, %2").arg(kind, lang);
    e.documentId = doc.value();
    auto done = r.value()->addEvent(ref, e, c.value().version + 1, today(a));
    if (!done)
        return fail(err, done.error());
    out << ref << ": " << kind << " written to " << outPath << " (" << lang
        << ", awaiting review by a qualified legal translator) and recorded\n";
    return Ok;
}

int reportCmd(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args a =
        parseArgs(argList, common({QStringLiteral("--out"), QStringLiteral("--lessons")}), {}, 1, 1);
    if (!a.error.isEmpty() || a.value(QStringLiteral("--out")).isEmpty()) {
        err << "mlawriter register report: "
            << (a.error.isEmpty() ? QStringLiteral("--out DIR is required") : a.error) << "\n"
            << usage;
        return BadInput;
    }
    auto r = openRegister(a);
    if (!r)
        return fail(err, r.error());
    const QString ref = a.positional.first();
    auto c = r.value()->findCase(ref);
    if (!c)
        return fail(err, c.error());
    auto events = r.value()->events(c.value().id);
    if (!events)
        return fail(err, events.error());
    auto summary = reg::letters::summarise(c.value(), events.value(), a.value(QStringLiteral("--lessons")));
    if (!summary)
        return fail(err, summary.error());
    const QString dir = a.value(QStringLiteral("--out"));
    if (!QDir().mkpath(dir)) {
        err << dir << ": cannot create the folder\n";
        return BadInput;
    }
    auto written = reg::letters::writeCaseReport(summary.value(), dir);
    if (!written)
        return fail(err, written.error());
    out << ref << ": anonymised case report written to " << written.value().join(QStringLiteral(" and "))
        << " (draft for the central authority's approval)\n";
    return Ok;
}

} // namespace

int registerCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty()) {
        err << "mlawriter register: missing subcommand\n" << usage;
        return BadInput;
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return addCmd(rest, out, err);
    if (sub == QLatin1String("incoming"))
        return incomingCmd(rest, out, err);
    if (sub == QLatin1String("list"))
        return listCmd(rest, out, err);
    if (sub == QLatin1String("show"))
        return showCmd(rest, out, err);
    if (sub == QLatin1String("event"))
        return eventCmd(rest, out, err);
    if (sub == QLatin1String("next"))
        return nextCmd(rest, out, err);
    if (sub == QLatin1String("stats"))
        return statsCmd(rest, out, err);
    if (sub == QLatin1String("chaser") || sub == QLatin1String("letter"))
        return letterCmd(sub, rest, out, err);
    if (sub == QLatin1String("report"))
        return reportCmd(rest, out, err);
    err << "mlawriter register: unknown subcommand '" << sub << "'\n" << usage;
    return BadInput;
}

} // namespace mla::cli
