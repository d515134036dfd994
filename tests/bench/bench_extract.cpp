// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction throughput on a 10 MB concatenation of the gold articles, on one thread and on all
// cores, against a plain tokenisation pass (sentences and words) over the same text in the same
// run. Prints `bench: NAME VALUE UNIT` lines.
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/numberrules.h"
#include "extract/quoterules.h"
#include "extract/tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QtConcurrent>

#include <cstdio>
#include <functional>

using namespace Gazette;

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

    QElapsedTimer timer;
    timer.start();
    (void)Gazetteer::instance();
    std::printf("bench: extract_gazetteer_load %.1f ms (%d phrases)\n", double(timer.nsecsElapsed()) / 1e6, Gazetteer::instance().phraseCount());

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
    const double wholeTime = best([&] { wholeResult = *Extractor::extract(whole); });
    std::printf("bench: extract_one_document_one_thread %.2f MB/s (%lld spans, %lld facts)\n", megabytes / wholeTime,
                qlonglong(wholeResult.annotations.size()), qlonglong(wholeResult.facts.size()));

    QList<qsizetype> counts;
    const double parallel = best([&] {
        counts = QtConcurrent::blockingMapped(articles, [](const Article &a) { return Extractor::extract(a)->annotations.size(); });
    });
    std::printf("bench: extract_all_cores %.2f MB/s (%d threads)\n", megabytes / parallel, QThread::idealThreadCount());
    std::printf("bench: extract_parallel_speedup %.2f x\n", single / parallel);
    qsizetype parallelSpans = 0;
    for (qsizetype c : counts)
        parallelSpans += c;
    return parallelSpans == spans ? 0 : 1;
}
