// SPDX-License-Identifier: GPL-3.0-or-later
// The team library's benchmark: prints `bench: NAME VALUE UNIT` lines. Inserting articles into
// a PostgreSQL library beside an SQLite file, a correction's round trip on the server, and how
// long another client takes to see a change. Needs the server of GAZETTE_TEST_PG_URI (`./dev
// bench` starts one). GAZETTE_BENCH_SIZE scales the workload (1.0 = 500 articles, 50 suggestions each).
#include "commands/edits.h"
#include "store/annotationstore.h"
#include "../core/testlibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Gazette;

namespace {

AnnotatedArticle makeArticle(int number)
{
    static const QStringList words = {QStringLiteral("Kestrel"), QStringLiteral("shares"), QStringLiteral("rose"), QStringLiteral("in"),
                                      QStringLiteral("Seoul"),   QStringLiteral("after"),  QStringLiteral("the"),  QStringLiteral("deal")};
    AnnotatedArticle bundle;
    QString text;
    for (int w = 0; w < 320; ++w) {
        const QString &word = words.at((number * 7 + w * 13) % words.size());
        if (w % 6 == 0 && bundle.annotations.size() < 50) {
            Annotation a;
            a.start = int(text.size());
            a.end = a.start + int(word.size());
            a.label = QStringLiteral("ORG");
            a.origin = Origin::Auto;
            a.status = AnnotationStatus::Suggested;
            a.confidence = 0.8;
            bundle.annotations.append(a);
        }
        text += word + QLatin1Char(' ');
    }
    bundle.article.headline = QStringLiteral("Benchmark article %1").arg(number);
    bundle.article.text = text + QStringLiteral("Article number %1.").arg(number);
    for (Annotation &a : bundle.annotations)
        a.setContextFrom(bundle.article.text);
    return bundle;
}

double insertSeconds(const QString &location, int articles)
{
    AnnotationStore store;
    if (!store.open(location))
        qFatal("cannot open %s: %s", qPrintable(location), qPrintable(store.errorString()));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < articles; ++i) {
        AnnotatedArticle bundle = makeArticle(i);
        if (!store.addArticle(bundle))
            qFatal("insert failed: %s", qPrintable(store.errorString()));
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double size = qEnvironmentVariableIsSet("GAZETTE_BENCH_SIZE") ? qEnvironmentVariable("GAZETTE_BENCH_SIZE").toDouble() : 1.0;
    const int articles = std::max(10, int(500 * size));
    QTemporaryDir dir;
    const double sqlite = insertSeconds(dir.filePath(QStringLiteral("bench.gazette")), articles);
    const QString server = Testing::newServerLibrary();
    const double postgres = insertSeconds(server, articles);
    std::printf("bench: sqlite_insert %.0f articles/s\n", articles / sqlite);
    std::printf("bench: pg_insert %.0f articles/s\n", articles / postgres);
    std::printf("bench: pg_insert_vs_sqlite %.2f x\n", postgres / sqlite);

    // A correction (accept a suggestion, which also teaches the lexicon) from read to commit.
    AnnotationStore store;
    store.open(server);
    AnnotationStore other;
    other.open(server);
    Edits edits(&store);
    QList<double> corrections;
    QList<double> propagation;
    int seen = 0;
    QObject::connect(&other, &AnnotationStore::changed, &app, [&seen] { ++seen; });
    const QList<Annotation> annotations = store.annotations(1);
    for (int i = 0; i < std::min<qsizetype>(50, annotations.size()); ++i) {
        QElapsedTimer timer;
        timer.start();
        auto command = edits.accept(annotations.at(i).id);
        command->redo();
        corrections.append(double(timer.nsecsElapsed()) / 1e6);
        // ... and until the other client has announced it.
        const int before = seen;
        while (seen == before && timer.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        propagation.append(double(timer.nsecsElapsed()) / 1e6 - corrections.constLast());
    }
    std::printf("bench: pg_correction_ms %.2f ms\n", median(corrections));
    std::printf("bench: pg_live_propagation_ms %.2f ms\n", median(propagation));
    return 0;
}
