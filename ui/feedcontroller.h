// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/feedfetch.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QAction;
class QTimer;
class QWidget;

namespace Gazette {

struct FeedSubscription;
class FeedRefresh;
class FeedsPane;
class LibraryDock;
class LibrarySession;

// The window's side of subscriptions: the actions (Subscribe to Feed…, Import/Export OPML…,
// Refresh Feeds, Next Unread, Mark All Read, Star), the Feeds section of the library dock, the
// read and starred marks the library list paints, and the schedule: a timer that starts the
// refresh of the feeds that are due while the window is open. Fetching, reading and extracting
// run on the refresh's thread pool; only the saving of each feed's new articles runs here.
class FeedController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedController)

public:
    FeedController(LibrarySession *session, LibraryDock *dock, QWidget *window);
    ~FeedController() override;

    QAction *subscribeAction() const { return m_subscribe; }
    QAction *importOpmlAction() const { return m_importOpml; }
    QAction *exportOpmlAction() const { return m_exportOpml; }
    QAction *refreshAllAction() const { return m_refreshAll; }
    QAction *nextUnreadAction() const { return m_nextUnread; }
    QAction *markAllReadAction() const { return m_markAllRead; }
    QAction *starAction() const { return m_star; }
    QList<QAction *> actions() const;
    FeedsPane *pane() const { return m_pane; }
    FeedRefresh *refresh() const { return m_refresh; }

    // The article the window shows now: marked read.
    void articleShown(qint64 articleId);
    // Starts refreshing these feeds (all when empty) in the background.
    void refreshFeeds(const QList<qint64> &feedIds = {});
    // A new library was opened: its feeds are read and the due ones refreshed.
    void libraryOpened();

Q_SIGNALS:
    void openArticle(qint64 articleId);
    void message(const QString &text);

private:
    void createActions();
    void subscribe(const QString &address, const QString &folder, const FeedSubscription &settings);
    void addSubscription(const FeedFetch::Discovery &found, const QString &folder, const FeedSubscription &settings);
    void editSettings(qint64 feedId);
    void removeFeed(qint64 feedId);
    void importOpml();
    void exportOpml();
    void nextUnread();
    void reloadMarks();
    void updateActions();

    LibrarySession *m_session;
    LibraryDock *m_dock;
    QWidget *m_window;
    FeedsPane *m_pane;
    FeedRefresh *m_refresh;
    QTimer *m_schedule;
    qint64 m_currentArticle = 0;
    bool m_refreshAgain = false;
    QSet<qint64> m_unread;
    QSet<qint64> m_starred;
    QSet<qint64> m_fromFeeds;
    QAction *m_subscribe = nullptr;
    QAction *m_importOpml = nullptr;
    QAction *m_exportOpml = nullptr;
    QAction *m_refreshAll = nullptr;
    QAction *m_nextUnread = nullptr;
    QAction *m_markAllRead = nullptr;
    QAction *m_star = nullptr;
    QAction *m_refreshFeed = nullptr;
    QAction *m_markFeedRead = nullptr;
    QAction *m_editFeed = nullptr;
    QAction *m_removeFeed = nullptr;
};

} // namespace Gazette
