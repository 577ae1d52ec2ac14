#include "OpenSslSupport.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <QTimeZone>

namespace mla::pdf::ossl {

QString lastError(const QString& fallback)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return fallback;
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    return QString::fromUtf8(buf);
}

void clearErrors()
{
    ERR_clear_error();
}

QString nameToString(const X509_NAME* name)
{
    if (!name)
        return {};
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(bio.get()));
}

QString commonName(const X509_NAME* name)
{
    if (!name)
        return {};
    const int idx = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (idx < 0)
        return nameToString(name);
    const ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx));
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len < 0)
        return nameToString(name);
    const QString out = QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

QDateTime asn1TimeToDateTime(const ASN1_TIME* time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec),
                     QTimeZone::utc());
}

QByteArray toPem(X509* cert)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioBytes(bio.get());
}

QByteArray sha256Fingerprint(X509* cert)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(cert, EVP_sha256(), md, &len) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(md), int(len)).toHex();
}

Ptr<BIO> memBio(const QByteArray& bytes)
{
    return Ptr<BIO>(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

BioChain cmsContentBio(const QByteArray& bytes)
{
    BIO* mem = BIO_new_mem_buf(bytes.constData(), int(bytes.size()));
    if (!mem)
        return {};
    BIO* filter = BIO_new(BIO_f_null());
    if (!filter) {
        BIO_free(mem);
        return {};
    }
    return BioChain(BIO_push(filter, mem));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, int(len)) : QByteArray();
}

QByteArray toDer(X509* cert)
{
    unsigned char* der = nullptr;
    const int len = i2d_X509(cert, &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char*>(der), len);
    OPENSSL_free(der);
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), md, &len, EVP_sha256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(md), int(len));
}

bool readPemCertificates(const QByteArray& pem, STACK_OF(X509) * out)
{
    Ptr<BIO> bio = memBio(pem);
    int count = 0;
    while (true) {
        X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
        if (!cert)
            break;
        sk_X509_push(out, cert);
        ++count;
    }
    const unsigned long err = ERR_peek_last_error();
    // Running out of PEM blocks is the normal end; anything else is a malformed block.
    const bool cleanEnd = count > 0 && (err == 0 || ERR_GET_REASON(err) == PEM_R_NO_START_LINE);
    ERR_clear_error();
    return cleanEnd;
}

} // namespace mla::pdf::ossl
