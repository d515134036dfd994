// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/feedfetch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Gazette {

class FeedStore;
class LibrarySession;

// Refreshes subscriptions: each feed's fetch (FeedFetch) runs on a pool of its own, several at
// once, and its result comes back to this object's thread, where its new items go through the
// library's ArticleIntake (one transaction per feed) and the feed keeps how it went: validators
// for the next conditional request, a moved address, its error, when it is due again
// (its interval or the feed's ttl, Retry-After, exponential backoff after errors) and
// retention. The window drives it from a timer, the CLI waits for finished().
class FeedRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedRefresh)

public:
    struct Tally
    {
        int feeds = 0;
        int newArticles = 0;
        int updated = 0;
        int notModified = 0;
        int failed = 0;      // feeds whose refresh failed
        int itemsFailed = 0; // items that could not be taken
        int removed = 0;     // by retention
    };

    explicit FeedRefresh(LibrarySession *session, QObject *parent = nullptr);
    ~FeedRefresh() override;

    void setTimeout(int milliseconds) { m_timeout = milliseconds; }
    // How many feeds are fetched at once.
    void setConcurrency(int feeds) { m_pool.setMaxThreadCount(std::max(1, feeds)); }

    // Starts refreshing these feeds; false when a refresh is running already.
    bool start(const QList<qint64> &feedIds);
    // Starts refreshing the feeds that are due; false when none is or a refresh is running.
    bool startDue(const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool isRunning() const { return m_pending > 0; }
    // Stops taking results; fetches under way end at their next item.
    void cancel();
    const Tally &tally() const { return m_tally; }
    // What a refresh said about each feed that failed, "title: error" one per line.
    QStringList errors() const { return m_errors; }

    // When a feed is due again: its interval (or its ttl, when longer); after errorCount
    // failures in a row 5 minutes doubled each time, at most a day; never before Retry-After.
    static QDateTime nextRefresh(const QDateTime &now, int refreshMinutes, int ttlMinutes, int retryAfterSeconds, int errorCount);

Q_SIGNALS:
    void feedRefreshed(qint64 feedId);
    void finished();

private:
    struct State
    {
        std::atomic<bool> cancelled = false;
    };
    void apply(const FeedFetchResult &result);
    bool takeItems(const FeedFetchResult &result);

    LibrarySession *m_session;
    FeedStore *m_feeds;
    QThreadPool m_pool;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    int m_pending = 0;
    int m_timeout = 20000;
    Tally m_tally;
    QStringList m_errors;
};

} // namespace Gazette
