// requirements export FILE [--state ISO3,...] [--p12 ID.p12 [--pass-file F] [--detached SIG]]
// requirements import FILE [--signature SIG] [--allow-unsigned] [--dry-run] [--json]
// requirements publishers add CERT | list | remove SHA256
// requirements history [KIND KEY]
// Exchanges requirements packages (templates/schema/requirements-1.xsd) with the database. An
// export with --p12 is signed (CMS): enveloping (one DER file) or, with --detached SIG, the XML
// plus a detached signature. An import verifies a signed package against the trusted publishers
// and refuses an unsigned one unless --allow-unsigned; --dry-run shows what it would do and
// writes nothing. Exit 0: done; 1: import with rejected records; 2: refused package, unreadable
// file or database, usage error.
#include "Commands.h"

#include "Args.h"
#include "Cli.h"

#include "pdf/Identity.h"
#include "pdf/Password.h"
#include "requirements/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace mla::cli {
namespace {

using requirements::Database;

const char* const usage =
    "usage: mlawriter requirements export FILE [--state ISO3[,ISO3...]] [--p12 ID.p12 [--pass-file F] "
    "[--detached SIG]]\n"
    "       mlawriter requirements import FILE [--signature SIG] [--allow-unsigned] [--dry-run] [--json]\n"
    "       mlawriter requirements publishers add CERT | list | remove SHA256\n"
    "       mlawriter requirements history [KIND KEY]\n";

Status writeFile(const QString& file, const QByteArray& bytes)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error{QStringLiteral("requirements.export"), out.errorString(), file, 0, 0};
    return {};
}

Result<QByteArray> readSmall(const QString& file, qint64 cap)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("requirements.read"), f.errorString(), file, 0, 0};
    if (f.size() > cap)
        return Error{QStringLiteral("requirements.read"),
                     QStringLiteral("file is %1 bytes; the limit is %2 bytes").arg(f.size()).arg(cap), file,
                     0, 0};
    return f.read(cap);
}

int publishersCommand(Database& db, const Args& args, QTextStream& out, QTextStream& err)
{
    const QString action = args.positional.value(1);
    if (action == QLatin1String("list") && args.positional.size() == 2) {
        const auto list = db.publishers();
        if (list.isEmpty())
            out << "no trusted publishers: signed packages are refused until one is added\n";
        for (const auto& p : list)
            out << p.displayFingerprint() << "  " << p.subject << "  (valid "
                << p.notBefore.toString(Qt::ISODate) << " to " << p.notAfter.toString(Qt::ISODate) << ")\n";
        return Ok;
    }
    if (action == QLatin1String("add") && args.positional.size() == 3) {
        const QString file = args.positional.value(2);
        auto bytes = readSmall(file, requirements::PackageSignature::maxSignatureBytes);
        if (!bytes) {
            err << bytes.error().toString() << "\n";
            return BadInput;
        }
        auto info = db.addPublisher(bytes.value(), file);
        if (!info) {
            err << info.error().toString() << "\n";
            return BadInput;
        }
        out << "trusted publisher added: " << info.value().subject
            << "\n  SHA-256 fingerprint: " << info.value().displayFingerprint()
            << "\n  compare this fingerprint with the publisher through another channel before relying on "
               "its packages\n";
        return Ok;
    }
    if (action == QLatin1String("remove") && args.positional.size() == 3) {
        auto removed = db.removePublisher(args.positional.value(2));
        if (!removed) {
            err << removed.error().toString() << "\n";
            return BadInput;
        }
        if (!removed.value()) {
            err << "mlawriter requirements: no trusted publisher with fingerprint "
                << args.positional.value(2) << "\n";
            return BadInput;
        }
        out << "trusted publisher removed: " << args.positional.value(2) << "\n";
        return Ok;
    }
    err << "mlawriter requirements publishers: expected add CERT, list or remove SHA256\n" << usage;
    return BadInput;
}

int historyCommand(const Database& db, const Args& args, QTextStream& out)
{
    const auto list = db.history(args.positional.value(1), args.positional.value(2));
    if (list.isEmpty())
        out << "no recorded changes\n";
    for (const auto& h : list) {
        out << h.at.toString(Qt::ISODate) << "  " << h.action << " " << h.kind << " " << h.key << "  by "
            << h.who;
        if (!h.package.isEmpty())
            out << "  from " << h.package;
        out << "\n";
        if (!h.oldValue.isEmpty())
            out << "    before: " << h.oldValue << "\n";
        if (!h.newValue.isEmpty())
            out << "    after:  " << h.newValue << "\n";
    }
    return Ok;
}

int exportCommand(const Database& db, const Args& args, QTextStream& out, QTextStream& err)
{
    const QString file = args.positional.value(1);
    const QStringList states = args.value(QStringLiteral("--state")).split(u',', Qt::SkipEmptyParts);
    const int count = int(db.records({}, states).size());
    if (!args.values.contains(QStringLiteral("--p12"))) {
        if (args.values.contains(QStringLiteral("--detached"))) {
            err << "mlawriter requirements: --detached needs --p12\n" << usage;
            return BadInput;
        }
        if (Status s = db.exportPackageFile(file, states); !s) {
            err << s.error().toString() << "\n";
            return BadInput;
        }
        out << file << ": exported " << count << " records (unsigned)\n";
        return Ok;
    }
    Result<QByteArray> password = pdf::resolvePassword(args.value(QStringLiteral("--pass-file")));
    if (!password) {
        err << password.error().toString() << "\n";
        return BadInput;
    }
    Result<pdf::Identity> identity = pdf::loadIdentity(args.value(QStringLiteral("--p12")), password.value());
    password.value().fill('\0');
    if (!identity) {
        err << identity.error().toString() << "\n";
        return BadInput;
    }
    const bool detached = args.values.contains(QStringLiteral("--detached"));
    auto signature = db.exportSignedPackage(identity.value(), detached, states);
    if (!signature) {
        err << signature.error().toString() << "\n";
        return BadInput;
    }
    if (detached) {
        const QString sigFile = args.value(QStringLiteral("--detached"));
        if (Status s = writeFile(file, db.exportPackage(states)); !s) {
            err << s.error().toString() << "\n";
            return BadInput;
        }
        if (Status s = writeFile(sigFile, signature.value()); !s) {
            err << s.error().toString() << "\n";
            return BadInput;
        }
        out << file << ": exported " << count << " records, signature " << sigFile << " (detached CMS)";
    } else {
        if (Status s = writeFile(file, signature.value()); !s) {
            err << s.error().toString() << "\n";
            return BadInput;
        }
        out << file << ": exported " << count << " records, signed (enveloping CMS)";
    }
    out << " by " << identity.value().subject() << "\n";
    return Ok;
}

int importCommand(Database& db, const Args& args, QTextStream& out, QTextStream& err)
{
    const QString file = args.positional.value(1);
    Database::ImportOptions options;
    options.allowUnsigned = args.has(QStringLiteral("--allow-unsigned"));
    if (args.values.contains(QStringLiteral("--signature"))) {
        auto sig = readSmall(args.value(QStringLiteral("--signature")),
                             requirements::PackageSignature::maxSignatureBytes);
        if (!sig) {
            err << sig.error().toString() << "\n" << file << ": nothing was imported\n";
            return BadInput;
        }
        options.detachedSignature = sig.value();
    }
    auto bytes = Database::readPackageFile(file);
    if (!bytes) {
        err << bytes.error().toString() << "\n" << file << ": nothing was imported\n";
        return BadInput;
    }
    auto plan = db.previewImport(bytes.value(), file, options);
    if (!plan) {
        err << plan.error().toString() << "\n" << file << ": nothing was imported\n";
        return BadInput;
    }
    const bool dryRun = args.has(QStringLiteral("--dry-run"));
    Result<requirements::ImportReport> report = plan.value();
    if (!dryRun) {
        report = db.commitImport(plan.value(), options);
        if (!report) {
            err << report.error().toString() << "\n" << file << ": nothing was imported\n";
            return BadInput;
        }
    }
    using O = requirements::ImportReport::Outcome;
    const auto& r = report.value();
    if (args.has(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const auto& e : r.entries) {
            QJsonObject o;
            o.insert(QStringLiteral("line"), e.line);
            o.insert(QStringLiteral("kind"), e.kind);
            o.insert(QStringLiteral("key"), e.key);
            o.insert(QStringLiteral("outcome"), requirements::ImportReport::outcomeId(e.outcome));
            o.insert(QStringLiteral("reason"), e.reason);
            o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(e.changes));
            list.append(o);
        }
        QJsonObject o;
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("dryRun"), dryRun);
        o.insert(QStringLiteral("signed"), r.signedPackage);
        o.insert(QStringLiteral("signer"), r.signer);
        o.insert(QStringLiteral("signedAt"), r.signedAt.toString(Qt::ISODate));
        o.insert(QStringLiteral("records"), list);
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out << file << ": "
            << (r.signedPackage
                    ? QStringLiteral("signed by %1 at %2")
                          .arg(r.signer, r.signedAt.isValid() ? r.signedAt.toString(Qt::ISODate)
                                                              : QStringLiteral("(no signing time)"))
                    : QStringLiteral("UNSIGNED package, accepted with --allow-unsigned"))
            << "\n";
        for (const auto& e : r.entries) {
            out << file << ":" << e.line << ": " << (dryRun ? QStringLiteral("would be ") : QString())
                << requirements::ImportReport::outcomeId(e.outcome) << " " << e.kind << " " << e.key;
            if (!e.reason.isEmpty())
                out << ": " << e.reason;
            out << "\n";
            for (const QString& c : e.changes)
                out << "    " << c << "\n";
        }
        out << file << ": " << (dryRun ? QStringLiteral("dry run, nothing written: ") : QString())
            << r.count(O::Added) << " added, " << r.count(O::Updated) << " updated, " << r.count(O::Kept)
            << " kept, " << r.count(O::Rejected) << " rejected\n";
    }
    return r.count(O::Rejected) > 0 ? Invalid : Ok;
}

} // namespace

int requirementsCommand(const QStringList& argList, QTextStream& out, QTextStream& err)
{
    const Args args = parseArgs(
        argList,
        {QStringLiteral("--state"), QStringLiteral("--p12"), QStringLiteral("--pass-file"),
         QStringLiteral("--detached"), QStringLiteral("--signature")},
        {QStringLiteral("--json"), QStringLiteral("--dry-run"), QStringLiteral("--allow-unsigned")}, 1, 3);
    const QString action = args.positional.value(0);
    const bool known = action == QLatin1String("export") || action == QLatin1String("import") ||
                       action == QLatin1String("publishers") || action == QLatin1String("history");
    if (!args.error.isEmpty() || !known ||
        ((action == QLatin1String("export") || action == QLatin1String("import")) &&
         args.positional.size() != 2)) {
        err << "mlawriter requirements: "
            << (args.error.isEmpty()
                    ? (known ? QStringLiteral("expected one FILE") : QStringLiteral("unknown action"))
                    : args.error)
            << "\n"
            << usage;
        return BadInput;
    }
    auto db = Database::openDefault();
    if (!db) {
        err << db.error().toString() << "\n";
        return BadInput;
    }
    if (action == QLatin1String("publishers"))
        return publishersCommand(*db.value(), args, out, err);
    if (action == QLatin1String("history"))
        return historyCommand(*db.value(), args, out);
    if (action == QLatin1String("export"))
        return exportCommand(*db.value(), args, out, err);
    return importCommand(*db.value(), args, out, err);
}

} // namespace mla::cli
