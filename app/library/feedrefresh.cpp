// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedrefresh.h"

#include "library/librarysession.h"
#include "logging.h"
#include "store/feedstore.h"

#include <QMetaObject>

namespace Gazette {

FeedRefresh::FeedRefresh(LibrarySession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_feeds(session->feeds())
{
    // Fetching is waiting on the network, not computing: more feeds at once than cores.
    m_pool.setMaxThreadCount(6);
}

FeedRefresh::~FeedRefresh()
{
    cancel();
    m_pool.waitForDone();
}

void FeedRefresh::cancel()
{
    m_state->cancelled = true;
}

QDateTime FeedRefresh::nextRefresh(const QDateTime &now, int refreshMinutes, int ttlMinutes, int retryAfterSeconds, int errorCount)
{
    constexpr qint64 Day = 24 * 60 * 60;
    qint64 seconds = qint64(std::max({1, refreshMinutes, ttlMinutes})) * 60;
    if (errorCount > 0)
        seconds = std::min<qint64>(qint64(5 * 60) << std::min(errorCount - 1, 16), Day);
    if (retryAfterSeconds > 0)
        seconds = std::max<qint64>(seconds, std::min<qint64>(retryAfterSeconds, 7 * Day));
    return now.addSecs(seconds);
}

bool FeedRefresh::startDue(const QDateTime &now)
{
    const QList<qint64> due = m_feeds->dueFeeds(now);
    return !due.isEmpty() && start(due);
}

bool FeedRefresh::start(const QList<qint64> &feedIds)
{
    if (isRunning())
        return false;
    m_state = std::make_shared<State>();
    m_tally = {};
    m_errors.clear();
    const bool extract = m_session->extractOnAdd();
    const QList<LexiconEntry> lexicon = extract ? m_session->store()->lexicon() : QList<LexiconEntry>();
    const PendingModel tagger = extract ? m_session->pendingTagger() : PendingModel();
    for (const qint64 id : feedIds) {
        const auto feed = m_feeds->feed(id);
        if (!feed)
            continue;
        FeedFetchRequest request{id, QUrl(feed->url), feed->etag, feed->lastModified, feed->fetchFullArticle,
                                 m_feeds->knownItems(id), m_timeout, extract, lexicon, tagger};
        ++m_pending;
        m_pool.start([this, request = std::move(request), state = m_state] {
            FeedFetchResult result = FeedFetch::run(request, [&state] { return bool(state->cancelled); });
            QMetaObject::invokeMethod(this, [this, state, result = std::move(result)] {
                if (!state->cancelled)
                    apply(result);
                if (--m_pending == 0)
                    Q_EMIT finished();
            }, Qt::QueuedConnection);
        });
    }
    if (m_pending == 0) {
        QMetaObject::invokeMethod(this, &FeedRefresh::finished, Qt::QueuedConnection);
        return !feedIds.isEmpty();
    }
    return true;
}

// In this object's thread: the feed's new and changed items into the library, then its state.
void FeedRefresh::apply(const FeedFetchResult &result)
{
    const auto feed = m_feeds->feed(result.feedId);
    if (!feed) // removed while it was being fetched
        return;
    ++m_tally.feeds;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FeedRefreshRecord record;
    record.url = result.movedTo.isValid() ? result.movedTo.toString() : feed->url;
    record.title = result.title;
    record.siteUrl = result.siteUrl;
    record.etag = result.etag;
    record.lastModified = result.lastModified;
    record.refreshed = now;
    QString error = result.error;
    if (result.status == FeedFetchResult::Status::Fetched && !takeItems(result))
        error = tr("The new articles could not be saved: %1").arg(m_feeds->errorString());
    if (result.status == FeedFetchResult::Status::NotModified)
        ++m_tally.notModified;
    if (!error.isEmpty()) {
        ++m_tally.failed;
        m_errors.append(feed->displayTitle() + QStringLiteral(": ") + error);
        record.error = error;
        record.errorCount = feed->errorCount + 1;
        record.etag = feed->etag;
        record.lastModified = feed->lastModified;
    }
    record.nextRefresh = nextRefresh(now, feed->refreshMinutes, result.ttlMinutes, result.retryAfter, record.errorCount);
    if (record.url != feed->url && m_feeds->findFeed(record.url))
        record.url = feed->url; // moved onto a feed that is subscribed already: keep both as they are
    if (!m_feeds->recordRefresh(result.feedId, record))
        qCWarning(lcLibrary) << "feed state not saved:" << m_feeds->errorString();
    if (error.isEmpty()) {
        if (const auto removed = m_feeds->applyRetention(result.feedId, now))
            m_tally.removed += *removed;
    }
    qCDebug(lcLibrary) << "feed" << result.feedId << "refreshed:" << int(result.status) << result.items.size() << "items" << error;
    Q_EMIT feedRefreshed(result.feedId);
}

bool FeedRefresh::takeItems(const FeedFetchResult &result)
{
    m_tally.itemsFailed += int(result.itemErrors.size());
    for (const QString &itemError : result.itemErrors)
        qCDebug(lcLibrary) << "feed item not taken:" << itemError;
    int added = 0;
    int updated = 0;
    AnnotationStore *store = m_session->store();
    ArticleIntake intake = m_session->intake();
    const bool ok = m_feeds->batch([&] {
        for (const FeedFetchItem &item : result.items) {
            if (item.isUpdate) {
                const auto article = m_feeds->articleOfItem(result.feedId, item.identity);
                if (article && !store->updateArticle(*article, item.article.article))
                    return false;
                updated += article ? 1 : 0;
                if (!m_feeds->updateItem(result.feedId, item.identity, item.contentHash))
                    return false;
                continue;
            }
            const ArticleIntake::Result taken = intake.take(item.article);
            if (taken.outcome == ArticleIntake::Outcome::Failed)
                return false;
            added += taken.outcome == ArticleIntake::Outcome::Added ? 1 : 0;
            if (!m_feeds->addItem(result.feedId, item.identity, item.contentHash, taken.articleId))
                return false;
        }
        return true;
    });
    if (ok) {
        m_tally.newArticles += added;
        m_tally.updated += updated;
    }
    return ok;
}

} // namespace Gazette
