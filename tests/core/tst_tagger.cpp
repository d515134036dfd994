// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/extractor.h"
#include "extract/sequencetagger.h"
#include "library/librarysession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <thread>

#include <limits>

using namespace Gazette;

namespace {

Annotation span(const QString &text, const QString &surface, const QString &label, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(surface, at + 1);
    Annotation a;
    a.start = int(at);
    a.end = int(at + surface.size());
    a.label = label;
    return a;
}

TaggedText example(const QString &text, const QList<std::pair<QString, QString>> &names)
{
    TaggedText t;
    t.text = text;
    for (const auto &[surface, label] : names)
        t.gold.append(span(text, surface, label));
    return t;
}

// A toy newsroom: people before "said", organisations before "shares", places after "in".
QList<TaggedText> toyCorpus()
{
    const QStringList people = {QStringLiteral("Ada Okafor"), QStringLiteral("Ben Ruiz"), QStringLiteral("Cho Min"), QStringLiteral("Dana Holm"),
                                QStringLiteral("Eli Sato"), QStringLiteral("Fay Brandt")};
    const QStringList companies = {QStringLiteral("Norvik"), QStringLiteral("Castello"), QStringLiteral("Bluefin"), QStringLiteral("Orrin"),
                                   QStringLiteral("Talvo"), QStringLiteral("Quenby")};
    const QStringList places = {QStringLiteral("Lagos"), QStringLiteral("Quito"), QStringLiteral("Osaka"), QStringLiteral("Tromsø"),
                                QStringLiteral("Porto"), QStringLiteral("Accra")};
    QList<TaggedText> corpus;
    for (int i = 0; i < people.size(); ++i) {
        const QString text = QStringLiteral("Shares of %1 rose on Monday in %2, %3 said.\n").arg(companies.at(i), places.at(i), people.at(i));
        corpus.append(example(text, {{companies.at(i), QStringLiteral("ORG")}, {places.at(i), QStringLiteral("GPE")}, {people.at(i), QStringLiteral("PERSON")}}));
    }
    return corpus;
}

QStringList render(const TaggedText &text, const QList<SequenceTagger::Span> &spans)
{
    QStringList out;
    for (const auto &s : spans)
        out << text.text.mid(s.start, s.end - s.start) + QLatin1Char('/') + s.label;
    return out;
}

} // namespace

class TestTagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsAToyCorpus()
    {
        SequenceTagger tagger;
        QVERIFY(tagger.isEmpty());
        tagger.train(toyCorpus(), 10);
        QVERIFY(!tagger.isEmpty());
        // Names it never saw, in the same frames.
        const TaggedText unseen = example(QStringLiteral("Shares of Marlowe rose on Monday in Lima, Gus Tenorio said.\n"), {});
        QCOMPARE(render(unseen, tagger.tag(unseen)),
                 (QStringList{QStringLiteral("Marlowe/ORG"), QStringLiteral("Lima/GPE"), QStringLiteral("Gus Tenorio/PERSON")}));
        for (const auto &s : tagger.tag(unseen))
            QVERIFY2(s.confidence > 0.5 && s.confidence < 1.0, qPrintable(QString::number(s.confidence)));
    }

    // Several perceptrons in different orders, averaged: the same model from the same data, one
    // run's weights when there is one run, and the toy corpus learnt.
    void mixesPerceptronsOfDifferentOrders()
    {
        const TaggedText unseen = example(QStringLiteral("Shares of Marlowe rose on Monday in Lima, Gus Tenorio said.\n"), {});
        SequenceTagger one, again, mixed, mixedAgain;
        one.train(toyCorpus(), 10, 1);
        again.train(toyCorpus(), 10, 1);
        mixed.train(toyCorpus(), 10, 3);
        mixedAgain.train(toyCorpus(), 10, 3);
        QCOMPARE(mixed.tag(unseen), mixedAgain.tag(unseen));
        QCOMPARE(one.tag(unseen), again.tag(unseen));
        QCOMPARE(render(unseen, mixed.tag(unseen)),
                 (QStringList{QStringLiteral("Marlowe/ORG"), QStringLiteral("Lima/GPE"), QStringLiteral("Gus Tenorio/PERSON")}));
        // The mixture holds every run's features: runs in other orders make other mistakes, so
        // more than one run has.
        QVERIFY2(mixed.featureCount() > one.featureCount(), qPrintable(QStringLiteral("%1 %2").arg(mixed.featureCount()).arg(one.featureCount())));
    }

    void savesAndLoadsTheSameModel()
    {
        SequenceTagger tagger;
        tagger.train(toyCorpus(), 10);
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("names.model"));
        QVERIFY2(tagger.save(path, &error), qPrintable(error));
        const auto loaded = SequenceTagger::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->featureCount(), tagger.featureCount());
        const TaggedText unseen = example(QStringLiteral("Shares of Marlowe rose on Monday in Lima, Gus Tenorio said.\n"), {});
        QCOMPARE(loaded->tag(unseen), tagger.tag(unseen));
        // Anything else is refused with a reason.
        QFile junk(dir.filePath(QStringLiteral("junk.model")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a model");
        junk.close();
        QVERIFY(!SequenceTagger::load(junk.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("junk.model")));
        // A model cut short (a download or a copy that stopped) is damaged, at any length.
        QFile whole(path);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        for (const qsizetype cut : {bytes.size() - 1, bytes.size() - 3, bytes.size() / 2, qsizetype(70)}) {
            QFile cutShort(dir.filePath(QStringLiteral("cut.model")));
            QVERIFY(cutShort.open(QIODevice::WriteOnly | QIODevice::Truncate));
            cutShort.write(bytes.left(cut));
            cutShort.close();
            error.clear();
            QVERIFY2(!SequenceTagger::load(cutShort.fileName(), &error), qPrintable(QString::number(cut)));
            QVERIFY(error.contains(QStringLiteral("cut.model")));
        }
    }

    void learnsFromACorrectionAndTakesItBack()
    {
        SequenceTagger tagger;
        tagger.train(toyCorpus(), 10);
        // A frame the corpus never had: the reader corrects it.
        const TaggedText corrected = example(QStringLiteral("The regulator fined Vantor Group heavily.\n"), {{QStringLiteral("Vantor Group"), QStringLiteral("ORG")}});
        const TaggedText before = corrected;
        const QList<SequenceTagger::Span> original = tagger.tag(before);
        QVERIFY(!render(before, original).contains(QStringLiteral("Vantor Group/ORG")));
        std::vector<SequenceTagger::Lesson> lessons;
        for (int round = 0; round < 3 && !render(before, tagger.tag(before)).contains(QStringLiteral("Vantor Group/ORG")); ++round)
            lessons.push_back(tagger.learn(corrected));
        QVERIFY(!lessons.empty() && !lessons.front().isEmpty());
        QVERIFY(render(before, tagger.tag(before)).contains(QStringLiteral("Vantor Group/ORG")));
        // Undo: the lessons taken back give the model from before, exactly.
        for (auto it = lessons.rbegin(); it != lessons.rend(); ++it)
            tagger.forget(*it);
        QCOMPARE(tagger.tag(before), original);
        const TaggedText unseen = example(QStringLiteral("Shares of Marlowe rose on Monday in Lima, Gus Tenorio said.\n"), {});
        SequenceTagger reference;
        reference.train(toyCorpus(), 10);
        QCOMPARE(tagger.tag(unseen), reference.tag(unseen));
    }

    void readerCorrectionsTeachTheLibrarysTagger()
    {
        // The library's tagger learns from a correction in one article and names the same
        // organisation in the next; undo takes the lesson back; the lessons live in the library.
        SequenceTagger base;
        base.train(toyCorpus(), 10);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lessons.gazette"));
        const QString corrected = QStringLiteral("Regulators fined Vantor Halme on Monday over the Osaka spill.\n");
        Article next;
        next.text = QStringLiteral("Investors sold Vantor Halme on Tuesday after the fine.\n");
        auto names = [&](const SequenceTagger &model) { return render(TaggedText{next.text, {}, {}, {}}, model.tag(Extractor::taggerInput(next))); };
        const QStringList before = names(base);
        QVERIFY2(!before.contains(QStringLiteral("Vantor Halme/ORG")), qPrintable(before.join(QLatin1Char(' '))));

        qint64 articleId = 0;
        {
            LibrarySession session;
            session.learnedTagger()->setBase(&base);
            QVERIFY(session.open(path));
            AnnotatedArticle article;
            article.article.text = corrected;
            article.article.headline = QStringLiteral("Fine");
            articleId = *session.store()->addArticle(article);
            QCOMPARE(names(*session.tagger()), before); // nothing corrected yet: the base model
            QCOMPARE(session.learnedTagger()->lessonCount(), 0);

            const int at = int(corrected.indexOf(QStringLiteral("Vantor Halme")));
            QVERIFY(session.push(session.edits()->addAnnotation(articleId, at, at + 12, QStringLiteral("ORG"))));
            const QStringList learned = names(*session.tagger());
            QVERIFY2(learned.contains(QStringLiteral("Vantor Halme/ORG")), qPrintable(learned.join(QLatin1Char(' '))));
            QCOMPARE(session.learnedTagger()->lessonCount(), 1);

            session.undoStack()->undo();
            QCOMPARE(names(*session.tagger()), before);
            QCOMPARE(session.learnedTagger()->lessonCount(), 0);
            session.undoStack()->redo();
            QVERIFY(names(*session.tagger()).contains(QStringLiteral("Vantor Halme/ORG")));
        }
        // Opened again: the correction is in the library, and so is the lesson.
        LibrarySession reopened;
        reopened.learnedTagger()->setBase(&base);
        QVERIFY(reopened.open(path));
        QVERIFY(names(*reopened.tagger()).contains(QStringLiteral("Vantor Halme/ORG")));
        // The next article's extraction uses it: the model's own suggestion where the reader's
        // exact words (the lexicon, which has priority) do not reach.
        Article variant;
        variant.text = QStringLiteral("Investors sold Vantor Halme on Tuesday after the fine.\n");
        const auto learnedRun = Extractor::extract(variant, {}, {}, reopened.tagger().get());
        const auto baseRun = Extractor::extract(variant, {}, {}, &base);
        auto modelNames = [](const AnnotatedArticle &run) {
            QStringList out;
            for (const Annotation &a : run.annotations)
                if (a.ruleId == QLatin1String("model.tagger"))
                    out << a.quote + QLatin1Char('/') + a.label;
            return out;
        };
        QVERIFY(modelNames(*learnedRun).contains(QStringLiteral("Vantor Halme/ORG")));
        QVERIFY(!modelNames(*baseRun).contains(QStringLiteral("Vantor Halme/ORG")));
    }

    // Issue 16: after a correction the library's tagger is rebuilt off the GUI thread. With 200
    // corrected articles the event loop keeps turning (a timer keeps firing) while the model is
    // built, an extraction thread that asks meanwhile waits for that model on its own thread,
    // and the model is the same, weight for weight, as the one built synchronously.
    void rebuildLeavesTheGuiThreadFree()
    {
        const SequenceTagger &base = SequenceTagger::shipped();
        QVERIFY(!base.isEmpty());
        QTemporaryDir dir;
        LibrarySession session;
        QVERIFY(session.open(dir.filePath(QStringLiteral("many.gazette"))));
        const QStringList firms = {QStringLiteral("Vantor"), QStringLiteral("Quelmar"), QStringLiteral("Ostrava Lines"), QStringLiteral("Brightwell")};
        for (int n = 0; n < 200; ++n) {
            const QString firm = firms.at(n % firms.size()) + QStringLiteral(" Group %1").arg(n);
            const QString person = QStringLiteral("Ines Halvorsen-%1").arg(n);
            AnnotatedArticle article;
            article.article.headline = QStringLiteral("Fine %1").arg(n);
            article.article.text = QStringLiteral("Regulators fined %1 on Monday over the spill near Osaka. Chief executive %2 said the "
                                                  "company would appeal. Shares of %1 fell 4% in Tokyo, and analysts at Norvik Bank "
                                                  "expect a second fine before %3 March.\n").arg(firm, person).arg(n % 28 + 1);
            Annotation added = span(article.article.text, firm, QStringLiteral("ORG"));
            added.origin = Origin::Manual;
            Annotation accepted = span(article.article.text, person, QStringLiteral("PERSON"));
            accepted.origin = Origin::Auto;
            accepted.status = AnnotationStatus::Accepted;
            article.annotations = {added, accepted};
            QVERIFY(session.store()->addArticle(article));
        }
        // The synchronous build, for the time it takes and the model it makes.
        Lessons lessons;
        for (const ArticleSummary &summary : session.store()->articleSummaries(0, 1000)) {
            const auto lesson = LearnedTagger::lessonOf(*session.store()->article(summary.id), session.store()->annotations(summary.id));
            QVERIFY(lesson);
            lessons.insert(summary.id, *lesson);
        }
        QElapsedTimer clock;
        clock.start();
        const SequenceTagger reference = LearnedTagger::build(base, lessons);
        const qint64 synchronous = clock.elapsed();

        LearnedTagger *learned = session.learnedTagger();
        clock.restart();
        const PendingModel pending = learned->pending();
        const qint64 handedOver = clock.elapsed();
        QVERIFY(learned->isRebuilding());
        QVERIFY2(handedOver * 2 < synchronous, qPrintable(QStringLiteral("pending() took %1 ms, a synchronous build %2 ms").arg(handedOver).arg(synchronous)));
        // An extraction thread asking now waits there for the model being built.
        std::shared_ptr<const SequenceTagger> onWorker;
        std::thread worker([&pending, &onWorker] { onWorker = pending.get(); });
        int ticks = 0;
        qint64 longestGap = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, this, [&] {
            ++ticks;
            longestGap = std::max(longestGap, sinceTick.restart());
        });
        timer.start();
        QVERIFY(QTest::qWaitFor([&] { return !learned->isRebuilding(); }, 120000));
        timer.stop();
        worker.join();
        qInfo("rebuild of 200 lessons: synchronous %lld ms; pending() returned after %lld ms; %d ticks, longest gap %lld ms",
              synchronous, handedOver, ticks, longestGap);
        QVERIFY2(ticks >= 5 && longestGap * 2 < synchronous,
                 qPrintable(QStringLiteral("%1 ticks, longest gap %2 ms, build %3 ms").arg(ticks).arg(longestGap).arg(synchronous)));
        QCOMPARE(learned->lessonCount(), 200);
        QVERIFY(onWorker == learned->latestModel());
        QVERIFY(learned->model() == learned->latestModel()); // current: nothing to wait for
        QString error;
        QVERIFY(reference.save(dir.filePath(QStringLiteral("reference.model")), &error));
        QVERIFY(learned->model()->save(dir.filePath(QStringLiteral("background.model")), &error));
        QFile a(dir.filePath(QStringLiteral("reference.model"))), b(dir.filePath(QStringLiteral("background.model")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray referenceBytes = a.readAll();
        QVERIFY(!referenceBytes.isEmpty());
        QVERIFY(referenceBytes == b.readAll());
        // And it is not the base model: the lessons are in it.
        QVERIFY(base.save(dir.filePath(QStringLiteral("base.model")), &error));
        QFile c(dir.filePath(QStringLiteral("base.model")));
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readAll() != referenceBytes);
    }

    void extractorUsesTheShippedModel()
    {
        // The model built from tests/data/train and tests/data/gold is next to the binaries.
        QVERIFY2(!SequenceTagger::shipped().isEmpty(), qPrintable(SequenceTagger::shippedPath()));
        Article article;
        article.id = 1;
        article.text = QStringLiteral("Harbourline Deal\nShares of Norvik Freight rose after the Lagos port deal, chief executive Adaeze Okonkwo said.\n");
        const AnnotatedArticle result = *Extractor::extract(article);
        bool fromModel = false;
        for (const Annotation &a : result.annotations)
            fromModel = fromModel || a.ruleId == QLatin1String("model.tagger");
        QVERIFY(fromModel);
    }

    // A huge article is tagged a block of sentences at a time so that its tokens fit in memory;
    // the names found must be exactly those of tagging it in one piece, whatever the block size.
    void taggingInBlocksFindsTheSameNames_data()
    {
        QTest::addColumn<int>("blockTokens");
        QTest::newRow("one token") << 1;
        QTest::newRow("37 tokens") << 37;
        QTest::newRow("500 tokens") << 500;
    }
    void taggingInBlocksFindsTheSameNames()
    {
        QFETCH(int, blockTokens);
        const SequenceTagger &model = SequenceTagger::shipped();
        QVERIFY2(!model.isEmpty(), qPrintable(SequenceTagger::shippedPath()));
        Article article;
        for (const QString &name : QDir(QStringLiteral(GAZETTE_TEST_DATA "/train")).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name).mid(0, 6)) {
            QFile file(QStringLiteral(GAZETTE_TEST_DATA "/train/") + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            article.text += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
        }
        const TaggedText input = Extractor::taggerInput(article);
        QVERIFY(input.cues.size() > 100);
        const QList<SequenceTagger::Span> whole = model.tag(input, std::numeric_limits<size_t>::max());
        QVERIFY(whole.size() > 100);
        SequenceTagger::setBlockThreads(1);
        const QList<SequenceTagger::Span> blocks = model.tag(input, size_t(blockTokens));
        QCOMPARE(render(input, blocks), render(input, whole));
        QCOMPARE(blocks, whole); // confidences too
        // The blocks on three threads at once (a huge article's import): the same spans in the
        // same order.
        SequenceTagger::setBlockThreads(3);
        const QList<SequenceTagger::Span> threaded = model.tag(input, size_t(blockTokens));
        SequenceTagger::setBlockThreads(0);
        QCOMPARE(render(input, threaded), render(input, whole));
        QCOMPARE(threaded, whole);
    }

    // A long article uses several threads (the tagger's blocks, the number rules' regions, its
    // facts beside its quotes and statements): its spans and facts must be exactly those of one
    // thread, in the same order.
    void longArticleOnThreadsGivesTheSameResult()
    {
        Article article;
        for (const char *folder : {"train", "dev", "dev2", "dev3"}) {
            const QDir dir(QStringLiteral(GAZETTE_TEST_DATA "/") + QLatin1String(folder));
            for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                article.text += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
            }
        }
        QVERIFY(article.text.size() > 1 << 18); // long enough for the facts' thread and two regions of numbers
        SequenceTagger::setBlockThreads(1);
        const AnnotatedArticle one = *Extractor::extract(article);
        SequenceTagger::setBlockThreads(3);
        const AnnotatedArticle threads = *Extractor::extract(article);
        SequenceTagger::setBlockThreads(0);
        QVERIFY(one.annotations.size() > 5000);
        QVERIFY(one.facts.size() > 1000);
        QCOMPARE(threads.annotations.size(), one.annotations.size());
        QCOMPARE(threads.facts.size(), one.facts.size());
        for (qsizetype i = 0; i < one.facts.size(); ++i) {
            if (!(threads.facts.at(i) == one.facts.at(i)))
                QFAIL(qPrintable(QStringLiteral("fact %1 differs: %2 %3 instead of %4 %5").arg(i).arg(threads.facts.at(i).kind, threads.facts.at(i).ruleId,
                                                                                              one.facts.at(i).kind, one.facts.at(i).ruleId)));
        }
        QVERIFY(threads.annotations == one.annotations);
        QVERIFY(threads.entities == one.entities);
    }
};

QTEST_GUILESS_MAIN(TestTagger)
#include "tst_tagger.moc"
