// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedstore.h"

#include "annotationstore.h"
#include "document/annotation.h"
#include "rowcodec.h"

#include <QSqlQuery>

namespace Gazette {

using namespace RowCodec;

namespace {

const QString FeedSelect = QStringLiteral(
    "SELECT f.id, f.folder_id, f.url, f.title, f.site_url, f.fetch_full, f.refresh_minutes, f.keep_days, f.keep_items, "
    "f.etag, f.last_modified, f.last_refresh, f.next_refresh, f.error, f.error_count, "
    "(SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.article_id IS NOT NULL AND i.is_read = 0), "
    "(SELECT count(*) FROM feed_items i WHERE i.feed_id = f.id AND i.article_id IS NOT NULL) "
    "FROM feeds f");

FeedSubscription readFeed(const QSqlQuery &q)
{
    FeedSubscription feed;
    feed.id = q.value(0).toLongLong();
    feed.folderId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    feed.url = q.value(2).toString();
    feed.title = q.value(3).toString();
    feed.siteUrl = q.value(4).toString();
    feed.fetchFullArticle = q.value(5).toInt() != 0;
    feed.refreshMinutes = q.value(6).toInt();
    feed.keepDays = q.value(7).toInt();
    feed.keepItems = q.value(8).toInt();
    feed.etag = q.value(9).toString();
    feed.lastModified = q.value(10).toString();
    feed.lastRefresh = dateTime(q.value(11));
    feed.nextRefresh = dateTime(q.value(12));
    feed.error = q.value(13).toString();
    feed.errorCount = q.value(14).toInt();
    feed.unread = q.value(15).toInt();
    feed.articles = q.value(16).toInt();
    return feed;
}

// The settings a reader chooses, in the order of SettingsColumns.
const QString SettingsColumns = QStringLiteral("folder_id, title, fetch_full, refresh_minutes, keep_days, keep_items");

void bindSettings(QSqlQuery &q, const FeedSubscription &feed)
{
    q.addBindValue(idOrNull(feed.folderId));
    q.addBindValue(text(feed.title));
    q.addBindValue(int(feed.fetchFullArticle));
    q.addBindValue(std::max(1, feed.refreshMinutes));
    q.addBindValue(std::max(0, feed.keepDays));
    q.addBindValue(std::max(0, feed.keepItems));
}

QList<qint64> ids(QSqlQuery &q)
{
    QList<qint64> result;
    if (q.exec()) {
        while (q.next())
            result.append(q.value(0).toLongLong());
    }
    return result;
}

} // namespace

FeedStore::FeedStore(AnnotationStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

bool FeedStore::fail(const QString &message)
{
    m_store->fail(message);
    return false;
}

// One transaction on the library; changed() once it is committed.
bool FeedStore::write(const std::function<bool()> &work)
{
    m_errorString.clear();
    if (!m_store->transaction(work)) {
        m_errorString = m_store->errorString();
        return false;
    }
    if (m_batchDepth == 0)
        Q_EMIT changed();
    return true;
}

bool FeedStore::batch(const std::function<bool()> &work)
{
    ++m_batchDepth;
    const bool ok = m_store->transaction(work);
    --m_batchDepth;
    if (!ok) {
        m_errorString = m_store->errorString();
        return false;
    }
    if (m_batchDepth == 0)
        Q_EMIT changed();
    return true;
}

QList<FeedFolder> FeedStore::folders() const
{
    QList<FeedFolder> result;
    QSqlQuery q = m_store->prepare(QStringLiteral("SELECT id, name FROM feed_folders ORDER BY name, id"));
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return result;
}

std::optional<qint64> FeedStore::folder(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_errorString = tr("A folder needs a name.");
        return std::nullopt;
    }
    for (const FeedFolder &existing : folders()) {
        if (existing.name == trimmed)
            return existing.id;
    }
    qint64 id = 0;
    const bool ok = write([&] {
        QSqlQuery q = m_store->prepare(QStringLiteral("INSERT INTO feed_folders (name) VALUES (?) RETURNING id"));
        q.addBindValue(trimmed);
        if (!m_store->exec(q) || !q.next())
            return false;
        id = q.value(0).toLongLong();
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool FeedStore::removeFolder(qint64 id)
{
    return write([&] {
        QSqlQuery feeds = m_store->prepare(QStringLiteral("UPDATE feeds SET folder_id = NULL WHERE folder_id = ?"));
        feeds.addBindValue(id);
        QSqlQuery q = m_store->prepare(QStringLiteral("DELETE FROM feed_folders WHERE id = ?"));
        q.addBindValue(id);
        return m_store->exec(feeds) && m_store->exec(q);
    });
}

QList<FeedSubscription> FeedStore::feeds() const
{
    QList<FeedSubscription> result;
    QSqlQuery q = m_store->prepare(FeedSelect + QStringLiteral(" ORDER BY lower(f.title), f.id"));
    if (q.exec()) {
        while (q.next())
            result.append(readFeed(q));
    }
    return result;
}

std::optional<FeedSubscription> FeedStore::feed(qint64 id) const
{
    QSqlQuery q = m_store->prepare(FeedSelect + QStringLiteral(" WHERE f.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readFeed(q);
    return std::nullopt;
}

std::optional<FeedSubscription> FeedStore::findFeed(const QString &url) const
{
    QSqlQuery q = m_store->prepare(FeedSelect + QStringLiteral(" WHERE f.url = ?"));
    q.addBindValue(url);
    if (q.exec() && q.next())
        return readFeed(q);
    return std::nullopt;
}

std::optional<qint64> FeedStore::addFeed(const FeedSubscription &feed)
{
    if (const auto existing = findFeed(feed.url)) {
        m_errorString = tr("“%1” is subscribed already (as “%2”).").arg(feed.url, existing->displayTitle());
        return std::nullopt;
    }
    qint64 id = 0;
    const bool ok = write([&] {
        QSqlQuery q = m_store->prepare(QStringLiteral("INSERT INTO feeds (%1, url, site_url, created) "
                                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id").arg(SettingsColumns));
        bindSettings(q, feed);
        q.addBindValue(text(feed.url));
        q.addBindValue(text(feed.siteUrl));
        q.addBindValue(timestamp(now()));
        if (!m_store->exec(q) || !q.next())
            return false;
        id = q.value(0).toLongLong();
        return true;
    });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

bool FeedStore::updateSettings(const FeedSubscription &feed)
{
    return write([&] {
        // "folder_id = ?, title = ?, ..." for the columns bindSettings() binds; due again at once.
        QString assignments = SettingsColumns;
        assignments.replace(QLatin1String(","), QLatin1String(" = ?,")).append(QLatin1String(" = ?"));
        QSqlQuery q = m_store->prepare(QStringLiteral("UPDATE feeds SET %1, next_refresh = NULL WHERE id = ?").arg(assignments));
        bindSettings(q, feed);
        q.addBindValue(feed.id);
        return m_store->exec(q) && (q.numRowsAffected() == 1 || fail(tr("The feed no longer exists.")));
    });
}

bool FeedStore::removeFeed(qint64 id)
{
    return write([&] {
        QSqlQuery items = m_store->prepare(QStringLiteral("DELETE FROM feed_items WHERE feed_id = ?"));
        items.addBindValue(id);
        QSqlQuery q = m_store->prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?"));
        q.addBindValue(id);
        return m_store->exec(items) && m_store->exec(q) && (q.numRowsAffected() == 1 || fail(tr("The feed no longer exists.")));
    });
}

QList<qint64> FeedStore::dueFeeds(const QDateTime &now) const
{
    QSqlQuery q = m_store->prepare(QStringLiteral("SELECT id FROM feeds WHERE next_refresh IS NULL OR next_refresh <= ? ORDER BY id"));
    q.addBindValue(timestamp(now));
    return ids(q);
}

bool FeedStore::recordRefresh(qint64 feedId, const FeedRefreshRecord &record)
{
    return write([&] {
        QSqlQuery q = m_store->prepare(QStringLiteral(
            "UPDATE feeds SET url = ?, title = CASE WHEN title = '' THEN ? ELSE title END, "
            "site_url = CASE WHEN ? = '' THEN site_url ELSE ? END, etag = ?, last_modified = ?, last_refresh = ?, "
            "next_refresh = ?, error = ?, error_count = ? WHERE id = ?"));
        q.addBindValue(text(record.url));
        q.addBindValue(text(record.title));
        q.addBindValue(text(record.siteUrl));
        q.addBindValue(text(record.siteUrl));
        q.addBindValue(text(record.etag));
        q.addBindValue(text(record.lastModified));
        q.addBindValue(timestamp(record.refreshed));
        q.addBindValue(timestamp(record.nextRefresh));
        q.addBindValue(text(record.error));
        q.addBindValue(record.errorCount);
        q.addBindValue(feedId);
        return m_store->exec(q);
    });
}

QHash<QString, QString> FeedStore::knownItems(qint64 feedId) const
{
    QHash<QString, QString> items;
    QSqlQuery q = m_store->prepare(QStringLiteral("SELECT identity, content_hash FROM feed_items WHERE feed_id = ?"));
    q.addBindValue(feedId);
    if (q.exec()) {
        while (q.next())
            items.insert(q.value(0).toString(), q.value(1).toString());
    }
    return items;
}

std::optional<qint64> FeedStore::articleOfItem(qint64 feedId, const QString &identity) const
{
    QSqlQuery q = m_store->prepare(QStringLiteral("SELECT article_id FROM feed_items WHERE feed_id = ? AND identity = ?"));
    q.addBindValue(feedId);
    q.addBindValue(identity);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool FeedStore::addItem(qint64 feedId, const QString &identity, const QString &contentHash, qint64 articleId)
{
    return write([&] {
        // An article the library had already (another feed's, an import) keeps its marks.
        QSqlQuery read = m_store->prepare(QStringLiteral("SELECT max(is_read) FROM feed_items WHERE article_id = ?"));
        read.addBindValue(articleId);
        const bool wasRead = articleId && read.exec() && read.next() && read.value(0).toInt() != 0;
        QSqlQuery q = m_store->prepare(QStringLiteral(
            "INSERT INTO feed_items (feed_id, article_id, identity, content_hash, first_seen, is_read) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(feedId);
        q.addBindValue(idOrNull(articleId));
        q.addBindValue(identity);
        q.addBindValue(text(contentHash));
        q.addBindValue(timestamp(now()));
        q.addBindValue(int(wasRead));
        return m_store->exec(q);
    });
}

bool FeedStore::updateItem(qint64 feedId, const QString &identity, const QString &contentHash)
{
    return write([&] {
        QSqlQuery q = m_store->prepare(QStringLiteral("UPDATE feed_items SET content_hash = ? WHERE feed_id = ? AND identity = ?"));
        q.addBindValue(text(contentHash));
        q.addBindValue(feedId);
        q.addBindValue(identity);
        return m_store->exec(q);
    });
}

ArticleMarks FeedStore::marks(qint64 articleId) const
{
    QSqlQuery q = m_store->prepare(QStringLiteral("SELECT count(*), min(is_read), max(starred) FROM feed_items WHERE article_id = ?"));
    q.addBindValue(articleId);
    if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
        return {};
    return {true, q.value(1).toInt() != 0, q.value(2).toInt() != 0};
}

QHash<qint64, ArticleMarks> FeedStore::allMarks() const
{
    QHash<qint64, ArticleMarks> result;
    QSqlQuery q = m_store->prepare(QStringLiteral(
        "SELECT article_id, min(is_read), max(starred) FROM feed_items WHERE article_id IS NOT NULL GROUP BY article_id"));
    if (q.exec()) {
        while (q.next())
            result.insert(q.value(0).toLongLong(), {true, q.value(1).toInt() != 0, q.value(2).toInt() != 0});
    }
    return result;
}

bool FeedStore::setRead(const QList<qint64> &articleIds, bool read)
{
    return write([&] {
        for (const qint64 id : articleIds) {
            QSqlQuery q = m_store->prepare(QStringLiteral("UPDATE feed_items SET is_read = ? WHERE article_id = ?"));
            q.addBindValue(int(read));
            q.addBindValue(id);
            if (!m_store->exec(q))
                return false;
        }
        return true;
    });
}

bool FeedStore::setStarred(qint64 articleId, bool starred)
{
    return write([&] {
        QSqlQuery q = m_store->prepare(QStringLiteral("UPDATE feed_items SET starred = ? WHERE article_id = ?"));
        q.addBindValue(int(starred));
        q.addBindValue(articleId);
        return m_store->exec(q);
    });
}

bool FeedStore::markFeedRead(qint64 feedId)
{
    return write([&] {
        QSqlQuery q = m_store->prepare(feedId ? QStringLiteral("UPDATE feed_items SET is_read = 1 WHERE is_read = 0 AND feed_id = ?")
                                              : QStringLiteral("UPDATE feed_items SET is_read = 1 WHERE is_read = 0"));
        if (feedId)
            q.addBindValue(feedId);
        return m_store->exec(q);
    });
}

QList<qint64> FeedStore::articlesOfFeed(qint64 feedId) const
{
    QSqlQuery q = m_store->prepare(QStringLiteral(
        "SELECT article_id FROM feed_items WHERE feed_id = ? AND article_id IS NOT NULL ORDER BY first_seen DESC, id DESC"));
    q.addBindValue(feedId);
    return ids(q);
}

QList<qint64> FeedStore::unreadArticles() const
{
    QSqlQuery q = m_store->prepare(QStringLiteral(
        "SELECT article_id FROM feed_items WHERE article_id IS NOT NULL GROUP BY article_id HAVING min(is_read) = 0 "
        "ORDER BY max(first_seen) DESC, article_id DESC"));
    return ids(q);
}

int FeedStore::unreadCount() const
{
    return int(unreadArticles().size());
}

std::optional<int> FeedStore::applyRetention(qint64 feedId, const QDateTime &now)
{
    const auto subscription = feed(feedId);
    if (!subscription) {
        m_errorString = tr("The feed no longer exists.");
        return std::nullopt;
    }
    if (subscription->keepDays <= 0 && subscription->keepItems <= 0)
        return 0;
    QSqlQuery q = m_store->prepare(QStringLiteral(
        "SELECT article_id, first_seen FROM feed_items WHERE feed_id = ? AND article_id IS NOT NULL ORDER BY first_seen DESC, id DESC"));
    q.addBindValue(feedId);
    QList<qint64> beyond;
    const QDateTime oldest = now.addDays(-subscription->keepDays);
    if (q.exec()) {
        for (int position = 0; q.next(); ++position) {
            const bool tooMany = subscription->keepItems > 0 && position >= subscription->keepItems;
            const bool tooOld = subscription->keepDays > 0 && dateTime(q.value(1)) < oldest;
            if (tooMany || tooOld)
                beyond.append(q.value(0).toLongLong());
        }
    }
    // What the reader touched stays: a span or fact added, accepted or rejected, a review
    // status set, a star; and an article another feed also delivered.
    QSqlQuery kept = m_store->prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM annotations WHERE article_id = ? AND (origin = ? OR status <> ?)) "
        "+ (SELECT count(*) FROM facts WHERE article_id = ? AND (origin = ? OR status <> ?)) "
        "+ (SELECT count(*) FROM articles WHERE id = ? AND review_status <> 0) "
        "+ (SELECT count(*) FROM feed_items WHERE article_id = ? AND (starred <> 0 OR feed_id <> ?))"));
    QList<qint64> removable;
    for (const qint64 id : std::as_const(beyond)) {
        for (int part = 0; part < 2; ++part) {
            kept.addBindValue(id);
            kept.addBindValue(int(Origin::Manual));
            kept.addBindValue(int(AnnotationStatus::Suggested));
        }
        kept.addBindValue(id);
        kept.addBindValue(id);
        kept.addBindValue(feedId);
        if (kept.exec() && kept.next() && kept.value(0).toInt() == 0)
            removable.append(id);
        kept.finish();
    }
    if (removable.isEmpty())
        return 0;
    const bool ok = write([&] {
        for (const qint64 id : std::as_const(removable)) {
            if (!m_store->removeArticle(id))
                return false;
        }
        return true;
    });
    return ok ? std::optional<int>(int(removable.size())) : std::nullopt;
}

} // namespace Gazette
