// SPDX-License-Identifier: GPL-3.0-or-later
// Subscriptions end to end: a local HTTP server on 127.0.0.1 (started here) serves feeds that
// change between refreshes, answer 304, move, hang, or attack; the library keeps what a reader
// sees: articles, unread counts, errors per feed. Runs on SQLite and PostgreSQL.
#include "cli/cli.h"
#include "feedserver.h"
#include "formats/feedreader.h"
#include "formats/opml.h"
#include "library/feedfetch.h"
#include "library/feedrefresh.h"
#include "library/librarysession.h"
#include "store/feedstore.h"
#include "testlibrary.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Gazette;
using namespace Gazette::Testing;

namespace {

const TestItem CranesItem{"harbour-1", "Quay cranes repainted in harbour blue", "https://example.org/cranes",
                          "Workers at the north quay finished repainting the six container cranes on Tuesday, the port authority said."};
const TestItem FerryItem{"harbour-2", "Night ferry returns to the island route", "https://example.org/ferry",
                         "The night ferry to Kessel Island resumes on Friday after a winter of repairs to its hull."};
const TestItem PilotItem{"harbour-3", "Harbour pilots train on a new simulator", "https://example.org/pilots",
                         "Twelve harbour pilots spent the week on a bridge simulator that models the tidal currents of the estuary."};

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(GAZETTE_TEST_DATA "/feeds/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// A library with its subscriptions, on the backend of this run.
struct Library
{
    Library()
    {
        session.setExtractOnAdd(false);
        if (!session.open(newLibrary()))
            qFatal("cannot open a library: %s", qPrintable(session.errorString()));
    }
    FeedStore *feeds() { return session.feeds(); }
    qint64 subscribe(const QString &url, int refreshMinutes = 60)
    {
        FeedSubscription feed;
        feed.url = url;
        feed.refreshMinutes = refreshMinutes;
        const auto id = feeds()->addFeed(feed);
        if (!id)
            qFatal("cannot subscribe: %s", qPrintable(feeds()->errorString()));
        return *id;
    }
    FeedRefresh::Tally refresh(const QList<qint64> &ids, int timeout = 10000)
    {
        FeedRefresh refresh(&session);
        refresh.setTimeout(timeout);
        QSignalSpy finished(&refresh, &FeedRefresh::finished);
        if (!refresh.start(ids))
            qFatal("the refresh did not start");
        if (!finished.wait(timeout * 3))
            qFatal("the refresh did not finish");
        return refresh.tally();
    }
    QStringList headlines()
    {
        QStringList result;
        for (const ArticleSummary &summary : session.store()->articleSummaries(0, 1000))
            result.append(summary.headline);
        result.sort();
        return result;
    }
    LibrarySession session;
};

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.status = Cli::run(QStringList{QStringLiteral("gazette"), QStringLiteral("feeds")} + arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestFeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    // A feed that gains one item between two refreshes gives exactly one new article, unread.
    void newItemBecomesOneArticle()
    {
        FeedServer server;
        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {CranesItem, FerryItem}));
        Library library;
        const qint64 feed = library.subscribe(server.url("/harbour.xml"));
        FeedRefresh::Tally first = library.refresh({feed});
        QCOMPARE(first.newArticles, 2);
        QCOMPARE(first.failed, 0);
        QCOMPARE(library.feeds()->feed(feed)->unread, 2);
        QCOMPARE(library.feeds()->feed(feed)->title, QStringLiteral("Harbour Gazette"));

        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {PilotItem, CranesItem, FerryItem}));
        const FeedRefresh::Tally second = library.refresh({feed});
        QCOMPARE(second.newArticles, 1);
        QCOMPARE(second.updated, 0);
        QCOMPARE(library.session.store()->articleCount(), 3);
        QStringList expected{QString::fromLatin1(PilotItem.title), QString::fromLatin1(CranesItem.title), QString::fromLatin1(FerryItem.title)};
        expected.sort();
        QCOMPARE(library.headlines(), expected);
        const auto state = library.feeds()->feed(feed);
        QCOMPARE(state->unread, 3);
        QCOMPARE(state->articles, 3);
        QVERIFY(state->error.isEmpty());
        // The article is the feed's summary, with the feed as its source.
        const qint64 newest = library.feeds()->unreadArticles().constFirst();
        const auto article = library.session.store()->article(newest);
        QCOMPARE(article->headline, QString::fromLatin1(PilotItem.title));
        QVERIFY(article->text.contains(QStringLiteral("bridge simulator")));
        QCOMPARE(article->source, QStringLiteral("Harbour Gazette"));
    }

    // The second request is conditional; a 304 adds nothing and is no error.
    void notModifiedAddsNothing()
    {
        FeedServer server;
        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {CranesItem}));
        server.setEtag("/harbour.xml", "\"v1\"");
        Library library;
        const qint64 feed = library.subscribe(server.url("/harbour.xml"));
        QCOMPARE(library.refresh({feed}).newArticles, 1);
        QCOMPARE(library.feeds()->feed(feed)->etag, QStringLiteral("\"v1\""));
        const FeedRefresh::Tally second = library.refresh({feed});
        QCOMPARE(server.requests().last().headers.value("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(second.notModified, 1);
        QCOMPARE(second.newArticles, 0);
        QCOMPARE(second.failed, 0);
        QCOMPARE(library.session.store()->articleCount(), 1);
        QVERIFY(library.feeds()->feed(feed)->error.isEmpty());
    }

    // A feed that moved for good (301) is followed, and the subscription takes its new address.
    void movedFeedTakesNewAddress()
    {
        FeedServer server;
        server.set("/old.xml", {301, {}, {{"Location", server.url("/new.xml").toLatin1()}}, false});
        server.setFeed("/new.xml", rssFeed("Harbour Gazette", {CranesItem}));
        Library library;
        const qint64 feed = library.subscribe(server.url("/old.xml"));
        QCOMPARE(library.refresh({feed}).newArticles, 1);
        QCOMPARE(library.feeds()->feed(feed)->url, server.url("/new.xml"));
        const int askedOld = server.requestCount("/old.xml");
        const int askedNew = server.requestCount("/new.xml");
        library.refresh({feed});
        QCOMPARE(server.requestCount("/old.xml"), askedOld);
        QCOMPARE(server.requestCount("/new.xml"), askedNew + 1);
    }

    // A temporary redirect (302) leaves the address as it is.
    void temporaryRedirectKeepsAddress()
    {
        FeedServer server;
        server.set("/today.xml", {302, {}, {{"Location", server.url("/mirror.xml").toLatin1()}}, false});
        server.setFeed("/mirror.xml", rssFeed("Harbour Gazette", {CranesItem}));
        Library library;
        const qint64 feed = library.subscribe(server.url("/today.xml"));
        QCOMPARE(library.refresh({feed}).newArticles, 1);
        QCOMPARE(library.feeds()->feed(feed)->url, server.url("/today.xml"));
    }

    // A feed that never answers fails with its own error; the others refresh all the same.
    void timeoutFailsOnlyThatFeed()
    {
        FeedServer server;
        server.set("/silent.xml", {200, {}, {}, true});
        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {CranesItem, FerryItem}));
        Library library;
        const qint64 silent = library.subscribe(server.url("/silent.xml"));
        const qint64 harbour = library.subscribe(server.url("/harbour.xml"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const FeedRefresh::Tally tally = library.refresh({silent, harbour}, 1500);
        QCOMPARE(tally.failed, 1);
        QCOMPARE(tally.newArticles, 2);
        const auto failed = library.feeds()->feed(silent);
        QVERIFY2(failed->error.contains(QStringLiteral("did not answer")), qPrintable(failed->error));
        QCOMPARE(failed->errorCount, 1);
        // Backoff: tried again in minutes, not at once.
        QVERIFY(failed->nextRefresh >= before.addSecs(5 * 60));
        QVERIFY(library.feeds()->feed(harbour)->error.isEmpty());
        QVERIFY(!library.feeds()->dueFeeds(QDateTime::currentDateTimeUtc()).contains(silent));
    }

    // Each failure in a row doubles the wait, up to a day; Retry-After and ttl are respected.
    void schedule_data()
    {
        QTest::addColumn<int>("refreshMinutes");
        QTest::addColumn<int>("ttlMinutes");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("expectedMinutes");
        QTest::newRow("interval") << 60 << 0 << -1 << 0 << 60;
        QTest::newRow("ttl longer") << 60 << 180 << -1 << 0 << 180;
        QTest::newRow("ttl shorter") << 60 << 10 << -1 << 0 << 60;
        QTest::newRow("first error") << 60 << 0 << -1 << 1 << 5;
        QTest::newRow("third error") << 60 << 0 << -1 << 3 << 20;
        QTest::newRow("many errors") << 60 << 0 << -1 << 40 << 24 * 60;
        QTest::newRow("retry after") << 60 << 0 << 7200 << 1 << 120;
    }

    void schedule()
    {
        QFETCH(int, refreshMinutes);
        QFETCH(int, ttlMinutes);
        QFETCH(int, retryAfter);
        QFETCH(int, errors);
        QFETCH(int, expectedMinutes);
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::UTC);
        QCOMPARE(FeedRefresh::nextRefresh(now, refreshMinutes, ttlMinutes, retryAfter, errors), now.addSecs(expectedMinutes * 60));
    }

    // A server that says 503 with Retry-After is not asked again before then, and the feed
    // shows the answer; <ttl> of a feed stretches its interval.
    void retryAfterAndTtlAreKept()
    {
        FeedServer server;
        server.set("/busy.xml", {503, "busy", {{"Retry-After", "7200"}}, false});
        server.setFeed("/slow.xml", rssFeed("Slow Harbour", {CranesItem}, "<ttl>180</ttl>"));
        Library library;
        const qint64 busy = library.subscribe(server.url("/busy.xml"));
        const qint64 slow = library.subscribe(server.url("/slow.xml"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        library.refresh({busy, slow});
        const auto busyFeed = library.feeds()->feed(busy);
        QVERIFY2(busyFeed->error.contains(QStringLiteral("503")), qPrintable(busyFeed->error));
        QVERIFY(busyFeed->nextRefresh >= before.addSecs(7200));
        QVERIFY(library.feeds()->feed(slow)->nextRefresh >= before.addSecs(180 * 60));
    }

    // Entity expansion is refused with a message; a huge item is left out and the rest taken.
    void hostileFeeds()
    {
        FeedServer server;
        server.setFeed("/laughs.xml", readData(QStringLiteral("billion-laughs.rss")));
        const QByteArray huge(3 * 1024 * 1024, 'x');
        server.setFeed("/huge.xml", rssFeed("Huge Harbour", {CranesItem, {"huge-1", "A very long item", "https://example.org/huge", huge}}));
        server.set("/binary.xml", {200, QByteArray(4096, '\0') + "\x89PNG", {{"Content-Type", "application/rss+xml"}}, false});
        server.set("/broken.xml", {200, "<rss version=\"2.0\"><channel><title>Broken</title><item><title>Half", {}, false});
        Library library;
        const qint64 laughs = library.subscribe(server.url("/laughs.xml"));
        const qint64 hugeFeed = library.subscribe(server.url("/huge.xml"));
        const qint64 binary = library.subscribe(server.url("/binary.xml"));
        const qint64 broken = library.subscribe(server.url("/broken.xml"));
        const FeedRefresh::Tally tally = library.refresh({laughs, hugeFeed, binary, broken});
        QCOMPARE(tally.failed, 3);
        QCOMPARE(tally.newArticles, 1);
        QCOMPARE(tally.itemsFailed, 1);
        QVERIFY2(library.feeds()->feed(laughs)->error.contains(QStringLiteral("document type")), qPrintable(library.feeds()->feed(laughs)->error));
        QVERIFY2(library.feeds()->feed(binary)->error.contains(QStringLiteral("not a feed")), qPrintable(library.feeds()->feed(binary)->error));
        QVERIFY2(library.feeds()->feed(broken)->error.contains(QStringLiteral("not well-formed")), qPrintable(library.feeds()->feed(broken)->error));
        QCOMPARE(library.headlines(), QStringList{QString::fromLatin1(CranesItem.title)});
    }

    // Same guid with a corrected title and a new link: the article is updated, not doubled.
    void changedItemIsNoDuplicate()
    {
        FeedServer server;
        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {CranesItem}));
        Library library;
        const qint64 feed = library.subscribe(server.url("/harbour.xml"));
        QCOMPARE(library.refresh({feed}).newArticles, 1);
        TestItem corrected = CranesItem;
        corrected.title = "Quay cranes repainted in harbour green";
        corrected.link = "https://example.org/cranes-corrected";
        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {corrected}));
        const FeedRefresh::Tally tally = library.refresh({feed});
        QCOMPARE(tally.newArticles, 0);
        QCOMPARE(tally.updated, 1);
        QCOMPARE(library.headlines(), QStringList{QStringLiteral("Quay cranes repainted in harbour green")});
        // Without a guid the link is the identity: a changed title is still the same item.
        server.setFeed("/plain.xml", rssFeed("Plain", {{"", "Tide tables printed", "https://example.org/tides", "The tide tables for next year are out."}}));
        const qint64 plain = library.subscribe(server.url("/plain.xml"));
        QCOMPARE(library.refresh({plain}).newArticles, 1);
        server.setFeed("/plain.xml", rssFeed("Plain", {{"", "Tide tables printed early", "https://example.org/tides#top", "The tide tables for next year are out."}}));
        QCOMPARE(library.refresh({plain}).newArticles, 0);
        QCOMPARE(library.session.store()->articleCount(), 2);
    }

    void identity_data()
    {
        QTest::addColumn<QString>("guid");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("expectedPrefix");
        QTest::newRow("guid") << "urn:x:1" << "https://example.org/a" << "g:urn:x:1";
        QTest::newRow("link") << "" << "https://example.org/a#comments" << "l:https://example.org/a";
        QTest::newRow("hash") << "" << "" << "h:";
    }

    void identity()
    {
        QFETCH(QString, guid);
        QFETCH(QString, link);
        QFETCH(QString, expectedPrefix);
        FeedItem item;
        item.id = guid;
        item.link = link;
        item.title = QStringLiteral("Title");
        item.summary = QStringLiteral("Text");
        const QString identity = FeedFetch::identityOf(item);
        QVERIFY2(expectedPrefix == QLatin1String("h:") ? identity.startsWith(expectedPrefix) && identity.size() == 66 : identity == expectedPrefix,
                 qPrintable(identity));
    }

    // The full article: the item's page fetched and cleaned, instead of the feed's summary.
    void fullArticleFromPage()
    {
        FeedServer server;
        const QByteArray page = "<html><head><title>Cranes</title></head><body><nav>Home | News</nav><article><h1>Quay cranes repainted</h1>"
                                "<p>Workers at the north quay finished repainting the six container cranes on Tuesday.</p>"
                                "<p>The new coat of harbour blue should last fifteen years, the port engineer Mara Lindqvist said.</p>"
                                "</article><footer>Share This Post</footer></body></html>";
        server.set("/cranes.html", {200, page, {{"Content-Type", "text/html; charset=utf-8"}}, false});
        TestItem item = CranesItem;
        item.link = server.url("/cranes.html").toLatin1();
        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {item}));
        Library library;
        FeedSubscription feed;
        feed.url = server.url("/harbour.xml");
        feed.fetchFullArticle = true;
        const qint64 id = *library.feeds()->addFeed(feed);
        QCOMPARE(library.refresh({id}).newArticles, 1);
        const auto article = library.session.store()->article(library.feeds()->articlesOfFeed(id).constFirst());
        QVERIFY2(article->text.contains(QStringLiteral("fifteen years")), qPrintable(article->text));
        QVERIFY(!article->text.contains(QStringLiteral("Share This Post")));
        QCOMPARE(article->headline, QString::fromLatin1(CranesItem.title));
    }

    // New articles get the extractor's suggestions, made on the refresh's worker threads.
    void newArticlesAreExtracted()
    {
        FeedServer server;
        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {{"x-1", "Port chief visits Rotterdam",
            "https://example.org/visit", "Port chief Anna Berg flew to Rotterdam on Monday to sign a dredging contract worth $12 million."}}));
        Library library;
        library.session.setExtractOnAdd(true);
        const qint64 feed = library.subscribe(server.url("/harbour.xml"));
        QCOMPARE(library.refresh({feed}).newArticles, 1);
        const qint64 article = library.feeds()->articlesOfFeed(feed).constFirst();
        QVERIFY(!library.session.store()->annotations(article).isEmpty());
    }

    // Read, unread, starred, mark all read.
    void marks()
    {
        FeedServer server;
        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {CranesItem, FerryItem, PilotItem}));
        Library library;
        const qint64 feed = library.subscribe(server.url("/harbour.xml"));
        library.refresh({feed});
        const QList<qint64> articles = library.feeds()->articlesOfFeed(feed);
        QCOMPARE(articles.size(), 3);
        QSignalSpy changed(library.feeds(), &FeedStore::changed);
        QVERIFY(library.feeds()->setRead({articles.at(0)}, true));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(library.feeds()->feed(feed)->unread, 2);
        QVERIFY(!library.feeds()->unreadArticles().contains(articles.at(0)));
        QVERIFY(library.feeds()->marks(articles.at(0)).read);
        QVERIFY(library.feeds()->setStarred(articles.at(1), true));
        QVERIFY(library.feeds()->marks(articles.at(1)).starred);
        QVERIFY(!library.feeds()->marks(articles.at(2)).starred);
        QVERIFY(library.feeds()->markFeedRead(feed));
        QCOMPARE(library.feeds()->feed(feed)->unread, 0);
        QCOMPARE(library.feeds()->unreadCount(), 0);
        QVERIFY(library.feeds()->setRead({articles.at(2)}, false));
        QCOMPARE(library.feeds()->unreadArticles(), QList<qint64>{articles.at(2)});
    }

    // Retention keeps the newest N, and never an article the reader annotated or starred.
    void retentionKeepsAnnotatedArticles()
    {
        FeedServer server;
        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {CranesItem}));
        Library library;
        const qint64 feed = library.subscribe(server.url("/harbour.xml"));
        library.refresh({feed});
        const qint64 cranes = library.feeds()->articlesOfFeed(feed).constFirst();
        QVERIFY(library.session.push(library.session.edits()->addAnnotation(cranes, 0, 7, QStringLiteral("ORG"))));
        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {FerryItem, CranesItem}));
        library.refresh({feed});
        const qint64 ferry = library.feeds()->articlesOfFeed(feed).constFirst();
        QVERIFY(library.feeds()->setStarred(ferry, true));
        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {PilotItem, FerryItem, CranesItem}));
        library.refresh({feed});
        const qint64 pilots = library.feeds()->articlesOfFeed(feed).constFirst();
        QCOMPARE(library.session.store()->articleCount(), 3);

        FeedSubscription settings = *library.feeds()->feed(feed);
        settings.keepItems = 1;
        QVERIFY(library.feeds()->updateSettings(settings));
        QCOMPARE(library.feeds()->applyRetention(feed, QDateTime::currentDateTimeUtc()), 0); // annotated, starred, newest
        QVERIFY(library.feeds()->setStarred(ferry, false));
        QCOMPARE(library.feeds()->applyRetention(feed, QDateTime::currentDateTimeUtc()), 1);
        QVERIFY(!library.session.store()->article(ferry));
        QVERIFY(library.session.store()->article(cranes));
        QVERIFY(library.session.store()->article(pilots));
        // The removed item is remembered: the next refresh does not bring it back.
        QCOMPARE(library.refresh({feed}).newArticles, 0);
        QCOMPARE(library.session.store()->articleCount(), 2);
        // Keep N days: everything is older than zero days from a week ahead, but the annotated one stays.
        settings.keepItems = 0;
        settings.keepDays = 1;
        QVERIFY(library.feeds()->updateSettings(settings));
        QCOMPARE(library.feeds()->applyRetention(feed, QDateTime::currentDateTimeUtc().addDays(7)), 1);
        QVERIFY(library.session.store()->article(cranes));
        QVERIFY(!library.session.store()->article(pilots));
    }

    // A web page that advertises its feed: the feed is found; a page without one is named.
    void discoversAdvertisedFeed()
    {
        FeedServer server;
        server.set("/", {200, readData(QStringLiteral("advertising-page.html")), {{"Content-Type", "text/html"}}, false});
        server.setFeed("/feeds/harbour.xml", rssFeed("Harbour Gazette", {CranesItem}));
        server.set("/plain.html", {200, "<html><body><p>No feed here.</p></body></html>", {{"Content-Type", "text/html"}}, false});
        const FeedFetch::Discovery found = FeedFetch::discover(QUrl(server.url("/")), 5000);
        QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
        QCOMPARE(found.feedUrl, QUrl(server.url("/feeds/harbour.xml")));
        QCOMPARE(found.title, QStringLiteral("Harbour Gazette"));
        const FeedFetch::Discovery none = FeedFetch::discover(QUrl(server.url("/plain.html")), 5000);
        QVERIFY(!none.feedUrl.isValid());
        QVERIFY2(none.error.contains(QStringLiteral("neither a feed")), qPrintable(none.error));
    }

    void advertisedFeeds()
    {
        const QList<QUrl> feeds = FeedReader::advertisedFeeds(readData(QStringLiteral("advertising-page.html")), QUrl(QStringLiteral("https://harbour.example.org/news/")));
        QCOMPARE(feeds, (QList<QUrl>{QUrl(QStringLiteral("https://harbour.example.org/feeds/harbour.xml")),
                                     QUrl(QStringLiteral("https://harbour.example.org/feeds/harbour.atom"))}));
    }

    // A feed or page on the web never makes Gazette fetch from the reader's own machine or
    // network; a feed on the reader's own machine may link to pages anywhere.
    void linkedPagesStayOffPrivateAddresses_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("web to web") << "https://news.example.org/feed" << "https://news.example.org/a" << true;
        QTest::newRow("web to loopback") << "https://news.example.org/feed" << "http://127.0.0.1:8080/admin" << false;
        QTest::newRow("web to localhost") << "https://news.example.org/feed" << "http://localhost/secret" << false;
        QTest::newRow("web to private") << "https://news.example.org/feed" << "http://192.168.1.1/" << false;
        QTest::newRow("web to ipv6 loopback") << "https://news.example.org/feed" << "http://[::1]/" << false;
        QTest::newRow("loopback to web") << "http://127.0.0.1:8731/feed.xml" << "https://news.example.org/a" << true;
        QTest::newRow("loopback to loopback") << "http://127.0.0.1:8731/feed.xml" << "http://127.0.0.1:8731/a.html" << true;
    }

    void linkedPagesStayOffPrivateAddresses()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(FeedFetch::mayFollow(QUrl(from), QUrl(to)), allowed);
    }

    void opmlRoundTrip()
    {
        Opml opml;
        const auto list = opml.read(readData(QStringLiteral("subscriptions.opml")));
        QVERIFY2(list, qPrintable(opml.errorString()));
        QCOMPARE(list->size(), 4);
        QCOMPARE(list->at(0).folder, QStringLiteral("Ports"));
        QCOMPARE(list->at(0).htmlUrl, QStringLiteral("https://harbour.example.org/"));
        QCOMPARE(list->at(2).title, QStringLiteral("Lantern Markets & Trade"));
        QCOMPARE(list->at(2).folder, QStringLiteral("Asia"));
        QCOMPARE(list->at(3).folder, QString());
        Opml again;
        const auto back = again.read(Opml::write(*list, QStringLiteral("Harbour desk")));
        QVERIFY2(back, qPrintable(again.errorString()));
        QCOMPARE(back->size(), list->size());
        for (qsizetype i = 0; i < list->size(); ++i) {
            QCOMPARE(back->at(i).title, list->at(i).title);
            QCOMPARE(back->at(i).xmlUrl, list->at(i).xmlUrl);
            QCOMPARE(back->at(i).htmlUrl, list->at(i).htmlUrl);
            QCOMPARE(back->at(i).folder, list->at(i).folder);
        }
    }

    void hostileOpml_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("entities") << readData(QStringLiteral("billion-laughs.opml")) << "document type";
        QByteArray deep = "<opml><body>";
        for (int i = 0; i < 40; ++i)
            deep += "<outline text=\"f\">";
        deep += "<outline xmlUrl=\"https://x.example/\"/>";
        for (int i = 0; i < 40; ++i)
            deep += "</outline>";
        QTest::newRow("deep") << deep + "</body></opml>" << "nests";
        QTest::newRow("huge") << QByteArray(Opml::MaximumSize + 10, ' ') + "<opml/>" << "larger";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << "not well-formed";
        QTest::newRow("other xml") << QByteArray("<html><body/></html>") << "not an OPML";
    }

    void hostileOpml()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        Opml opml;
        QVERIFY(!opml.read(bytes));
        QVERIFY2(opml.errorString().contains(message), qPrintable(opml.errorString()));
    }

    // --- The CLI: every `gazette feeds` subcommand, as a user runs it.
    void cliSubscribesRefreshesAndLists()
    {
        FeedServer server;
        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {CranesItem, FerryItem}));
        server.set("/silent.xml", {200, {}, {}, true});
        QTemporaryDir dir;
        const QString library = newLibrary(dir.filePath(QStringLiteral("feeds.gazette")));
        CliRun add = runCli({QStringLiteral("add"), server.url("/harbour.xml"), QStringLiteral("--folder"), QStringLiteral("Ports"),
                             QStringLiteral("--library"), library});
        QVERIFY2(add.status == 0, qPrintable(add.err));
        QVERIFY2(add.out.contains(QStringLiteral("Subscribed to “Harbour Gazette”")), qPrintable(add.out));
        CliRun again = runCli({QStringLiteral("add"), server.url("/harbour.xml"), QStringLiteral("--library"), library});
        QCOMPARE(again.status, 1);
        QVERIFY2(again.err.contains(QStringLiteral("subscribed already")), qPrintable(again.err));
        CliRun notFeed = runCli({QStringLiteral("add"), server.url("/nothing"), QStringLiteral("--library"), library});
        QCOMPARE(notFeed.status, 1);
        QVERIFY2(notFeed.err.contains(QStringLiteral("404")), qPrintable(notFeed.err));

        CliRun refresh = runCli({QStringLiteral("refresh"), QStringLiteral("--no-extract"), QStringLiteral("--library"), library});
        QVERIFY2(refresh.status == 0, qPrintable(refresh.err));
        QVERIFY2(refresh.out.contains(QStringLiteral("Refreshed 1 feed(s): 2 new, 0 updated, 0 failed.")), qPrintable(refresh.out));
        // Not due again: nothing fetched without --all.
        CliRun due = runCli({QStringLiteral("refresh"), QStringLiteral("--library"), library});
        QVERIFY2(due.out.contains(QStringLiteral("Refreshed 0 feed(s): 0 new, 0 updated, 0 failed.")), qPrintable(due.out));

        server.setFeed("/harbour.xml", rssFeed("Harbour Gazette", {PilotItem, CranesItem, FerryItem}));
        FeedSubscription silent;
        {
            LibrarySession session;
            QVERIFY(session.open(library));
            silent.url = server.url("/silent.xml");
            silent.title = QStringLiteral("Silent Wharf");
            QVERIFY(session.feeds()->addFeed(silent));
        }
        CliRun all = runCli({QStringLiteral("refresh"), QStringLiteral("--all"), QStringLiteral("--no-extract"), QStringLiteral("--timeout"),
                             QStringLiteral("1"), QStringLiteral("--library"), library});
        QCOMPARE(all.status, 1);
        QVERIFY2(all.out.contains(QStringLiteral("Refreshed 2 feed(s): 1 new, 0 updated, 1 failed.")), qPrintable(all.out));
        QVERIFY2(all.err.contains(QStringLiteral("Silent Wharf: ")), qPrintable(all.err));

        CliRun list = runCli({QStringLiteral("list"), QStringLiteral("--library"), library});
        QCOMPARE(list.status, 0);
        QVERIFY2(list.out.contains(QStringLiteral("Harbour Gazette\t") + server.url("/harbour.xml") + QStringLiteral("\t3 unread of 3\tfolder: Ports")),
                 qPrintable(list.out));
        QVERIFY2(list.out.contains(QStringLiteral("Silent Wharf\t")) && list.out.contains(QStringLiteral("error: ")), qPrintable(list.out));

        CliRun remove = runCli({QStringLiteral("remove"), server.url("/harbour.xml"), QStringLiteral("--library"), library});
        QVERIFY2(remove.status == 0, qPrintable(remove.err));
        QVERIFY2(remove.out.contains(QStringLiteral("its 3 article(s) stay")), qPrintable(remove.out));
        CliRun after = runCli({QStringLiteral("list"), QStringLiteral("--library"), library});
        QVERIFY(!after.out.contains(QStringLiteral("Harbour Gazette")));
        CliRun missing = runCli({QStringLiteral("remove"), QStringLiteral("999"), QStringLiteral("--library"), library});
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("no feed “999”")), qPrintable(missing.err));
    }

    void cliOpmlRoundTrip()
    {
        QTemporaryDir dir;
        const QString library = newLibrary(dir.filePath(QStringLiteral("opml.gazette")));
        CliRun import = runCli({QStringLiteral("import-opml"), QStringLiteral(GAZETTE_TEST_DATA "/feeds/subscriptions.opml"),
                                QStringLiteral("--library"), library});
        QVERIFY2(import.status == 0, qPrintable(import.err));
        QVERIFY2(import.out.contains(QStringLiteral("Subscribed to 4 feed(s)")), qPrintable(import.out));
        CliRun twice = runCli({QStringLiteral("import-opml"), QStringLiteral(GAZETTE_TEST_DATA "/feeds/subscriptions.opml"),
                               QStringLiteral("--library"), library});
        QVERIFY2(twice.out.contains(QStringLiteral("Subscribed to 0 feed(s)")) && twice.out.contains(QStringLiteral("4 subscribed already")),
                 qPrintable(twice.out));
        const QString exported = dir.filePath(QStringLiteral("out.opml"));
        CliRun exportRun = runCli({QStringLiteral("export-opml"), QStringLiteral("-o"), exported, QStringLiteral("--library"), library});
        QVERIFY2(exportRun.status == 0, qPrintable(exportRun.err));
        QVERIFY2(exportRun.out.contains(QStringLiteral("Wrote 4 feed(s)")), qPrintable(exportRun.out));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Opml opml;
        const auto list = opml.read(file.readAll());
        QVERIFY2(list, qPrintable(opml.errorString()));
        QStringList lines;
        for (const OpmlFeed &feed : *list)
            lines.append(feed.folder + QLatin1Char('|') + feed.title + QLatin1Char('|') + feed.xmlUrl);
        lines.sort();
        QCOMPARE(lines, (QStringList{QStringLiteral("Asia|Lantern Markets & Trade|https://lantern.example.com/feed.json"),
                                     QStringLiteral("Ports|Harbour Gazette|https://harbour.example.org/feed.xml"),
                                     QStringLiteral("Ports|Quay Notes|https://quay.example.net/atom.xml"),
                                     QStringLiteral("|Town Crier|https://crier.example.org/rss")}));
        CliRun hostile = runCli({QStringLiteral("import-opml"), QStringLiteral(GAZETTE_TEST_DATA "/feeds/billion-laughs.opml"),
                                 QStringLiteral("--library"), library});
        QCOMPARE(hostile.status, 1);
        QVERIFY2(hostile.err.contains(QStringLiteral("document type")), qPrintable(hostile.err));
    }

    void cliNeedsLibraryAndCommand()
    {
        CliRun none = runCli({});
        QCOMPARE(none.status, 2);
        QVERIFY(none.err.contains(QStringLiteral("use one of add, list")));
        CliRun noLibrary = runCli({QStringLiteral("list")});
        QCOMPARE(noLibrary.status, 2);
        QVERIFY(noLibrary.err.contains(QStringLiteral("--library")));
        CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.startsWith(QStringLiteral("Usage: gazette feeds")));
        if (!onPostgres()) {
            CliRun missing = runCli({QStringLiteral("list"), QStringLiteral("--library"), QStringLiteral("/nonexistent/x.gazette")});
            QCOMPARE(missing.status, 1);
            QVERIFY(missing.err.contains(QStringLiteral("no library")));
        }
    }
};

QTEST_GUILESS_MAIN(TestFeeds)
#include "tst_feeds.moc"
