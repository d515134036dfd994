// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus view's benchmark: prints `bench: NAME VALUE UNIT` lines. A library of 10,000 articles
// (GAZETTE_BENCH_SIZE scales it) with linked and unlinked names and quotes; the entity index of
// the whole library (AnnotationStore::corpusData() + CorpusIndex) is timed against a plain count
// of the same annotation rows in the same run, and a library search with field filters too.
#include "document/corpusindex.h"
#include "document/libraryquery.h"
#include "store/annotationstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Gazette;

namespace {

const QStringList People = {QStringLiteral("Joe Tsai"), QStringLiteral("Marta Visser"), QStringLiteral("Karin Dahl"), QStringLiteral("Henrik Solberg"),
                            QStringLiteral("Amina Okafor"), QStringLiteral("Li Wei"), QStringLiteral("Tomás Ruiz"), QStringLiteral("Sara Lind")};
const QStringList Orgs = {QStringLiteral("Kestrel Energy"), QStringLiteral("Harbourline Robotics"), QStringLiteral("Alibaba"),
                          QStringLiteral("Nordlys Ferries"), QStringLiteral("Apple"), QStringLiteral("Huawei")};
const QStringList Places = {QStringLiteral("Rotterdam"), QStringLiteral("Singapore"), QStringLiteral("Seoul"), QStringLiteral("Lagos"),
                            QStringLiteral("Oslo"), QStringLiteral("Lima")};

// An article of about 25 sentences naming three people, three organisations and two places
// (each several times, linked to its entity or as text alone), with two quotes.
AnnotatedArticle makeArticle(int number)
{
    AnnotatedArticle bundle;
    QString text = QStringLiteral("Benchmark article %1\n").arg(number);
    auto pick = [&](const QStringList &list, int salt) {
        // Some names come from a long tail, so the index has thousands of entities.
        const int which = (number * 31 + salt * 17) % (list.size() * 40);
        return which < list.size() ? list.at(which) : QStringLiteral("%1 %2").arg(list.at(which % list.size())).arg(which / list.size());
    };
    QList<std::tuple<QString, QString, qint64>> names;
    for (int i = 0; i < 3; ++i)
        names.append({pick(People, i), QStringLiteral("PERSON"), -(i + 1)});
    for (int i = 0; i < 3; ++i)
        names.append({pick(Orgs, i + 3), QStringLiteral("ORG"), i == 2 ? 0 : -(i + 4)});
    for (int i = 0; i < 2; ++i)
        names.append({pick(Places, i + 6), QStringLiteral("GPE"), 0});
    for (const auto &[name, label, id] : names) {
        if (id < 0)
            bundle.entities.append(Entity{id, name, label, {}, {}, {}, {}, {}});
    }
    for (int sentence = 0; sentence < 25; ++sentence) {
        const auto &[name, label, id] = names.at((sentence * 5 + number) % names.size());
        Annotation a;
        a.start = int(text.size());
        text += name;
        a.end = int(text.size());
        a.label = label;
        a.entityId = id;
        a.quote = name;
        a.ruleId = QStringLiteral("bench.rule");
        bundle.annotations.append(a);
        text += QStringLiteral(" said the harbour would grow by %1 percent next year. ").arg(sentence);
    }
    for (int q = 0; q < 2; ++q) {
        Fact f;
        f.kind = QStringLiteral("quote");
        f.predicate = QStringLiteral("said");
        f.subjectEntityId = -(q + 1);
        f.objectText = QStringLiteral("We expect growth");
        f.ruleId = QStringLiteral("bench.quote");
        bundle.facts.append(f);
    }
    bundle.article.headline = QStringLiteral("Benchmark article %1").arg(number);
    bundle.article.text = text;
    bundle.article.published = QDateTime(QDate(2024, 1, 1).addDays(number % 700), QTime(8, 0), QTimeZone::UTC);
    bundle.article.reviewStatus = ReviewStatus(number % 3);
    return bundle;
}

void print(const char *name, double value, const char *unit)
{
    std::printf("bench: %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

template<typename Work>
double bestOf(int runs, Work work)
{
    double best = 1e18;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double scale = qEnvironmentVariableIsSet("GAZETTE_BENCH_SIZE") ? qEnvironmentVariable("GAZETTE_BENCH_SIZE").toDouble() : 1.0;
    const int count = std::max(10, int(10000 * scale));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corpus.gazette"));
    AnnotationStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(store.errorString()));
        return 1;
    }
    QElapsedTimer build;
    build.start();
    for (int from = 0; from < count; from += 500) {
        const bool ok = store.transaction([&] {
            for (int n = from; n < std::min(count, from + 500); ++n) {
                AnnotatedArticle bundle = makeArticle(n);
                if (!store.addArticle(bundle))
                    return false;
            }
            return true;
        });
        if (!ok) {
            std::fprintf(stderr, "cannot add articles: %s\n", qPrintable(store.errorString()));
            return 1;
        }
    }
    print("entity_index_build_library", build.elapsed() / 1000.0, "s");

    int entities = 0;
    const double index = bestOf(3, [&] {
        const CorpusIndex corpus(store.corpusData());
        entities = int(corpus.entries().size());
    });
    // The baseline: one plain count over the same annotation rows, on a connection of its own.
    int rows = 0;
    double baseline = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(path);
        if (!db.open())
            return 1;
        baseline = bestOf(3, [&] {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT count(*) FROM annotations an LEFT JOIN entities e ON e.id = an.entity_id "
                                  "WHERE an.status <> 2 AND an.label <> 'QUOTE'"));
            rows = q.next() ? q.value(0).toInt() : 0;
        });
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    const LibraryQuery query = LibraryQuery::parse(QStringLiteral("person:\"Joe Tsai\" org:Kestrel after:2024-06-01 status:done"));
    int found = 0;
    const double search = bestOf(3, [&] { found = int(store.findArticles(query).size()); });

    std::printf("bench: entity_index_10k_articles %d\nbench: entity_index_10k_entities %d\nbench: entity_index_10k_mention_rows %d\n", count,
                entities, rows);
    print("entity_index_10k", index, "ms");
    print("entity_index_10k_count_baseline", baseline, "ms");
    print("entity_index_10k_ratio", index / std::max(0.001, baseline), "x");
    std::printf("bench: field_search_10k_found %d\n", found);
    print("field_search_10k", search, "ms");
    return entities > 0 && found > 0 ? 0 : 1;
}
