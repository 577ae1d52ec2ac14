#include "Letter.h"

#include "LetterPdf.h"

#include "model/Vocabulary.h"
#include "register/EventKind.h"
#include "render/TemplateSet.h"

#include <QLocale>

#include <algorithm>

namespace mla::reg::letters {
namespace {

Result<QMap<QString, QString>> loadUnits(const QString& language, const QString& directory)
{
    return loadLetterUnits(language, directory);
}

QString fill(const QMap<QString, QString>& units, const QString& id, const QMap<QString, QString>& args = {})
{
    return fillUnit(units, id, args);
}

const Event* lastOf(const QList<Event>& timeline, const QString& kind)
{
    const Event* found = nullptr;
    for (const Event& e : timeline)
        if (e.kind == kind)
            found = &e;
    return found;
}

} // namespace

QStringList letterKinds()
{
    return {QStringLiteral("chaser"), QStringLiteral("acknowledgement"), QStringLiteral("information"),
            QStringLiteral("refusal"), QStringLiteral("postponement")};
}

Result<QStringList> letterParagraphs(const LetterInput& in)
{
    auto bad = [&](const QString& why) { return Error{QStringLiteral("letter.kind"), why, {}, 0, 0}; };
    if (!isUnLanguage(in.language))
        return Error{QStringLiteral("letter.language"),
                     QStringLiteral("letters are written in the six UN languages (%1), not '%2'")
                         .arg(unLanguages().join(u", "), in.language),
                     {},
                     0,
                     0};
    if (!letterKinds().contains(in.kind))
        return bad(QStringLiteral("unknown letter '%1'").arg(in.kind));
    const Case& c = in.theCase;
    const bool incoming = c.direction == QLatin1String("incoming");
    if (in.kind == QLatin1String("chaser") && incoming)
        return bad(
            QStringLiteral("a status inquiry is written for an outgoing case; %1 is incoming").arg(c.ourRef));
    if (in.kind != QLatin1String("chaser") && !incoming)
        return bad(QStringLiteral("the %1 letter is written by the requested side, for an incoming case")
                       .arg(in.kind));
    const Event* sent = lastOf(in.timeline, incoming ? QStringLiteral("received") : QStringLiteral("sent"));
    if (!sent)
        return bad(QStringLiteral("case %1 has no '%2' event yet")
                       .arg(c.ourRef, incoming ? QStringLiteral("received") : QStringLiteral("sent")));
    auto units = loadUnits(in.language, in.templateDirectory);
    if (!units)
        return units.error();
    auto request = render::TemplateSet::load(in.language);
    const QLocale locale(in.language);
    auto day = [&](const QDate& d) { return locale.toString(d, QLocale::LongFormat); };
    const QMap<QString, QString>& u = units.value();

    QStringList p; // [0] title, then paragraphs; "• " prefix marks a list item
    const QString theirRef = c.theirRef.isEmpty() ? fill(u, QStringLiteral("letter.ref.none")) : c.theirRef;
    const QString to = incoming
                           ? (in.requestingStateName.isEmpty() ? c.requestingState : in.requestingStateName)
                           : (in.requestedStateName.isEmpty() ? c.requestedState : in.requestedStateName);
    QString titleUnit;
    if (in.kind == QLatin1String("chaser"))
        titleUnit = QStringLiteral("letter.chaser.title");
    else if (in.kind == QLatin1String("acknowledgement"))
        titleUnit = QStringLiteral("letter.ack.title");
    else if (in.kind == QLatin1String("information"))
        titleUnit = QStringLiteral("letter.info.title");
    else
        titleUnit = QStringLiteral("letter.%1.title").arg(in.kind);
    p << fill(u, titleUnit);
    p << fill(u, QStringLiteral("letter.to"), {{QStringLiteral("state"), to}});
    const QString from = incoming ? c.handlingAuthority : c.requestingAuthority;
    if (!from.isEmpty())
        p << fill(u, QStringLiteral("letter.from"), {{QStringLiteral("authority"), from}});
    p << fill(u, QStringLiteral("letter.date"), {{QStringLiteral("date"), day(in.date)}});
    p << fill(u, QStringLiteral("letter.ref.ours"), {{QStringLiteral("ref"), c.ourRef}});
    p << fill(u, QStringLiteral("letter.ref.theirs"), {{QStringLiteral("ref"), theirRef}});

    const QMap<QString, QString> received{{QStringLiteral("received"), day(sent->date)},
                                          {QStringLiteral("ref"), c.ourRef}};
    QString reasons = in.text;
    if (in.kind == QLatin1String("chaser")) {
        p << fill(u, QStringLiteral("letter.chaser.body"), {{QStringLiteral("sent"), day(sent->date)}});
        // Outstanding: the case's measures not yet reported executed.
        QStringList outstanding = c.measures;
        for (const Event& e : in.timeline) {
            if (e.kind == QLatin1String("executed") && e.measures.isEmpty())
                outstanding.clear();
            if (e.kind == QLatin1String("executed") || e.kind == QLatin1String("partly-executed"))
                for (const QString& m : e.measures)
                    outstanding.removeAll(m);
        }
        if (!outstanding.isEmpty()) {
            p << fill(u, QStringLiteral("letter.chaser.outstanding"));
            for (const QString& m : outstanding)
                p << QStringLiteral("• ") +
                         (request ? request.value().text(QStringLiteral("measure.") + m) : m);
        }
        if (c.urgent && c.deadline.isValid())
            p << fill(u, QStringLiteral("letter.chaser.urgent"),
                      {{QStringLiteral("deadline"), day(c.deadline)},
                       {QStringLiteral("reasons"), c.urgencyReasons}});
    } else if (in.kind == QLatin1String("acknowledgement")) {
        p << fill(u, QStringLiteral("letter.ack.body"), received);
    } else if (in.kind == QLatin1String("information")) {
        if (reasons.trimmed().isEmpty())
            if (const Event* e = lastOf(in.timeline, QStringLiteral("info-requested")))
                reasons = e->note;
        if (reasons.trimmed().isEmpty())
            return bad(
                QStringLiteral("say what information is needed (--text, or the note of an 'info-requested' "
                               "event)"));
        p << fill(u, QStringLiteral("letter.info.body"), received) << QStringLiteral("• ") + reasons;
    } else {
        const Event* decision =
            lastOf(in.timeline, in.kind == QLatin1String("refusal") ? QStringLiteral("refused")
                                                                    : QStringLiteral("postponed"));
        if (!decision)
            return bad(QStringLiteral("case %1 has no '%2' event: record the decision first")
                           .arg(c.ourRef, in.kind == QLatin1String("refusal") ? QStringLiteral("refused")
                                                                              : QStringLiteral("postponed")));
        if (reasons.trimmed().isEmpty())
            reasons = decision->reasons;
        if (in.kind == QLatin1String("refusal")) {
            QMap<QString, QString> args = received;
            args.insert(QStringLiteral("ground"), decision->ground);
            args.insert(QStringLiteral("groundText"),
                        fill(u, QStringLiteral("letter.ground.") + decision->ground));
            p << fill(u, QStringLiteral("letter.refusal.body"), args);
        } else {
            p << fill(u, QStringLiteral("letter.postponement.body"), received);
        }
        p << QStringLiteral("• ") + reasons;
        if (lastOf(in.timeline, QStringLiteral("consultation")))
            p << fill(u, QStringLiteral("letter.consultation"));
    }
    p << fill(u, QStringLiteral("letter.closing"));
    p << fill(u, QStringLiteral("letter.review"));
    return p;
}

Result<QString> writeLetter(const LetterInput& in, const QString& outPath)
{
    auto paragraphs = letterParagraphs(in);
    if (!paragraphs)
        return paragraphs.error();
    QList<PdfBlock> blocks;
    const QStringList& p = paragraphs.value();
    for (int i = 0; i < p.size(); ++i) {
        PdfBlock b;
        b.text = p[i];
        if (i == 0)
            b.kind = PdfBlock::Title;
        else if (i == p.size() - 1)
            b.kind = PdfBlock::Small;
        else if (p[i].startsWith(QStringLiteral("• "))) {
            b.kind = PdfBlock::Item;
            b.text = p[i].mid(2);
        }
        blocks << b;
    }
    return writePdf(blocks, in.language, p.first(), outPath);
}

} // namespace mla::reg::letters
