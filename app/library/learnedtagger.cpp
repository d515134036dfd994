// SPDX-License-Identifier: GPL-3.0-or-later
#include "learnedtagger.h"

#include "extract/extractor.h"
#include "store/annotationstore.h"

#include <algorithm>

namespace Gazette {

LearnedTagger::LearnedTagger(const AnnotationStore *store, const SequenceTagger *base)
    : m_store(store)
    , m_base(base)
{
}

void LearnedTagger::reset()
{
    m_lessons.clear();
    m_touched.clear();
    m_scanAll = true;
    m_stale = true;
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
    m_stale = true;
}

std::optional<TaggedText> LearnedTagger::lessonOf(const Article &article, const QList<Annotation> &annotations)
{
    const QStringList &names = SequenceTagger::labels();
    bool decided = false;
    QList<Annotation> gold;
    for (const Annotation &a : annotations) {
        if (!names.contains(a.label))
            continue;
        decided = decided || a.origin == Origin::Manual || a.status != AnnotationStatus::Suggested;
        if (a.status != AnnotationStatus::Rejected && !a.orphaned)
            gold.append(a);
    }
    if (!decided)
        return std::nullopt;
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

void LearnedTagger::refresh()
{
    const QStringList &names = SequenceTagger::labels();
    auto study = [&](qint64 id) {
        m_lessons.remove(id);
        const auto article = m_store->article(id);
        if (!article)
            return;
        if (auto lesson = lessonOf(*article, m_store->annotations(id)))
            m_lessons.insert(id, std::move(*lesson));
    };
    if (m_scanAll) {
        m_lessons.clear();
        for (qint64 id : m_store->articlesWithReaderDecisions(names))
            study(id);
        m_scanAll = false;
    } else {
        for (qint64 id : std::as_const(m_touched))
            study(id);
    }
    m_touched.clear();
}

std::shared_ptr<const SequenceTagger> LearnedTagger::model()
{
    if (!m_stale && m_model)
        return m_model;
    const SequenceTagger &base = m_base ? *m_base : SequenceTagger::shipped();
    if (base.isEmpty())
        return nullptr;
    if (!m_store->isOpen()) {
        m_model = std::make_shared<const SequenceTagger>(base.clone());
        m_stale = false;
        return m_model;
    }
    refresh();
    SequenceTagger model = base.clone();
    QList<qint64> order = m_lessons.keys();
    std::sort(order.begin(), order.end());
    for (int round = 0; round < Rounds; ++round) {
        for (qint64 id : std::as_const(order))
            model.learn(*m_lessons.constFind(id), Step);
    }
    m_model = std::make_shared<const SequenceTagger>(std::move(model));
    m_stale = false;
    return m_model;
}

} // namespace Gazette
