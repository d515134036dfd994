// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotatedarticle.h"
#include "formats/feedreader.h"
#include "library/learnedtagger.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

#include <functional>
#include <memory>

namespace Gazette {

// What one refresh of one feed needs, taken from the library before the fetch leaves the
// GUI thread.
struct FeedFetchRequest
{
    qint64 feedId = 0;
    QUrl url;
    QString etag;
    QString lastModified;
    bool fetchFullArticle = false;
    QHash<QString, QString> knownItems; // identity -> content hash (FeedStore::knownItems())
    int timeout = 20000;
    bool extract = false;
    QList<LexiconEntry> lexicon;
    PendingModel tagger; // the learned model, waited for on the fetching thread
};

// An item that is new, or known under its identity with other content (an update).
struct FeedFetchItem
{
    QString identity;
    QString contentHash;
    bool isUpdate = false;
    AnnotatedArticle article; // with suggestions when extraction was asked for
};

struct FeedFetchResult
{
    enum class Status { Fetched, NotModified, Failed };
    qint64 feedId = 0;
    Status status = Status::Failed;
    QString error;
    QUrl movedTo; // a permanent redirect: the feed's new address
    QString title;
    QString siteUrl;
    QString etag;
    QString lastModified;
    int ttlMinutes = 0;
    int retryAfter = -1; // seconds, from the server
    QList<FeedFetchItem> items;
    QStringList itemErrors; // items that could not be read (too large, no text)
};

// One feed's refresh, off the GUI thread: a conditional GET, the feed read, each item that is
// new or changed made an article (the feed's text, or its page fetched and cleaned by the HTML
// importer) and extracted. Pure: it reads no library and writes none.
class FeedFetch
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::FeedFetch)

public:
    // A refresh reads at most this many items of a feed, and no item larger than this.
    static constexpr int MaximumItems = 1000;
    static constexpr qsizetype MaximumItemSize = 2 * 1024 * 1024;

    static FeedFetchResult run(const FeedFetchRequest &request, const std::function<bool()> &cancelled);

    // An item's identity: its guid, else its link (without fragment), else a hash of its content.
    static QString identityOf(const FeedItem &item);
    // What tells a changed item from the same one: title, link and text.
    static QString contentHashOf(const FeedItem &item);

    // Whether a page named by a feed or a web page at `from` (an item's link, an advertised
    // feed) may be fetched: one on the web never leads into the reader's own computer or
    // network, the same rule as for redirects.
    static bool mayFollow(const QUrl &from, const QUrl &to);

    // The feed at an address: the address itself when it is a feed, else the first feed the
    // web page there advertises (<link rel="alternate" ...>).
    struct Discovery
    {
        QUrl feedUrl;
        QString title;
        QString siteUrl;
        QString error; // empty when a feed was found
    };
    static Discovery discover(const QUrl &url, int timeout);
};

} // namespace Gazette
