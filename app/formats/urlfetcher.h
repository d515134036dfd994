// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace Gazette {

// Fetches one web address: http and https only, a time limit, at most a few redirects, and a
// size cap, with a clear message for every way it can fail.
class UrlFetcher
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::UrlFetcher)

public:
    struct Result
    {
        QByteArray bytes;
        QString contentType; // "text/html"
        QString charset;     // from the Content-Type header, if any
        QUrl finalUrl;       // after redirects
        int status = 200;    // 304: the conditional request's copy is current, bytes are empty
        // Where every redirect on the way was permanent (301, 308): the new address of the page.
        QUrl movedTo;
        // For the next conditional request (from the ETag and Last-Modified headers).
        QByteArray etag;
        QByteArray lastModified;
    };

    // Extra request headers, such as If-None-Match and If-Modified-Since.
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    static constexpr int MaximumRedirects = 5;

    UrlFetcher();
    ~UrlFetcher();
    Q_DISABLE_COPY_MOVE(UrlFetcher)

    // The limit for the whole fetch, from the request to the last byte (a server that sends one
    // byte a second is stopped there too).
    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    // Asked when a redirect leads from a public address to a loopback or private one (a page
    // on the web pointing into the reader's own network). Without it such redirects are refused.
    using RedirectQuestion = std::function<bool(const QUrl &from, const QUrl &to)>;
    void setPrivateRedirectQuestion(RedirectQuestion question) { m_askPrivateRedirect = std::move(question); }
    // For tests: requests go through this HTTP proxy, so a public-looking name reaches a local server.
    void setProxyForTesting(const QString &host, quint16 port);

    enum class AddressScope { Public, Private, Loopback };
    // Where a host name or address points, without a lookup for names other than localhost.
    static AddressScope scopeOfHost(const QString &host);
    // Waits (running an event loop) until the page is there or the fetch failed.
    std::optional<Result> fetch(const QUrl &url, const Headers &headers = {});
    QString errorString() const { return m_errorString; }
    // The server's Retry-After of the last fetch (a 429 or 503 answer says when to come back),
    // in seconds; -1 when it gave none.
    int retryAfter() const { return m_retryAfter; }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    RedirectQuestion m_askPrivateRedirect;
    int m_timeout = 20000;
    QString m_errorString;
    int m_retryAfter = -1;
};

} // namespace Gazette
