// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Gazette {

class AnnotationStore;

struct FeedFolder
{
    qint64 id = 0;
    QString name;
};

// A subscription: where the feed is, how it is refreshed and kept, and how its last refresh went.
struct FeedSubscription
{
    qint64 id = 0;
    qint64 folderId = 0; // 0: no folder
    QString url;
    QString title;
    QString siteUrl;
    bool fetchFullArticle = false; // fetch each item's page and clean it, instead of the feed's summary
    int refreshMinutes = 60;
    // Retention: 0 keeps everything; annotated and starred articles are always kept.
    int keepDays = 0;
    int keepItems = 0;
    // What the next conditional request sends.
    QString etag;
    QString lastModified;
    QDateTime lastRefresh;
    QDateTime nextRefresh; // invalid: due now
    QString error;         // of the last refresh; empty when it went well
    int errorCount = 0;    // refreshes failed in a row (the backoff)
    // Counted over the items whose article is in the library.
    int unread = 0;
    int articles = 0;

    QString displayTitle() const { return title.isEmpty() ? url : title; }
};

// How one refresh went, as the feed keeps it.
struct FeedRefreshRecord
{
    QString url; // the feed's address now (a permanent redirect moves it)
    QString title;
    QString siteUrl;
    QString etag;
    QString lastModified;
    QDateTime refreshed;
    QDateTime nextRefresh;
    QString error;
    int errorCount = 0;
};

// The read and starred marks of an article that came from a feed.
struct ArticleMarks
{
    bool fromFeed = false;
    bool read = true;
    bool starred = false;
};

// Subscriptions in the library, on the library's own connection (AnnotationStore's dialect and
// transactions): feeds and their folders, the items each feed delivered with the article each
// became, per-article read and starred marks, and retention. The refresh engine
// (library/feedrefresh.h) decides; this class keeps. changed() follows every committed write.
class FeedStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedStore)

public:
    explicit FeedStore(AnnotationStore *store, QObject *parent = nullptr);

    AnnotationStore *annotationStore() const { return m_store; }
    QString errorString() const { return m_errorString; }

    // Runs work() (writes of this store and the library's) in one transaction, announced by
    // one changed() when it commits: a feed's refresh is one action, however many items it took.
    bool batch(const std::function<bool()> &work);

    // --- Folders
    QList<FeedFolder> folders() const;
    // The folder of that name, made when there is none.
    std::optional<qint64> folder(const QString &name);
    bool removeFolder(qint64 id); // its feeds stay, without a folder

    // --- Feeds
    QList<FeedSubscription> feeds() const;
    std::optional<FeedSubscription> feed(qint64 id) const;
    std::optional<FeedSubscription> findFeed(const QString &url) const;
    // Adds a subscription; refused (nothing, errorString()) when the address is subscribed already.
    std::optional<qint64> addFeed(const FeedSubscription &feed);
    // Folder, title, refresh interval, full-article and retention settings.
    bool updateSettings(const FeedSubscription &feed);
    // The feed's items go with it; their articles stay in the library.
    bool removeFeed(qint64 id);
    QList<qint64> dueFeeds(const QDateTime &now) const;
    bool recordRefresh(qint64 feedId, const FeedRefreshRecord &record);

    // --- Items: identity -> content hash of every item the feed delivered.
    QHash<QString, QString> knownItems(qint64 feedId) const;
    std::optional<qint64> articleOfItem(qint64 feedId, const QString &identity) const;
    // A new item and the article it became (0: none, it could not be read).
    bool addItem(qint64 feedId, const QString &identity, const QString &contentHash, qint64 articleId);
    bool updateItem(qint64 feedId, const QString &identity, const QString &contentHash);

    // --- Read and starred
    ArticleMarks marks(qint64 articleId) const;
    // The marks of every article that came from a feed, for a list that paints them.
    QHash<qint64, ArticleMarks> allMarks() const;
    bool setRead(const QList<qint64> &articleIds, bool read);
    bool setStarred(qint64 articleId, bool starred);
    // Marks every article of the feed (0: of all feeds) read.
    bool markFeedRead(qint64 feedId);
    QList<qint64> articlesOfFeed(qint64 feedId) const;
    // Unread feed articles, newest first.
    QList<qint64> unreadArticles() const;
    int unreadCount() const;

    // Removes the feed's articles beyond its retention (older than keepDays, or beyond the
    // newest keepItems), except articles the reader annotated (added, accepted or rejected a
    // span or fact, or changed the review status), starred ones, and those another feed
    // delivered too. Returns how many were removed.
    std::optional<int> applyRetention(qint64 feedId, const QDateTime &now);

Q_SIGNALS:
    // After every committed write to feeds, folders, items or marks.
    void changed();

private:
    bool write(const std::function<bool()> &work);
    bool fail(const QString &message);

    AnnotationStore *m_store;
    QString m_errorString;
    int m_batchDepth = 0;
};

} // namespace Gazette
