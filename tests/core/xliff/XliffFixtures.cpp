#include "XliffFixtures.h"

#include "xliff/UnitId.h"

#include <QRegularExpression>

namespace mla::test {

QDateTime fixedTime(int minutes)
{
    return QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC).addSecs(60 * minutes);
}

Request xliffRequest()
{
    auto text = [](const QString& s) { return LocalizedText{s, QStringLiteral("en"), {}}; };
    Request r;
    r.id = QStringLiteral("3f1c2b9a-0000-4000-8000-00000000a001");
    r.draftLanguage = QStringLiteral("en");
    r.outputLanguage = QStringLiteral("fr");
    r.requestingState = QStringLiteral("ZAF");
    r.requestedState = QStringLiteral("FRA");
    r.proceedings.subject =
        text(QStringLiteral("Investigation of an online investment fraud & money laundering"));
    r.proceedings.conductingFunctions = text(QStringLiteral("Public prosecutor directing the investigation"));
    r.summaryOfFacts =
        text(QStringLiteral("Between March and June 2026 the suspects <alias \"Ray\"> ran a fake "
                            "trading site.\nVictims paid EUR 1.2 million.\r\nLine with a tab\tand "
                            "a control char \x01 and emoji \U0001F600."));
    Offence o;
    o.id = QStringLiteral("o1");
    o.name = text(QStringLiteral("Fraud"));
    o.provision = text(QStringLiteral("Section 1 of the Example Fraud Act: whoever deceives another ..."));
    r.offences.append(o);
    Person p;
    p.id = QStringLiteral("p1");
    p.familyName = QStringLiteral("EXAMPLE");
    p.givenNames = QStringLiteral("Jan");
    p.notes = text(QStringLiteral("Believed to live in Paris; holds accounts in two States."));
    r.persons.append(p);
    Measure m;
    m.id = QStringLiteral("m1");
    m.type = MeasureType::SearchSeizure;
    m.description = text(QStringLiteral("Search of the premises at 1 rue Exemple and seizure of devices"));
    m.purpose = text(QStringLiteral("To obtain evidence of the fraud for the trial"));
    FieldValue items;
    items.text = text(QStringLiteral("Laptops, phones, storage media"));
    m.details.insert(QStringLiteral("itemsSought"), items);
    r.measures.append(m);
    r.useLimitation = text(QStringLiteral("The evidence will be used only in these proceedings."));
    // Written in another language: not part of an English-source export.
    r.dualCriminalityNote =
        LocalizedText{QStringLiteral("La conduite est punissable en France."), QStringLiteral("fr"), {}};
    return r;
}

QByteArray translate(const QByteArray& xliff, const QMap<QString, QString>& targets)
{
    QString doc = QString::fromUtf8(xliff);
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        const QString id = xliff::UnitId::fromFieldPath(it.key());
        const qsizetype unitStart = doc.indexOf(QStringLiteral("<unit id=\"%1\"").arg(id));
        if (unitStart < 0)
            continue;
        const qsizetype unitEnd = doc.indexOf(QLatin1String("</unit>"), unitStart);
        QString unit = doc.mid(unitStart, unitEnd - unitStart);
        unit.replace(QRegularExpression(QStringLiteral("\\s*<target[^>]*>.*</target>"),
                                        QRegularExpression::DotMatchesEverythingOption),
                     QString());
        QString escaped = it.value().toHtmlEscaped();
        escaped.replace(QLatin1String("&quot;"), QLatin1String("\""));
        unit.replace(
            QLatin1String("</source>"),
            QStringLiteral("</source>\n        <target xml:space=\"preserve\">%1</target>").arg(escaped));
        unit.replace(QRegularExpression(QStringLiteral("state=\"[a-z]+\"")),
                     QStringLiteral("state=\"translated\""));
        doc.replace(unitStart, unitEnd - unitStart, unit);
    }
    return doc.toUtf8();
}

} // namespace mla::test
