#include "CaseReport.h"

#include "LetterPdf.h"

#include "register/EventKind.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace mla::reg::letters {

QJsonObject CaseSummary::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("mlawriter-case-report-1"));
    o.insert(QStringLiteral("status"), QStringLiteral("draft for the central authority's approval"));
    o.insert(QStringLiteral("direction"), direction);
    o.insert(QStringLiteral("requestingState"), requestingState);
    o.insert(QStringLiteral("requestedState"), requestedState);
    o.insert(QStringLiteral("year"), year);
    o.insert(QStringLiteral("offenceCategories"), QJsonArray::fromStringList(iccsSections));
    o.insert(QStringLiteral("measures"), QJsonArray::fromStringList(measures));
    o.insert(QStringLiteral("legalBasis"), legalBasis);
    o.insert(QStringLiteral("legalBasisAccepted"), legalBasisAccepted);
    o.insert(QStringLiteral("outcome"), outcome);
    if (!refusalGround.isEmpty())
        o.insert(QStringLiteral("refusalGround"), QStringLiteral("18(21)(%1)").arg(refusalGround));
    o.insert(QStringLiteral("durationDays"), durationDays >= 0 ? QJsonValue(durationDays) : QJsonValue());
    o.insert(QStringLiteral("lessonsLearned"), lessons);
    return o;
}

Result<CaseSummary> summarise(const Case& c, const QList<Event>& timeline, const QString& lessons)
{
    if (c.open)
        return Error{
            QStringLiteral("report.open"),
            QStringLiteral("case %1 is still open (%2): a digest report is written from a closed case")
                .arg(c.ourRef, c.status),
            {},
            0,
            0};
    for (const QString& ref : {c.ourRef, c.theirRef, c.requestId})
        if (!ref.isEmpty() && lessons.contains(ref, Qt::CaseInsensitive))
            return Error{
                QStringLiteral("report.identifying"),
                QStringLiteral("the lessons learned quote a reference of the case; an anonymised report "
                               "carries none"),
                {},
                0,
                0};
    CaseSummary s;
    s.direction = c.direction;
    s.requestingState = c.requestingState;
    s.requestedState = c.requestedState;
    s.measures = c.measures;
    for (const QString& code : c.iccs)
        if (!s.iccsSections.contains(code.left(2)))
            s.iccsSections << code.left(2);
    s.legalBasis = c.legalBasis;
    s.lessons = lessons.left(20000);
    s.closed = true;
    QDate start;
    const Event* outcome = nullptr;
    for (const Event& e : timeline) {
        if ((e.kind == QLatin1String("sent") || e.kind == QLatin1String("received")) && !start.isValid())
            start = e.date;
        if (EventKind::outcomeKinds().contains(e.kind))
            outcome = &e;
    }
    s.year = start.isValid() ? start.year() : 0;
    s.outcome = outcome ? outcome->kind : QStringLiteral("closed");
    if (outcome && outcome->kind == QLatin1String("refused"))
        s.refusalGround = outcome->ground;
    if (outcome && start.isValid())
        s.durationDays = int(start.daysTo(outcome->date));
    // Whether the requested State accepted the legal basis: executed at least in part means it
    // did; a refusal under 18(21)(a) (request not in conformity with article 18) that it did not;
    // anything else is not known from the timeline.
    if (outcome &&
        (outcome->kind == QLatin1String("executed") || outcome->kind == QLatin1String("partly-executed")))
        s.legalBasisAccepted = QStringLiteral("accepted");
    else if (outcome && outcome->kind == QLatin1String("refused") && outcome->ground == QLatin1String("a"))
        s.legalBasisAccepted = QStringLiteral("not accepted");
    else
        s.legalBasisAccepted = QStringLiteral("unknown");
    return s;
}

Result<QStringList> writeCaseReport(const CaseSummary& s, const QString& dir)
{
    const QString jsonPath = QDir(dir).filePath(QStringLiteral("case-report.json"));
    const QString pdfPath = QDir(dir).filePath(QStringLiteral("case-report.pdf"));
    QSaveFile f(jsonPath);
    const QByteArray bytes = QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{QStringLiteral("report.write"), QStringLiteral("cannot write: ") + f.errorString(),
                     jsonPath, 0, 0};
    auto line = [](const QString& label, const QString& value) {
        return PdfBlock{PdfBlock::Para,
                        label + QStringLiteral(": ") + (value.isEmpty() ? QStringLiteral("—") : value)};
    };
    QList<PdfBlock> b;
    b << PdfBlock{PdfBlock::Title,
                  QStringLiteral("Case summary for the digest of cases on UNTOC as a legal basis")}
      << PdfBlock{PdfBlock::Small,
                  QStringLiteral("DRAFT for the central authority's approval. Anonymised: no names of "
                                 "persons, no references.")}
      << line(QStringLiteral("Requesting State"), s.requestingState)
      << line(QStringLiteral("Requested State"), s.requestedState)
      << line(QStringLiteral("Year"), s.year ? QString::number(s.year) : QString())
      << line(QStringLiteral("Offence categories (ICCS sections)"), s.iccsSections.join(u", "))
      << line(QStringLiteral("Measures requested"), s.measures.join(u", "))
      << line(QStringLiteral("Legal basis"), s.legalBasis)
      << line(QStringLiteral("Legal basis accepted"), s.legalBasisAccepted)
      << line(QStringLiteral("Outcome"),
              s.outcome + (s.refusalGround.isEmpty() ? QString()
                                                     : QStringLiteral(" (18(21)(%1))").arg(s.refusalGround)))
      << line(QStringLiteral("Duration (days)"),
              s.durationDays >= 0 ? QString::number(s.durationDays) : QString())
      << line(QStringLiteral("Lessons learned"), s.lessons);
    auto pdf = writePdf(b, QStringLiteral("en"), b.first().text, pdfPath);
    if (!pdf)
        return pdf.error();
    return QStringList{jsonPath, pdfPath};
}

} // namespace mla::reg::letters
