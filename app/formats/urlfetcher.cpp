// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlfetcher.h"

#include "importer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkProxy>
#include <QTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace Gazette {

UrlFetcher::UrlFetcher()
    : m_network(std::make_unique<QNetworkAccessManager>())
{
}

UrlFetcher::~UrlFetcher() = default;

void UrlFetcher::setProxyForTesting(const QString &host, quint16 port)
{
    m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, host, port));
}

UrlFetcher::AddressScope UrlFetcher::scopeOfHost(const QString &host)
{
    const QString name = host.toLower();
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return AddressScope::Loopback;
    QHostAddress address;
    if (!address.setAddress(name.startsWith(QLatin1Char('[')) ? name.mid(1, name.size() - 2) : name)) {
        // A name: where it points is known only after a lookup, done for redirect targets.
        return AddressScope::Public;
    }
    if (address.isLoopback() || address.isNull() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return AddressScope::Loopback;
    if (address.isPrivateUse() || address.isLinkLocal() || address.isSiteLocal() || address.isUniqueLocalUnicast())
        return AddressScope::Private;
    return AddressScope::Public;
}

namespace {

// The scope of a redirect target: an address as it is, a name by the addresses it resolves to
// (the narrowest wins, so a name that points at 127.0.0.1 is loopback).
UrlFetcher::AddressScope scopeOfTarget(const QUrl &url)
{
    const auto scope = UrlFetcher::scopeOfHost(url.host());
    QHostAddress literal;
    if (scope != UrlFetcher::AddressScope::Public || literal.setAddress(url.host()))
        return scope;
    auto narrowest = UrlFetcher::AddressScope::Public;
    for (const QHostAddress &address : QHostInfo::fromName(url.host()).addresses())
        narrowest = std::max(narrowest, UrlFetcher::scopeOfHost(address.toString()));
    return narrowest;
}

// Retry-After in seconds: a number of seconds or an HTTP date; -1 when absent or unreadable.
int retryAfterSeconds(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return when.isValid() ? int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when))) : -1;
}

bool isPermanentRedirect(int status)
{
    return status == 301 || status == 308;
}

bool isCompressed(const QNetworkReply *reply)
{
    const QByteArray encoding = reply->rawHeader("Content-Encoding").toLower();
    return encoding.contains("gzip") || encoding.contains("deflate") || encoding.contains("br") || encoding.contains("zstd");
}

} // namespace

std::optional<UrlFetcher::Result> UrlFetcher::fetch(const QUrl &url, const Headers &headers)
{
    m_errorString.clear();
    m_retryAfter = -1;
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_errorString = tr("“%1” is not a web address (http or https).").arg(url.toDisplayString());
        return std::nullopt;
    }
    QNetworkRequest request(url);
    // Every redirect is checked here before it is followed (scheme, https to http, the reader's
    // own network).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaximumRedirects);
    request.setTransferTimeout(m_timeout);
    request.setDecompressedSafetyCheckThreshold(1024 * 1024);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Gazette/" GAZETTE_VERSION));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,text/plain;q=0.9,*/*;q=0.5");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    std::unique_ptr<QNetworkReply> reply(m_network->get(request));
    QByteArray body;
    bool tooLarge = false;
    bool timedOut = false;
    QString refusedRedirect;
    QUrl current = url; // where the last hop went (the reply's url() may already be the target)
    bool allPermanent = true;
    int hops = 0;
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::redirected, &loop, [&](const QUrl &target) {
        const QUrl from = current;
        const QUrl to = from.resolved(target);
        if (to.scheme() != QLatin1String("http") && to.scheme() != QLatin1String("https")) {
            refusedRedirect = tr("%1 redirected to “%2”, which is not a web address; Gazette does not follow that.")
                                  .arg(url.toDisplayString(), to.toDisplayString());
        } else if (from.scheme() == QLatin1String("https") && to.scheme() == QLatin1String("http")) {
            refusedRedirect = tr("%1 redirected from https to plain http; Gazette does not follow that.").arg(url.toDisplayString());
        } else if (scopeOfHost(from.host()) == AddressScope::Public && scopeOfTarget(to) != AddressScope::Public
                   && !(m_askPrivateRedirect && m_askPrivateRedirect(from, to))) {
            refusedRedirect = tr("%1 redirected to %2, an address in your own network or computer; Gazette does not follow "
                                 "a web page there.").arg(url.toDisplayString(), to.toDisplayString());
        }
        if (refusedRedirect.isEmpty()) {
            ++hops;
            allPermanent = allPermanent && isPermanentRedirect(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            current = to;
            Q_EMIT reply->redirectAllowed();
        } else {
            reply->abort();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    deadline.start(m_timeout);
    // A page that says up front that it is too large is not read at all (its length, packed or not,
    // is already past the limit).
    bool saidTooLarge = false;
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > Importer::MaximumFileSize && !tooLarge) {
            tooLarge = saidTooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        body += reply->readAll();
        if (body.size() > Importer::MaximumFileSize) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    body += reply->readAll();

    deadline.stop();
    m_retryAfter = retryAfterSeconds(reply.get());

    const QLocale locale;
    // Qt itself stops at a redirect to a scheme it cannot fetch: say what it was.
    const int redirectStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (refusedRedirect.isEmpty() && reply->error() != QNetworkReply::NoError && redirectStatus >= 300 && redirectStatus < 400) {
        const QUrl to = current.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        if (to.scheme() != QLatin1String("http") && to.scheme() != QLatin1String("https"))
            refusedRedirect = tr("%1 redirected to “%2”, which is not a web address; Gazette does not follow that.")
                                  .arg(url.toDisplayString(), to.toDisplayString());
    }
    if (!refusedRedirect.isEmpty()) {
        m_errorString = refusedRedirect;
        return std::nullopt;
    }
    if (timedOut) {
        m_errorString = tr("%1 did not answer with the whole page within %2 seconds; it was not read.").arg(url.host()).arg(m_timeout / 1000.0);
        return std::nullopt;
    }
    if (tooLarge) {
        m_errorString = isCompressed(reply.get()) && !saidTooLarge
            ? tr("The page at %1 is a compression bomb: it unpacks to more than %2; it was not read.")
                  .arg(url.toDisplayString(), locale.formattedDataSize(Importer::MaximumFileSize))
            : tr("The page at %1 is larger than %2; it was not read.").arg(url.toDisplayString(), locale.formattedDataSize(Importer::MaximumFileSize));
        return std::nullopt;
    }
    if (reply->error() != QNetworkReply::NoError && isCompressed(reply.get())
        && reply->errorString().contains(QLatin1String("ecompress"), Qt::CaseInsensitive)) {
        // Qt stops unpacking a body that grows far beyond what was sent.
        m_errorString = tr("The page at %1 is a compression bomb: it unpacks to far more than it sends; it was not read.")
                            .arg(url.toDisplayString());
        return std::nullopt;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        m_errorString = tr("%1 did not answer within %2 seconds.").arg(url.host()).arg(m_timeout / 1000.0);
        return std::nullopt;
    case QNetworkReply::TooManyRedirectsError:
        m_errorString = tr("%1 redirected more than %2 times.").arg(url.toDisplayString()).arg(MaximumRedirects);
        return std::nullopt;
    case QNetworkReply::InsecureRedirectError:
        m_errorString = tr("%1 redirected from https to plain http; Gazette does not follow that.").arg(url.toDisplayString());
        return std::nullopt;
    case QNetworkReply::HostNotFoundError:
        m_errorString = tr("The host %1 was not found.").arg(url.host());
        return std::nullopt;
    case QNetworkReply::ConnectionRefusedError:
        m_errorString = tr("%1 refused the connection.").arg(url.host());
        return std::nullopt;
    default:
        m_errorString = status > 0 ? tr("%1 answered %2 %3.").arg(url.toDisplayString()).arg(status)
                                         .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                                   : tr("%1 could not be fetched: %2").arg(url.toDisplayString(), reply->errorString());
        return std::nullopt;
    }
    Result result;
    result.bytes = body;
    result.finalUrl = reply->url();
    result.status = status;
    if (hops > 0 && allPermanent)
        result.movedTo = current;
    result.etag = reply->rawHeader("ETag");
    result.lastModified = reply->rawHeader("Last-Modified");
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    result.contentType = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    const auto charset = QRegularExpression(QStringLiteral("charset\\s*=\\s*\"?([^\";\\s]+)"), QRegularExpression::CaseInsensitiveOption).match(contentType);
    if (charset.hasMatch())
        result.charset = charset.captured(1);
    return result;
}

} // namespace Gazette
