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
