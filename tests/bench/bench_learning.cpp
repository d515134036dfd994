// SPDX-License-Identifier: GPL-3.0-or-later
// The learning curve on a domain missing from training: twenty articles about an invented
// football league (tests/data/domain-league). F1 on articles 11-20 with the shipped model, then
// again after a reader corrected articles 01-10 in the window's way (each one imported with
// suggestions, right ones accepted, wrong ones rejected, missing ones added, all through the
// undoable commands), once with the corrections' lexicon alone and once with the lexicon and
// the tagger that learned from them. Prints `bench: NAME VALUE UNIT` lines.
#include "evaluation/evaluation.h"
#include "extract/extractor.h"
#include "library/librarysession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Gazette;

namespace {

const QStringList Names = {QStringLiteral("PERSON"), QStringLiteral("ORG"), QStringLiteral("GPE"), QStringLiteral("FAC"), QStringLiteral("EVENT")};

// Corrects one imported article against its gold spans, as a reader would.
int correct(LibrarySession &session, qint64 articleId, const AnnotatedArticle &gold)
{
    Edits *edits = session.edits();
    int commands = 0;
    QSet<QString> wanted;
    auto key = [](int start, int end, const QString &label) { return QStringLiteral("%1 %2 %3").arg(start).arg(end).arg(label); };
    for (const Annotation &a : gold.annotations) {
        if (a.label != QLatin1String("QUOTE"))
            wanted.insert(key(a.start, a.end, a.label));
    }
    QSet<QString> present;
    for (const Annotation &a : session.store()->annotations(articleId)) {
        if (a.label == QLatin1String("QUOTE"))
            continue;
        const QString k = key(a.start, a.end, a.label);
        const bool right = wanted.contains(k);
        if (right)
            present.insert(k);
        if (a.status == AnnotationStatus::Suggested)
            commands += session.push(right ? edits->accept(a.id) : edits->reject(a.id));
    }
    for (const Annotation &a : gold.annotations) {
        if (a.label == QLatin1String("QUOTE") || present.contains(key(a.start, a.end, a.label)))
            continue;
        commands += session.push(edits->addAnnotation(articleId, a.start, a.end, a.label));
    }
    return commands;
}

double f1(const QList<GoldDocument> &gold, const QStringList &labels, const Evaluation::Extract &extract)
{
    Evaluation evaluation;
    evaluation.run(gold, labels, extract);
    return evaluation.micro().f1();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    const auto all = Evaluation::readGold(QStringLiteral(GAZETTE_TEST_DATA "/domain-league"), &error);
    if (!all || all->size() < 20) {
        std::fprintf(stderr, "cannot read the domain set: %s\n", qPrintable(error));
        return 1;
    }
    // GAZETTE_LEARNING_DEV: the development split that chose the update size (corrections in
    // 01-05, scored on 06-10).
    const bool dev = qEnvironmentVariableIsSet("GAZETTE_LEARNING_DEV");
    const QList<GoldDocument> taught = dev ? all->mid(0, 5) : all->mid(0, 10);
    const QList<GoldDocument> tested = dev ? all->mid(5, 5) : all->mid(10, 10);

    QTemporaryDir dir;
    LibrarySession session(QStringLiteral("bench"));
    if (!session.open(dir.filePath(QStringLiteral("league.gazette"))))
        return 1;
    const QList<LexiconEntry> noLexicon;
    auto shipped = [&](const Article &a) { return Extractor::extract(a, noLexicon); };
    const double beforeNames = f1(tested, Names, shipped);
    const double beforeAll = f1(tested, {}, shipped);

    int commands = 0;
    for (const GoldDocument &g : taught) {
        ArticleIntake intake = session.intake();
        const ArticleIntake::Result result = intake.take(g.document.article);
        commands += correct(session, result.articleId, g.document);
    }
    const QList<LexiconEntry> lexicon = session.store()->lexicon();
    auto lexiconOnly = [&](const Article &a) { return Extractor::extract(a, lexicon); };
    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<const SequenceTagger> learned = session.tagger();
    const double rebuildMs = double(timer.nsecsElapsed()) / 1e6;
    auto withTagger = [&](const Article &a) { return Extractor::extract(a, lexicon, {}, learned.get()); };
    const double lexiconNames = f1(tested, Names, lexiconOnly);
    const double afterNames = f1(tested, Names, withTagger);
    const double afterAll = f1(tested, {}, withTagger);

    auto taggerOnly = [&](const Article &a) { return Extractor::extract(a, noLexicon, {}, learned.get()); };
    const double taggerOnlyNames = f1(tested, Names, taggerOnly);
    const double taughtBefore = f1(taught, Names, shipped);
    const double taughtAfter = f1(taught, Names, taggerOnly);
    std::printf("bench: learning_corrections %d commands\n", commands);
    std::printf("bench: learning_lessons %d articles\n", session.learnedTagger()->lessonCount());
    std::printf("bench: learning_names_f1_before %.3f F1\n", beforeNames);
    std::printf("bench: learning_names_f1_lexicon_only %.3f F1\n", lexiconNames);
    std::printf("bench: learning_names_f1_tagger_only %.3f F1\n", taggerOnlyNames);
    std::printf("bench: learning_names_f1_after %.3f F1\n", afterNames);
    std::printf("bench: learning_taught_articles_f1 %.3f -> %.3f F1\n", taughtBefore, taughtAfter);
    std::printf("bench: learning_names_gain_vs_before %.2f x\n", beforeNames > 0 ? afterNames / beforeNames : 0.0);
    std::printf("bench: learning_names_gain_vs_lexicon_only %.2f x\n", lexiconNames > 0 ? afterNames / lexiconNames : 0.0);
    std::printf("bench: learning_all_labels_f1_before %.3f F1\n", beforeAll);
    std::printf("bench: learning_all_labels_f1_after %.3f F1\n", afterAll);
    std::printf("bench: learning_model_rebuild_ms %.1f ms\n", rebuildMs);
    return 0;
}
