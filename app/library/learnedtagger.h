// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/sequencetagger.h"
#include "store/storechange.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace Gazette {

class AnnotationStore;

// The name tagger as the reader taught it: the shipped model updated online (perceptron
// updates) from every article in which the reader added, accepted or rejected a name. The
// lessons are derived from the library's annotations, so they are saved with the library, come
// back when it is opened again, and are taken back exactly when the command that made a
// correction is undone: the model is rebuilt from the shipped one and the current lessons.
// Lives on the GUI thread; model() hands out a snapshot the extraction threads only read.
class LearnedTagger
{
public:
    // `base` is the model to start from (the shipped one when nothing is given).
    explicit LearnedTagger(const AnnotationStore *store, const SequenceTagger *base = nullptr);

    // The current model; rebuilt when corrections changed since the last call. Nothing when
    // there is no base model at all.
    std::shared_ptr<const SequenceTagger> model();
    // Starts from another model (tests); the next model() rebuilds.
    void setBase(const SequenceTagger *base)
    {
        m_base = base;
        m_stale = true;
    }
    // The corrected articles the current model learned from.
    int lessonCount() const { return int(m_lessons.size()); }

    // A committed store action: the articles it touched are looked at again.
    void invalidate(const StoreChange &change);
    // Another library was opened.
    void reset();

    // What one article teaches (its text with the names the reader kept as gold), nothing when
    // the reader decided on no name in it.
    static std::optional<TaggedText> lessonOf(const Article &article, const QList<Annotation> &annotations);
    // Passes over the lessons and the size of each update, chosen on the learning benchmark's
    // development split (corrections in its articles 01-05, scored on 06-10; never 11-20):
    // full perceptron steps (1.0) made the model worse on unseen articles of the domain.
    static constexpr int Rounds = 3;
    static constexpr double Step = 0.2;

private:
    void refresh();

    const AnnotationStore *m_store;
    const SequenceTagger *m_base;
    QHash<qint64, TaggedText> m_lessons; // article id -> lesson
    QSet<qint64> m_touched;
    bool m_scanAll = true;
    bool m_stale = true;
    std::shared_ptr<const SequenceTagger> m_model;
};

} // namespace Gazette
