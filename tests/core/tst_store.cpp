// SPDX-License-Identifier: GPL-3.0-or-later
#include "storefixture.h"
#include "store/librarycopy.h"

#include "document/textsearch.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QUrl>
#include <QUuid>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Gazette;
using namespace Gazette::Testing;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs an SQL script (statements separated by ";\n") on a new SQLite file.
bool runScript(const QString &databasePath, const QString &scriptPath)
{
    QFile script(scriptPath);
    if (!script.open(QIODevice::ReadOnly))
        return false;
    const QString connection = QStringLiteral("script");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        ok = db.open();
        const QStringList statements = QString::fromUtf8(script.readAll()).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            QStringList lines = statement.split(QLatin1Char('\n'));
            lines.removeIf([](const QString &line) { return line.startsWith(QStringLiteral("--")); });
            const QString sql = lines.join(QLatin1Char('\n')).trimmed();
            if (sql.isEmpty())
                continue;
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                qWarning() << "script statement failed" << sql << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void roundTripsEveryTable()
    {
        const QString path = newLibrary(m_dir.filePath(QStringLiteral("roundtrip.gazette")));
        AnnotatedArticle bundle = sampleBundle();
        qint64 id = 0;
        {
            AnnotationStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            QSignalSpy added(&store, &AnnotationStore::changed);
            const auto inserted = store.addArticle(bundle);
            QVERIFY2(inserted, qPrintable(store.errorString()));
            id = *inserted;
            QCOMPARE(added.count(), 1);
            QCOMPARE(added.first().first().value<StoreChange>().addedArticles, QList<qint64>{id});
        }
        // Reopened from disk: every field as written.
        AnnotationStore store;
        QVERIFY(store.open(path));
        const auto article = store.article(id);
        QVERIFY(article);
        QCOMPARE(*article, bundle.article);
        QCOMPARE(article->published, QDateTime(QDate(2026, 3, 4), QTime(9, 30), QTimeZone::UTC));

        const QList<Annotation> annotations = store.annotations(id);
        QCOMPARE(annotations.size(), bundle.annotations.size());
        for (const Annotation &a : annotations) {
            QCOMPARE(ArticleText.mid(a.start, a.length()), a.quote);
            QCOMPARE(a.prefix, ArticleText.mid(std::max(0, a.start - 32), a.start - std::max(0, a.start - 32)));
            QCOMPARE(a.status, AnnotationStatus::Suggested);
            QCOMPARE(a.ruleId, QStringLiteral("test.rule"));
            QCOMPARE(a.confidence, 0.8);
            // The bundle's spans came without their words: the library has them.
            QVERIFY(std::find_if(bundle.annotations.begin(), bundle.annotations.end(), [&a](Annotation b) {
                        b.setContextFrom(ArticleText);
                        return b == a;
                    }) != bundle.annotations.end());
        }
        const QList<Entity> entities = store.entities();
        QCOMPARE(entities.size(), 3);
        QCOMPARE(entities.at(1).name, QStringLiteral("Kestrel Energy"));
        QCOMPARE(entities.at(1).aliases, QStringList{QStringLiteral("Kestrel")});
        QCOMPARE(entities.at(1).externalId, QStringLiteral("Q1"));
        for (const Annotation &a : annotations) {
            if (a.quote.startsWith(QStringLiteral("Kestrel")))
                QCOMPARE(a.entityId, entities.at(1).id);
        }
        const QList<Fact> facts = store.facts(id);
        QCOMPARE(facts.size(), 1);
        // The evidence came without its words: the library has them, the bundle kept what it had.
        Fact expected = bundle.facts.first();
        QVERIFY(expected.evidence.first().quote.isEmpty());
        for (Evidence &evidence : expected.evidence)
            evidence.setContextFrom(ArticleText);
        QCOMPARE(facts.first(), expected);
        QCOMPARE(facts.first().subjectEntityId, entities.at(0).id);
        QCOMPARE(facts.first().evidence.first().quote, ArticleText.mid(facts.first().evidence.first().start, 54));

        const auto summary = store.articleSummary(id);
        QVERIFY(summary);
        QCOMPARE(summary->pendingCount, 9);
        QCOMPARE(summary->entityCount, 3);
        QCOMPARE(summary->factCount, 1);
        QCOMPARE(store.findArticle(bundle.article.contentHash()), std::optional<qint64>(id));
        QCOMPARE(store.findArticle(QStringLiteral("nohash"), bundle.article.uri), std::optional<qint64>(id));
        QCOMPARE(store.findArticle(QStringLiteral("nohash"), QStringLiteral("file:///other")), std::nullopt);
    }

    // Spans that come without their words (Extractor::Words::LeaveToStore) are stored with
    // them, taken from the text; the bundle does not keep them (a huge article's million spans
    // never hold their words all at once). forEachAnnotation() gives what annotations() gives,
    // in the same order, and the article without its spans has the same entities.
    void storesTheWordsOfSpansWithoutThem()
    {
        AnnotationStore store;
        QVERIFY(store.open(newLibrary(m_dir.filePath(QStringLiteral("words.gazette")))));
        AnnotatedArticle bundle = sampleBundle();
        for (Annotation &a : bundle.annotations) {
            a.quote.clear();
            a.prefix.clear();
            a.suffix.clear();
        }
        const auto id = store.addArticle(bundle);
        QVERIFY2(id, qPrintable(store.errorString()));
        for (const Annotation &a : std::as_const(bundle.annotations)) {
            QVERIFY(a.id > 0);
            QVERIFY(a.quote.isEmpty() && a.prefix.isEmpty() && a.suffix.isEmpty());
        }
        QVERIFY(bundle.facts.first().evidence.first().quote.isEmpty());
        QCOMPARE(store.facts(*id).first().evidence.first().quote, ArticleText.mid(bundle.facts.first().evidence.first().start, 54));
        const QList<Annotation> stored = store.annotations(*id);
        QCOMPARE(stored.size(), bundle.annotations.size());
        for (const Annotation &a : stored) {
            Annotation expected = a;
            expected.setContextFrom(ArticleText);
            QVERIFY(!a.quote.isEmpty());
            QCOMPARE(a.quote, expected.quote);
            QCOMPARE(a.prefix, expected.prefix);
            QCOMPARE(a.suffix, expected.suffix);
        }
        QList<Annotation> visited;
        QVERIFY(store.forEachAnnotation(*id, [&visited](const Annotation &a) { visited.append(a); }));
        QCOMPARE(visited, stored);
        const auto whole = store.annotatedArticle(*id);
        const auto withoutSpans = store.annotatedArticleWithoutSpans(*id);
        QVERIFY(whole && withoutSpans);
        QVERIFY(withoutSpans->annotations.isEmpty());
        QCOMPARE(withoutSpans->entities, whole->entities);
        QCOMPARE(withoutSpans->facts, whole->facts);
        QCOMPARE(withoutSpans->article, whole->article);
    }

    void keepsImportWarnings()
    {
        AnnotationStore store;
        QVERIFY(store.open(newLibrary(m_dir.filePath(QStringLiteral("warnings.gazette")))));
        AnnotatedArticle bundle = sampleBundle();
        bundle.article.importWarnings = {QStringLiteral("first warning"), QStringLiteral("second warning")};
        const auto id = store.addArticle(bundle);
        QVERIFY(id);
        QCOMPARE(store.article(*id)->importWarnings, bundle.article.importWarnings);
    }

    // The same text twice is stored once, whoever adds it (insert or skip in one statement).
    void sameTextIsStoredOnce()
    {
        AnnotationStore store;
        QVERIFY(store.open(newLibrary(m_dir.filePath(QStringLiteral("once.gazette")))));
        AnnotatedArticle first = sampleBundle();
        AnnotatedArticle second = sampleBundle();
        second.article.uri = QStringLiteral("file:///elsewhere.txt");
        bool known = true;
        const auto id = store.addArticle(first, &known);
        QVERIFY(id);
        QVERIFY(!known);
        const auto again = store.addArticle(second, &known);
        QVERIFY(again);
        QVERIFY(known);
        QCOMPARE(*again, *id);
        QCOMPARE(store.articleCount(), 1);
    }

    // A library in a read-only folder is no damaged library.
    void readOnlyFolderIsNamed()
    {
        if (onPostgres())
            QSKIP("the behaviour of a library file");
        if (::geteuid() == 0)
            QSKIP("root writes to read-only folders");
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/news.gazette");
        {
            AnnotationStore store;
            QVERIFY(store.open(path));
            AnnotatedArticle bundle = sampleBundle();
            QVERIFY(store.addArticle(bundle));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile(folder).setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        AnnotationStore store;
        const bool opened = store.open(path);
        QFile(folder).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!opened);
        QVERIFY2(store.errorString().contains(QStringLiteral("read-only")), qPrintable(store.errorString()));
        QVERIFY(!store.errorString().contains(QStringLiteral("damaged")));
    }

    // Entities belong to their article (docs/architecture.md): the same names in another
    // article make entities of their own, linked across the library only when the reader asks.
    void entitiesBelongToTheirArticle()
    {
        AnnotationStore store;
        QVERIFY(store.open(newLibrary()));
        AnnotatedArticle first = sampleBundle();
        AnnotatedArticle second = sampleBundle();
        second.article.text += QStringLiteral("Update.");
        QVERIFY(store.addArticle(first));
        QVERIFY(store.addArticle(second));
        QCOMPARE(store.entities().size(), 6);
        QCOMPARE(store.mentionsOf(store.entities().at(1).id).size(), 3);
    }

    // The Quotes view's one query: speakers by their entity's name, newest article first,
    // evidence offsets, rejected quotes left out.
    void listsQuotesAcrossTheLibrary()
    {
        AnnotationStore store;
        QVERIFY(store.open(newLibrary()));
        const auto quoteFact = [](AnnotationStatus status) {
            Fact said;
            said.kind = QStringLiteral("quote");
            said.subjectEntityId = -3;
            said.subjectText = QStringLiteral("Visser");
            said.predicate = QStringLiteral("said");
            said.objectText = QStringLiteral("Kestrel gave us the best cells,");
            said.status = status;
            const int start = at(QStringLiteral("Kestrel gave us"));
            said.evidence = {{start, start + 31, {}, {}, {}, false}};
            return said;
        };
        AnnotatedArticle older = sampleBundle();
        older.facts.append(quoteFact(AnnotationStatus::Accepted));
        AnnotatedArticle newer = sampleBundle();
        newer.article.text += QStringLiteral("Update.");
        newer.article.headline = QStringLiteral("Kestrel Deal Update");
        newer.article.published = older.article.published.addDays(1);
        newer.facts.append(quoteFact(AnnotationStatus::Suggested));
        AnnotatedArticle rejected = sampleBundle();
        rejected.article.text += QStringLiteral("Another update.");
        rejected.facts.append(quoteFact(AnnotationStatus::Rejected));
        const auto olderId = store.addArticle(older);
        const auto newerId = store.addArticle(newer);
        QVERIFY(olderId && newerId && store.addArticle(rejected));
        const QList<QuoteRow> quotes = store.quotes();
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).articleId, *newerId);
        QCOMPARE(quotes.at(0).headline, QStringLiteral("Kestrel Deal Update"));
        QCOMPARE(quotes.at(1).articleId, *olderId);
        for (const QuoteRow &row : quotes) {
            QCOMPARE(row.speaker, QStringLiteral("Marta Visser")); // the entity's name, not "Visser"
            QVERIFY(row.speakerEntityId > 0);
            QCOMPARE(row.quote, QStringLiteral("Kestrel gave us the best cells,"));
            QCOMPARE(ArticleText.mid(row.start, row.end - row.start), QStringLiteral("Kestrel gave us the best cells,"));
        }
    }

    void failedInsertRollsBack()
    {
        AnnotationStore store;
        QVERIFY(store.open(newLibrary()));
        QSignalSpy added(&store, &AnnotationStore::changed);
        QSignalSpy errors(&store, &AnnotationStore::errorOccurred);
        AnnotatedArticle bundle = sampleBundle();
        Annotation broken = bundle.annotations.first();
        broken.end = broken.start; // violates CHECK (end_offset > start_offset)
        bundle.annotations.append(broken);
        QVERIFY(!store.addArticle(bundle));
        QVERIFY(!store.errorString().isEmpty());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(added.count(), 0);
        QCOMPARE(store.articleCount(), 0);
        QCOMPARE(store.entities().size(), 0); // the entities of the failed bundle are gone too

        // A change set that fails half-way leaves nothing behind either.
        AnnotatedArticle good = sampleBundle();
        const qint64 id = *store.addArticle(good);
        const Snapshot before = snapshot(store);
        Annotation fresh = suggestion(QStringLiteral("Singapore"), QStringLiteral("GPE"));
        fresh.articleId = id;
        fresh.setContextFrom(ArticleText);
        Annotation ghost = fresh;
        ghost.id = 999999; // no such row: the update fails
        ChangeSet changes;
        changes.add(RowChange<Annotation>{std::nullopt, fresh});
        changes.add(RowChange<Annotation>{ghost, ghost});
        QSignalSpy batches(&store, &AnnotationStore::changed);
        QVERIFY(!store.apply(changes));
        QCOMPARE(batches.count(), 0);
        QCOMPARE(snapshot(store), before);
    }

    // Each action is announced by one changed() after it commits, saying what it touched.
    void announcesEachActionOnce()
    {
        AnnotationStore store;
        QVERIFY(store.open(newLibrary()));
        QSignalSpy batches(&store, &AnnotationStore::changed);
        auto last = [&batches] { return batches.last().first().value<StoreChange>(); };

        AnnotatedArticle bundle = sampleBundle();
        const qint64 id = *store.addArticle(bundle);
        QCOMPARE(batches.count(), 1);
        QCOMPARE(last().addedArticles, QList<qint64>{id});

        // A note changes no count of the library row; a rejection does.
        Annotation noted = store.annotations(id).first();
        const Annotation original = noted;
        noted.note = QStringLiteral("check the spelling");
        ChangeSet note;
        note.add(RowChange<Annotation>{original, noted});
        QVERIFY(store.apply(note));
        QCOMPARE(batches.count(), 2);
        QCOMPARE(last().annotations.size(), 1);
        QVERIFY(!last().summaryChanged());
        QCOMPARE(last().touchedArticles(), QSet<qint64>{id});

        // A change is made from the row as it is now (its version is part of it).
        noted = *store.annotation(original.id);
        QCOMPARE(noted.version.value, 2);
        Annotation rejected = noted;
        rejected.status = AnnotationStatus::Rejected;
        ChangeSet review;
        review.add(RowChange<Annotation>{noted, rejected});
        review.add(ReviewStatusChange{id, ReviewStatus::New, ReviewStatus::InReview});
        review.add(LexiconChange{rejected.quote, rejected.label, Verdict::Reject, 1});
        QVERIFY(store.apply(review));
        QCOMPARE(batches.count(), 3);
        QCOMPARE(last().summaryArticles, QSet<qint64>{id});
        QCOMPARE(last().changedArticles, QList<qint64>{id});
        QVERIFY(last().lexiconChanged);

        Article updated = bundle.article;
        updated.text = QStringLiteral("Update: ") + ArticleText;
        QVERIFY(store.updateArticle(id, updated));
        QCOMPARE(batches.count(), 4);
        QCOMPARE(last().changedArticles, QList<qint64>{id});
        QCOMPARE(last().annotations.size(), store.annotations(id).size()); // every span moved

        QVERIFY(store.removeArticle(id));
        QCOMPARE(batches.count(), 5);
        QCOMPARE(last().removedArticles, QList<qint64>{id});
    }

    void searchesText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("articles"); // indexes into the articles added below

        QTest::newRow("english word") << "Kestrel" << QList<int>{0};
        QTest::newRow("case-insensitive") << "kestrel" << QList<int>{0};
        QTest::newRow("two words, both needed") << "battery Singapore" << QList<int>{0};
        QTest::newRow("two words, one missing") << "battery Shenzhen" << QList<int>{};
        QTest::newRow("chinese, four characters") << "华为公司" << QList<int>{1};
        QTest::newRow("chinese, two characters") << "华为" << QList<int>{1};
        QTest::newRow("japanese") << "東京" << QList<int>{2};
        QTest::newRow("headline only") << "Markets" << QList<int>{2};
        QTest::newRow("word in two articles") << "shares" << QList<int>{0, 1};
        QTest::newRow("nothing") << "zeppelin" << QList<int>{};
        QTest::newRow("whole words: AI is not in said") << "AI" << QList<int>{};
        QTest::newRow("whole words: no part of a word") << "sai" << QList<int>{};
        QTest::newRow("whole words: three letters") << "Kes" << QList<int>{};
        QTest::newRow("whole words: before punctuation") << "Visser" << QList<int>{0};
        QTest::newRow("latin word in chinese text") << "shares 华为" << QList<int>{1};
        QTest::newRow("quotes and operators are text") << "\"AND OR NOT" << QList<int>{};
    }

    void searchesText()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, articles);
        AnnotationStore store;
        QVERIFY(store.open(newLibrary()));
        QList<qint64> ids;
        const QStringList texts = {
            ArticleText,
            QStringLiteral("华为公司周三发布新手机，shares 上涨。\n深圳的分析师表示满意。"),
            QStringLiteral("東京の株式市場は上昇した。\n"),
        };
        const QStringList headlines = {QStringLiteral("Battery deal"), QStringLiteral("华为发布"), QStringLiteral("Markets in Asia")};
        for (int i = 0; i < texts.size(); ++i) {
            AnnotatedArticle bundle;
            bundle.article.headline = headlines.at(i);
            bundle.article.text = texts.at(i);
            ids.append(*store.addArticle(bundle));
        }
        QList<qint64> expected;
        for (int i : articles)
            expected.append(ids.at(i));
        QList<qint64> found = store.search(query);
        std::sort(found.begin(), found.end());
        QCOMPARE(found, expected);
    }

    // A search result's snippet: the words around the first match, within its paragraph, cut at
    // words with "…", every occurrence of the query's words marked, whole words only.
    void makesSearchSnippets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<QStringList>("marked");

        QTest::newRow("within the paragraph") << ArticleText << "Visser"
                                         << "…Energy to supply batteries. Marta Visser, chief executive of Harbourline, "
                                            "confirmed the deal in Singapore. “Kestrel gave us the best cells,” Visser said.…"
                                         << QStringList{QStringLiteral("Visser"), QStringLiteral("Visser")};
        QTest::newRow("AI is not in said") << QStringLiteral("Tsai said the AI models were ready.") << "AI"
                                           << "Tsai said the AI models were ready." << QStringList{QStringLiteral("AI")};
        QTest::newRow("two words, each marked") << QStringLiteral("Kestrel shares rose; Kestrel Energy said shares would rise.")
                                                << "shares kestrel"
                                                << "Kestrel shares rose; Kestrel Energy said shares would rise."
                                                << QStringList{QStringLiteral("Kestrel"), QStringLiteral("shares"), QStringLiteral("Kestrel"),
                                                               QStringLiteral("shares")};
        QTest::newRow("cut before and after")
            << QStringLiteral("Headline\n") + QStringLiteral("word ").repeated(30) + QStringLiteral("target ")
                   + QStringLiteral("more ").repeated(60)
            << "target"
            << QStringLiteral("…") + QStringLiteral("word ").repeated(7) + QStringLiteral("target ")
                   + QStringLiteral("more ").repeated(23).trimmed() + QStringLiteral("…")
            << QStringList{QStringLiteral("target")};
        QTest::newRow("chinese") << QStringLiteral("华为公司周三发布新手机，股价上涨。") << "发布"
                                 << "华为公司周三发布新手机，股价上涨。" << QStringList{QStringLiteral("发布")};
        QTest::newRow("no match") << ArticleText << "zeppelin" << QString() << QStringList{};
    }

    void makesSearchSnippets()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(QString, snippet);
        QFETCH(QStringList, marked);
        const TextSearch::Snippet made = TextSearch::snippet(text, TextSearch::words(query));
        QCOMPARE(made.text, snippet);
        QStringList markedWords;
        for (const auto &match : made.matches)
            markedWords << made.text.mid(match.start, match.length);
        QCOMPARE(markedWords, marked);
    }

    void reanchorsWhenTextChanges()
    {
        AnnotationStore store;
        QVERIFY(store.open(newLibrary()));
        AnnotatedArticle bundle = sampleBundle();
        const qint64 id = *store.addArticle(bundle);
        const int annotationCount = int(store.annotations(id).size());

        Article updated = bundle.article;
        updated.text = QStringLiteral("Correction appended at the top.\n") + ArticleText;
        updated.text.replace(QStringLiteral("Marta Visser, chief"), QStringLiteral("The chief"));   // a span deleted
        updated.text.replace(QStringLiteral("ROTTERDAM"), QStringLiteral("ROTTERDAM (Wire)"));     // text inside a line
        updated.text += QStringLiteral("More at the end.\n");
        QSignalSpy changed(&store, &AnnotationStore::changed);
        const auto report = store.updateArticle(id, updated);
        QVERIFY2(report, qPrintable(store.errorString()));
        QCOMPARE(report->orphaned, 1);
        QCOMPARE(report->exact + report->approximate + report->orphaned, annotationCount + 1); // + the fact's evidence
        QCOMPARE(changed.count(), 1); // one announcement for the whole update
        QVERIFY(changed.first().first().value<StoreChange>().annotations.size() >= annotationCount - 1);

        const QList<Annotation> after = store.annotations(id);
        QCOMPARE(after.size(), annotationCount); // nothing dropped
        for (const Annotation &a : after) {
            if (a.orphaned) {
                QCOMPARE(a.quote, QStringLiteral("Marta Visser"));
                continue;
            }
            QCOMPARE(updated.text.mid(a.start, a.length()), a.quote);
        }
        const Fact fact = store.facts(id).first();
        QCOMPARE(updated.text.mid(fact.evidence.first().start, 54), fact.evidence.first().quote);
        QCOMPARE(store.article(id)->text, updated.text);
        QCOMPARE(store.search(QStringLiteral("Correction")), QList<qint64>{id});
    }

    void removesArticleWithItsRows()
    {
        AnnotationStore store;
        QVERIFY(store.open(newLibrary()));
        AnnotatedArticle bundle = sampleBundle();
        const qint64 id = *store.addArticle(bundle);
        QSignalSpy removed(&store, &AnnotationStore::changed);
        QVERIFY(store.removeArticle(id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().value<StoreChange>().removedArticles, QList<qint64>{id});
        QVERIFY(store.annotations(id).isEmpty());
        QVERIFY(store.facts(id).isEmpty());
        QCOMPARE(store.entities().size(), 3); // entities belong to the library
        QVERIFY(store.search(QStringLiteral("Kestrel")).isEmpty());
    }


    // Two annotators change the same annotation at once: the second write is refused with a
    // message and the current state, never applied over the first unseen.
    void secondWriterGetsConflict()
    {
        const QString location = newLibrary(m_dir.filePath(QStringLiteral("shared.gazette")));
        AnnotationStore ana;
        AnnotationStore ben;
        QVERIFY2(ana.open(location), qPrintable(ana.errorString()));
        QVERIFY2(ben.open(location), qPrintable(ben.errorString()));
        AnnotatedArticle bundle = sampleBundle();
        const qint64 articleId = ana.addArticle(bundle).value_or(0);
        QVERIFY(articleId);
        const Annotation seenByAna = ana.annotations(articleId).constFirst();
        const Annotation seenByBen = *ben.annotation(seenByAna.id);
        QCOMPARE(seenByBen.version.value, 1);

        Annotation anasVersion = seenByAna;
        anasVersion.label = QStringLiteral("PERSON");
        ChangeSet anasChange;
        anasChange.add(RowChange<Annotation>{seenByAna, anasVersion});
        QVERIFY2(ana.apply(anasChange), qPrintable(ana.errorString()));
        QCOMPARE(ana.annotation(seenByAna.id)->version.value, 2);

        Annotation bensVersion = seenByBen;
        bensVersion.status = AnnotationStatus::Rejected;
        ChangeSet bensChange;
        bensChange.add(RowChange<Annotation>{seenByBen, bensVersion});
        QSignalSpy errors(&ben, &AnnotationStore::errorOccurred);
        QVERIFY(!ben.apply(bensChange));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(ben.errorString().contains(QStringLiteral("was not saved")), qPrintable(ben.errorString()));
        QVERIFY2(ben.errorString().contains(QStringLiteral("PERSON")), qPrintable(ben.errorString()));
        const auto conflict = ben.lastConflict();
        QVERIFY(conflict);
        QCOMPARE(conflict->kind, StoreConflict::Kind::Annotation);
        QVERIFY(conflict->annotation);
        QCOMPARE(conflict->annotation->label, QStringLiteral("PERSON"));
        QCOMPARE(conflict->annotation->version.value, 2);
        // Ana's change stands; Ben's was not written.
        QCOMPARE(ben.annotation(seenByAna.id)->label, QStringLiteral("PERSON"));
        QCOMPARE(ben.annotation(seenByAna.id)->status, AnnotationStatus::Suggested);

        // Ana undoes: her change set names the version she wrote, so it goes through; Ben's
        // stale view of it would not.
        QVERIFY2(ana.apply(anasChange, false), qPrintable(ana.errorString()));
        QCOMPARE(ana.annotation(seenByAna.id)->label, seenByAna.label);
        QCOMPARE(ana.annotation(seenByAna.id)->version.value, 3);
        QVERIFY2(ana.apply(anasChange), qPrintable(ana.errorString()));
        QCOMPARE(ana.annotation(seenByAna.id)->version.value, 4);

        // A fact removed by one annotator cannot be edited by another.
        const Fact fact = ana.facts(articleId).constFirst();
        ChangeSet removal;
        removal.add(RowChange<Fact>{fact, std::nullopt});
        QVERIFY2(ana.apply(removal), qPrintable(ana.errorString()));
        Fact edited = fact;
        edited.predicate = QStringLiteral("picked");
        ChangeSet edit;
        edit.add(RowChange<Fact>{fact, edited});
        QVERIFY(!ben.apply(edit));
        QVERIFY(ben.lastConflict() && !ben.lastConflict()->fact);
        QVERIFY2(ben.errorString().contains(QStringLiteral("removed")), qPrintable(ben.errorString()));

        // The review status too: Ben's change from a status that is no longer there is refused.
        ChangeSet status;
        status.add(ReviewStatusChange{articleId, ReviewStatus::New, ReviewStatus::InReview});
        QVERIFY(ana.apply(status));
        ChangeSet staleStatus;
        staleStatus.add(ReviewStatusChange{articleId, ReviewStatus::New, ReviewStatus::Done});
        QVERIFY(!ben.apply(staleStatus));
        QVERIFY(ben.lastConflict() && ben.lastConflict()->reviewStatus == ReviewStatus::InReview);
        QCOMPARE(ben.article(articleId)->reviewStatus, ReviewStatus::InReview);
    }

    // Every committed action is in the history with who made it and when.
    void historyNamesAuthorAndTime()
    {
        AnnotationStore store;
        QVERIFY(store.open(newLibrary()));
        store.setAuthor(QStringLiteral("ana"));
        const QString expectedAuthor = onPostgres() ? QUrl(serverUri()).userName() : QStringLiteral("ana");
        QCOMPARE(store.author(), expectedAuthor);
        AnnotatedArticle bundle = sampleBundle();
        const qint64 articleId = store.addArticle(bundle).value_or(0);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        Annotation annotation = store.annotations(articleId).constFirst();
        Annotation accepted = annotation;
        accepted.status = AnnotationStatus::Accepted;
        accepted.author = QStringLiteral("someone");
        ChangeSet changes;
        changes.add(RowChange<Annotation>{annotation, accepted});
        changes.add(ReviewStatusChange{articleId, ReviewStatus::New, ReviewStatus::Done});
        QVERIFY(store.apply(changes));
        const auto log = store.changeLog();
        QCOMPARE(log.size(), 2); // the import, the correction
        QCOMPARE(log.constFirst().change.addedArticles, QList<qint64>{articleId});
        const auto &entry = log.constLast();
        QCOMPARE(entry.author, expectedAuthor);
        QVERIFY(entry.time >= before && entry.time <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(entry.articles, QString::number(articleId));
        QCOMPARE(entry.change.annotations.size(), 1);
        QCOMPARE(entry.change.annotations.constFirst().after->status, AnnotationStatus::Accepted);
        QCOMPARE(entry.change.annotations.constFirst().before->status, AnnotationStatus::Suggested);
        // On a server the row names the connected role, whatever the client claimed.
        QCOMPARE(store.annotation(annotation.id)->author, onPostgres() ? expectedAuthor : QStringLiteral("someone"));
    }

    // Another client's committed action reaches this store within a second, as one change.
    void otherClientsChangesArrive()
    {
        if (!onPostgres())
            QSKIP("a library file has no server to tell other clients");
        const QString location = newServerLibrary();
        AnnotationStore ana;
        AnnotationStore ben;
        QVERIFY(ana.open(location));
        QVERIFY(ben.open(location));
        QSignalSpy seenByBen(&ben, &AnnotationStore::changed);
        QSignalSpy seenByAna(&ana, &AnnotationStore::changed);
        AnnotatedArticle bundle = sampleBundle();
        const qint64 articleId = ana.addArticle(bundle).value_or(0);
        QCOMPARE(seenByAna.count(), 1);
        QVERIFY(waitUntil([&] { return seenByBen.count() == 1; }, 1000));
        QCOMPARE(seenByBen.at(0).at(0).value<StoreChange>().addedArticles, QList<qint64>{articleId});

        const Annotation before = ana.annotations(articleId).constFirst();
        Annotation after = before;
        after.label = QStringLiteral("NORP");
        ChangeSet changes;
        changes.add(RowChange<Annotation>{before, after});
        QElapsedTimer timer;
        timer.start();
        QVERIFY(ana.apply(changes));
        QVERIFY(waitUntil([&] { return seenByBen.count() == 2; }, 1000));
        qInfo("live propagation to a second client: %lld ms", timer.elapsed());
        const StoreChange change = seenByBen.at(1).at(0).value<StoreChange>();
        QCOMPARE(change.annotations.size(), 1);
        QCOMPARE(change.annotations.constFirst().before->label, before.label);
        QCOMPARE(change.annotations.constFirst().after->label, QStringLiteral("NORP"));
        QCOMPARE(ben.annotation(before.id)->label, QStringLiteral("NORP"));
        // Its own actions are not announced twice.
        QTest::qWait(200);
        QCOMPARE(seenByAna.count(), 2);
    }

    // A whole library goes to another backend and back, everything included.
    void copiesWholeLibrary()
    {
        const QString file = m_dir.filePath(QStringLiteral("copy-source.gazette"));
        QFile::remove(file);
        Snapshot original;
        {
            EditingFixture fixture;
            fixture.store = std::make_unique<AnnotationStore>();
            QVERIFY(fixture.store->open(file));
            AnnotatedArticle bundle = sampleBundle();
            fixture.articleId = fixture.store->addArticle(bundle).value_or(0);
            fixture.edits = std::make_unique<Edits>(fixture.store.get(), QStringLiteral("ana"));
            auto accept = fixture.edits->accept(fixture.find(QStringLiteral("Kestrel Energy"))->id);
            QVERIFY(accept);
            accept->redo();
            auto status = fixture.edits->setReviewStatus(fixture.articleId, ReviewStatus::Done);
            status->redo();
            original = snapshot(*fixture.store);
            QVERIFY(!original.lexicon.isEmpty());
        }
        const QString middle = newLibrary(m_dir.filePath(QStringLiteral("copy-middle.gazette")));
        const QString back = m_dir.filePath(QStringLiteral("copy-back.gazette"));
        QFile::remove(back);
        LibraryCopy copy;
        QVERIFY2(copy.copy(file, middle), qPrintable(copy.errorString()));
        QCOMPARE(copy.counts().size(), LibraryCopy::Tables.size());
        QCOMPARE(copy.counts().at(0), qMakePair(QStringLiteral("articles"), qint64(1)));
        QCOMPARE(copy.counts().at(2), qMakePair(QStringLiteral("annotations"), qint64(9)));
        QCOMPARE(copy.counts().at(6), qMakePair(QStringLiteral("change_log"), qint64(3)));
        QVERIFY2(copy.copy(middle, back), qPrintable(copy.errorString()));
        AnnotationStore copied;
        QVERIFY(copied.open(back));
        QCOMPARE(snapshot(copied), original);
        QCOMPARE(copied.changeLog().size(), 3);
        QCOMPARE(copied.changeLog().constLast().author, QString()); // the edits named "ana" in their rows
        QCOMPARE(copied.search(QStringLiteral("Kestrel")).size(), 1);
        // New rows get new ids after the copied ones.
        AnnotationStore server;
        QVERIFY(server.open(middle));
        AnnotatedArticle another = sampleBundle();
        another.article.text += QStringLiteral("More.");
        QVERIFY2(server.addArticle(another), qPrintable(server.errorString()));
        QCOMPARE(server.articleCount(), 2);
        // Never into a library that holds anything.
        QVERIFY(!copy.copy(file, back));
        QVERIFY2(copy.errorString().contains(QStringLiteral("not empty")), qPrintable(copy.errorString()));
    }

    // The server drops this client mid-session: the write says it was not saved, the library
    // turns read-only, and after reconnecting writes (and undo) go on.
    void lostServerMakesLibraryReadOnly()
    {
        if (!onPostgres())
            QSKIP("a library file has no server to lose");
        const QString location = newServerLibrary();
        AnnotationStore store;
        QVERIFY(store.open(location));
        AnnotatedArticle bundle = sampleBundle();
        const qint64 articleId = store.addArticle(bundle).value_or(0);
        const Annotation before = store.annotations(articleId).constFirst();
        Annotation after = before;
        after.label = QStringLiteral("NORP");
        ChangeSet changes;
        changes.add(RowChange<Annotation>{before, after});
        QVERIFY(store.apply(changes));

        QSignalSpy connection(&store, &AnnotationStore::connectionChanged);
        onServer({QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'")
                      .arg(QUrl(location).path().mid(1))});
        QVERIFY(!store.apply(changes, false));
        QVERIFY(store.isConnectionLost());
        QCOMPARE(connection.count(), 1);
        QCOMPARE(connection.first().first().toBool(), false);
        QVERIFY2(store.errorString().contains(QStringLiteral("nothing was saved")), qPrintable(store.errorString()));
        QVERIFY(!store.apply(changes, false)); // still read-only
        QVERIFY2(store.errorString().contains(QStringLiteral("read-only")), qPrintable(store.errorString()));

        QVERIFY2(store.reconnect(), qPrintable(store.errorString()));
        QCOMPARE(connection.count(), 2);
        QVERIFY(!store.isConnectionLost());
        QVERIFY2(store.apply(changes, false), qPrintable(store.errorString())); // the undo the server missed
        QCOMPARE(store.annotation(before.id)->label, before.label);
    }

    void serverRefusesForeignDatabase()
    {
        if (!onPostgres())
            QSKIP("a server's database");
        const QString location = newServerLibrary();
        {
            const QString name = QStringLiteral("foreign-setup");
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            SqlDialect::forLocation(location)->setLocation(db, location);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
        AnnotationStore store;
        QVERIFY(!store.open(location));
        QVERIFY2(store.errorString().contains(QStringLiteral("not a Gazette library")), qPrintable(store.errorString()));
    }

    // libpq's conventions: the password comes from PGPASSWORD (or ~/.pgpass), never the URI.
    void serverPasswordFromEnvironment()
    {
        if (!onPostgres())
            QSKIP("a server's roles");
        const QString database = QStringLiteral("gazette_pw_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        onServer({QStringLiteral("CREATE DATABASE %1 OWNER gazette_pw").arg(database)});
        QUrl url(serverUri());
        url.setUserName(QStringLiteral("gazette_pw"));
        url.setPath(QLatin1Char('/') + database);
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QByteArray("/nonexistent/pgpass"));
        AnnotationStore store;
        QVERIFY(!store.open(url.toString()));
        QVERIFY2(store.errorString().contains(QStringLiteral("PGPASSWORD")), qPrintable(store.errorString()));
        QVERIFY(!store.errorString().contains(QStringLiteral("secret-pw")));
        qputenv("PGPASSWORD", QByteArray("secret-pw"));
        QVERIFY2(store.open(url.toString()), qPrintable(store.errorString()));
        QCOMPARE(store.author(), QStringLiteral("gazette_pw"));
        qunsetenv("PGPASSWORD");
        qunsetenv("PGPASSFILE");
    }

    void migratesOldLibrary()
    {
        if (onPostgres())
            QSKIP("the behaviour of a library file");
        const QString path = m_dir.filePath(QStringLiteral("old.gazette"));
        QVERIFY(runScript(path, QStringLiteral(GAZETTE_TEST_DATA "/library-v1.sql")));
        const QByteArray original = fileHash(path);

        AnnotationStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(QFile::exists(path + QStringLiteral(".v1.bak")));
        QCOMPARE(store.backupPath(), path + QStringLiteral(".v1.bak"));
        QCOMPARE(store.articleCount(), 1);
        const auto summaries = store.articleSummaries(0, 10);
        const qint64 id = summaries.first().id;
        QCOMPARE(store.article(id)->headline, QStringLiteral("Ferry Operator Orders Electric Boats"));
        const QList<Annotation> annotations = store.annotations(id);
        QCOMPARE(annotations.size(), 2);
        QCOMPARE(annotations.first().quote, QStringLiteral("Nordlys Ferries"));
        QCOMPARE(annotations.first().note, QString());
        QVERIFY(!annotations.first().orphaned);
        QCOMPARE(store.lexicon().size(), 1);
        // The new full-text index covers what was there before.
        QCOMPARE(store.search(QStringLiteral("electric")), QList<qint64>{id});
        store.close();

        // The backup is the old library, still readable as version 1.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            db.setDatabaseName(path + QStringLiteral(".v1.bak"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM annotations")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        QVERIFY(fileHash(path) != original);

        // Opening again does not migrate (or back up) twice.
        QVERIFY(store.open(path));
        QVERIFY(store.backupPath().isEmpty());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("message");

        QTest::newRow("text file") << QByteArray("Harbourline news\nnot a database\n") << QString() << "not a Gazette library";
        QByteArray corrupted("SQLite format 3\0", 16);
        corrupted.append(QByteArray(4080, '\x5a'));
        QTest::newRow("corrupted database") << corrupted << QString() << "damaged";
        QTest::newRow("newer version") << QByteArray() << QStringLiteral("PRAGMA user_version = 99") << "newer version";
        QTest::newRow("foreign database") << QByteArray() << QStringLiteral("CREATE TABLE recipes (name TEXT)") << "not a Gazette library";
    }

    void refusesBadFiles()
    {
        if (onPostgres())
            QSKIP("the behaviour of a library file");
        QFETCH(QByteArray, content);
        QFETCH(QString, setup);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.gazette").arg(QString::fromLatin1(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')));
        if (!setup.isEmpty()) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(setup));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS padding (x)")) || true);
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = fileHash(path);
        AnnotationStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void defaultLibraryLocation()
    {
        if (onPostgres())
            QSKIP("the behaviour of a library file");
        const QString path = AnnotationStore::defaultLibraryPath();
        QVERIFY(path.endsWith(QStringLiteral("library.gazette")));
        AnnotationStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(QFile::exists(path));
        store.close();
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
