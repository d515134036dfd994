// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/article.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUrl>

#include <optional>

namespace Gazette {

struct FeedItem
{
    QString id;       // RSS guid, Atom id, JSON Feed id: stays when the link or title changes
    QString title;
    QString link;
    QString author;
    QString summary;  // HTML or text
    QString content;  // full content (content:encoded, Atom content), HTML or text
    QDateTime published;
};

struct Feed
{
    QString title;
    QString link;
    int ttlMinutes = 0; // RSS <ttl>: how long the feed may be cached; 0 when it does not say
    QList<FeedItem> items;
};

// RSS 0.9x/1.0/2.0 and Atom, read with QXmlStreamReader: no external entity or DTD is ever
// fetched, and entity expansion is bounded, so a hostile feed cannot reach out or blow up.
// JSON Feed 1.0 and 1.1 (jsonfeed.org), read with QJsonDocument.
class FeedReader
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::FeedReader)

public:
    // Whether the first bytes are those of a feed (XML or JSON Feed).
    static bool looksLikeFeed(const QByteArray &bytes);
    static bool looksLikeJsonFeed(const QByteArray &bytes);
    std::optional<Feed> read(const QByteArray &bytes);
    // The feeds a web page advertises (<link rel="alternate" type="application/rss+xml" ...>,
    // Atom, JSON Feed), resolved against the page's address, in the page's order.
    static QList<QUrl> advertisedFeeds(const QByteArray &page, const QUrl &base);
    QString errorString() const { return m_errorString; }

    // The article of an item: its content (or summary) as clean text, with the feed's metadata.
    static std::optional<Article> articleFor(const FeedItem &item, const Feed &feed, QString *error);

private:
    std::optional<Feed> readJson(const QByteArray &bytes);

    QString m_errorString;
};

} // namespace Gazette
