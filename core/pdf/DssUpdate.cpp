#include "DssUpdate.h"

#include "IdentityData.h"
#include "IncrementalUpdate.h"
#include "LongTerm.h"
#include "PdfSyntax.h"
#include "QpdfSupport.h"

#include <openssl/pem.h>

#include <set>

namespace mla::pdf {

namespace {

Error dssError(const QString& code, const QString& detail, const QString& label)
{
    return Error{QStringLiteral("pdf.sign.") + code, detail, label, 0, 0};
}

QByteArray crlDer(X509_CRL* crl)
{
    unsigned char* der = nullptr;
    const int len = i2d_X509_CRL(crl, &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}

// CRLs from DER or concatenated PEM blocks.
bool parseCrls(const QByteArray& bytes, std::vector<ossl::Ptr<X509_CRL>>& out)
{
    const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    if (X509_CRL* der = d2i_X509_CRL(nullptr, &p, long(bytes.size()))) {
        out.emplace_back(der);
        return true;
    }
    ossl::clearErrors();
    ossl::Ptr<BIO> bio = ossl::memBio(bytes);
    int count = 0;
    while (X509_CRL* crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr)) {
        out.emplace_back(crl);
        ++count;
    }
    ossl::clearErrors();
    return count > 0;
}

} // namespace

Result<QByteArray> appendDss(const QByteArray& pdf, const IdentityData& signer, const DssInput& input,
                             const QString& label)
{
    ossl::clearErrors();
    // What goes in: certificates (deduplicated by their DER) and CRLs.
    QList<QByteArray> certs;
    std::set<QByteArray> seen;
    const auto addCert = [&](X509* c) {
        const QByteArray der = ossl::toDer(c);
        if (!der.isEmpty() && seen.insert(der).second)
            certs << der;
    };
    addCert(signer.cert.get());
    for (int i = 0; signer.chain && i < sk_X509_num(signer.chain.get()); ++i)
        addCert(sk_X509_value(signer.chain.get(), i));
    if (!input.timestampTokenDer.isEmpty()) {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(input.timestampTokenDer.constData());
        ossl::Ptr<PKCS7> token(d2i_PKCS7(nullptr, &p, long(input.timestampTokenDer.size())));
        STACK_OF(X509)* included = token && PKCS7_type_is_signed(token.get()) ? token->d.sign->cert : nullptr;
        for (int i = 0; included && i < sk_X509_num(included); ++i)
            addCert(sk_X509_value(included, i));
    }
    ossl::CertStack extra(sk_X509_new_null());
    for (const QByteArray& pem : input.extraCertsPem)
        if (!ossl::readPemCertificates(pem, extra.get()))
            return dssError(QStringLiteral("crl"), QStringLiteral("a certificate for the DSS cannot be read"),
                            label);
    for (int i = 0; i < sk_X509_num(extra.get()); ++i)
        addCert(sk_X509_value(extra.get(), i));

    if (input.ocsps.size() > maxDssItems || input.crls.size() > maxDssItems)
        return dssError(QStringLiteral("crl"), QStringLiteral("too much revocation data for one signature"),
                        label);
    std::vector<ossl::Ptr<X509_CRL>> crls;
    for (int i = 0; i < input.crls.size(); ++i)
        if (!parseCrls(input.crls.at(i), crls))
            return dssError(QStringLiteral("crl"),
                            QStringLiteral("revocation list %1 is not a CRL (DER or PEM)").arg(i + 1), label);
    for (const ossl::Ptr<X509_CRL>& crl : crls) {
        X509_REVOKED* revoked = nullptr;
        if (input.refuseRevoked && X509_CRL_get0_by_cert(crl.get(), &revoked, signer.cert.get()) == 1)
            return dssError(
                QStringLiteral("revoked"),
                QStringLiteral("the certificate of '%1' is revoked (since %2) according to the CRL of '%3'")
                    .arg(ossl::commonName(X509_get_subject_name(signer.cert.get())),
                         ossl::asn1TimeToDateTime(X509_REVOKED_get0_revocationDate(revoked))
                             .toString(Qt::ISODate),
                         ossl::commonName(X509_CRL_get_issuer(crl.get()))),
                label);
    }

    try {
        std::unique_ptr<QPDF> qpdf = openPdf(pdf, label);
        QPDFObjectHandle trailer = qpdf->getTrailer();
        QPDFObjectHandle root = qpdf->getRoot();
        const qint64 prevXref = lastStartXref(pdf);
        if (prevXref < 0 || !trailer.getKey("/Size").isInteger() || !root.isIndirect())
            return dssError(QStringLiteral("damaged"), QStringLiteral("the signed PDF has no usable trailer"),
                            label);
        const bool xrefStream = trailer.getKey("/Type").isNameAndEquals("/XRef");
        IncrementalUpdate update(pdf, prevXref, int(trailer.getKey("/Size").getIntValue()), xrefStream);

        // The existing store is kept: its arrays and VRI entries are carried over.
        QPDFObjectHandle oldDss = root.getKey("/DSS");
        const auto existing = [&](const char* key) {
            QByteArray items;
            if (oldDss.isDictionary() && oldDss.getKey(key).isArray())
                for (QPDFObjectHandle item : oldDss.getKey(key).getArrayAsVector())
                    if (item.isIndirect())
                        items += syntax::ref(item.getObjectID(), item.getGeneration()) + ' ';
            return items;
        };
        QByteArray certRefs, crlRefs;
        for (const QByteArray& der : certs) {
            const int n = update.allocate();
            update.addStream(n, 0, "<< >>", der);
            certRefs += syntax::ref(n) + ' ';
        }
        for (const ossl::Ptr<X509_CRL>& crl : crls) {
            const int n = update.allocate();
            update.addStream(n, 0, "<< >>", crlDer(crl.get()));
            crlRefs += syntax::ref(n) + ' ';
        }
        QByteArray ocspRefs;
        for (const QByteArray& der : input.ocsps) {
            const int n = update.allocate();
            update.addStream(n, 0, "<< >>", der);
            ocspRefs += syntax::ref(n) + ' ';
        }
        const int vriNum = update.allocate();
        QByteArray vriEntry = "<< /Type /VRI /Cert [" + certRefs.trimmed() + "]";
        if (!crlRefs.isEmpty())
            vriEntry += " /CRL [" + crlRefs.trimmed() + "]";
        if (!ocspRefs.isEmpty())
            vriEntry += " /OCSP [" + ocspRefs.trimmed() + "]";
        vriEntry += " /TU " +
                    syntax::date(input.when.isValid() ? input.when : QDateTime::currentDateTimeUtc()) + " >>";
        update.addObject(vriNum, 0, vriEntry);
        QByteArray vri = "<<";
        if (oldDss.isDictionary() && oldDss.getKey("/VRI").isDictionary()) {
            QPDFObjectHandle oldVri = oldDss.getKey("/VRI");
            int count = 0;
            for (const std::string& key : oldVri.getKeys()) {
                if (++count > maxDssVri)
                    break;
                vri += ' ' + QByteArray::fromStdString(key) + ' ' +
                       QByteArray::fromStdString(oldVri.getKey(key).unparse());
            }
        }
        vri += " /" + vriKey(input.contents).toLatin1() + ' ' + syntax::ref(vriNum) + " >>";
        QByteArray dss = "<< /Type /DSS /Certs [" + (existing("/Certs") + certRefs).trimmed() + "]";
        const QByteArray allCrls = (existing("/CRLs") + crlRefs).trimmed();
        if (!allCrls.isEmpty())
            dss += " /CRLs [" + allCrls + "]";
        const QByteArray ocsps = (existing("/OCSPs") + ocspRefs).trimmed();
        if (!ocsps.isEmpty())
            dss += " /OCSPs [" + ocsps + "]";
        dss += " /VRI " + vri + " >>";
        const int dssNum = update.allocate();
        update.addObject(dssNum, 0, dss);
        update.addObject(root.getObjectID(), root.getGeneration(),
                         unparseDictWith(root, {{"/DSS", syntax::ref(dssNum)}}));

        QByteArray trailerExtra = "/Root " + syntax::ref(root.getObjectID(), root.getGeneration());
        if (trailer.getKey("/Info").isIndirect())
            trailerExtra += " /Info " + QByteArray::fromStdString(trailer.getKey("/Info").unparse());
        if (trailer.getKey("/ID").isArray())
            trailerExtra += " /ID " + QByteArray::fromStdString(trailer.getKey("/ID").unparse());
        update.finish(trailerExtra);
        return update.bytes();
    } catch (const std::exception& e) {
        return dssError(QStringLiteral("damaged"),
                        QStringLiteral("cannot read the signed PDF: %1").arg(fromStd(e.what())), label);
    }
}

} // namespace mla::pdf
