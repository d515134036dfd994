// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/feedreader.h"

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
