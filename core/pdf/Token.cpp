#include "Token.h"

#include "IdentityData.h"

#include <QFileInfo>

#include <openssl/err.h>

#include <libp11.h>

namespace mla::pdf {

namespace {

// PKCS#11 return values reported by libp11 as error reasons (PKCS#11 v2.40 §11.1).
constexpr unsigned long ckrDeviceRemoved = 0x32;
constexpr unsigned long ckrPinIncorrect = 0xA0;
constexpr unsigned long ckrPinInvalid = 0xA1;
constexpr unsigned long ckrPinLenRange = 0xA2;
constexpr unsigned long ckrPinExpired = 0xA3;
constexpr unsigned long ckrPinLocked = 0xA4;
constexpr unsigned long ckrSessionHandleInvalid = 0xB3;
constexpr unsigned long ckrTokenNotPresent = 0xE0;
constexpr unsigned long ckrTokenNotRecognized = 0xE1;

Error tokenError(const QString& code, const QString& detail)
{
    return Error{QStringLiteral("pdf.token.") + code, detail, {}, 0, 0};
}

// The PKCS#11 return value behind the last libp11 failure (0 when none); clears the queue.
unsigned long lastCkr()
{
    unsigned long ckr = 0;
    const int lib = ERR_get_CKR_code();
    for (unsigned long e; (e = ERR_get_error()) != 0;)
        if (int(ERR_GET_LIB(e)) == lib && ckr == 0)
            ckr = ERR_GET_REASON(e);
    return ckr;
}

QString text(const char* s)
{
    return s ? QString::fromUtf8(s).trimmed() : QString();
}

// The loaded module and its slots; released (slots, then module) when the last user goes.
struct Session
{
    PKCS11_CTX* ctx = nullptr;
    PKCS11_SLOT* slots = nullptr;
    unsigned int count = 0;
    bool loaded = false;
    ~Session()
    {
        if (slots)
            PKCS11_release_all_slots(ctx, slots, count);
        if (loaded)
            PKCS11_CTX_unload(ctx);
        if (ctx)
            PKCS11_CTX_free(ctx);
        ERR_clear_error();
    }
};

Result<std::shared_ptr<Session>> openModule(const QString& moduleIn)
{
    const QString module = moduleIn.isEmpty() ? defaultPkcs11Module() : moduleIn;
    if (module.isEmpty())
        return tokenError(
            QStringLiteral("module"),
            QStringLiteral("no PKCS#11 module was given and p11-kit's proxy module is not installed"));
    ERR_clear_error();
    auto session = std::make_shared<Session>();
    session->ctx = PKCS11_CTX_new();
    if (!session->ctx)
        return tokenError(QStringLiteral("module"), QStringLiteral("cannot start libp11"));
    const QByteArray path = QFileInfo(module).absoluteFilePath().toLocal8Bit();
    if (!QFileInfo::exists(module) || PKCS11_CTX_load(session->ctx, path.constData()) != 0) {
        ERR_clear_error();
        return tokenError(QStringLiteral("module"),
                          QStringLiteral("cannot load the PKCS#11 module %1").arg(module));
    }
    session->loaded = true;
    if (PKCS11_enumerate_slots(session->ctx, &session->slots, &session->count) != 0) {
        ERR_clear_error();
        return tokenError(QStringLiteral("module"),
                          QStringLiteral("the PKCS#11 module %1 cannot list its card readers").arg(module));
    }
    return session;
}

TokenCertificate describe(const PKCS11_CERT& c, const QDateTime& now)
{
    TokenCertificate out;
    X509* x = c.x509;
    out.label = text(c.label);
    out.id = QByteArray(reinterpret_cast<const char*>(c.id), qsizetype(c.id_len));
    out.commonName = ossl::commonName(X509_get_subject_name(x));
    out.subject = ossl::nameToString(X509_get_subject_name(x));
    out.issuer = ossl::nameToString(X509_get_issuer_name(x));
    out.notBefore = ossl::asn1TimeToDateTime(X509_get0_notBefore(x));
    out.notAfter = ossl::asn1TimeToDateTime(X509_get0_notAfter(x));
    const uint32_t ku = X509_get_key_usage(x);
    const uint32_t xku = X509_get_extended_key_usage(x);
    const bool nonRepudiation = ku & KU_NON_REPUDIATION;
    const bool digitalSignature = ku & KU_DIGITAL_SIGNATURE;
    if (X509_check_ca(x) == 1) {
        out.why = QStringLiteral("a certificate authority's certificate");
    } else if (out.notAfter.isValid() && now > out.notAfter) {
        out.why = QStringLiteral("expired on %1").arg(out.notAfter.toString(Qt::ISODate));
    } else if (out.notBefore.isValid() && now < out.notBefore) {
        out.why = QStringLiteral("not valid before %1").arg(out.notBefore.toString(Qt::ISODate));
    } else if (!nonRepudiation && !digitalSignature) {
        out.why = QStringLiteral("its key usage has neither digitalSignature nor nonRepudiation");
    } else if (nonRepudiation && ku != UINT32_MAX) {
        out.purpose = TokenCertificate::Purpose::Signing;
    } else if ((xku != UINT32_MAX && (xku & XKU_SSL_CLIENT)) ||
               (ku != UINT32_MAX && (ku & (KU_KEY_ENCIPHERMENT | KU_KEY_AGREEMENT)))) {
        out.purpose = TokenCertificate::Purpose::Authentication;
    } else {
        out.purpose = TokenCertificate::Purpose::Signing;
    }
    ERR_clear_error();
    return out;
}

TokenInfo describe(PKCS11_SLOT& slot, const QDateTime& now, PKCS11_CERT** certsOut = nullptr,
                   unsigned int* countOut = nullptr)
{
    TokenInfo info;
    info.slotDescription = text(slot.description);
    PKCS11_TOKEN* t = slot.token;
    info.label = text(t->label);
    info.manufacturer = text(t->manufacturer);
    info.model = text(t->model);
    info.serial = text(t->serialnr);
    info.loginRequired = t->loginRequired;
    info.protectedAuthPath = t->secureLogin;
    info.pinLocked = t->userPinLocked;
    info.pinFinalTry = t->userPinFinalTry;
    info.pinCountLow = t->userPinCountLow;
    PKCS11_CERT* certs = nullptr;
    unsigned int count = 0;
    if (PKCS11_enumerate_certs(t, &certs, &count) != 0) {
        certs = nullptr;
        count = 0;
    }
    for (unsigned int i = 0; i < count && i < 4096; ++i)
        if (certs[i].x509)
            info.certificates << describe(certs[i], now);
    if (certsOut) {
        *certsOut = certs;
        *countOut = count;
    }
    ERR_clear_error();
    return info;
}

bool usable(const TokenInfo& t)
{
    for (const TokenCertificate& c : t.certificates)
        if (c.purpose != TokenCertificate::Purpose::Unfit)
            return true;
    return false;
}

QString quotedList(const QStringList& items)
{
    QStringList q;
    for (const QString& s : items)
        q << QStringLiteral("'%1'").arg(s);
    return q.join(QStringLiteral(", "));
}

QString loginFailure(unsigned long ckr, const QString& token, QString& code)
{
    switch (ckr) {
    case ckrPinIncorrect:
    case ckrPinInvalid:
        code = QStringLiteral("pin");
        return QStringLiteral("wrong PIN for the token '%1' (after too many wrong PINs the token locks it)")
            .arg(token);
    case ckrPinLenRange:
        code = QStringLiteral("pinlen");
        return QStringLiteral("the PIN for the token '%1' has the wrong length").arg(token);
    case ckrPinLocked:
        code = QStringLiteral("pinlocked");
        return QStringLiteral(
                   "the PIN of the token '%1' is locked; it must be unlocked with the PUK or by its "
                   "issuer")
            .arg(token);
    case ckrPinExpired:
        code = QStringLiteral("pinlocked");
        return QStringLiteral("the PIN of the token '%1' has expired and must be changed first").arg(token);
    case ckrTokenNotPresent:
    case ckrDeviceRemoved:
    case ckrTokenNotRecognized:
    case ckrSessionHandleInvalid:
        code = QStringLiteral("removed");
        return QStringLiteral("the token '%1' was removed").arg(token);
    default:
        code = QStringLiteral("login");
        return QStringLiteral("cannot log in to the token '%1' (PKCS#11 error 0x%2)")
            .arg(token)
            .arg(ckr, 0, 16);
    }
}

} // namespace

QString defaultPkcs11Module()
{
    for (const char* candidate :
         {"/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so", "/usr/lib/aarch64-linux-gnu/p11-kit-proxy.so",
          "/usr/lib64/p11-kit-proxy.so", "/usr/lib/p11-kit-proxy.so"})
        if (QFileInfo::exists(QString::fromLatin1(candidate)))
            return QString::fromLatin1(candidate);
    return {};
}

QString purposeText(TokenCertificate::Purpose purpose)
{
    switch (purpose) {
    case TokenCertificate::Purpose::Signing:
        return QStringLiteral("signing");
    case TokenCertificate::Purpose::Authentication:
        return QStringLiteral("authentication");
    case TokenCertificate::Purpose::Unfit:
        break;
    }
    return QStringLiteral("not for signing");
}

Result<QList<TokenInfo>> listTokens(const QString& module)
{
    Result<std::shared_ptr<Session>> session = openModule(module);
    if (!session)
        return session.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<TokenInfo> out;
    for (unsigned int i = 0; i < session.value()->count; ++i) {
        PKCS11_SLOT& slot = session.value()->slots[i];
        if (slot.token && slot.token->initialized)
            out << describe(slot, now);
    }
    return out;
}

Result<Identity> loadTokenIdentity(const TokenSelection& sel, const PinProvider& pinProvider,
                                   const QDateTime& nowIn)
{
    const QDateTime now = nowIn.isValid() ? nowIn.toUTC() : QDateTime::currentDateTimeUtc();
    Result<std::shared_ptr<Session>> opened = openModule(sel.module);
    if (!opened)
        return opened.error();
    std::shared_ptr<Session> session = opened.value();

    // 1. The token.
    PKCS11_SLOT* slot = nullptr;
    TokenInfo info;
    PKCS11_CERT* certs = nullptr;
    unsigned int certCount = 0;
    QStringList present, withCerts;
    for (unsigned int i = 0; i < session->count; ++i) {
        PKCS11_SLOT& s = session->slots[i];
        if (!s.token || !s.token->initialized)
            continue;
        const QString label = text(s.token->label);
        present << label;
        if (!sel.tokenLabel.isEmpty()) {
            if (label == sel.tokenLabel.trimmed() && !slot) {
                slot = &s;
                info = describe(s, now, &certs, &certCount);
            }
            continue;
        }
        PKCS11_CERT* c = nullptr;
        unsigned int n = 0;
        TokenInfo candidate = describe(s, now, &c, &n);
        if (usable(candidate)) {
            withCerts << label;
            if (!slot) {
                slot = &s;
                info = candidate;
                certs = c;
                certCount = n;
            }
        }
    }
    if (present.isEmpty())
        return tokenError(QStringLiteral("missing"),
                          QStringLiteral("no token is present (is the card inserted in the reader?)"));
    if (!sel.tokenLabel.isEmpty() && !slot)
        return tokenError(QStringLiteral("missing"),
                          QStringLiteral("no token labelled '%1' is present (present: %2)")
                              .arg(sel.tokenLabel, quotedList(present)));
    if (sel.tokenLabel.isEmpty() && withCerts.size() > 1)
        return tokenError(
            QStringLiteral("choose"),
            QStringLiteral("several tokens hold signing certificates (%1); choose one by its label")
                .arg(quotedList(withCerts)));
    if (!slot)
        return tokenError(QStringLiteral("nocert"),
                          QStringLiteral("no token holds a certificate fit for signing "
                                         "(present: %1)")
                              .arg(quotedList(present)));

    // 2. The certificate, before asking for the PIN when it can be told from public objects.
    const auto certMatching = [&](const auto& pred) -> int {
        for (unsigned int i = 0; i < certCount; ++i)
            if (certs[i].x509 && pred(certs[i]))
                return int(i);
        return -1;
    };
    int chosen = -1;
    const bool explicitChoice = !sel.keyLabel.isEmpty() || !sel.keyId.isEmpty();
    if (!sel.keyId.isEmpty())
        chosen = certMatching([&](const PKCS11_CERT& c) {
            return QByteArrayView(reinterpret_cast<const char*>(c.id), qsizetype(c.id_len)) == sel.keyId;
        });
    else if (!sel.keyLabel.isEmpty())
        chosen = certMatching([&](const PKCS11_CERT& c) { return text(c.label) == sel.keyLabel; });
    if (!explicitChoice) {
        QStringList signing, authentication;
        for (unsigned int i = 0; i < certCount; ++i) {
            if (!certs[i].x509)
                continue;
            const TokenCertificate d = describe(certs[i], now);
            const QString name = d.label.isEmpty() ? d.commonName : d.label;
            if (d.purpose == TokenCertificate::Purpose::Signing) {
                signing << name;
                if (chosen < 0)
                    chosen = int(i);
            } else if (d.purpose == TokenCertificate::Purpose::Authentication) {
                authentication << name;
            }
        }
        if (signing.size() > 1)
            return tokenError(
                QStringLiteral("choose"),
                QStringLiteral("the token '%1' holds several signing certificates (%2); choose one by "
                               "its key label or id")
                    .arg(info.label, quotedList(signing)));
        if (signing.isEmpty())
            return tokenError(
                QStringLiteral("nocert"),
                authentication.isEmpty()
                    ? QStringLiteral("the token '%1' holds no certificate fit for signing").arg(info.label)
                    : QStringLiteral(
                          "the token '%1' holds only authentication certificates (%2), which are not "
                          "meant for signing documents; if one really is, choose it by its key label")
                          .arg(info.label, quotedList(authentication)));
    }
    if (chosen >= 0) {
        const TokenCertificate d = describe(certs[chosen], now);
        if (d.purpose == TokenCertificate::Purpose::Unfit) {
            const QString code = d.why.startsWith(QStringLiteral("expired")) ? QStringLiteral("expired")
                                 : d.why.startsWith(QStringLiteral("not valid"))
                                     ? QStringLiteral("notyetvalid")
                                     : QStringLiteral("usage");
            return tokenError(code,
                              QStringLiteral("the certificate of '%1' on the token '%2' cannot sign: %3")
                                  .arg(d.commonName, info.label, d.why));
        }
    }

    // 3. Log in: PIN pad, or the PIN from the provider (wiped after use). The certificate list may
    // be reloaded by the login, so the chosen one is found again by its encoding afterwards.
    const QByteArray chosenDer = chosen >= 0 ? ossl::toDer(certs[chosen].x509) : QByteArray();
    if (info.loginRequired) {
        if (info.pinLocked)
            return tokenError(
                QStringLiteral("pinlocked"),
                QStringLiteral("the PIN of the token '%1' is locked; it must be unlocked with the "
                               "PUK or by its issuer")
                    .arg(info.label));
        int rc = 0;
        if (info.protectedAuthPath) {
            rc = PKCS11_login(slot, 0, nullptr);
        } else {
            if (!pinProvider)
                return tokenError(
                    QStringLiteral("cancelled"),
                    QStringLiteral("the token '%1' needs a PIN and none was given").arg(info.label));
            Result<QByteArray> pin = pinProvider(info);
            if (!pin)
                return pin.error();
            QByteArray buffer = pin.value();
            pin.value().fill('\0');
            buffer.append('\0');
            rc = PKCS11_login(slot, 0, buffer.constData());
            buffer.fill('\0');
        }
        if (rc != 0) {
            QString code;
            const QString why = loginFailure(lastCkr(), info.label, code);
            return tokenError(code, why);
        }
    }

    if (PKCS11_enumerate_certs(slot->token, &certs, &certCount) != 0) {
        certs = nullptr;
        certCount = 0;
    }
    if (chosen >= 0) {
        chosen = -1;
        for (unsigned int i = 0; i < certCount && chosen < 0; ++i)
            if (certs[i].x509 && ossl::toDer(certs[i].x509) == chosenDer)
                chosen = int(i);
        if (chosen < 0)
            return tokenError(
                QStringLiteral("removed"),
                QStringLiteral("the certificate disappeared from the token '%1' (was it removed?)")
                    .arg(info.label));
    }

    // 4. The private key (found by the certificate's id, or by its own label or id).
    PKCS11_KEY* key = nullptr;
    if (chosen >= 0) {
        key = PKCS11_find_key(&certs[chosen]);
    } else {
        PKCS11_KEY* keys = nullptr;
        unsigned int keyCount = 0;
        if (PKCS11_enumerate_keys(slot->token, &keys, &keyCount) == 0) {
            for (unsigned int i = 0; i < keyCount && !key; ++i) {
                const bool match = !sel.keyId.isEmpty()
                                       ? QByteArrayView(reinterpret_cast<const char*>(keys[i].id),
                                                        qsizetype(keys[i].id_len)) == sel.keyId
                                       : text(keys[i].label) == sel.keyLabel;
                if (match)
                    key = &keys[i];
            }
        }
        if (key) {
            PKCS11_CERT* c = PKCS11_find_certificate(key);
            for (unsigned int i = 0; c && i < certCount; ++i)
                if (&certs[i] == c)
                    chosen = int(i);
            if (c && chosen < 0) {
                // The certificate list was read before logging in; look it up again.
                if (PKCS11_enumerate_certs(slot->token, &certs, &certCount) == 0)
                    for (unsigned int i = 0; i < certCount; ++i)
                        if (&certs[i] == c)
                            chosen = int(i);
            }
        }
        const QString which = !sel.keyId.isEmpty()
                                  ? QStringLiteral("id %1").arg(QString::fromLatin1(sel.keyId.toHex()))
                                  : QStringLiteral("label '%1'").arg(sel.keyLabel);
        if (!key)
            return tokenError(
                QStringLiteral("nokey"),
                QStringLiteral("the token '%1' holds no private key with %2").arg(info.label, which));
        if (chosen < 0)
            return tokenError(QStringLiteral("nocert"),
                              QStringLiteral("the token '%1' holds no certificate for the key with %2")
                                  .arg(info.label, which));
        const TokenCertificate d = describe(certs[chosen], now);
        if (d.purpose == TokenCertificate::Purpose::Unfit)
            return tokenError(QStringLiteral("usage"),
                              QStringLiteral("the certificate of '%1' on the token '%2' "
                                             "cannot sign: %3")
                                  .arg(d.commonName, info.label, d.why));
    }
    if (!key)
        return tokenError(QStringLiteral("nokey"),
                          QStringLiteral("the token '%1' holds no private key for the "
                                         "certificate of '%2'")
                              .arg(info.label, ossl::commonName(X509_get_subject_name(certs[chosen].x509))));
    EVP_PKEY* pkey = PKCS11_get_private_key(key);
    if (!pkey) {
        QString code;
        const unsigned long ckr = lastCkr();
        if (ckr == 0)
            return tokenError(
                QStringLiteral("nokey"),
                QStringLiteral("the private key on the token '%1' cannot be used").arg(info.label));
        return tokenError(code, loginFailure(ckr, info.label, code));
    }
    const int keyType = EVP_PKEY_get_base_id(pkey);
    if (keyType != EVP_PKEY_RSA && keyType != EVP_PKEY_EC) {
        EVP_PKEY_free(pkey);
        return tokenError(QStringLiteral("nokey"),
                          QStringLiteral("the key on the token '%1' is neither RSA nor EC").arg(info.label));
    }

    auto d = std::make_shared<IdentityData>();
    d->tokenSession = session;
    d->key.reset(pkey);
    d->cert.reset(X509_dup(certs[chosen].x509));
    d->chain.reset(sk_X509_new_null());
    // The chain: CA certificates on the token that issued the signer's, up to 8 levels.
    X509* current = d->cert.get();
    for (int depth = 0; depth < 8 && X509_check_issued(current, current) != X509_V_OK; ++depth) {
        X509* issuer = nullptr;
        for (unsigned int i = 0; i < certCount && !issuer; ++i)
            if (certs[i].x509 && int(i) != chosen && X509_check_issued(certs[i].x509, current) == X509_V_OK)
                issuer = certs[i].x509;
        if (!issuer)
            break;
        sk_X509_push(d->chain.get(), X509_dup(issuer));
        current = issuer;
    }
    d->source = QStringLiteral("PKCS#11 token '%1'").arg(info.label);
    ERR_clear_error();
    return Identity::fromData(std::move(d));
}

} // namespace mla::pdf
