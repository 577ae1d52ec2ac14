#include "RecordKinds.h"

#include "StateRecord.h"

#include <QCryptographicHash>

namespace mla::requirements::kinds {
namespace {

constexpr int maxText = 8 * 1024;
constexpr int maxPem = 64 * 1024;

Column text(const char* n)
{
    return {QString::fromLatin1(n), ColumnType::Text, {}};
}
Column iso3(const char* n)
{
    return {QString::fromLatin1(n), ColumnType::Iso3, {}};
}
Column date(const char* n)
{
    return {QString::fromLatin1(n), ColumnType::Date, {}};
}
Column code(const char* n)
{
    return {QString::fromLatin1(n), ColumnType::Code, {}};
}
template <typename E> Column enumeration(const char* n, QString (*id)(E), std::initializer_list<E> values)
{
    QStringList ids;
    for (E v : values)
        ids << id(v);
    return {QString::fromLatin1(n), ColumnType::Enum, ids};
}
Column tri(const char* n)
{
    return enumeration<Tri>(n, triId, {Tri::Unknown, Tri::Yes, Tri::No});
}
Column channel(const char* n)
{
    using C = ChannelPolicy;
    return enumeration<C>(n, channelPolicyId, {C::Unknown, C::Accepted, C::Required, C::NotAccepted});
}

QList<Kind> build()
{
    QList<Kind> l;
    l.append({QStringLiteral("state"),
              QStringLiteral("state"),
              {iso3("iso3")},
              {code("m49"), text("name_ar"), text("name_zh"), text("name_en"), text("name_fr"),
               text("name_ru"), text("name_es")}});
    l.append({QStringLiteral("untoc"),
              QStringLiteral("untoc"),
              {iso3("iso3")},
              {enumeration<UntocStatus>(
                   "status", untocStatusId,
                   {UntocStatus::Unknown, UntocStatus::Party, UntocStatus::Signatory, UntocStatus::NotParty}),
               text("status_note"), date("date"), tri("extradition_basis")}});
    l.append({QStringLiteral("central-authority"),
              QStringLiteral("central_authority"),
              {iso3("iso3")},
              {text("name"), text("address"), text("phone"), text("email"), text("notes")}});
    l.append({QStringLiteral("channels"),
              QStringLiteral("channels"),
              {iso3("iso3")},
              {channel("central_authority"), channel("diplomatic"), channel("interpol"), text("notes")}});
    l.append({QStringLiteral("languages"),
              QStringLiteral("languages"),
              {iso3("iso3")},
              {{QStringLiteral("codes"), ColumnType::Languages, {}}, text("conditions")}});
    l.append({QStringLiteral("electronic"),
              QStringLiteral("electronic"),
              {iso3("iso3")},
              {tri("transmission"), tri("signature"), text("notes")}});
    {
        using D = DualCriminalityPolicy;
        l.append({QStringLiteral("dual-criminality"),
                  QStringLiteral("dual_criminality"),
                  {iso3("iso3")},
                  {enumeration<D>("policy", dualCriminalityPolicyId,
                                  {D::Unknown, D::NotRequired, D::RequiredForCoercive, D::RequiredForAll}),
                   text("notes")}});
    }
    {
        using R = ReciprocityPolicy;
        l.append(
            {QStringLiteral("reciprocity"),
             QStringLiteral("reciprocity"),
             {iso3("iso3")},
             {enumeration<R>("policy", reciprocityPolicyId,
                             {R::Unknown, R::NotRequired, R::AssuranceRequired, R::RequiredAbsentTreaty}),
              text("notes")}});
    }
    l.append({QStringLiteral("practice"),
              QStringLiteral("practice"),
              {iso3("iso3")},
              {text("use_limitation"), text("confidentiality")}});
    {
        using A = Availability;
        l.append({QStringLiteral("measure"),
                  QStringLiteral("measure_note"),
                  {iso3("iso3"), code("measure")},
                  {enumeration<A>("availability", availabilityId,
                                  {A::Unknown, A::Available, A::NotAvailable, A::Limited}),
                   text("alternative"), text("details")}});
    }
    l.append({QStringLiteral("conduct"),
              QStringLiteral("conduct"),
              {iso3("iso3"), code("iccs")},
              {tri("criminalized"), text("provision"), text("notes")}});
    l.append({QStringLiteral("treaty"),
              QStringLiteral("treaty"),
              {iso3("state_a"), iso3("state_b"), text("name")},
              {tri("in_force"), date("date"), text("notes")}});
    l.append({QStringLiteral("certificate"),
              QStringLiteral("certificate"),
              {iso3("iso3"), {QStringLiteral("sha256"), ColumnType::Sha256, {}}},
              {{QStringLiteral("pem"), ColumnType::Pem, {}}, text("subject")}});
    // Declarations and practice notes: what a State declared to the UN depositary under an
    // article, or its national practice (not a UNTOC notification), or its ratification act.
    l.append({QStringLiteral("declaration"),
              QStringLiteral("declaration"),
              {iso3("iso3"),
               {QStringLiteral("topic"), ColumnType::Enum, declarationTopics()},
               {QStringLiteral("scope"), ColumnType::Enum, declarationScopes()}},
              {text("text"), text("quote")}});
    Kind iccs{QStringLiteral("iccs"),
              QStringLiteral("iccs"),
              {code("code")},
              {{QStringLiteral("level"), ColumnType::Int, {}},
               code("parent"),
               text("name_ar"),
               text("name_zh"),
               text("name_en"),
               text("name_fr"),
               text("name_ru"),
               text("name_es")}};
    iccs.inPackage = false; // reference data, shipped with the application
    l.append(iccs);
    return l;
}

// Hand-written, single-pass checks: no regular expression ever runs over package text, so the
// cost of validating a value is linear in its length (a backtracking pattern over a long run of
// spaces in a PEM value was quadratic).
bool isUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}
bool isLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isIso3(const QString& v)
{
    return v.size() == 3 && isUpper(v[0]) && isUpper(v[1]) && isUpper(v[2]);
}

bool isCode(const QString& v)
{
    if (v.isEmpty() || v.size() > 32)
        return false;
    for (const QChar c : v)
        if (!isDigit(c) && !isUpper(c) && !isLower(c) && c != u'.' && c != u'-')
            return false;
    return true;
}

bool isLanguageList(const QString& v)
{
    int run = 0; // letters in the current code
    for (const QChar c : v) {
        if (isLower(c)) {
            if (++run > 3)
                return false;
        } else if (c == u';') {
            if (run < 2)
                return false;
            run = 0;
        } else {
            return false;
        }
    }
    return run >= 2;
}

bool isSha256Hex(const QString& v)
{
    if (v.size() != 64)
        return false;
    for (const QChar c : v)
        if (!isDigit(c) && !(c >= u'a' && c <= u'f'))
            return false;
    return true;
}

bool isSmallInt(const QString& v)
{
    if (v.isEmpty() || v.size() > 4)
        return false;
    for (const QChar c : v)
        if (!isDigit(c))
            return false;
    return true;
}

bool isPemSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

// One PEM certificate: the BEGIN line, white space, base64 and white space, the END line,
// optional trailing white space. One pass over the text.
bool isOnePem(const QString& v)
{
    static const QString begin = QStringLiteral("-----BEGIN CERTIFICATE-----");
    static const QString end = QStringLiteral("-----END CERTIFICATE-----");
    if (!v.startsWith(begin))
        return false;
    qsizetype i = begin.size();
    if (i >= v.size() || !isPemSpace(v[i]))
        return false;
    bool body = false;
    for (; i < v.size(); ++i) {
        const QChar c = v[i];
        if (c == u'-')
            break;
        if (isPemSpace(c))
            continue;
        if (!isUpper(c) && !isLower(c) && !isDigit(c) && c != u'+' && c != u'/' && c != u'=')
            return false;
        body = true;
    }
    if (!body || QStringView(v).mid(i, end.size()) != end)
        return false;
    for (i += end.size(); i < v.size(); ++i)
        if (!isPemSpace(v[i]))
            return false;
    return true;
}

QString checkValue(const Column& c, const QString& v)
{
    for (const QChar ch : v) {
        // Control characters other than tab and newline have no place in requirements data.
        if (ch.category() == QChar::Other_Control && ch != u'\n' && ch != u'\t' && ch != u'\r')
            return QStringLiteral("field '%1' contains a control character").arg(c.name);
    }
    switch (c.type) {
    case ColumnType::Text:
        if (v.size() > maxText)
            return QStringLiteral("field '%1' is longer than %2 characters").arg(c.name).arg(maxText);
        return {};
    case ColumnType::Iso3:
        return isIso3(v) ? QString()
                         : QStringLiteral("field '%1' is not an ISO 3166 alpha-3 code: '%2'")
                               .arg(c.name, v.left(20));
    case ColumnType::Date:
        if (v.isEmpty() || QDate::fromString(v, Qt::ISODate).isValid())
            return {};
        return QStringLiteral("field '%1' is not a date (yyyy-MM-dd): '%2'").arg(c.name, v.left(20));
    case ColumnType::Enum:
        return c.allowed.contains(v) ? QString()
                                     : QStringLiteral("field '%1' has value '%2'; expected one of: %3")
                                           .arg(c.name, v.left(40), c.allowed.join(QStringLiteral(", ")));
    case ColumnType::Int:
        return v.isEmpty() || isSmallInt(v)
                   ? QString()
                   : QStringLiteral("field '%1' is not a number: '%2'").arg(c.name, v.left(20));
    case ColumnType::Languages:
        return v.isEmpty() || isLanguageList(v)
                   ? QString()
                   : QStringLiteral("field '%1' is not a ';'-separated list of ISO 639 codes: '%2'")
                         .arg(c.name, v.left(40));
    case ColumnType::Code:
        return v.isEmpty() || isCode(v)
                   ? QString()
                   : QStringLiteral("field '%1' is not a valid code: '%2'").arg(c.name, v.left(40));
    case ColumnType::Sha256:
        return isSha256Hex(v) ? QString()
                              : QStringLiteral("field '%1' is not a SHA-256 in lowercase hex").arg(c.name);
    case ColumnType::Pem:
        if (v.size() > maxPem)
            return QStringLiteral("field '%1' is longer than %2 characters").arg(c.name).arg(maxPem);
        return isOnePem(v) ? QString() : QStringLiteral("field '%1' is not one PEM certificate").arg(c.name);
    }
    return {};
}

} // namespace

QStringList Kind::columnNames() const
{
    QStringList n;
    for (const auto& c : keys)
        n << c.name;
    for (const auto& c : data)
        n << c.name;
    return n;
}

const Column* Kind::column(const QString& n) const
{
    for (const auto& c : keys)
        if (c.name == n)
            return &c;
    for (const auto& c : data)
        if (c.name == n)
            return &c;
    return nullptr;
}

const QStringList& provenanceColumns()
{
    static const QStringList l{QStringLiteral("source"),        QStringLiteral("verified_on"),
                               QStringLiteral("verified_by"),   QStringLiteral("updated_at"),
                               QStringLiteral("origin"),        QStringLiteral("source_date"),
                               QStringLiteral("origin_signer"), QStringLiteral("origin_date")};
    return l;
}

const QStringList& declarationTopics()
{
    static const QStringList l{QStringLiteral("16-5"),  QStringLiteral("18-7"),  QStringLiteral("18-9"),
                               QStringLiteral("18-13"), QStringLiteral("18-14"), QStringLiteral("other")};
    return l;
}

const QStringList& declarationScopes()
{
    static const QStringList l{QStringLiteral("untoc-declaration"), QStringLiteral("national-practice"),
                               QStringLiteral("ratification-act")};
    return l;
}

const QList<Kind>& all()
{
    static const QList<Kind> l = build();
    return l;
}

const Kind* find(const QString& kind)
{
    for (const auto& k : all())
        if (k.kind == kind)
            return &k;
    return nullptr;
}

QString keyOf(const Kind& k, const Record& r)
{
    QStringList parts;
    for (const auto& c : k.keys)
        parts << r.fields.value(c.name);
    return parts.join(u'/');
}

QString certificateSha256(const QString& pem)
{
    QString body = pem;
    body.remove(QStringLiteral("-----BEGIN CERTIFICATE-----"));
    body.remove(QStringLiteral("-----END CERTIFICATE-----"));
    const auto der = QByteArray::fromBase64Encoding(body.simplified().remove(u' ').toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
    if (!der || der.decoded.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(*der, QCryptographicHash::Sha256).toHex());
}

QString validate(const Record& r)
{
    const Kind* k = find(r.kind);
    if (!k)
        return QStringLiteral("unknown record kind '%1'").arg(r.kind.left(40));
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
        const Column* c = k->column(it.key());
        if (!c)
            return QStringLiteral("unknown field '%1' for a '%2' record").arg(it.key().left(40), r.kind);
        if (QString why = checkValue(*c, it.value()); !why.isEmpty())
            return why;
    }
    for (const auto& c : k->keys)
        if (r.fields.value(c.name).isEmpty())
            return QStringLiteral("key field '%1' is missing").arg(c.name);
    if (r.provenance.source.trimmed().isEmpty())
        return QStringLiteral("the record has no source");
    if (r.provenance.source.size() > maxText || r.provenance.verifiedBy.size() > maxText ||
        r.provenance.originSigner.size() > maxText)
        return QStringLiteral("source or verifiedBy is longer than %1 characters").arg(maxText);
    if (r.kind == QLatin1String("certificate") &&
        certificateSha256(r.fields.value(QStringLiteral("pem"))) != r.fields.value(QStringLiteral("sha256")))
        return QStringLiteral("sha256 does not match the certificate");
    if (r.kind == QLatin1String("treaty") &&
        r.fields.value(QStringLiteral("state_a")) == r.fields.value(QStringLiteral("state_b")))
        return QStringLiteral("a treaty needs two different States");
    return {};
}

Record normalized(const Record& r)
{
    Record n = r;
    for (auto it = n.fields.begin(); it != n.fields.end(); ++it) {
        it.value() = it.value().trimmed();
        if (const Kind* k = find(r.kind)) {
            if (const Column* c = k->column(it.key()); c && c->type == ColumnType::Iso3)
                it.value() = it.value().toUpper();
            if (const Column* c = k->column(it.key()); c && c->type == ColumnType::Languages)
                it.value() = it.value().toLower().remove(u' ');
        }
    }
    if (n.kind == QLatin1String("treaty")) {
        QString a = n.fields.value(QStringLiteral("state_a"));
        QString b = n.fields.value(QStringLiteral("state_b"));
        if (b < a) {
            n.fields.insert(QStringLiteral("state_a"), b);
            n.fields.insert(QStringLiteral("state_b"), a);
        }
    }
    n.provenance.source = n.provenance.source.trimmed();
    n.provenance.verifiedBy = n.provenance.verifiedBy.trimmed();
    return n;
}

} // namespace mla::requirements::kinds
