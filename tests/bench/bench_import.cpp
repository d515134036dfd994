// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmark: 1,000 saved web pages read, cleaned and extracted (then stored), on one
// thread and on all cores. Prints `bench: NAME VALUE UNIT` lines.
#include "extract/extractor.h"
#include "formats/sourcereader.h"
#include "store/annotationstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>

#include <cstdio>

using namespace Gazette;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QFile templateFile(QStringLiteral(GAZETTE_TEST_DATA "/html/boilerplate.html"));
    if (!templateFile.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray page = templateFile.readAll();
    QStringList files;
    for (int i = 0; i < 1000; ++i) {
        const QString path = dir.filePath(QStringLiteral("page-%1.html").arg(i, 4, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        // Each page a little different, so no two articles are the same.
        file.write(QByteArray(page).replace(QByteArrayLiteral("Antwerp"), QByteArray(QByteArrayLiteral("Antwerp ") + QByteArray::number(i))));
        files.append(path);
    }
    // What an import does per source: read and clean it, then run the extractor on it.
    auto readOne = [](const QString &path) {
        SourceReader reader;
        QList<AnnotatedArticle> bundles;
        for (const Article &article : reader.read(path).articles)
            bundles.append(*Extractor::extract(article));
        return bundles;
    };

    QElapsedTimer timer;
    timer.start();
    int ok = 0;
    for (const QString &path : files)
        ok += int(readOne(path).size());
    const double single = double(timer.nsecsElapsed()) / 1e9;
    std::printf("bench: import_read_extract_one_thread %.1f articles/s\n", ok / single);

    timer.restart();
    const QList<QList<AnnotatedArticle>> outcomes = QtConcurrent::blockingMapped(files, readOne);
    const double parallel = double(timer.nsecsElapsed()) / 1e9;
    std::printf("bench: import_read_extract_all_cores %.1f articles/s (%d threads)\n", double(outcomes.size()) / parallel, QThread::idealThreadCount());
    std::printf("bench: import_parallel_speedup %.2f x\n", single / parallel);

    AnnotationStore store;
    store.open(dir.filePath(QStringLiteral("bench.gazette")));
    timer.restart();
    qsizetype suggestions = 0;
    for (QList<AnnotatedArticle> bundles : outcomes) {
        for (AnnotatedArticle &bundle : bundles) {
            suggestions += bundle.annotations.size();
            store.addArticle(bundle);
        }
    }
    std::printf("bench: import_suggestions_per_article %.1f spans\n", double(suggestions) / 1000.0);
    const double storing = double(timer.nsecsElapsed()) / 1e9;
    std::printf("bench: import_store %.1f articles/s\n", double(store.articleCount()) / storing);
    std::printf("bench: import_end_to_end_all_cores %.1f articles/s\n", double(store.articleCount()) / (parallel + storing));
    return store.articleCount() == 1000 ? 0 : 1;
}
