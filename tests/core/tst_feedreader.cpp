// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/feedreader.h"
#include "formats/sourcereader.h"

#include <QTemporaryDir>
#include <QFile>
#include <QTest>

using namespace Gazette;

class TestFeedReader : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(GAZETTE_TEST_DATA "/feeds/") + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void rss()
    {
        const QByteArray bytes = fixture(QStringLiteral("ports.rss"));
        QVERIFY(FeedReader::looksLikeFeed(bytes));
        FeedReader reader;
        const auto feed = reader.read(bytes);
        QVERIFY2(feed, qPrintable(reader.errorString()));
        QCOMPARE(feed->title, QStringLiteral("Coastal Ledger: Ports"));
        QCOMPARE(feed->items.size(), 2);
        const FeedItem &first = feed->items.first();
        QCOMPARE(first.title, QStringLiteral("Electric cranes reach Antwerp"));
        QCOMPARE(first.link, QStringLiteral("https://ledger.example/ports/cranes-antwerp"));
        QCOMPARE(first.author, QStringLiteral("Ana Ruiz"));
        QCOMPARE(first.published, QDateTime(QDate(2026, 3, 3), QTime(8, 15), QTimeZone::UTC));

        QString error;
        const auto article = FeedReader::articleFor(first, *feed, &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->headline, QStringLiteral("Electric cranes reach Antwerp"));
        QCOMPARE(article->source, QStringLiteral("Coastal Ledger: Ports"));
        QVERIFY(article->text.contains(QStringLiteral("first electric crane to the port of Antwerp")));
        QVERIFY(!article->text.contains(QStringLiteral("Share on X"))); // content:encoded is cleaned like a page
        // Without full content, the summary is the text.
        const auto second = FeedReader::articleFor(feed->items.at(1), *feed, &error);
        QVERIFY(second);
        QVERIFY(second->text.contains(QStringLiteral("night crossing between Bergen and Hirtshals")));
    }

    // A plain-text description was dropped (the article was its title alone), and pubDates with
    // a zone name were lost, whether the feed came through `gazette import` or the window.
    void plainDescriptionAndDates_data()
    {
        QTest::addColumn<QString>("pubDate");
        QTest::addColumn<QDateTime>("published");
        QTest::newRow("GMT") << "Wed, 04 Mar 2026 18:00:00 GMT" << QDateTime(QDate(2026, 3, 4), QTime(18, 0), QTimeZone::UTC);
        QTest::newRow("EST") << "Wed, 04 Mar 2026 13:00:00 EST" << QDateTime(QDate(2026, 3, 4), QTime(18, 0), QTimeZone::UTC);
        QTest::newRow("offset") << "Wed, 04 Mar 2026 19:00:00 +0100" << QDateTime(QDate(2026, 3, 4), QTime(18, 0), QTimeZone::UTC);
        QTest::newRow("no weekday") << "4 Mar 2026 18:00:00 +0000" << QDateTime(QDate(2026, 3, 4), QTime(18, 0), QTimeZone::UTC);
        QTest::newRow("ISO") << "2026-03-04T18:00:00Z" << QDateTime(QDate(2026, 3, 4), QTime(18, 0), QTimeZone::UTC);
    }

    void plainDescriptionAndDates()
    {
        QFETCH(QString, pubDate);
        QFETCH(QDateTime, published);
        const QByteArray bytes = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Notes</title>"
                                 "<item><title>Dredging starts</title><link>https://notes.example/dredging</link><pubDate>"
            + pubDate.toUtf8()
            + "</pubDate><description>The port authority began dredging the outer channel on Tuesday, a spokesperson said."
              "</description></item></channel></rss>";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        // `gazette import notes.xml`
        SourceReader sources;
        const auto outcome = sources.read(path);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.articles.size(), 1);
        const Article &imported = outcome.articles.first();
        QVERIFY2(imported.text.contains(QStringLiteral("began dredging the outer channel")), qPrintable(imported.text));
        QCOMPARE(imported.headline, QStringLiteral("Dredging starts"));
        QCOMPARE(imported.published, published);

        // The window: the feed dialog's items through articleFor()
        FeedReader reader;
        const auto feed = reader.read(bytes);
        QVERIFY(feed);
        QCOMPARE(feed->items.first().published, published);
        QString error;
        const auto article = FeedReader::articleFor(feed->items.first(), *feed, &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->published, published);
        QVERIFY(article->text.contains(QStringLiteral("began dredging the outer channel")));
    }

    void atom()
    {
        FeedReader reader;
        const auto feed = reader.read(fixture(QStringLiteral("markets.atom")));
        QVERIFY2(feed, qPrintable(reader.errorString()));
        QCOMPARE(feed->title, QStringLiteral("Northern Wire Markets"));
        QCOMPARE(feed->items.size(), 1);
        const FeedItem &entry = feed->items.first();
        QCOMPARE(entry.link, QStringLiteral("https://northernwire.example/markets/kestrel-climb"));
        QCOMPARE(entry.author, QStringLiteral("Ola Nowak"));
        QCOMPARE(entry.published, QDateTime(QDate(2026, 5, 12), QTime(6, 30), QTimeZone::UTC));
        QString error;
        const auto article = FeedReader::articleFor(entry, *feed, &error);
        QVERIFY(article);
        QVERIFY(article->text.contains(QStringLiteral("rose 4% in Seoul")));
    }

    void jsonFeed()
    {
        const QByteArray bytes = fixture(QStringLiteral("harbour.json"));
        QVERIFY(FeedReader::looksLikeFeed(bytes));
        QVERIFY(FeedReader::looksLikeJsonFeed(bytes));
        QVERIFY(!FeedReader::looksLikeJsonFeed(QByteArray("{\"format\": \"gazette\", \"version\": 1}")));
        FeedReader reader;
        const auto feed = reader.read(bytes);
        QVERIFY2(feed, qPrintable(reader.errorString()));
        QCOMPARE(feed->title, QStringLiteral("Harbour Notes"));
        QCOMPARE(feed->link, QStringLiteral("https://harbournotes.example/"));
        QCOMPARE(feed->items.size(), 2);
        const FeedItem &first = feed->items.at(0);
        QCOMPARE(first.id, QStringLiteral("hn-2026-0412"));
        QCOMPARE(first.title, QStringLiteral("Tug operator orders six hybrid boats"));
        QCOMPARE(first.link, QStringLiteral("https://harbournotes.example/2026/04/tug-fleet"));
        QCOMPARE(first.author, QStringLiteral("Tomasz Wilk"));
        QCOMPARE(first.published, QDateTime(QDate(2026, 4, 14), QTime(5, 45), QTimeZone::UTC));
        QString error;
        const auto article = FeedReader::articleFor(first, *feed, &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->headline, QStringLiteral("Tug operator orders six hybrid boats"));
        QVERIFY(article->text.contains(QStringLiteral("Selvik Towage ordered six hybrid tugs")));
        QVERIFY(article->text.contains(QStringLiteral("“Diesel alone has no future in the harbour,” she told reporters")));
        QCOMPARE(article->source, QStringLiteral("Harbour Notes"));

        // A numeric id, the external link, the feed's author, plain text and the modified date.
        const FeedItem &second = feed->items.at(1);
        QCOMPARE(second.id, QStringLiteral("20260415"));
        QCOMPARE(second.link, QStringLiteral("https://elsewhere.example/pilots"));
        QCOMPARE(second.author, QStringLiteral("Harbour Notes desk"));
        QCOMPARE(second.published, QDateTime(QDate(2026, 4, 15), QTime(12, 0), QTimeZone::UTC));
        const auto plain = FeedReader::articleFor(second, *feed, &error);
        QVERIFY2(plain, qPrintable(error));
        QVERIFY2(plain->text.contains(QStringLiteral("asked for a second night crew.\nTalks resume next week")), qPrintable(plain->text));
    }

    void jsonFeedFileIsReadAsFeed()
    {
        // A .json file that is a JSON Feed gives its items as articles, not a data-format error.
        SourceReader sources;
        const auto outcome = sources.read(QStringLiteral(GAZETTE_TEST_DATA "/feeds/harbour.json"));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.articles.size(), 2);
        QCOMPARE(outcome.articles.at(1).headline, QStringLiteral("Pilots' union sets out demands"));
        QVERIFY(SourceReader::isJsonFeedFile(QStringLiteral(GAZETTE_TEST_DATA "/feeds/harbour.json")));
    }

    void itemIds()
    {
        FeedReader reader;
        const auto rss = reader.read("<rss><channel><item><guid isPermaLink=\"false\">urn:x:1</guid><title>T</title></item></channel></rss>");
        QVERIFY(rss);
        QCOMPARE(rss->items.first().id, QStringLiteral("urn:x:1"));
        const auto atom = reader.read("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>tag:x,2026:7</id><title>T</title></entry></feed>");
        QVERIFY(atom);
        QCOMPARE(atom->items.first().id, QStringLiteral("tag:x,2026:7"));
    }

    void refusesBadFeeds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed") << QByteArray("<rss><channel><title>x</channel>") << "not well-formed";
        QTest::newRow("external entity")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                          "<rss><channel><item><title>&xxe;</title></item></channel></rss>")
            << "document type";
        QTest::newRow("entity bomb")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                          "<rss><channel><title>&b;</title></channel></rss>")
            << "document type";
        QTest::newRow("not a feed") << QByteArray("<?xml version=\"1.0\"?><html><body/></html>") << "not an RSS or Atom feed";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("broken JSON feed") << QByteArray("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [") << "not valid JSON";
        QTest::newRow("JSON, not a feed") << QByteArray("{\"format\": \"gazette\"}") << "not a JSON Feed";
        QTest::newRow("JSON feed without items") << QByteArray("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": 3}") << "no list of items";
    }

    void refusesBadFeeds()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        FeedReader reader;
        QVERIFY(!reader.read(bytes));
        QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestFeedReader)
#include "tst_feedreader.moc"
