// SPDX-License-Identifier: GPL-3.0-or-later
// Store benchmark: prints `bench: NAME VALUE UNIT` lines. Inserting articles through
// AnnotationStore is compared with the raw sqlite3 C API doing the same inserts in the same run.
// GAZETTE_BENCH_SIZE scales the workload (1.0 = 10,000 articles with 50 suggestions each).
#include "commands/edits.h"
#include "models/entitymodel.h"
#include "models/factmodel.h"
#include "models/labelmodel.h"
#include "store/annotationstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sqlite3.h>

#include <cstdio>

using namespace Gazette;

namespace {

const QStringList Words = {
    QStringLiteral("Kestrel"), QStringLiteral("shares"), QStringLiteral("rose"), QStringLiteral("in"), QStringLiteral("Seoul"),
    QStringLiteral("after"), QStringLiteral("the"), QStringLiteral("company"), QStringLiteral("said"), QStringLiteral("Harbourline"),
    QStringLiteral("would"), QStringLiteral("buy"), QStringLiteral("batteries"), QStringLiteral("for"), QStringLiteral("cranes"),
    QStringLiteral("analysts"), QStringLiteral("expect"), QStringLiteral("growth"), QStringLiteral("of"), QStringLiteral("20%"),
};

AnnotatedArticle makeArticle(int number, int suggestions)
{
    AnnotatedArticle bundle;
    QString text;
    QList<std::pair<int, int>> spans;
    for (int w = 0; w < 320; ++w) {
        const QString &word = Words.at((number * 7 + w * 13) % Words.size());
        if (w % 6 == 0 && spans.size() < suggestions)
            spans.append({int(text.size()), int(text.size() + word.size())});
        text += word + (w % 25 == 24 ? QStringLiteral(".\n") : QStringLiteral(" "));
    }
    text += QStringLiteral("Article number %1.").arg(number);
    bundle.article.headline = QStringLiteral("Benchmark article %1").arg(number);
    bundle.article.source = QStringLiteral("Bench Wire");
    bundle.article.text = text;
    for (const auto &[start, end] : spans) {
        Annotation a;
        a.start = start;
        a.end = end;
        a.label = QStringLiteral("ORG");
        a.origin = Origin::Auto;
        a.status = AnnotationStatus::Suggested;
        a.confidence = 0.8;
        a.ruleId = QStringLiteral("bench.rule");
        a.setContextFrom(text);
        bundle.annotations.append(a);
    }
    return bundle;
}

void print(const char *name, double value, const char *unit)
{
    std::printf("bench: %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

// The same rows through sqlite3 directly: prepared statements, one transaction per article.
double rawInsert(const QString &path, const QList<AnnotatedArticle> &articles)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", nullptr, nullptr, nullptr);
    sqlite3_stmt *article = nullptr;
    sqlite3_stmt *annotation = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO articles (uri, headline, byline, source, published, language, text, markup, markup_type, "
                           "content_hash, review_status, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                       -1, &article, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO annotations (article_id, start_offset, end_offset, label, quote, prefix, suffix, origin, status, "
                           "confidence, rule_id, entity_id, author, note, orphaned, created, modified) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                       -1, &annotation, nullptr);
    auto text16 = [](sqlite3_stmt *statement, int column, const QString &value) {
        sqlite3_bind_text16(statement, column, value.utf16(), int(value.size() * 2), SQLITE_TRANSIENT);
    };
    QElapsedTimer timer;
    timer.start();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const AnnotatedArticle &bundle : articles) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        const Article &a = bundle.article;
        text16(article, 1, a.uri);
        text16(article, 2, a.headline);
        text16(article, 3, a.byline);
        text16(article, 4, a.source);
        sqlite3_bind_null(article, 5);
        text16(article, 6, a.language);
        text16(article, 7, a.text);
        text16(article, 8, a.markup);
        text16(article, 9, a.markupType);
        text16(article, 10, a.contentHash());
        sqlite3_bind_int(article, 11, 0);
        text16(article, 12, now);
        text16(article, 13, now);
        sqlite3_step(article);
        const sqlite3_int64 id = sqlite3_column_int64(article, 0);
        sqlite3_reset(article);
        for (const Annotation &n : bundle.annotations) {
            sqlite3_bind_int64(annotation, 1, id);
            sqlite3_bind_int(annotation, 2, n.start);
            sqlite3_bind_int(annotation, 3, n.end);
            text16(annotation, 4, n.label);
            text16(annotation, 5, n.quote);
            text16(annotation, 6, n.prefix);
            text16(annotation, 7, n.suffix);
            sqlite3_bind_int(annotation, 8, int(n.origin));
            sqlite3_bind_int(annotation, 9, int(n.status));
            sqlite3_bind_double(annotation, 10, n.confidence);
            text16(annotation, 11, n.ruleId);
            sqlite3_bind_null(annotation, 12);
            text16(annotation, 13, n.author);
            text16(annotation, 14, n.note);
            sqlite3_bind_int(annotation, 15, 0);
            text16(annotation, 16, now);
            text16(annotation, 17, now);
            sqlite3_step(annotation);
            sqlite3_reset(annotation);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(article);
    sqlite3_finalize(annotation);
    sqlite3_close(db);
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double scale = qEnvironmentVariableIsSet("GAZETTE_BENCH_SIZE") ? qEnvironmentVariable("GAZETTE_BENCH_SIZE").toDouble() : 1.0;
    const int articleCount = std::max(10, int(10000 * scale));
    const int suggestions = 50;
    QTemporaryDir dir;

    QList<AnnotatedArticle> articles;
    articles.reserve(articleCount);
    for (int i = 0; i < articleCount; ++i)
        articles.append(makeArticle(i, suggestions));

    // Two rounds, alternating, each into a fresh library, best of each: the machine's noise
    // (other processes, disk cache) then weighs on both sides alike.
    double rawSeconds = 1e300;
    double storeSeconds = 1e300;
    AnnotationStore store;
    for (int round = 0; round < 2; ++round) {
        const QString rawPath = dir.filePath(QStringLiteral("raw%1.gazette").arg(round));
        {
            AnnotationStore schema; // the raw inserts go into a library whose schema the store made
            schema.open(rawPath);
        }
        rawSeconds = std::min(rawSeconds, rawInsert(rawPath, articles));

        store.open(dir.filePath(QStringLiteral("bench%1.gazette").arg(round)));
        QElapsedTimer timer;
        timer.start();
        for (AnnotatedArticle bundle : articles) {
            if (!store.addArticle(bundle)) {
                std::fprintf(stderr, "insert failed: %s\n", qPrintable(store.errorString()));
                return 1;
            }
        }
        storeSeconds = std::min(storeSeconds, double(timer.nsecsElapsed()) / 1e9);
    }
    QElapsedTimer timer;
    print("store_insert_articles", articleCount / storeSeconds, "articles/s");
    print("store_insert_annotations", articleCount * suggestions / storeSeconds, "annotations/s");
    print("raw_sqlite_insert_articles", articleCount / rawSeconds, "articles/s");
    print("store_insert_vs_raw_sqlite", storeSeconds / rawSeconds, "x (target <= 2)");

    // Full-text search over the whole library.
    const QStringList queries = {QStringLiteral("Harbourline batteries"), QStringLiteral("number 4711"), QStringLiteral("Seoul"),
                                 QStringLiteral("cranes growth"), QStringLiteral("in")};
    timer.start();
    qsizetype hits = 0;
    for (int round = 0; round < 5; ++round) {
        for (const QString &query : queries)
            hits += store.search(query).size();
    }
    print("fts_query", double(timer.nsecsElapsed()) / 1e6 / (5.0 * double(queries.size())), "ms/query");
    print("fts_hits", double(hits) / 5.0, "articles");

    // One article with 20,000 annotations: load it and build the models.
    AnnotatedArticle big;
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += Words.at(i % Words.size()) + QStringLiteral(" ");
    big.article.text = text;
    big.article.headline = QStringLiteral("Big article");
    int position = 0;
    for (int i = 0; i < 20000; ++i) {
        const QString &word = Words.at(i % Words.size());
        Annotation a;
        a.start = position;
        a.end = position + int(word.size());
        a.label = i % 3 == 0 ? QStringLiteral("PERSON") : (i % 3 == 1 ? QStringLiteral("ORG") : QStringLiteral("GPE"));
        a.status = AnnotationStatus::Suggested;
        a.origin = Origin::Auto;
        big.annotations.append(a);
        position += int(word.size()) + 1;
    }
    const qint64 bigId = *store.addArticle(big);
    timer.restart();
    EntityModel entities(&store, LabelSet::ontoNotes());
    FactModel facts(&store);
    LabelModel labels(&store);
    entities.setArticle(bigId);
    facts.setArticle(bigId);
    labels.setArticle(bigId);
    print("open_article_20k_annotations_models", double(timer.nsecsElapsed()) / 1e6, "ms");

    // 1,000 undo/redo pairs of an accept, with the models listening.
    QUndoStack stack;
    Edits edits(&store, QStringLiteral("bench"));
    const QList<Annotation> bigAnnotations = store.annotations(bigId);
    for (int i = 0; i < 1000; ++i)
        stack.push(edits.accept(bigAnnotations.at(i).id).release());
    timer.restart();
    for (int i = 0; i < 1000; ++i) {
        stack.undo();
        stack.redo();
    }
    print("undo_redo_pair", double(timer.nsecsElapsed()) / 1e6 / 1000.0, "ms/pair");
    return 0;
}
