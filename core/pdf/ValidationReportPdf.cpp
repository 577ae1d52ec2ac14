#include "ValidationReportPdf.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

namespace mla::pdf {

namespace {

enum Label
{
    Title,
    FileLabel,
    SizeLabel,
    Sha256Label,
    GeneratedLabel,
    OverallLabel,
    AllValid,
    NotValid,
    DocumentProblems,
    SignatureLabel,
    SignerLabel,
    IssuerLabel,
    ClaimedTime,
    TimestampLabel,
    NoTimestamp,
    LevelLabel,
    ChainLabel,
    Trusted,
    VerdictLabel,
    TrustLabel,
    NoSignature,
    Footer,
    Bytes,
    LabelCount
};

// The labels in the six UN languages (interface wording, not legal text).
const QHash<QString, QList<QString>>& labels()
{
    static const QHash<QString, QList<QString>> table{
        {QStringLiteral("en"),
         {QStringLiteral("Signature validation report"),
          QStringLiteral("File"),
          QStringLiteral("Size"),
          QStringLiteral("SHA-256"),
          QStringLiteral("Report made"),
          QStringLiteral("Overall"),
          QStringLiteral("All signatures valid and trusted"),
          QStringLiteral("NOT VALID"),
          QStringLiteral("Problems of the document"),
          QStringLiteral("Signature"),
          QStringLiteral("Signer"),
          QStringLiteral("Issued by"),
          QStringLiteral("Time claimed by the signer"),
          QStringLiteral("Timestamp"),
          QStringLiteral("none (the signing time is only the signer's claim)"),
          QStringLiteral("Level"),
          QStringLiteral("Certificate chain"),
          QStringLiteral("trusted"),
          QStringLiteral("Verdict"),
          QStringLiteral("Trusted authorities"),
          QStringLiteral("The document holds no signature."),
          QStringLiteral(
              "Made by mlawriter %1. This report records the checks made on the file; it is not itself "
              "a signature."),
          QStringLiteral("bytes")}},
        {QStringLiteral("fr"),
         {QStringLiteral("Rapport de validation des signatures"),
          QStringLiteral("Fichier"),
          QStringLiteral("Taille"),
          QStringLiteral("SHA-256"),
          QStringLiteral("Rapport établi le"),
          QStringLiteral("Résultat"),
          QStringLiteral("Toutes les signatures sont valides et de confiance"),
          QStringLiteral("NON VALIDE"),
          QStringLiteral("Problèmes du document"),
          QStringLiteral("Signature"),
          QStringLiteral("Signataire"),
          QStringLiteral("Émis par"),
          QStringLiteral("Heure déclarée par le signataire"),
          QStringLiteral("Horodatage"),
          QStringLiteral("aucun (l'heure de signature n'est qu'une déclaration du signataire)"),
          QStringLiteral("Niveau"),
          QStringLiteral("Chaîne de certificats"),
          QStringLiteral("de confiance"),
          QStringLiteral("Verdict"),
          QStringLiteral("Autorités de confiance"),
          QStringLiteral("Le document ne contient aucune signature."),
          QStringLiteral(
              "Établi par mlawriter %1. Ce rapport consigne les vérifications faites sur le fichier ; il "
              "n'est pas lui-même une signature."),
          QStringLiteral("octets")}},
        {QStringLiteral("es"),
         {QStringLiteral("Informe de validación de firmas"),
          QStringLiteral("Archivo"),
          QStringLiteral("Tamaño"),
          QStringLiteral("SHA-256"),
          QStringLiteral("Informe elaborado el"),
          QStringLiteral("Resultado"),
          QStringLiteral("Todas las firmas son válidas y de confianza"),
          QStringLiteral("NO VÁLIDO"),
          QStringLiteral("Problemas del documento"),
          QStringLiteral("Firma"),
          QStringLiteral("Firmante"),
          QStringLiteral("Emitido por"),
          QStringLiteral("Hora declarada por el firmante"),
          QStringLiteral("Sello de tiempo"),
          QStringLiteral("ninguno (la hora de la firma es solo una declaración del firmante)"),
          QStringLiteral("Nivel"),
          QStringLiteral("Cadena de certificados"),
          QStringLiteral("de confianza"),
          QStringLiteral("Veredicto"),
          QStringLiteral("Autoridades de confianza"),
          QStringLiteral("El documento no contiene ninguna firma."),
          QStringLiteral(
              "Elaborado por mlawriter %1. Este informe registra las comprobaciones hechas sobre el "
              "archivo; no es en sí una firma."),
          QStringLiteral("bytes")}},
        {QStringLiteral("ru"),
         {QStringLiteral("Отчёт о проверке подписей"),
          QStringLiteral("Файл"),
          QStringLiteral("Размер"),
          QStringLiteral("SHA-256"),
          QStringLiteral("Отчёт составлен"),
          QStringLiteral("Итог"),
          QStringLiteral("Все подписи действительны и заслуживают доверия"),
          QStringLiteral("НЕДЕЙСТВИТЕЛЬНО"),
          QStringLiteral("Проблемы документа"),
          QStringLiteral("Подпись"),
          QStringLiteral("Подписант"),
          QStringLiteral("Кем выдан"),
          QStringLiteral("Время, заявленное подписантом"),
          QStringLiteral("Метка времени"),
          QStringLiteral("нет (время подписания — лишь заявление подписанта)"),
          QStringLiteral("Уровень"),
          QStringLiteral("Цепочка сертификатов"),
          QStringLiteral("доверенная"),
          QStringLiteral("Заключение"),
          QStringLiteral("Доверенные органы"),
          QStringLiteral("Документ не содержит подписей."),
          QStringLiteral("Составлено mlawriter %1. Отчёт фиксирует проверки, проведённые над файлом; сам он "
                         "подписью не является."),
          QStringLiteral("байт")}},
        {QStringLiteral("ar"),
         {QStringLiteral("تقرير التحقق من التوقيعات"),
          QStringLiteral("الملف"),
          QStringLiteral("الحجم"),
          QStringLiteral("SHA-256"),
          QStringLiteral("تاريخ إعداد التقرير"),
          QStringLiteral("النتيجة"),
          QStringLiteral("جميع التوقيعات صحيحة وموثوقة"),
          QStringLiteral("غير صحيح"),
          QStringLiteral("مشكلات المستند"),
          QStringLiteral("التوقيع"),
          QStringLiteral("الموقّع"),
          QStringLiteral("الجهة المصدرة"),
          QStringLiteral("الوقت الذي يدّعيه الموقّع"),
          QStringLiteral("الختم الزمني"),
          QStringLiteral("لا يوجد (وقت التوقيع مجرد ادعاء من الموقّع)"),
          QStringLiteral("المستوى"),
          QStringLiteral("سلسلة الشهادات"),
          QStringLiteral("موثوقة"),
          QStringLiteral("الحكم"),
          QStringLiteral("الجهات الموثوقة"),
          QStringLiteral("لا يحتوي المستند على أي توقيع."),
          QStringLiteral(
              "أعدّه mlawriter %1. يسجّل هذا التقرير الفحوص التي أُجريت على الملف، وليس هو نفسه توقيعًا."),
          QStringLiteral("بايت")}},
        {QStringLiteral("zh"),
         {QStringLiteral("签名验证报告"),
          QStringLiteral("文件"),
          QStringLiteral("大小"),
          QStringLiteral("SHA-256"),
          QStringLiteral("报告生成时间"),
          QStringLiteral("总体结论"),
          QStringLiteral("所有签名均有效且可信"),
          QStringLiteral("无效"),
          QStringLiteral("文档问题"),
          QStringLiteral("签名"),
          QStringLiteral("签名人"),
          QStringLiteral("颁发者"),
          QStringLiteral("签名人声称的时间"),
          QStringLiteral("时间戳"),
          QStringLiteral("无（签名时间仅为签名人的声称）"),
          QStringLiteral("级别"),
          QStringLiteral("证书链"),
          QStringLiteral("可信"),
          QStringLiteral("结论"),
          QStringLiteral("可信机构"),
          QStringLiteral("该文档不含任何签名。"),
          QStringLiteral("由 mlawriter %1 生成。本报告记录对该文件所做的检查，其本身不是签名。"),
          QStringLiteral("字节")}},
    };
    return table;
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

Result<QByteArray> validationReportPdf(const VerifyReport& report, const ValidationReportOptions& options)
{
    const QString lang =
        labels().contains(options.language.left(2)) ? options.language.left(2) : QStringLiteral("en");
    const QList<QString>& L = labels().value(lang);
    const bool rtl = lang == QStringLiteral("ar");
    const QLocale locale(lang);
    const auto when = [&](const QDateTime& t) {
        return t.isValid() ? locale.toString(t.toUTC(), QLocale::LongFormat)
                                     .replace(QStringLiteral("UTC"), QString()) +
                                 QStringLiteral(" UTC")
                           : QStringLiteral("—");
    };
    const auto row = [&](int label, const QString& value) {
        return QStringLiteral("<tr><td width=\"32%\"><b>%1</b></td><td>%2</td></tr>")
            .arg(esc(L[label]), value);
    };
    const bool valid = report.allValid();
    QString html = QStringLiteral("<html dir=\"%1\"><body dir=\"%1\">")
                       .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(L[Title]));
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\" border=\"0\">");
    html += row(FileLabel, esc(QFileInfo(report.file).fileName()));
    html += row(SizeLabel, esc(locale.toString(report.fileSize) + QLatin1Char(' ') + L[Bytes]));
    html += row(
        Sha256Label,
        QStringLiteral("<span style=\"font-family:'Noto Sans Mono','DejaVu Sans Mono',monospace\">%1</span>")
            .arg(esc(QString::fromLatin1(options.fileSha256Hex.toLower()))));
    html += row(GeneratedLabel,
                esc(when(options.generated.isValid() ? options.generated : QDateTime::currentDateTimeUtc())));
    if (!options.trustDescription.isEmpty())
        html += row(TrustLabel, esc(options.trustDescription));
    html += row(OverallLabel, QStringLiteral("<b style=\"color:%1\">%2</b>")
                                  .arg(valid ? QStringLiteral("#1b5e20") : QStringLiteral("#b71c1c"),
                                       esc(valid ? L[AllValid] : L[NotValid])));
    html += QStringLiteral("</table>");
    if (!report.documentProblems.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(L[DocumentProblems]));
        for (const QString& p : report.documentProblems)
            html += QStringLiteral("<li>%1</li>").arg(esc(p));
        html += QStringLiteral("</ul>");
    }
    if (report.signatures.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(L[NoSignature]));
    for (int i = 0; i < report.signatures.size(); ++i) {
        const SignatureCheck& s = report.signatures.at(i);
        html += QStringLiteral("<h3>%1 %2 — %3</h3>")
                    .arg(esc(L[SignatureLabel]))
                    .arg(i + 1)
                    .arg(esc(s.fieldName));
        html += QStringLiteral("<table width=\"100%\" cellpadding=\"3\" cellspacing=\"0\" border=\"0\">");
        html += row(SignerLabel,
                    esc(s.signerName) + QStringLiteral("<br/><small>%1</small>").arg(esc(s.signerSubject)));
        html += row(IssuerLabel, esc(s.issuer));
        html += row(ClaimedTime, esc(when(s.signingTime)));
        html += row(TimestampLabel,
                    s.timestampPresent
                        ? esc(when(s.timestampTime) + QStringLiteral(" — ") + s.timestampAuthority +
                              (s.timestampOk ? QString() : QStringLiteral(" (✗)")))
                        : esc(L[NoTimestamp]));
        html += row(LevelLabel, esc(s.level));
        html += row(ChainLabel, esc(s.chainTrusted ? L[Trusted] : s.chainError));
        html += row(
            VerdictLabel,
            QStringLiteral("<b>%1</b>").arg(esc(options.verdictText ? options.verdictText(s) : s.verdict())));
        html += QStringLiteral("</table>");
        if (!s.problems.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const QString& p : s.problems)
                html += QStringLiteral("<li>%1</li>").arg(esc(p));
            html += QStringLiteral("</ul>");
        }
    }
    html += QStringLiteral("<hr/><p><small>%1</small></p></body></html>")
                .arg(esc(L[Footer].arg(QStringLiteral(MLAWRITER_VERSION))));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(L[Title]);
        writer.setCreator(QStringLiteral("mlawriter"));
        QTextDocument doc;
        QFont font(lang == QStringLiteral("ar")   ? QStringLiteral("Noto Naskh Arabic")
                   : lang == QStringLiteral("zh") ? QStringLiteral("Noto Sans CJK SC")
                                                  : QStringLiteral("Noto Sans"));
        font.setFamilies({font.family(), QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                          QStringLiteral("Noto Sans CJK SC")});
        font.setPointSizeF(10);
        doc.setDefaultFont(font);
        QTextOption option = doc.defaultTextOption();
        option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc.setDefaultTextOption(option);
        doc.setHtml(html);
        doc.print(&writer);
    }
    return buffer.data();
}

Status writeValidationReportPdf(const VerifyReport& report, const ValidationReportOptions& options,
                                const QString& outPath)
{
    Result<QByteArray> pdf = validationReportPdf(report, options);
    if (!pdf)
        return pdf.error();
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf.value()) != pdf.value().size() || !out.commit())
        return Error{QStringLiteral("pdf.report.write"),
                     QStringLiteral("cannot write: %1").arg(out.errorString()), outPath, 0, 0};
    return {};
}

} // namespace mla::pdf
