#include "HttpFetch.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace mla::pdf {

Result<QByteArray> httpFetch(const HttpExchange& x)
{
    const auto fail = [&](const char* code, const QString& what) {
        return Error{x.codePrefix + QLatin1String(code),
                     QStringLiteral("%1 %2: %3").arg(x.who, x.url, what),
                     {},
                     0,
                     0};
    };
    const QString sizeText = x.maxBytes >= 1024 * 1024
                                 ? QStringLiteral("%1 MiB").arg(x.maxBytes / (1024 * 1024))
                                 : QStringLiteral("%1 KiB").arg(x.maxBytes / 1024);
    const QUrl url(x.url, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QStringLiteral("http") && url.scheme() != QStringLiteral("https")) ||
        url.host().isEmpty())
        return fail("url", QStringLiteral("not an http:// or https:// address"));
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(x.timeoutMs);
    QNetworkReply* reply = nullptr;
    if (x.body.isEmpty()) {
        reply = nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, x.contentType);
        reply = nam.post(request, x.body);
    }
    bool timedOut = false, tooLarge = false;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64) {
        if (received > x.maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(x.timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();
    std::unique_ptr<QNetworkReply> owner(reply);
    if (tooLarge)
        return fail("toolarge", QStringLiteral("the answer is larger than %1").arg(sizeText));
    if (timedOut || reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError)
        return fail("timeout", QStringLiteral("no answer within %1 seconds").arg(x.timeoutMs / 1000.0));
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (httpStatus == 0)
        return fail("unreachable", QStringLiteral("cannot be reached (%1)").arg(reply->errorString()));
    if (httpStatus != 200)
        return fail("http", QStringLiteral("answered HTTP %1").arg(httpStatus));
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    bool typeOk = x.acceptTypes.isEmpty();
    for (const QString& t : x.acceptTypes)
        typeOk = typeOk || type.startsWith(t);
    if (!typeOk)
        return fail("format", QStringLiteral("answered with '%1' instead of %2").arg(type, x.typeName));
    const QByteArray body = reply->readAll();
    if (body.size() > x.maxBytes)
        return fail("toolarge", QStringLiteral("the answer is larger than %1").arg(sizeText));
    return body;
}

} // namespace mla::pdf
