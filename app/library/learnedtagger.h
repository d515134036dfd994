// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/sequencetagger.h"
#include "store/storechange.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

namespace Gazette {

class AnnotationStore;

using Lessons = QHash<qint64, TaggedText>; // article id -> what it teaches

// What one rebuild made: the model and the lessons it learned (the cache for the next one).
struct LearnedModel
{
    std::shared_ptr<const SequenceTagger> model;
    Lessons lessons;
};

// The learned model as an extraction on a worker thread takes it: a finished model, or the
// rebuild under way, which get() waits for on that worker thread (never on the GUI thread).
// Empty: the shipped model. A copy may be read from any thread.
class PendingModel
{
public:
    PendingModel() = default;
    explicit PendingModel(std::shared_ptr<const SequenceTagger> ready)
        : m_ready(std::move(ready))
    {
    }
    explicit PendingModel(QFuture<LearnedModel> building)
        : m_building(std::move(building))
    {
    }

    // Blocks until the model is built; nothing: use the shipped model.
    std::shared_ptr<const SequenceTagger> get() const { return m_building ? m_building->result().model : m_ready; }
    bool isReady() const { return !m_building || m_building->isFinished(); }

private:
    std::shared_ptr<const SequenceTagger> m_ready;
    std::optional<QFuture<LearnedModel>> m_building;
};

// The name tagger as the reader taught it: the shipped model updated online (perceptron
// updates) from every article in which the reader added, accepted or rejected a name. The
// lessons are derived from the library's annotations, so they are saved with the library, come
// back when it is opened again, and are taken back exactly when the command that made a
// correction is undone: the model is rebuilt from the shipped one and the current lessons.
//
// Threads: the object lives on the GUI thread and is the only one that reads the store. After a
// committed change it reads the touched articles there (a snapshot: texts and annotations, a
// few milliseconds) and hands them, with the lessons it has, to a rebuild on a pool of its own;
// the rebuild turns them into lessons and builds a new model from the base, sharing nothing it
// writes. When it finishes, the new model replaces the old one in one assignment on the GUI
// thread; one already handed out stays valid for whoever holds it. Changes that arrive during
// a rebuild start the next one after it.
//
// Which model an extraction gets: pending() hands worker threads the model with every lesson
// committed so far, and they wait for a rebuild under way on their own thread (usually done
// long before, as it starts right after the correction). model() waits on the calling thread:
// for the CLI and tests, never called by the window.
class LearnedTagger final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LearnedTagger)

public:
    // `base` is the model to start from (the shipped one when nothing is given).
    explicit LearnedTagger(const AnnotationStore *store, const SequenceTagger *base = nullptr, QObject *parent = nullptr);
    ~LearnedTagger() override; // waits for a rebuild under way

    // The current model, waiting for (or running) the rebuild it needs. Nothing when there is no
    // base model at all.
    std::shared_ptr<const SequenceTagger> model();
    // The current model without waiting: finished, or the rebuild that will make it.
    PendingModel pending();
    // The newest finished model, which may lack the latest corrections while a rebuild runs.
    std::shared_ptr<const SequenceTagger> latestModel() const { return m_model; }
    bool isRebuilding() const { return m_running.has_value(); }

    // Starts from another model (tests); the next model() rebuilds.
    void setBase(const SequenceTagger *base);
    // The corrected articles the newest finished model learned from.
    int lessonCount() const { return int(m_lessons.size()); }

    // A committed store action: the articles it touched are looked at again, and a rebuild
    // starts once the event loop runs (model() and pending() start it at once).
    void invalidate(const StoreChange &change);
    // Another library was opened.
    void reset();

    // What one article teaches (its text with the names the reader kept as gold), nothing when
    // the reader decided on no name in it.
    static std::optional<TaggedText> lessonOf(const Article &article, const QList<Annotation> &annotations);
    // The model the lessons make from the base: the one way to build it, in the background and
    // in tests (the lessons in the order of their article ids, Rounds passes).
    static SequenceTagger build(const SequenceTagger &base, const Lessons &lessons);
    // Passes over the lessons and the size of each update, chosen on the learning benchmark's
    // development split (corrections in its articles 01-05, scored on 06-10; never 11-20):
    // full perceptron steps (1.0) made the model worse on unseen articles of the domain.
    static constexpr int Rounds = 3;
    static constexpr double Step = 0.2;

Q_SIGNALS:
    // A rebuild finished and its model is now latestModel().
    void rebuilt();

private:
    struct Snapshot;
    const SequenceTagger &base() const;
    bool isCurrent() const { return m_model && m_builtGeneration == m_generation; }
    // Reads what changed from the store and starts a rebuild, unless one runs or none is needed.
    void startRebuild();
    // Takes the finished rebuild's model; starts the next when corrections came meanwhile.
    void collect();

    const AnnotationStore *m_store;
    const SequenceTagger *m_base;
    Lessons m_lessons;          // of the newest finished model; the rebuild's own copy is separate
    QSet<qint64> m_touched;     // articles to read again at the next snapshot
    bool m_scanAll = true;      // the next snapshot reads every article with reader decisions
    quint64 m_generation = 1;   // raised by every change; a model is current when built from it
    quint64 m_builtGeneration = 0;
    quint64 m_epoch = 0;        // raised when another library opens: older rebuilds are dropped
    std::shared_ptr<const SequenceTagger> m_model;
    struct Running
    {
        QFuture<LearnedModel> future;
        quint64 generation = 0;
        quint64 epoch = 0;
    };
    std::optional<Running> m_running;
    QFutureWatcher<LearnedModel> m_watcher;
    QTimer m_soon;
    QThreadPool m_pool; // last: destroyed first, after waiting for the rebuild it runs
};

} // namespace Gazette
