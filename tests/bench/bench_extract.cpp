// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction throughput on a 10 MB concatenation of the gold articles, on one thread and on all
// cores, against a plain tokenisation pass (sentences and words) over the same text in the same
// run. Prints `bench: NAME VALUE UNIT` lines.
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/numberrules.h"
#include "extract/quoterules.h"
#include "extract/sequencetagger.h"
#include "extract/tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Gazette;

// Each stage's share of an extraction timed with Extractor::setStageTiming, slowest first.
static void printStageTimes(double seconds)
{
    QList<Extractor::StageTime> times = Extractor::stageTimes();
    std::sort(times.begin(), times.end(), [](const auto &a, const auto &b) { return a.nanoseconds > b.nanoseconds; });
    for (const Extractor::StageTime &t : std::as_const(times))
        std::printf("bench: extract_time_%s %.1f %% (%.2f s)\n", qPrintable(t.stage), 100.0 * double(t.nanoseconds) / 1e9 / seconds,
                    double(t.nanoseconds) / 1e9);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList texts;
    const QDir gold(QStringLiteral(GAZETTE_TEST_DATA "/gold"));
    for (const QString &name : gold.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(gold.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(file.readAll());
    }
    if (texts.isEmpty())
        return 1;
    // Articles until the UTF-8 text reaches 10 MB.
    QList<Article> articles;
    qint64 bytes = 0;
    for (int i = 0; bytes < 10 * 1000 * 1000; ++i) {
        Article a;
        a.text = texts.at(i % texts.size());
        bytes += a.text.toUtf8().size();
        articles.append(a);
    }
    const double megabytes = double(bytes) / 1e6;

    // `bench_extract --profile`: only the one-thread extraction of separate articles, for a profiler.
    if (app.arguments().contains(QStringLiteral("--profile"))) {
        qsizetype found = 0;
        Extractor::setStageTiming(true);
        QElapsedTimer t;
        t.start();
        // `--profile --whole`: the same text as one document.
        if (app.arguments().contains(QStringLiteral("--whole"))) {
            SequenceTagger::setBlockThreads(1);
            Article whole;
            for (const Article &a : std::as_const(articles))
                whole.text += a.text + QLatin1Char('\n');
            found = Extractor::extract(whole)->annotations.size();
        } else {
            for (const Article &a : std::as_const(articles))
                found += Extractor::extract(a)->annotations.size();
        }
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        std::printf("bench: extract_one_thread %.2f MB/s (%lld spans)\n", megabytes / seconds, qlonglong(found));
        printStageTimes(seconds);
        return 0;
    }

    QElapsedTimer timer;
    timer.start();
    (void)Gazetteer::instance();
    std::printf("bench: extract_gazetteer_load %.1f ms (%d phrases)\n", double(timer.nsecsElapsed()) / 1e6, Gazetteer::instance().phraseCount());
    const double gazetteerMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const bool haveModel = !SequenceTagger::shipped().isEmpty();
    const double modelMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("bench: extract_model_load %.1f ms (%d features%s)\n", modelMs, SequenceTagger::shipped().featureCount(), haveModel ? "" : ", NO MODEL");
    std::printf("bench: extract_model_and_gazetteers_load %.1f ms (target 150)\n", gazetteerMs + modelMs);

    // The learned tagger alone, on the inputs the stages before it make (tokens, features,
    // decoding). `bench_extract --tagger`: only this, the best of five runs.
    {
        QList<TaggedText> inputs;
        for (const Article &a : std::as_const(articles).first(std::min<qsizetype>(articles.size(), 400)))
            inputs.append(Extractor::taggerInput(a));
        qint64 chars = 0;
        for (const TaggedText &input : std::as_const(inputs))
            chars += input.text.size();
        const bool alone = app.arguments().contains(QStringLiteral("--tagger"));
        double fastest = 1e300;
        qsizetype names = 0;
        for (int run = 0; run < (alone ? 5 : 1); ++run) {
            names = 0;
            QElapsedTimer t;
            t.start();
            for (int round = 0; round < 3; ++round) {
                for (const TaggedText &input : std::as_const(inputs))
                    names += SequenceTagger::shipped().tag(input).size();
            }
            fastest = std::min(fastest, double(t.nsecsElapsed()) / 1e9);
        }
        std::printf("bench: extract_tagger_alone %.2f MB/s (%lld names)\n", double(3 * chars) / 1e6 / fastest, qlonglong(names));
        if (alone)
            return 0;
    }

    // Baseline: sentences and words of the same text.
    // Each timing is the best of three runs: the machine is shared.
    auto best = [](const std::function<void()> &run) {
        double fastest = 1e300;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            run();
            fastest = std::min(fastest, double(t.nsecsElapsed()) / 1e9);
        }
        return fastest;
    };
    qsizetype tokens = 0;
    const double tokenize = best([&] {
        tokens = 0;
        for (const Article &a : std::as_const(articles))
            tokens += Tokenizer::words(a.text).size() + Tokenizer::sentences(a.text).size();
    });
    std::printf("bench: extract_tokenize_one_thread %.1f MB/s (%lld tokens)\n", megabytes / tokenize, qlonglong(tokens));

    // Where the time goes: the stages that pass over the whole text.
    auto stage = [&](const char *name, const std::function<qsizetype(const QString &)> &run) {
        QElapsedTimer t;
        t.start();
        qsizetype n = 0;
        for (const Article &a : std::as_const(articles))
            n += run(a.text);
        std::printf("bench: extract_stage_%s %.1f MB/s (%lld found)\n", name, megabytes / (double(t.nsecsElapsed()) / 1e9), qlonglong(n));
    };
    stage("numbers", [](const QString &t) { return findNumericEntities(t).size(); });
    stage("quotes", [](const QString &t) { return findQuotes(t).size(); });
    stage("gazetteer", [](const QString &t) { return Gazetteer::instance().names().findAll(t).size(); });

    qsizetype spans = 0, facts = 0;
    const double single = best([&] {
        spans = facts = 0;
        for (const Article &a : std::as_const(articles)) {
            const AnnotatedArticle r = *Extractor::extract(a);
            spans += r.annotations.size();
            facts += r.facts.size();
        }
    });
    std::printf("bench: extract_one_thread %.2f MB/s (%.1f MB, %lld articles, %lld spans, %lld facts)\n", megabytes / single, megabytes,
                qlonglong(articles.size()), qlonglong(spans), qlonglong(facts));
    std::printf("bench: extract_vs_tokenize %.2f x the time of tokenising\n", single / tokenize);

    // The same text as one 10 MB document: no per-article set-up, and a check that nothing in
    // the pipeline grows faster than the text.
    Article whole;
    for (const Article &a : std::as_const(articles))
        whole.text += a.text + QLatin1Char('\n');
    AnnotatedArticle wholeResult;
    SequenceTagger::setBlockThreads(1);
    const double wholeTime = best([&] { wholeResult = *Extractor::extract(whole); });
    std::printf("bench: extract_one_document_one_thread %.2f MB/s (%lld spans, %lld facts)\n", megabytes / wholeTime,
                qlonglong(wholeResult.annotations.size()), qlonglong(wholeResult.facts.size()));
    // The same document with the tagger's blocks on every core (what an import of one huge
    // article does); the spans must be the same.
    SequenceTagger::setBlockThreads(0);
    AnnotatedArticle wholeParallel;
    const double wholeParallelTime = best([&] { wholeParallel = *Extractor::extract(whole); });
    const bool sameSpans = wholeParallel.annotations.size() == wholeResult.annotations.size()
        && std::equal(wholeParallel.annotations.cbegin(), wholeParallel.annotations.cend(), wholeResult.annotations.cbegin(),
                      [](const Annotation &x, const Annotation &y) { return x.start == y.start && x.end == y.end && x.label == y.label && x.confidence == y.confidence; });
    std::printf("bench: extract_one_document_all_cores %.2f MB/s (%.2f x one thread, %d threads, spans %s)\n", megabytes / wholeParallelTime,
                wholeTime / wholeParallelTime, SequenceTagger::blockThreads(), sameSpans ? "the same" : "DIFFERENT");
    SequenceTagger::setBlockThreads(1);

    QList<qsizetype> counts;
    const double parallel = best([&] {
        counts = QtConcurrent::blockingMapped(articles, [](const Article &a) { return Extractor::extract(a)->annotations.size(); });
    });
    std::printf("bench: extract_all_cores %.2f MB/s (%d threads)\n", megabytes / parallel, QThread::idealThreadCount());
    std::printf("bench: extract_parallel_speedup %.2f x\n", single / parallel);
    qsizetype parallelSpans = 0;
    for (qsizetype c : counts)
        parallelSpans += c;

    // `gazette extract` on 440 small files in one process, against the in-process figure:
    // the CLI's own cost per file (start-up, reading, writing JSON) beside the extraction.
    QTemporaryDir dir;
    QStringList files;
    qint64 fileBytes = 0;
    for (int i = 0; i < 440; ++i) {
        const QString path = dir.filePath(QStringLiteral("article-%1.txt").arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray utf8 = texts.at(i % texts.size()).toUtf8();
        file.write(utf8);
        fileBytes += utf8.size();
        files << path;
    }
    QList<Article> fileArticles;
    for (int i = 0; i < 440; ++i) {
        Article a;
        a.text = texts.at(i % texts.size());
        fileArticles.append(a);
    }
    const double inProcess = best([&] {
        for (const Article &a : std::as_const(fileArticles))
            (void)Extractor::extract(a);
    });
    QProcess cli;
    QElapsedTimer cliTimer;
    cliTimer.start();
    cli.start(QStringLiteral(GAZETTE_CLI_HOST), QStringList{QStringLiteral("extract")} + files + QStringList{QStringLiteral("-o"), dir.filePath(QStringLiteral("out"))});
    cli.waitForFinished(-1);
    const double cliSeconds = double(cliTimer.nsecsElapsed()) / 1e9;
    if (cli.exitCode() != 0)
        std::fprintf(stderr, "%s\n", cli.readAllStandardError().constData());
    // The CLI extracts on every core (a batch of files at a time); the in-process run is one thread.
    std::printf("bench: extract_cli_many_files %.2f x the in-process time (%.2f s for 440 files, %.1f MB, %d threads; in process on one thread %.2f s; target under 2)\n",
                cliSeconds / inProcess, cliSeconds, double(fileBytes) / 1e6, QThread::idealThreadCount(), inProcess);
    return parallelSpans == spans && cli.exitCode() == 0 ? 0 : 1;
}
