#include "FieldContext.h"

#include <QRegularExpression>

namespace mla::xliff {
namespace {

QString untoc(const QString& paragraphs)
{
    return QStringLiteral("UNTOC art. ") + paragraphs;
}

} // namespace

FieldContext FieldContext::of(const Request& request, const QString& fieldPath)
{
    // Fixed fields of the request.
    struct Fixed
    {
        const char* path;
        const char* section;
        const char* field;
        const char* article;
    };
    static const Fixed fixed[] = {
        {"legalBasis.reciprocityNote", "Legal basis", "Assurance of reciprocity", ""},
        {"legalBasis.scopeExplanation", "Legal basis",
         "Why the Convention applies (serious crime, transnational, organized criminal group)",
         "UNTOC art. 3 (scope), art. 2(b) (serious crime)"},
        {"urgency.reasons", "Urgency", "Reasons for urgency and any deadline", "UNTOC art. 18(24)"},
        {"proceedings.subject", "Proceedings",
         "Subject matter and nature of the investigation, prosecution or proceeding", "UNTOC art. 18(15)(b)"},
        {"proceedings.conductingFunctions", "Proceedings",
         "Functions of the authority conducting the proceedings", "UNTOC art. 18(15)(b)"},
        {"summaryOfFacts", "Summary of the relevant facts", "Summary of the relevant facts",
         "UNTOC art. 18(15)(c)"},
        {"confidentiality.reasons", "Confidentiality", "Reasons for requesting confidentiality",
         "UNTOC art. 18(20)"},
        {"useLimitation", "Use of the information", "Use of the information or evidence (use limitation)",
         "UNTOC art. 18(19)"},
        {"dualCriminalityNote", "Dual criminality", "Note on the conduct and dual criminality",
         "UNTOC art. 18(9)"},
    };
    for (const auto& f : fixed) {
        if (fieldPath == QLatin1String(f.path)) {
            return {QString::fromLatin1(f.section), QString::fromLatin1(f.field),
                    QString::fromLatin1(f.article)};
        }
    }

    static const QRegularExpression listItem(
        QStringLiteral(R"(^(offences|persons|measures|attachments)\[([^\]]*)\]\.(.+)$)"));
    const auto m = listItem.match(fieldPath);
    if (!m.hasMatch())
        return {QString(), fieldPath, QString()};
    const QString list = m.captured(1);
    const QString id = m.captured(2);
    const QString rest = m.captured(3);

    if (list == QLatin1String("offences")) {
        const Offence* o = request.offence(id);
        QString section = QStringLiteral("Offences (%1)").arg(id);
        if (o && !o->name.text.trimmed().isEmpty())
            section = QStringLiteral("Offences (%1: %2)").arg(id, o->name.text.trimmed());
        if (rest == QLatin1String("name"))
            return {section, QStringLiteral("Name of the offence"), untoc(QStringLiteral("18(15)(b)"))};
        return {section, QStringLiteral("Text of the legal provision"),
                untoc(QStringLiteral("18(15)(b); dual criminality: 18(9)"))};
    }
    if (list == QLatin1String("persons")) {
        const Person* p = request.person(id);
        const QString who = p ? p->displayName() : QString();
        return {who.isEmpty() ? QStringLiteral("Persons concerned (%1)").arg(id)
                              : QStringLiteral("Persons concerned (%1: %2)").arg(id, who),
                QStringLiteral("Notes on the person (identity, location, nationality)"),
                untoc(QStringLiteral("18(15)(e)"))};
    }
    if (list == QLatin1String("measures")) {
        const Measure* ms = request.measure(id);
        const MeasureSpec* spec = ms ? &measureSpec(ms->type) : nullptr;
        const QString section =
            spec ? QStringLiteral("Assistance sought (%1: %2)").arg(id, QString::fromUtf8(spec->title))
                 : QStringLiteral("Assistance sought (%1)").arg(id);
        const QString measureArticle =
            spec && !spec->article.isEmpty() ? QStringLiteral(", ") + spec->article : QString();
        if (rest == QLatin1String("description"))
            return {section, QStringLiteral("Description of the assistance sought"),
                    untoc(QStringLiteral("18(15)(d)") + measureArticle)};
        if (rest == QLatin1String("procedures"))
            return {section, QStringLiteral("Particular procedure to be followed"),
                    untoc(QStringLiteral("18(15)(d), 18(17)"))};
        if (rest == QLatin1String("purpose"))
            return {section,
                    QStringLiteral("Purpose for which the evidence, information or action is sought"),
                    untoc(QStringLiteral("18(15)(f)"))};
        if (rest.startsWith(QLatin1String("details."))) {
            const QString key = rest.mid(8);
            const FieldSpec* fs = ms ? fieldSpec(ms->type, key) : nullptr;
            return {section, fs ? QString::fromUtf8(fs->label) : key,
                    untoc(QStringLiteral("18(15)(d)") + measureArticle)};
        }
        return {section, rest, QString()};
    }
    // attachments[n].description, n 1-based
    bool ok = false;
    const int n = id.toInt(&ok);
    const QString name =
        ok && n >= 1 && n <= request.attachments.size() ? request.attachments[n - 1].fileName : QString();
    return {name.isEmpty() ? QStringLiteral("Attachments (%1)").arg(id)
                           : QStringLiteral("Attachments (%1: %2)").arg(id, name),
            QStringLiteral("Description of the attachment"), QString()};
}

} // namespace mla::xliff
