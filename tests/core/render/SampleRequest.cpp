#include "SampleRequest.h"

namespace mla::test {
namespace {

LocalizedText lt(const QString& en, const QString& ar, const QString& zh, const QString& fr,
                 const QString& ru, const QString& es)
{
    LocalizedText t;
    t.text = en;
    t.language = QStringLiteral("en");
    const QStringList langs{QStringLiteral("ar"), QStringLiteral("zh"), QStringLiteral("fr"),
                            QStringLiteral("ru"), QStringLiteral("es")};
    const QStringList texts{ar, zh, fr, ru, es};
    for (int i = 0; i < langs.size(); ++i) {
        Translation tr;
        tr.language = langs[i];
        tr.text = texts[i];
        tr.status = TranslationStatus::Reviewed;
        tr.sourceHash = LocalizedText::hashOf(en);
        t.setTranslation(tr);
    }
    return t;
}

const QString kFactsEn = QStringLiteral(
    "Between March 2021 and June 2023 an organized group imported 120 kg of cocaine into the requesting "
    "State "
    "through container shipments. Payments of EUR 2,450,000 were made from accounts in the requested State.");
const QString kFactsAr = QString::fromUtf8(
    "بين آذار/مارس 2021 وحزيران/يونيه 2023 استوردت جماعة منظمة 120 كيلوغراماً من الكوكايين إلى الدولة الطالبة "
    "في حاويات شحن. ولا تزال الأموال المحوّلة من حسابات في الدولة متلقية الطلب قيد التتبع، وقد شارك فيها "
    "الأشخاص الأربعة.");
const QString kFactsZh =
    QString::fromUtf8("2021年3月至2023年6月期间，一个有组织犯罪集团通过集装箱货运向请求国输入120公斤可卡因。"
                      "相关款项共计2,450,000欧元，由设在中华人民共和国境内的账户支付。");
const QString kFactsFr = QString::fromUtf8(
    "Entre mars 2021 et juin 2023, un groupe organisé a importé 120 kg de cocaïne dans l'État requérant par "
    "conteneurs. Des paiements de 2 450 000 euros ont été effectués depuis des comptes situés dans l'État "
    "requis.");
const QString kFactsRu = QString::fromUtf8(
    "В период с марта 2021 года по июнь 2023 года организованная группа ввезла в запрашивающее государство "
    "120 кг кокаина в контейнерах. Платежи на сумму 2 450 000 евро производились со счетов в запрашиваемом "
    "государстве.");
const QString kFactsEs = QString::fromUtf8("Entre marzo de 2021 y junio de 2023, un grupo organizado importó "
                                           "120 kg de cocaína al Estado requirente en "
                                           "contenedores. Se efectuaron pagos por valor de 2.450.000 euros "
                                           "desde cuentas situadas en el Estado requerido.");

} // namespace

Request sampleRequest()
{
    Request r;
    r.id = QStringLiteral("0b7d3c1e-5a55-4b8e-9a57-3f1f3c2d9e10");
    r.draftLanguage = QStringLiteral("en");
    r.outputLanguage = QStringLiteral("en");
    r.requestingState = QStringLiteral("ESP");
    r.requestedState = QStringLiteral("CHN");
    r.authority.name = QStringLiteral("Fiscalía Especial Antidroga");
    r.authority.address = QStringLiteral("Calle de Manuel Silvela 4\n28010 Madrid");
    r.authority.contactPerson = QStringLiteral("Ana Martínez Ruiz");
    r.authority.phone = QStringLiteral("+34 91 000 00 00");
    r.authority.email = QStringLiteral("mla@example.org");
    r.authority.reference = QStringLiteral("FEA-2024/0173");
    r.signatory = {QStringLiteral("Ana Martínez Ruiz"), QStringLiteral("Fiscal jefe"),
                   QStringLiteral("Madrid")};
    r.legalBasis.kind = LegalBasisKind::Untoc;
    r.legalBasis.reciprocityAssurance = true;
    r.legalBasis.transnational = TriState::Yes;
    r.legalBasis.organizedCriminalGroup = TriState::Yes;
    r.urgency.urgent = true;
    r.urgency.deadline = QDate(2025, 3, 31);
    r.urgency.reasons = lt(QStringLiteral("The data will be deleted by the provider after 180 days."),
                           QString::fromUtf8("سيحذف مقدم الخدمة البيانات بعد 180 يوماً."),
                           QString::fromUtf8("服务提供商将在180天后删除数据。"),
                           QString::fromUtf8("Le fournisseur supprimera les données après 180 jours."),
                           QString::fromUtf8("Поставщик удалит данные через 180 дней."),
                           QString::fromUtf8("El proveedor eliminará los datos transcurridos 180 días."));
    r.proceedings.type = ProceedingsType::Investigation;
    r.proceedings.conductingAuthority = QStringLiteral("Juzgado Central de Instrucción n.º 3");
    r.proceedings.caseReference = QStringLiteral("DP 41/2024");
    r.proceedings.subject = lt(
        QStringLiteral("Drug trafficking and money laundering by an organized criminal group."),
        QString::fromUtf8("الاتجار بالمخدرات وغسل الأموال من قِبل جماعة إجرامية منظمة."),
        QString::fromUtf8("有组织犯罪集团实施的毒品贩运和洗钱。"),
        QString::fromUtf8("Trafic de stupéfiants et blanchiment d'argent par un groupe criminel organisé."),
        QString::fromUtf8(
            "Незаконный оборот наркотиков и отмывание денег организованной преступной группой."),
        QString::fromUtf8("Tráfico de drogas y blanqueo de dinero por un grupo delictivo organizado."));
    r.summaryOfFacts = lt(kFactsEn, kFactsAr, kFactsZh, kFactsFr, kFactsRu, kFactsEs);

    Offence o;
    o.id = QStringLiteral("o1");
    o.name =
        lt(QStringLiteral("Laundering of proceeds of crime"), QString::fromUtf8("غسل العائدات الإجرامية"),
           QString::fromUtf8("洗钱"), QString::fromUtf8("Blanchiment du produit du crime"),
           QString::fromUtf8("Отмывание доходов от преступлений"),
           QString::fromUtf8("Blanqueo del producto del delito"));
    o.maxPenaltyYears = 6;
    o.conventionArticle = QStringLiteral("6");
    o.iccsCodes = {QStringLiteral("07041")};
    r.offences << o;

    Person p1;
    p1.id = QStringLiteral("p1");
    p1.role = PersonRole::Suspect;
    p1.familyName = QStringLiteral("Al-Masri");
    p1.givenNames = QStringLiteral("Karim");
    p1.otherScripts = {{QStringLiteral("Arab"), QString::fromUtf8("كريم المصري")}};
    p1.dateOfBirth = QDate(1984, 7, 12);
    p1.placeOfBirth = QStringLiteral("Alexandria");
    p1.nationalities = {QStringLiteral("EGY")};
    p1.documents = {
        {QStringLiteral("passport"), QStringLiteral("A12345678"), QStringLiteral("EGY"), QDate(2030, 1, 1)}};
    r.persons << p1;
    Person p2;
    p2.id = QStringLiteral("p2");
    p2.role = PersonRole::AccountHolder;
    p2.familyName = QStringLiteral("Wang");
    p2.givenNames = QStringLiteral("Lei");
    p2.otherScripts = {{QStringLiteral("Hans"), QString::fromUtf8("王磊")}};
    p2.addresses = {QString::fromUtf8("上海市浦东新区世纪大道100号")};
    p2.nationalities = {QStringLiteral("CHN")};
    r.persons << p2;

    Measure m1;
    m1.id = QStringLiteral("m1");
    m1.type = MeasureType::BankRecords;
    m1.personIds = {QStringLiteral("p2")};
    m1.details.insert(QStringLiteral("institution"),
                      FieldValue{QStringLiteral("Bank of Example (Shanghai Branch)"), {}, {}});
    m1.details.insert(
        QStringLiteral("accounts"),
        FieldValue{
            {}, {QStringLiteral("6222 0210 0112 3456 789"), QStringLiteral("6222 0210 0198 7654 321")}, {}});
    m1.details.insert(QStringLiteral("periodFrom"), FieldValue{QStringLiteral("2021-01-01"), {}, {}});
    m1.details.insert(QStringLiteral("periodTo"), FieldValue{QStringLiteral("2023-12-31"), {}, {}});
    m1.purpose = lt(QStringLiteral("To trace the payments for the shipments."),
                    QString::fromUtf8("تتبع المدفوعات المتعلقة بالشحنات."),
                    QString::fromUtf8("追查与货运有关的付款。"),
                    QString::fromUtf8("Retracer les paiements liés aux envois."),
                    QString::fromUtf8("Отследить платежи за поставки."),
                    QString::fromUtf8("Rastrear los pagos de los envíos."));
    r.measures << m1;
    Measure m2;
    m2.id = QStringLiteral("m2");
    m2.type = MeasureType::Evidence;
    m2.personIds = {QStringLiteral("p1")};
    m2.details.insert(QStringLiteral("questions"),
                      FieldValue{{},
                                 {},
                                 lt(QStringLiteral("Who instructed the transfers?"),
                                    QString::fromUtf8("من الذي أصدر التعليمات بالتحويلات؟"),
                                    QString::fromUtf8("是谁指示进行转账的？"),
                                    QString::fromUtf8("Qui a ordonné les virements ?"),
                                    QString::fromUtf8("Кто давал указания о переводах?"),
                                    QString::fromUtf8("¿Quién ordenó las transferencias?"))});
    m2.procedures = lt(QStringLiteral("The witness should be heard in the presence of counsel."),
                       QString::fromUtf8("ينبغي الاستماع إلى الشاهد بحضور محاميه."),
                       QString::fromUtf8("应在律师在场的情况下询问证人。"),
                       QString::fromUtf8("Le témoin devrait être entendu en présence de son avocat."),
                       QString::fromUtf8("Свидетель должен быть допрошен в присутствии адвоката."),
                       QString::fromUtf8("El testigo debería ser oído en presencia de su abogado."));
    m2.purpose =
        lt(QStringLiteral("To establish who controlled the accounts."),
           QString::fromUtf8("تحديد من كان يتحكم في الحسابات."), QString::fromUtf8("查明账户的实际控制人。"),
           QString::fromUtf8("Établir qui contrôlait les comptes."),
           QString::fromUtf8("Установить, кто распоряжался счетами."),
           QString::fromUtf8("Determinar quién controlaba las cuentas."));
    r.measures << m2;
    Measure m3;
    m3.id = QStringLiteral("m3");
    m3.type = MeasureType::Preservation;
    m3.details.insert(QStringLiteral("provider"), FieldValue{QStringLiteral("Example Cloud Ltd."), {}, {}});
    m3.details.insert(QStringLiteral("identifiers"),
                      FieldValue{{}, {QStringLiteral("k.almasri@example.net")}, {}});
    m3.details.insert(QStringLiteral("dataCategories"),
                      FieldValue{{}, {QStringLiteral("subscriber"), QStringLiteral("traffic")}, {}});
    r.measures << m3;

    r.confidentiality.requested = true;
    // Deliberately left untranslated: printed as the original, marked.
    r.useLimitation.text = QStringLiteral("Le informazioni saranno usate solo nel procedimento indicato.");
    r.useLimitation.language = QStringLiteral("it");

    Attachment a;
    a.fileName = QStringLiteral("auto-juzgado-41-2024.pdf");
    a.sha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    r.attachments << a;
    return r;
}

render::RenderContext sampleContext(const QString& language)
{
    render::RenderContext c;
    c.language = language;
    c.date = QDate(2024, 11, 5);
    c.draftWatermark = true;
    struct Names
    {
        const char* lang;
        const char* requesting;
        const char* requested;
    };
    static const Names names[] = {
        {"ar", "إسبانيا", "الصين"}, {"zh", "西班牙", "中华人民共和国"}, {"en", "Spain", "China"},
        {"fr", "Espagne", "Chine"}, {"ru", "Испания", "Китай"},         {"es", "España", "China"},
    };
    for (const Names& n : names)
        if (language == QLatin1String(n.lang)) {
            c.requestingStateName = QString::fromUtf8(n.requesting);
            c.requestedStateName = QString::fromUtf8(n.requested);
        }
    c.centralAuthorityName =
        QString::fromUtf8(language == QLatin1String("zh") ? "中华人民共和国司法部" : "Ministry of Justice");
    return c;
}

QStringList sampleExpectedText(const QString& language)
{
    const Request r = sampleRequest();
    QStringList out;
    if (language == QLatin1String("en")) {
        out << kFactsEn.left(60);
    } else if (language == QLatin1String("ar")) {
        // poppler rebuilds mixed-direction lines with its own spacing around embedded
        // left-to-right runs (numbers, Latin names), so Arabic expectations are Arabic runs.
        out << QString::fromUtf8("من الكوكايين إلى الدولة الطالبة");
    } else {
        const QString facts = r.summaryOfFacts.translation(language)->text;
        out << facts.left(40);
    }
    if (language == QLatin1String("zh"))
        out << QString::fromUtf8("中华人民共和国") << QString::fromUtf8("王磊");
    if (language == QLatin1String("ar"))
        out << QString::fromUtf8("ولا تزال") << QString::fromUtf8("الأشخاص")
            << QString::fromUtf8("الأمم المتحدة") << QString::fromUtf8("كريم المصري");
    out << QStringLiteral("FEA-2024/0173");
    return out;
}

} // namespace mla::test
