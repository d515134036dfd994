// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus at a glance, in the store: the entity index across the library, the mentions of an
// entity, the library search with field filters (and its parser), smart folders and the schema
// step that brought them. Runs on SQLite and on PostgreSQL (tst_corpus_postgres).
#include "document/corpusindex.h"
#include "document/libraryquery.h"
#include "storefixture.h"
#include "store/annotationstore.h"
#include "store/feedstore.h"
#include "store/smartfolderstore.h"
#include "store/sqldialect.h"
#include "testlibrary.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Gazette;
using namespace Gazette::Testing;

namespace {

Annotation span(const QString &text, const QString &quote, const QString &label, qint64 entity = 0, int occurrence = 0)
{
    qsizetype position = -1;
    for (int i = 0; i <= occurrence; ++i)
        position = text.indexOf(quote, position + 1);
    if (position < 0)
        qFatal("no %s in the text", qPrintable(quote));
    Annotation a;
    a.start = int(position);
    a.end = int(position + quote.size());
    a.label = label;
    a.quote = quote;
    a.status = AnnotationStatus::Suggested;
    a.entityId = entity;
    a.ruleId = QStringLiteral("test.rule");
    return a;
}

Fact quote(qint64 speaker, const QString &speakerText, const QString &said)
{
    Fact f;
    f.kind = QStringLiteral("quote");
    f.predicate = QStringLiteral("said");
    f.subjectEntityId = speaker;
    f.subjectText = speakerText;
    f.objectText = said;
    f.ruleId = QStringLiteral("fact.quote.test");
    return f;
}

// A second article: Kestrel again, Rotterdam in another case, Joe Tsai quoted, a rejected span.
AnnotatedArticle plantArticle()
{
    AnnotatedArticle b;
    const QString text = QStringLiteral("Kestrel Opens Plant\nKestrel Energy opened a plant in Rotterdam. "
                                        "“We will hire 300 people,” Joe Tsai said.\n");
    b.article.headline = QStringLiteral("Kestrel Opens Plant");
    b.article.text = text;
    b.article.published = QDateTime(QDate(2026, 4, 10), QTime(8, 0), QTimeZone::UTC);
    b.article.reviewStatus = ReviewStatus::Done;
    b.entities = {Entity{-1, QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), {}, {}, {}, {}, {}},
                  Entity{-2, QStringLiteral("Joe Tsai"), QStringLiteral("PERSON"), {}, {}, {}, {}, {}}};
    Annotation rejected = span(text, QStringLiteral("plant"), QStringLiteral("ORG"));
    rejected.status = AnnotationStatus::Rejected;
    b.annotations = {span(text, QStringLiteral("Kestrel Energy"), QStringLiteral("ORG"), -1),
                     span(text, QStringLiteral("Rotterdam"), QStringLiteral("GPE")),
                     span(text, QStringLiteral("Joe Tsai"), QStringLiteral("PERSON"), -2), rejected};
    b.facts = {quote(-2, QStringLiteral("Joe Tsai"), QStringLiteral("We will hire 300 people"))};
    return b;
}

// A third, without a date: Joe Tsai and Alibaba.
AnnotatedArticle undatedArticle()
{
    AnnotatedArticle b;
    const QString text = QStringLiteral("Alibaba Chairman Speaks\nJoe Tsai, chairman of Alibaba, spoke on Monday.\n");
    b.article.headline = QStringLiteral("Alibaba Chairman Speaks");
    b.article.text = text;
    b.annotations = {span(text, QStringLiteral("Joe Tsai"), QStringLiteral("PERSON")), span(text, QStringLiteral("Alibaba"), QStringLiteral("ORG")),
                     span(text, QStringLiteral("Alibaba"), QStringLiteral("ORG"), 0, 1), span(text, QStringLiteral("Monday"), QStringLiteral("DATE"))};
    return b;
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AnnotationStore> m_store;
    qint64 m_harbour = 0;
    qint64 m_plant = 0;
    qint64 m_undated = 0;

    QList<qint64> find(const QString &text) const
    {
        const LibraryQuery query = LibraryQuery::parse(text);
        if (!query.isValid())
            qWarning() << query.errors;
        QList<qint64> ids = m_store->findArticles(query);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<AnnotationStore>();
        QVERIFY2(m_store->open(newLibrary()), qPrintable(m_store->errorString()));
        AnnotatedArticle harbour = sampleBundle();
        for (Annotation &a : harbour.annotations)
            a.quote = ArticleText.mid(a.start, a.end - a.start);
        harbour.facts.append(quote(-3, QStringLiteral("Visser"), QStringLiteral("Kestrel gave us the best cells")));
        AnnotatedArticle plant = plantArticle();
        AnnotatedArticle undated = undatedArticle();
        m_harbour = m_store->addArticle(harbour).value_or(0);
        m_plant = m_store->addArticle(plant).value_or(0);
        m_undated = m_store->addArticle(undated).value_or(0);
        QVERIFY(m_harbour && m_plant && m_undated);
        QVERIFY(m_store->articleSummary(m_plant)->reviewStatus == ReviewStatus::Done);
    }

    void cleanup() { m_store.reset(); }

    void parsesFieldsAndWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("names"); // "LABEL=name;..."
        QTest::addColumn<QString>("other"); // labels, dates, status, feeds
        QTest::addColumn<int>("errors");

        QTest::newRow("words only") << QStringLiteral("electric boats") << QStringList{QStringLiteral("electric"), QStringLiteral("boats")} << QStringLiteral("") << QStringLiteral("") << 0;
        QTest::newRow("quoted person") << QStringLiteral("person:\"Joe Tsai\" deal") << QStringList{QStringLiteral("deal")} << QStringLiteral("PERSON=Joe Tsai") << QStringLiteral("") << 0;
        QTest::newRow("every field") << QStringLiteral("org:Alibaba gpe:China label:money after:2025-01-01 before:2025-03 status:done feed:Tech")
                                     << QStringList{} << QStringLiteral("ORG=Alibaba;GPE=China") << QStringLiteral("MONEY|2025-01-01|2025-03-01|2|Tech") << 0;
        QTest::newRow("field names in any case") << QStringLiteral("PERSON:Tsai Status:In-Review") << QStringList{} << QStringLiteral("PERSON=Tsai") << QStringLiteral("|||1|") << 0;
        QTest::newRow("unknown field is a word") << QStringLiteral("10:30 re:publica") << QStringList{QStringLiteral("10:30"), QStringLiteral("re:publica")} << QStringLiteral("") << QStringLiteral("") << 0;
        QTest::newRow("quoted phrase is one word") << QStringLiteral("\"electric boats\"") << QStringList{QStringLiteral("electric boats")} << QStringLiteral("") << QStringLiteral("") << 0;
        QTest::newRow("quoted colon is a word") << QStringLiteral("\"person:x\"") << QStringList{QStringLiteral("person:x")} << QStringLiteral("") << QStringLiteral("") << 0;
        QTest::newRow("any entity") << QStringLiteral("entity:Kestrel") << QStringList{} << QStringLiteral("=Kestrel") << QStringLiteral("") << 0;
        QTest::newRow("bad date") << QStringLiteral("after:yesterday") << QStringList{} << QStringLiteral("") << QStringLiteral("") << 1;
        QTest::newRow("bad status") << QStringLiteral("status:finished") << QStringList{} << QStringLiteral("") << QStringLiteral("") << 1;
        QTest::newRow("empty value") << QStringLiteral("person: tsai") << QStringList{QStringLiteral("tsai")} << QStringLiteral("") << QStringLiteral("") << 1;
        QTest::newRow("unclosed quote") << QStringLiteral("person:\"Joe Tsai") << QStringList{} << QStringLiteral("PERSON=Joe Tsai") << QStringLiteral("") << 1;
        QTest::newRow("no day between") << QStringLiteral("after:2025-02-01 before:2025-02-01") << QStringList{} << QStringLiteral("") << QStringLiteral("||||") << 1;
    }

    void parsesFieldsAndWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QFETCH(QString, names);
        QFETCH(QString, other);
        QFETCH(int, errors);
        const LibraryQuery query = LibraryQuery::parse(text);
        QCOMPARE(query.words, words);
        QStringList parsedNames;
        for (const auto &name : query.names)
            parsedNames.append(name.label + QLatin1Char('=') + name.name);
        QCOMPARE(parsedNames.join(QLatin1Char(';')), names);
        QCOMPARE(query.errors.size(), errors);
        if (errors == 0 && !other.isEmpty()) {
            const QStringList parts = other.split(QLatin1Char('|'));
            QCOMPARE(query.labels.join(QLatin1Char(',')), parts.at(0));
            QCOMPARE(query.after ? query.after->toString(Qt::ISODate) : QString(), parts.at(1));
            QCOMPARE(query.before ? query.before->toString(Qt::ISODate) : QString(), parts.at(2));
            QCOMPARE(query.status ? QString::number(int(*query.status)) : QString(), parts.at(3));
            QCOMPARE(query.feeds.join(QLatin1Char(',')), parts.at(4));
        }
        if (errors > 0)
            QVERIFY(!query.errors.first().isEmpty());
    }

    void indexesEntitiesAcrossArticles()
    {
        const CorpusIndex index(m_store->corpusData());
        QCOMPARE(index.articleCount(), 3);
        // Most articles first; Kestrel: linked in two articles, 3 + 1 mentions.
        const EntityIndexEntry &kestrel = index.entries().first();
        QCOMPARE(kestrel.name, QStringLiteral("Kestrel Energy"));
        QCOMPARE(kestrel.label, QStringLiteral("ORG"));
        QCOMPARE(kestrel.articleCount(), 2);
        QCOMPARE(kestrel.mentions, 4);
        QCOMPARE(kestrel.first.date(), QDate(2026, 3, 4));
        QCOMPARE(kestrel.last.date(), QDate(2026, 4, 10));
        QCOMPARE(kestrel.speakers.size(), 2);
        QCOMPARE(kestrel.speakers.at(0).name, QStringLiteral("Joe Tsai"));
        QCOMPARE(kestrel.speakers.at(1).name, QStringLiteral("Marta Visser"));

        // Spans without an entity merge by their text, whatever the case.
        const int rotterdam = index.indexOf(CorpusIndex::keyOf(QStringLiteral("GPE"), QStringLiteral("rotterdam")));
        QVERIFY(rotterdam >= 0);
        QCOMPARE(index.entries().at(rotterdam).articleCount(), 2);
        QCOMPARE(index.entries().at(rotterdam).spellings, (QStringList{QStringLiteral("ROTTERDAM"), QStringLiteral("Rotterdam")}));

        // Joe Tsai: linked in one article, text in the other; the undated one has no date; his own
        // quote does not make him quoted about himself.
        const int tsai = index.indexOf(CorpusIndex::keyOf(QStringLiteral("PERSON"), QStringLiteral("Joe Tsai")));
        QVERIFY(tsai >= 0);
        const EntityIndexEntry &joe = index.entries().at(tsai);
        QCOMPARE(joe.articleCount(), 2);
        QCOMPARE(joe.first.date(), QDate(2026, 4, 10));
        QCOMPARE(joe.last.date(), QDate(2026, 4, 10));
        QVERIFY(joe.speakers.isEmpty());

        // Rejected spans, numbers, dates and quotes are no entities.
        QCOMPARE(index.indexOf(CorpusIndex::keyOf(QStringLiteral("ORG"), QStringLiteral("plant"))), -1);
        QCOMPARE(index.indexOf(CorpusIndex::keyOf(QStringLiteral("PERCENT"), QStringLiteral("7.5%"))), -1);
        QCOMPARE(index.indexOf(CorpusIndex::keyOf(QStringLiteral("DATE"), QStringLiteral("Monday"))), -1);
        QCOMPARE(index.reviewCounts(), (QList<int>{2, 0, 1}));
        // Labels per article count every label but QUOTE; the undated article has the fewest.
        const QList<CorpusIndex::LabelBar> bars = index.labelBars(10);
        QCOMPARE(bars.size(), 3);
        QCOMPARE(bars.first().articleId, m_harbour);
        QCOMPARE(bars.first().labels.value(QStringLiteral("PERCENT")), 1);
        // Kestrel and Rotterdam share two articles: the first pair.
        const QList<CorpusIndex::Pair> pairs = index.pairs(5);
        QVERIFY(!pairs.isEmpty());
        QCOMPARE(pairs.first().articles, 2);
    }

    void timelineCountsMentionsPerBucket()
    {
        const CorpusIndex index(m_store->corpusData());
        const CorpusIndex::Timeline months = index.timeline({0}, CorpusIndex::Bucket::Month);
        QCOMPARE(months.buckets, (QList<QDate>{QDate(2026, 3, 1), QDate(2026, 4, 1)}));
        QCOMPARE(months.values, (QList<QList<int>>{{3, 1}}));
        const CorpusIndex::Timeline weeks = index.timeline({0}, CorpusIndex::Bucket::Week);
        QCOMPARE(weeks.buckets.first(), QDate(2026, 3, 2)); // the Monday of 4 March 2026
        QCOMPARE(weeks.buckets.size(), 6);
        QCOMPARE(weeks.values.first().first(), 3);
        QCOMPARE(weeks.values.first().last(), 1);
    }

    void listsMentionsOfAnEntity()
    {
        const CorpusIndex index(m_store->corpusData());
        const EntityIndexEntry &kestrel = index.entries().first();
        const auto mentions = m_store->libraryMentions(kestrel.label, kestrel.spellings);
        QCOMPARE(mentions.size(), 4);
        // Newest article first, in text order within it.
        QCOMPARE(mentions.first().articleId, m_plant);
        QCOMPARE(mentions.first().text.mid(mentions.first().start, mentions.first().end - mentions.first().start), QStringLiteral("Kestrel Energy"));
        QCOMPARE(mentions.at(1).articleId, m_harbour);
        QVERIFY(mentions.at(1).start < mentions.at(2).start);
    }

    void findsArticlesByFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // h(arbour), p(lant), u(ndated)

        QTest::newRow("person") << QStringLiteral("person:\"Joe Tsai\"") << QStringList{QStringLiteral("p"), QStringLiteral("u")};
        QTest::newRow("person surname, any case") << QStringLiteral("person:TSAI") << QStringList{QStringLiteral("p"), QStringLiteral("u")};
        QTest::newRow("person after") << QStringLiteral("person:Tsai after:2026-04-01") << QStringList{QStringLiteral("p")};
        QTest::newRow("org and status") << QStringLiteral("org:kestrel status:done") << QStringList{QStringLiteral("p")};
        QTest::newRow("place before") << QStringLiteral("gpe:rotterdam before:2026-04") << QStringList{QStringLiteral("h")};
        QTest::newRow("label") << QStringLiteral("label:percent") << QStringList{QStringLiteral("h")};
        QTest::newRow("feed") << QStringLiteral("feed:tech") << QStringList{QStringLiteral("p")};
        QTest::newRow("feed folder") << QStringLiteral("feed:business") << QStringList{QStringLiteral("p")};
        QTest::newRow("words and person") << QStringLiteral("batteries person:Visser") << QStringList{QStringLiteral("h")};
        QTest::newRow("rejected span finds nothing") << QStringLiteral("org:plant") << QStringList{};
        QTest::newRow("any entity") << QStringLiteral("entity:alibaba") << QStringList{QStringLiteral("u")};
        QTest::newRow("status new") << QStringLiteral("status:new") << QStringList{QStringLiteral("h"), QStringLiteral("u")};
        QTest::newRow("no match") << QStringLiteral("person:Nobody") << QStringList{};
    }

    void findsArticlesByFields()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        FeedStore feeds(m_store.get());
        FeedSubscription feed;
        feed.url = QStringLiteral("http://127.0.0.1:9/tech.xml");
        feed.title = QStringLiteral("Tech Daily");
        feed.folderId = feeds.folder(QStringLiteral("Business")).value_or(0);
        const auto feedId = feeds.addFeed(feed);
        QVERIFY2(feedId, qPrintable(feeds.errorString()));
        QVERIFY(feeds.addItem(*feedId, QStringLiteral("g:1"), QStringLiteral("hash"), m_plant));
        QList<qint64> ids;
        for (const QString &name : expected)
            ids.append(name == QLatin1String("h") ? m_harbour : name == QLatin1String("p") ? m_plant : m_undated);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(find(text), ids);
    }

    void refusesQueriesWithErrors()
    {
        QVERIFY(m_store->findArticles(LibraryQuery::parse(QStringLiteral("person:Tsai after:soon"))).isEmpty());
    }

    void keepsSmartFolders()
    {
        SmartFolderStore folders(m_store.get());
        QSignalSpy changed(&folders, &SmartFolderStore::changed);
        const auto tsai = folders.add(QStringLiteral("  Tsai  coverage "), QStringLiteral("person:\"Joe Tsai\""));
        QVERIFY2(tsai, qPrintable(folders.errorString()));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!folders.add(QStringLiteral("tsai coverage"), QStringLiteral("org:Kestrel")));
        QVERIFY(folders.errorString().contains(QStringLiteral("already")));
        QVERIFY(!folders.add(QStringLiteral("Broken"), QStringLiteral("after:someday")));
        QVERIFY(folders.errorString().contains(QStringLiteral("someday")));
        QVERIFY(!folders.add(QStringLiteral(" "), QStringLiteral("org:Kestrel")));
        QVERIFY(!folders.add(QStringLiteral("Nothing"), QStringLiteral("  ")));
        QVERIFY(folders.add(QStringLiteral("Done"), QStringLiteral("status:done")));

        QList<SmartFolder> all = folders.folders(true);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("Done"));
        QCOMPARE(all.at(0).articles, 1);
        QCOMPARE(all.at(1).name, QStringLiteral("Tsai coverage"));
        QCOMPARE(all.at(1).query, QStringLiteral("person:\"Joe Tsai\""));
        QCOMPARE(all.at(1).articles, 2);

        QVERIFY(!folders.rename(*tsai, QStringLiteral("done")));
        QVERIFY(folders.rename(*tsai, QStringLiteral("Joe Tsai")));
        QCOMPARE(folders.folder(*tsai)->name, QStringLiteral("Joe Tsai"));
        QVERIFY(folders.remove(*tsai));
        QCOMPARE(folders.folders().size(), 1);
        QCOMPARE(changed.size(), 4);

    }

    void upgradesVersionSixLibrary()
    {
        const QString location = newLibrary(m_dir.filePath(QStringLiteral("six.gazette")));
        {
            AnnotationStore store;
            QVERIFY2(store.open(location), qPrintable(store.errorString()));
            AnnotatedArticle plant = plantArticle();
            QVERIFY(store.addArticle(plant));
        }
        // Back to version 6: no smart folders table.
        {
            const auto dialect = SqlDialect::forLocation(location);
            QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driverName(), QStringLiteral("downgrade"));
            dialect->setLocation(db, location);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE smart_folders")));
            QVERIFY(q.exec(onPostgres() ? QStringLiteral("UPDATE gazette_meta SET schema_version = 6") : QStringLiteral("PRAGMA user_version = 6")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

        AnnotationStore store;
        QVERIFY2(store.open(location), qPrintable(store.errorString()));
        if (!onPostgres())
            QCOMPARE(store.backupPath(), location + QStringLiteral(".v6.bak"));
        QCOMPARE(store.articleCount(), 1);
        SmartFolderStore folders(&store);
        QVERIFY(folders.folders().isEmpty());
        QVERIFY2(folders.add(QStringLiteral("Kestrel"), QStringLiteral("org:Kestrel")), qPrintable(folders.errorString()));
        QCOMPARE(folders.folders(true).first().articles, 1);
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
