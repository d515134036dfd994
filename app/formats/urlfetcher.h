// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUrl>

#include <optional>

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
    };

    static constexpr int MaximumRedirects = 5;

    UrlFetcher();
    ~UrlFetcher();
    Q_DISABLE_COPY_MOVE(UrlFetcher)

    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    // Waits (running an event loop) until the page is there or the fetch failed.
    std::optional<Result> fetch(const QUrl &url);
    QString errorString() const { return m_errorString; }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_timeout = 20000;
    QString m_errorString;
};

} // namespace Gazette
