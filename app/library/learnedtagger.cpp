// SPDX-License-Identifier: GPL-3.0-or-later
#include "learnedtagger.h"

#include "extract/extractor.h"
#include "store/annotationstore.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Gazette {

namespace {

// Whether the reader decided on a name in the article: added one, accepted or rejected one.
bool hasReaderDecision(const QList<Annotation> &annotations)
{
    const QStringList &names = SequenceTagger::labels();
    return std::any_of(annotations.cbegin(), annotations.cend(), [&names](const Annotation &a) {
        return names.contains(a.label) && (a.origin == Origin::Manual || a.status != AnnotationStatus::Suggested);
    });
}

} // namespace

// What a rebuild gets from the GUI thread: values only, owned by the rebuild from then on.
struct LearnedTagger::Snapshot
{
    const SequenceTagger *base = nullptr; // read only, by everyone; outlives the rebuild
    Lessons lessons;                      // those still valid
    QList<std::pair<Article, QList<Annotation>>> study; // articles whose lesson is new or changed
};

LearnedTagger::LearnedTagger(const AnnotationStore *store, const SequenceTagger *base, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_base(base)
{
    // One rebuild at a time, on a thread of its own: never behind the extraction workers it
    // may have to finish for (they wait for it).
    m_pool.setMaxThreadCount(1);
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &LearnedTagger::startRebuild);
    connect(&m_watcher, &QFutureWatcher<LearnedModel>::finished, this, &LearnedTagger::collect);
}

LearnedTagger::~LearnedTagger()
{
    m_pool.waitForDone();
}

const SequenceTagger &LearnedTagger::base() const
{
    return m_base ? *m_base : SequenceTagger::shipped();
}

void LearnedTagger::setBase(const SequenceTagger *base)
{
    // The rebuild under way reads the old base: let it finish before that may go.
    if (m_running)
        m_running->future.waitForFinished();
    m_base = base;
    reset();
}

void LearnedTagger::reset()
{
    m_lessons.clear();
    m_touched.clear();
    m_scanAll = true;
    ++m_generation;
    ++m_epoch;
    m_model.reset();
}

void LearnedTagger::invalidate(const StoreChange &change)
{
    // Only annotations teach; a change to facts, statuses or entities alone leaves the model.
    QSet<qint64> touched(change.removedArticles.begin(), change.removedArticles.end());
    for (const auto &row : change.annotations)
        touched.insert(row.after ? row.after->articleId : row.before->articleId);
    for (qint64 id : change.changedArticles)
        touched.insert(id); // a changed text moves the spans
    for (qint64 id : change.addedArticles)
        touched.insert(id); // imported with the reader's annotations (a data format)
    if (touched.isEmpty())
        return;
    m_touched.unite(touched);
    ++m_generation;
    m_soon.start();
}

std::optional<TaggedText> LearnedTagger::lessonOf(const Article &article, const QList<Annotation> &annotations)
{
    if (!hasReaderDecision(annotations))
        return std::nullopt;
    const QStringList &names = SequenceTagger::labels();
    QList<Annotation> gold;
    for (const Annotation &a : annotations) {
        if (names.contains(a.label) && a.status != AnnotationStatus::Rejected && !a.orphaned)
            gold.append(a);
    }
    // One name per stretch of text: the first, longest span where two overlap.
    std::sort(gold.begin(), gold.end(), [](const Annotation &x, const Annotation &y) {
        return x.start != y.start ? x.start < y.start : x.end > y.end;
    });
    QList<Annotation> kept;
    for (const Annotation &a : std::as_const(gold)) {
        if (kept.isEmpty() || a.start >= kept.last().end)
            kept.append(a);
    }
    return Extractor::taggerInput(article, kept);
}

SequenceTagger LearnedTagger::build(const SequenceTagger &base, const Lessons &lessons)
{
    SequenceTagger model = base.clone();
    QList<qint64> order = lessons.keys();
    std::sort(order.begin(), order.end());
    for (int round = 0; round < Rounds; ++round) {
        for (qint64 id : std::as_const(order))
            model.learn(*lessons.constFind(id), Step);
    }
    return model;
}

void LearnedTagger::startRebuild()
{
    m_soon.stop();
    if (m_running || isCurrent())
        return; // collect() starts the next one
    const SequenceTagger &from = base();
    if (from.isEmpty()) {
        m_model.reset();
        m_builtGeneration = m_generation;
        return;
    }
    // The snapshot: read on this thread, the store's.
    Snapshot snapshot;
    snapshot.base = &from;
    if (m_store->isOpen()) {
        auto read = [&](qint64 id) {
            const auto article = m_store->article(id);
            if (!article) {
                snapshot.lessons.remove(id);
                return;
            }
            QList<Annotation> annotations = m_store->annotations(id);
            if (hasReaderDecision(annotations))
                snapshot.study.append({*article, std::move(annotations)});
            else
                snapshot.lessons.remove(id);
        };
        if (m_scanAll || !m_model) {
            for (qint64 id : m_store->articlesWithReaderDecisions(SequenceTagger::labels()))
                read(id);
        } else {
            snapshot.lessons = m_lessons;
            for (qint64 id : std::as_const(m_touched))
                read(id);
        }
    }
    const bool unchanged = m_model && !m_scanAll && snapshot.study.isEmpty() && snapshot.lessons.size() == m_lessons.size();
    m_touched.clear();
    m_scanAll = false;
    if (unchanged) {
        // Articles without a reader's decision (new suggestions, an import): nothing to learn.
        m_builtGeneration = m_generation;
        return;
    }
    m_running = Running{QtConcurrent::run(&m_pool, [snapshot = std::move(snapshot)]() mutable {
                            for (const auto &[article, annotations] : std::as_const(snapshot.study)) {
                                if (auto lesson = lessonOf(article, annotations))
                                    snapshot.lessons.insert(article.id, std::move(*lesson));
                                else
                                    snapshot.lessons.remove(article.id);
                            }
                            auto model = std::make_shared<const SequenceTagger>(build(*snapshot.base, snapshot.lessons));
                            return LearnedModel{std::move(model), std::move(snapshot.lessons)};
                        }),
                        m_generation, m_epoch};
    m_watcher.setFuture(m_running->future);
}

void LearnedTagger::collect()
{
    if (!m_running || !m_running->future.isFinished())
        return;
    const Running done = *std::exchange(m_running, std::nullopt);
    if (done.epoch == m_epoch) {
        const LearnedModel &result = done.future.result();
        m_model = result.model; // the swap: whoever holds the old model keeps it
        m_lessons = result.lessons;
        m_builtGeneration = done.generation;
        Q_EMIT rebuilt();
    }
    if (!isCurrent())
        startRebuild();
}

std::shared_ptr<const SequenceTagger> LearnedTagger::model()
{
    while (!isCurrent()) {
        startRebuild();
        if (!m_running)
            break; // nothing to build from, or nothing changed
        m_running->future.waitForFinished();
        collect();
    }
    return m_model;
}

PendingModel LearnedTagger::pending()
{
    if (!isCurrent())
        startRebuild();
    if (m_running)
        return PendingModel(m_running->future);
    return PendingModel(m_model);
}

} // namespace Gazette
