// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedcontroller.h"

#include "actionfactory.h"
#include "feedspane.h"
#include "formats/opml.h"
#include "library/feedfetch.h"
#include "library/feedrefresh.h"
#include "library/librarysession.h"
#include "library/opmlsubscriptions.h"
#include "librarydock.h"
#include "subscribedialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStyle>
#include <QTimer>
#include <QPointer>
#include <QThreadPool>

namespace Gazette {

namespace {

// How often the window looks for feeds that are due.
constexpr int ScheduleIntervalMs = 60 * 1000;

} // namespace

FeedController::FeedController(LibrarySession *session, LibraryDock *dock, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_dock(dock)
    , m_window(window)
    , m_pane(new FeedsPane(session->feeds(), dock))
    , m_refresh(new FeedRefresh(session, this))
    , m_schedule(new QTimer(this))
{
    createActions();
    m_dock->setFeedsSection(m_pane);
    m_dock->setArticleMarks([this](qint64 id) {
        ArticleMarks marks;
        marks.fromFeed = m_fromFeeds.contains(id);
        marks.read = !m_unread.contains(id);
        marks.starred = m_starred.contains(id);
        return marks;
    });
    connect(m_pane, &FeedsPane::selectionChanged, this, [this] {
        m_dock->setArticleFilter(m_pane->currentArticles());
        updateActions();
    });
    connect(session->feeds(), &FeedStore::changed, this, &FeedController::reloadMarks);
    connect(session->store(), &AnnotationStore::changed, this, [this](const StoreChange &change) {
        if (!change.removedArticles.isEmpty())
            m_pane->reload();
    });
    connect(m_refresh, &FeedRefresh::finished, this, [this] {
        const FeedRefresh::Tally &tally = m_refresh->tally();
        m_refreshAll->setEnabled(true);
        // A feed subscribed while the refresh ran is due now: its turn comes at once.
        if (std::exchange(m_refreshAgain, false))
            QTimer::singleShot(0, this, [this] { m_refresh->startDue(); });
        if (tally.feeds == 0)
            return;
        Q_EMIT message(tr("Feeds refreshed: %1 new, %2 updated, %3 failed.").arg(tally.newArticles).arg(tally.updated).arg(tally.failed));
    });
    m_schedule->setInterval(ScheduleIntervalMs);
    connect(m_schedule, &QTimer::timeout, this, [this] {
        if (m_session->isOpen() && !m_refresh->isRunning())
            m_refresh->startDue();
    });
    m_schedule->start();
    connect(session, &LibrarySession::opened, this, &FeedController::libraryOpened);
    reloadMarks();
}

FeedController::~FeedController() = default;

void FeedController::createActions()
{
    m_subscribe = makeAction(this, QIcon::fromTheme(QStringLiteral("feed-subscribe")), tr("Su&bscribe to Feed…"), QStringLiteral("subscribeFeedAction"));
    if (m_subscribe->icon().isNull())
        m_subscribe->setIcon(QIcon::fromTheme(QStringLiteral("application-rss+xml")));
    m_subscribe->setStatusTip(tr("Follow a news feed: its new articles arrive in the library while Gazette is open"));
    connect(m_subscribe, &QAction::triggered, this, [this] {
        SubscribeDialog dialog(m_session->feeds()->folders(), std::nullopt, m_window);
        if (dialog.exec() == QDialog::Accepted)
            subscribe(dialog.address(), dialog.folderName(), dialog.settings());
    });
    m_importOpml = makeAction(this, QIcon::fromTheme(QStringLiteral("document-import")), tr("Import Subscriptions (OPML)…"), QStringLiteral("importOpmlAction"));
    connect(m_importOpml, &QAction::triggered, this, &FeedController::importOpml);
    m_exportOpml = makeAction(this, QIcon::fromTheme(QStringLiteral("document-export")), tr("Export Subscriptions (OPML)…"), QStringLiteral("exportOpmlAction"));
    connect(m_exportOpml, &QAction::triggered, this, &FeedController::exportOpml);
    m_refreshAll = makeAction(this, QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh Feeds"), QStringLiteral("refreshFeedsAction"), QKeySequence(Qt::Key_F5));
    m_refreshAll->setStatusTip(tr("Fetch every feed now"));
    connect(m_refreshAll, &QAction::triggered, this, [this] { refreshFeeds(); });
    // N is Next Suggestion already; Ctrl+Shift+N is free everywhere.
    m_nextUnread = makeAction(this, QIcon::fromTheme(QStringLiteral("go-next")), tr("&Next Unread Article"), QStringLiteral("nextUnreadAction"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_nextUnread->setStatusTip(tr("Open the newest article you have not read yet"));
    connect(m_nextUnread, &QAction::triggered, this, &FeedController::nextUnread);
    m_markAllRead = makeAction(this, QIcon::fromTheme(QStringLiteral("mail-mark-read")), tr("&Mark All Read"), QStringLiteral("markAllReadAction"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_markAllRead->setStatusTip(tr("Mark every article of the chosen feed (or of all feeds) read"));
    connect(m_markAllRead, &QAction::triggered, this, [this] { m_session->feeds()->markFeedRead(m_pane->currentFeed()); });
    m_star = makeAction(this, QIcon::fromTheme(QStringLiteral("starred-symbolic")), tr("&Star Article"), QStringLiteral("starArticleAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_star->setCheckable(true);
    m_star->setStatusTip(tr("Star the article: it is kept whatever the feed's retention"));
    connect(m_star, &QAction::triggered, this, [this](bool starred) {
        if (m_currentArticle)
            m_session->feeds()->setStarred(m_currentArticle, starred);
    });

    m_refreshFeed = makeAction(this, QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"), QStringLiteral("refreshFeedAction"));
    connect(m_refreshFeed, &QAction::triggered, this, [this] { refreshFeeds({m_pane->currentFeed()}); });
    m_markFeedRead = makeAction(this, QIcon::fromTheme(QStringLiteral("mail-mark-read")), tr("Mark Feed Read"), QStringLiteral("markFeedReadAction"));
    connect(m_markFeedRead, &QAction::triggered, this, [this] { m_session->feeds()->markFeedRead(m_pane->currentFeed()); });
    m_editFeed = makeAction(this, QIcon::fromTheme(QStringLiteral("configure")), tr("Edit Settings…"), QStringLiteral("editFeedAction"));
    connect(m_editFeed, &QAction::triggered, this, [this] { editSettings(m_pane->currentFeed()); });
    m_removeFeed = makeAction(this, QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Unsubscribe"), QStringLiteral("removeFeedAction"));
    connect(m_removeFeed, &QAction::triggered, this, [this] { removeFeed(m_pane->currentFeed()); });
    QMenu *menu = m_pane->contextMenu();
    menu->addAction(m_refreshFeed);
    menu->addAction(m_markFeedRead);
    menu->addAction(m_editFeed);
    menu->addSeparator();
    menu->addAction(m_removeFeed);
    updateActions();
}

QList<QAction *> FeedController::actions() const
{
    return {m_subscribe, m_importOpml, m_exportOpml, m_refreshAll, m_nextUnread, m_markAllRead, m_star};
}

void FeedController::libraryOpened()
{
    m_pane->reload();
    reloadMarks();
    // Soon after opening, not while the window is still being laid out.
    QTimer::singleShot(1500, this, [this] {
        if (m_session->isOpen() && !m_refresh->isRunning())
            m_refresh->startDue();
    });
}

void FeedController::refreshFeeds(const QList<qint64> &feedIds)
{
    QList<qint64> ids = feedIds;
    if (ids.isEmpty()) {
        for (const FeedSubscription &feed : m_session->feeds()->feeds())
            ids.append(feed.id);
    }
    if (ids.isEmpty()) {
        Q_EMIT message(tr("No feeds yet: subscribe with File › Subscribe to Feed…"));
        return;
    }
    if (!m_refresh->start(ids)) {
        Q_EMIT message(tr("The feeds are being refreshed already."));
        return;
    }
    m_refreshAll->setEnabled(false);
    Q_EMIT message(tr("Refreshing %n feed(s)…", nullptr, int(ids.size())));
}

// The address is looked up off the GUI thread (it may be a page that names its feed).
void FeedController::subscribe(const QString &address, const QString &folder, const FeedSubscription &settings)
{
    Q_EMIT message(tr("Looking for a feed at %1…").arg(address));
    const QUrl url = QUrl::fromUserInput(address);
    QThreadPool::globalInstance()->start([this, url, folder, settings, alive = QPointer<FeedController>(this)] {
        const FeedFetch::Discovery found = FeedFetch::discover(url, 20000);
        QMetaObject::invokeMethod(qApp, [this, alive, found, folder, settings] {
            if (alive)
                addSubscription(found, folder, settings);
        }, Qt::QueuedConnection);
    });
}

void FeedController::addSubscription(const FeedFetch::Discovery &found, const QString &folder, const FeedSubscription &settings)
{
    FeedStore *feeds = m_session->feeds();
    if (!found.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Subscribe to Feed"), found.error);
        return;
    }
    FeedSubscription feed = settings;
    feed.url = found.feedUrl.toString();
    feed.title = found.title;
    feed.siteUrl = found.siteUrl;
    if (!folder.isEmpty())
        feed.folderId = feeds->folder(folder).value_or(0);
    const auto id = feeds->addFeed(feed);
    if (!id) {
        QMessageBox::warning(m_window, tr("Subscribe to Feed"), feeds->errorString());
        return;
    }
    Q_EMIT message(tr("Subscribed to “%1”.").arg(feed.displayTitle()));
    if (m_refresh->isRunning())
        m_refreshAgain = true;
    else
        refreshFeeds({*id});
}

void FeedController::editSettings(qint64 feedId)
{
    FeedStore *feeds = m_session->feeds();
    const auto feed = feeds->feed(feedId);
    if (!feed)
        return;
    SubscribeDialog dialog(feeds->folders(), feed, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    FeedSubscription settings = dialog.settings();
    settings.folderId = dialog.folderName().isEmpty() ? 0 : feeds->folder(dialog.folderName()).value_or(0);
    if (!feeds->updateSettings(settings))
        QMessageBox::warning(m_window, tr("Feed Settings"), feeds->errorString());
}

void FeedController::removeFeed(qint64 feedId)
{
    FeedStore *feeds = m_session->feeds();
    const auto feed = feeds->feed(feedId);
    if (!feed)
        return;
    const auto answer = QMessageBox::question(m_window, tr("Unsubscribe"),
                                              tr("Unsubscribe from “%1”? Its %n article(s) stay in the library.", nullptr, feed->articles)
                                                  .arg(feed->displayTitle()));
    if (answer == QMessageBox::Yes && !feeds->removeFeed(feedId))
        QMessageBox::warning(m_window, tr("Unsubscribe"), feeds->errorString());
}

void FeedController::importOpml()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Subscriptions"), QString(),
                                                      tr("OPML subscription lists (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Import Subscriptions"), tr("Cannot read “%1”: %2").arg(path, file.errorString()));
        return;
    }
    const auto imported = OpmlSubscriptions::import(m_session->feeds(), file.read(Opml::MaximumSize + 1));
    if (!imported.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import Subscriptions"), imported.error);
        return;
    }
    Q_EMIT message(tr("Subscribed to %1 feed(s); %2 subscribed already.").arg(imported.added).arg(imported.known));
    if (imported.added > 0 && !m_refresh->startDue())
        m_refreshAgain = true;
}

void FeedController::exportOpml()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Subscriptions"), QStringLiteral("subscriptions.opml"),
                                                      tr("OPML subscription lists (*.opml)"));
    if (path.isEmpty())
        return;
    int count = 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(OpmlSubscriptions::exportAll(m_session->feeds(), &count)) < 0 || !file.commit()) {
        QMessageBox::warning(m_window, tr("Export Subscriptions"), tr("Cannot write “%1”: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT message(tr("Wrote %1 feed(s) to %2.").arg(count).arg(path));
}

void FeedController::nextUnread()
{
    const QList<qint64> unread = m_session->feeds()->unreadArticles();
    for (const qint64 id : unread) {
        if (id != m_currentArticle) {
            Q_EMIT openArticle(id);
            return;
        }
    }
    Q_EMIT message(tr("No unread articles."));
}

void FeedController::articleShown(qint64 articleId)
{
    m_currentArticle = articleId;
    if (articleId && m_unread.contains(articleId))
        m_session->feeds()->setRead({articleId}, true);
    updateActions();
}

void FeedController::reloadMarks()
{
    m_unread.clear();
    m_starred.clear();
    m_fromFeeds.clear();
    const QHash<qint64, ArticleMarks> marks = m_session->isOpen() ? m_session->feeds()->allMarks() : QHash<qint64, ArticleMarks>();
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        m_fromFeeds.insert(it.key());
        if (!it->read)
            m_unread.insert(it.key());
        if (it->starred)
            m_starred.insert(it.key());
    }
    m_dock->list()->viewport()->update();
    updateActions();
}

void FeedController::updateActions()
{
    m_star->setEnabled(m_fromFeeds.contains(m_currentArticle));
    m_star->setChecked(m_starred.contains(m_currentArticle));
    m_nextUnread->setEnabled(!m_unread.isEmpty());
}

} // namespace Gazette
