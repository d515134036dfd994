// SPDX-License-Identifier: GPL-3.0-or-later
// Subscriptions in the window: the Feeds section of the library dock counts unread articles as
// they arrive from a local server (127.0.0.1, started here), opening an article marks it read,
// Next Unread walks the unread ones, and a failing feed shows its error.
#include "feedcontroller.h"
#include "feedspane.h"
#include "librarydock.h"
#include "mainwindow.h"
#include "themecontroller.h"
#include "library/feedrefresh.h"
#include "library/librarysession.h"
#include "models/librarymodel.h"
#include "store/feedstore.h"
#include "../core/feedserver.h"
#include "uitest.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Gazette;
using namespace Gazette::Testing;

namespace {

const TestItem Cranes{"c-1", "Quay cranes repainted", "https://example.org/cranes", "The six cranes of the north quay are blue again."};
const TestItem Ferry{"c-2", "Night ferry returns", "https://example.org/ferry", "The night ferry to Kessel Island runs again from Friday."};
const TestItem Pilots{"c-3", "Pilots train on a simulator", "https://example.org/pilots", "Twelve pilots trained on the new bridge simulator."};

} // namespace

class TestFeedsUi : public QObject
{
    Q_OBJECT

public:
    static void initMain() { isolate(QStringLiteral("GazetteFeedsUi")); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ThemeController> m_themes;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<FeedServer> m_server;

    FeedController *controller() const { return m_window->findChild<FeedController *>(); }
    QTreeWidget *tree() const { return m_window->findChild<QTreeWidget *>(QStringLiteral("feedTree")); }
    FeedStore *feeds() const { return m_window->session()->feeds(); }

    // The row of the tree with this title: its unread count as the reader sees it ("" for none).
    QTreeWidgetItem *row(const QString &title) const
    {
        const auto found = tree()->findItems(title, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.constFirst();
    }

    void refreshAndWait()
    {
        QSignalSpy finished(controller()->refresh(), &FeedRefresh::finished);
        controller()->refreshAllAction()->trigger();
        QVERIFY(finished.wait(20000));
    }

    qint64 subscribe(const QByteArray &path, const QString &folder = {})
    {
        FeedSubscription feed;
        feed.url = m_server->url(path);
        if (!folder.isEmpty())
            feed.folderId = feeds()->folder(folder).value_or(0);
        return feeds()->addFeed(feed).value_or(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QApplication::setStyle(QStringLiteral("Fusion"));
        m_themes = std::make_unique<ThemeController>();
    }

    void init()
    {
        freshWindowSettings(m_dir);
        m_server = std::make_unique<FeedServer>();
        m_window = std::make_unique<MainWindow>(m_themes.get());
        m_window->resize(1100, 750);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_server.reset();
    }

    // A new item arrives: the feed's, its folder's and the Unread entry's counts rise by one.
    void newItemRaisesUnreadCount()
    {
        m_server->setFeed("/harbour.xml", rssFeed("Harbour Gazette", {Cranes, Ferry}));
        QVERIFY(subscribe("/harbour.xml", QStringLiteral("Ports")));
        refreshAndWait();
        QVERIFY(row(QStringLiteral("Harbour Gazette")));
        QCOMPARE(row(QStringLiteral("Harbour Gazette"))->text(1), QStringLiteral("2"));
        QCOMPARE(row(QStringLiteral("Ports"))->text(1), QStringLiteral("2"));
        QCOMPARE(row(QStringLiteral("Unread"))->text(1), QStringLiteral("2"));
        QVERIFY(row(QStringLiteral("Harbour Gazette"))->font(0).bold());

        m_server->setFeed("/harbour.xml", rssFeed("Harbour Gazette", {Pilots, Cranes, Ferry}));
        refreshAndWait();
        QCOMPARE(row(QStringLiteral("Harbour Gazette"))->text(1), QStringLiteral("3"));
        QCOMPARE(row(QStringLiteral("Unread"))->text(1), QStringLiteral("3"));
        QCOMPARE(m_window->session()->store()->articleCount(), 3);
    }

    // Opening an article marks it read: the count falls, and Mark All Read clears it.
    void openingMarksRead()
    {
        m_server->setFeed("/harbour.xml", rssFeed("Harbour Gazette", {Cranes, Ferry}));
        QVERIFY(subscribe("/harbour.xml"));
        refreshAndWait();
        QCOMPARE(row(QStringLiteral("Harbour Gazette"))->text(1), QStringLiteral("2"));
        // Choosing the feed shows its two articles; opening one from the list reads it.
        tree()->setCurrentItem(row(QStringLiteral("Harbour Gazette")));
        QListView *list = m_window->findChild<QListView *>(QStringLiteral("libraryList"));
        QCOMPARE(list->model()->rowCount(), 2);
        list->setCurrentIndex(list->model()->index(0, 0));
        const qint64 opened = m_window->currentArticleId();
        QVERIFY(opened);
        QVERIFY(feeds()->marks(opened).read);
        QCOMPARE(row(QStringLiteral("Harbour Gazette"))->text(1), QStringLiteral("1"));
        controller()->markAllReadAction()->trigger();
        QCOMPARE(row(QStringLiteral("Harbour Gazette"))->text(1), QString());
        QVERIFY(!row(QStringLiteral("Harbour Gazette"))->font(0).bold());
        QVERIFY(!controller()->nextUnreadAction()->isEnabled());
    }

    // Next Unread opens the newest unread article, then the next, until none is left.
    void nextUnreadWalksUnreadArticles()
    {
        m_server->setFeed("/harbour.xml", rssFeed("Harbour Gazette", {Cranes, Ferry, Pilots}));
        QVERIFY(subscribe("/harbour.xml"));
        refreshAndWait();
        QSet<qint64> seen;
        QAction *next = controller()->nextUnreadAction();
        QCOMPARE(next->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(next->isEnabled());
            QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
            const qint64 opened = m_window->currentArticleId();
            QVERIFY(opened);
            QVERIFY(!seen.contains(opened));
            seen.insert(opened);
            QVERIFY(feeds()->marks(opened).read);
        }
        QCOMPARE(feeds()->unreadCount(), 0);
        QVERIFY(!next->isEnabled());
        // The star: kept by retention, shown in the Feeds menu.
        QAction *star = controller()->starAction();
        QVERIFY(star->isEnabled());
        star->trigger();
        QVERIFY(feeds()->marks(m_window->currentArticleId()).starred);
    }

    // A feed whose refresh failed has a warning icon and says why in its tooltip; the others
    // still bring their articles.
    void failingFeedShowsError()
    {
        m_server->setFeed("/harbour.xml", rssFeed("Harbour Gazette", {Cranes}));
        m_server->set("/gone.xml", {404, "gone", {}, false});
        QVERIFY(subscribe("/harbour.xml"));
        const qint64 gone = subscribe("/gone.xml");
        refreshAndWait();
        QTreeWidgetItem *failed = row(m_server->url("/gone.xml"));
        QVERIFY(failed);
        QVERIFY(!failed->icon(0).isNull());
        QVERIFY2(failed->toolTip(0).contains(QStringLiteral("404")), qPrintable(failed->toolTip(0)));
        QVERIFY(row(QStringLiteral("Harbour Gazette"))->icon(0).isNull());
        QCOMPARE(row(QStringLiteral("Harbour Gazette"))->text(1), QStringLiteral("1"));
        // The context menu of a feed offers refresh, mark read, settings and unsubscribe.
        tree()->setCurrentItem(failed);
        QStringList names;
        for (QAction *action : controller()->pane()->contextMenu()->actions())
            names << action->objectName();
        QCOMPARE(names, (QStringList{QStringLiteral("refreshFeedAction"), QStringLiteral("markFeedReadAction"),
                                     QStringLiteral("editFeedAction"), QString(), QStringLiteral("removeFeedAction")}));
        QCOMPARE(controller()->pane()->currentFeed(), gone);
    }
};

QTEST_MAIN(TestFeedsUi)
#include "tst_feedsui.moc"
