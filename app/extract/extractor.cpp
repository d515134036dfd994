// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractor.h"

#include "extract/bylinestage.h"
#include "extract/chinesestage.h"
#include "extract/datelinestage.h"
#include "extract/entitystage.h"
#include "extract/erastage.h"
#include "extract/extractioncontext.h"
#include "extract/factstage.h"
#include "extract/gazetteerstage.h"
#include "extract/givennamestage.h"
#include "extract/lexiconstage.h"
#include "extract/multiwordplacestage.h"
#include "extract/namesuffixstage.h"
#include "extract/nominalstage.h"
#include "extract/numberstage.h"
#include "extract/ownnamesstage.h"
#include "extract/placestage.h"
#include "extract/quoteattributionstage.h"
#include "extract/quotestage.h"
#include "extract/rejectionstage.h"
#include "extract/saidstage.h"
#include "extract/speakerstage.h"
#include "extract/statementstage.h"
#include "extract/taggerstage.h"
#include "extract/titledpersonstage.h"

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <iterator>
#include <numeric>
#include <memory>
#include <vector>

namespace Gazette {

namespace {

using Stages = std::vector<std::unique_ptr<const Stage>>;

// Past this many characters an article's extraction returns its freed memory to the system.
constexpr qsizetype LargeText = 1 << 20;
// From this many characters on, an article's facts are found beside its quotes and statements.
constexpr qsizetype ParallelFactsText = 1 << 18;

template<typename... StageTypes>
Stages makeStages()
{
    Stages stages;
    (stages.push_back(std::make_unique<const StageTypes>()), ...);
    return stages;
}

// The pipeline, in the order extractor.h documents. Stages keep no state: one list serves
// every thread.
const Stages &stages()
{
    static const Stages list = makeStages<LexiconStage, ChineseStage, GazetteerStage, NumberStage, BylineStage, DatelineStage, TitledPersonStage, NameSuffixStage,
                                          QuoteStage, SpeakerStage, SaidStage, GivenNameStage, MultiWordPlaceStage, EraStage, OwnNamesStage, PlaceStage,
                                          TaggerStage, RejectionStage, EntityStage, NominalStage, FactStage, QuoteAttributionStage, StatementStage>();
    return list;
}

std::atomic<bool> timing{false};
std::mutex timesMutex;
std::map<QString, qint64> &times()
{
    static std::map<QString, qint64> table;
    return table;
}

// Adds the time since the last mark to `stage` when timing is on.
class StageClock
{
public:
    StageClock()
        : on(timing.load(std::memory_order_relaxed))
    {
        if (on)
            clock.start();
    }
    void mark(QLatin1StringView stage)
    {
        if (!on)
            return;
        const qint64 elapsed = clock.nsecsElapsed();
        clock.start();
        const std::lock_guard lock(timesMutex);
        times()[QString(stage)] += elapsed;
    }

private:
    bool on;
    QElapsedTimer clock;
};

} // namespace

void Extractor::setStageTiming(bool on)
{
    const std::lock_guard lock(timesMutex);
    times().clear();
    timing = on;
}

bool Extractor::isStageTiming()
{
    return timing.load(std::memory_order_relaxed);
}

void Extractor::addStageTime(QLatin1StringView part, qint64 nanoseconds)
{
    const std::lock_guard lock(timesMutex);
    times()[QString(part)] += nanoseconds;
}

QList<Extractor::StageTime> Extractor::stageTimes()
{
    const std::lock_guard lock(timesMutex);
    QList<StageTime> list;
    for (const auto &[stage, nanoseconds] : times())
        list.append({stage, nanoseconds});
    return list;
}

TaggedText Extractor::taggerInput(const Article &article, const QList<Annotation> &gold)
{
    const QList<LexiconEntry> noLexicon; // the context keeps a reference
    ExtractionContext context(article, noLexicon);
    for (const auto &stage : stages()) {
        if (stage->id() == QLatin1StringView("model.tagger"))
            break;
        stage->run(context);
    }
    TaggedText input = TaggerStage::input(context);
    input.gold = gold;
    return input;
}

std::optional<AnnotatedArticle> Extractor::extract(const Article &article, const QList<LexiconEntry> &lexicon, const std::function<bool()> &cancelled,
                                                   const SequenceTagger *tagger, Words words)
{
    AnnotatedArticle result;
    StageClock clock;
    {
        ExtractionContext context(article, lexicon);
        context.tagger = tagger;
        clock.mark(QLatin1StringView("context"));
        // A long text's facts between entities are found here while a thread of its own finds
        // the quotes' speakers and the statements (the stages after the facts' one): those only
        // read what the facts' stage reads and only add facts of their own, which go after its
        // facts as they would on one thread (FactStage sets the list; no stage before it adds to it).
        const bool factsBeside = article.text.size() >= ParallelFactsText && SequenceTagger::blockThreads() > 1;
        const Stages &list = stages();
        for (auto stage = list.cbegin(); stage != list.cend(); ++stage) {
            if (cancelled && cancelled())
                return std::nullopt;
            if (factsBeside && dynamic_cast<const FactStage *>(stage->get())) {
                std::thread rest([&context, &list, next = stage + 1] {
                    for (auto later = next; later != list.cend(); ++later)
                        (*later)->run(context);
                });
                QList<Fact> facts = FactStage::factsOf(context);
                rest.join();
                if (cancelled && cancelled())
                    return std::nullopt;
                clock.mark(QLatin1StringView("facts+later"));
                facts.append(std::move(context.facts));
                context.facts = std::move(facts);
                break;
            }
            (*stage)->run(context);
            clock.mark((*stage)->id());
        }
        result.entities = std::move(context.entities);
        result.facts = std::move(context.facts);
        // Both lists are in text order (EntityStage sorted the spans): merge them, the quotes
        // into the spans' own list (a second list of every span would double the peak).
        // Merged from the back into the room made at the end of the spans' list: the same order
        // as a stable merge (a span before a quote that starts where it does), without the
        // buffer of half the list that std::inplace_merge takes.
        QList<Annotation> &all = result.annotations;
        all = std::move(context.spans.list());
        const QList<Annotation> &quotes = context.quoteSpans;
        qsizetype span = all.size() - 1;
        qsizetype quote = quotes.size() - 1;
        all.resize(all.size() + quotes.size());
        for (qsizetype to = all.size() - 1; quote >= 0; --to) {
            if (span >= 0 && quotes.at(quote).start < all.at(span).start)
                all[to] = std::move(all[span--]);
            else
                all[to] = quotes.at(quote--);
        }
    } // the context (tokens, layout, what the stages found) goes before the spans get their words
#ifdef __GLIBC__
    // A huge article's context was hundreds of megabytes in small blocks: hand the free pages
    // back before the spans get their words and go to the library.
    if (article.text.size() > LargeText)
        malloc_trim(0);
#endif
    result.article = article;
    capSuggestions(result);
    // The words around each span go with it, so that the store can find it again after an edit:
    // only for the spans kept.
    if (words == Words::Fill) {
        for (Annotation &a : result.annotations)
            a.setContextFrom(article.text);
        // The facts' evidence likewise (the stages leave it to here: a statement's clause with
        // the words around it, for 165,000 statements of a huge article, stayed behind in memory).
        for (Fact &fact : result.facts) {
            for (Evidence &evidence : fact.evidence)
                evidence.setContextFrom(article.text);
        }
    }
    clock.mark(QLatin1StringView("words"));
    return result;
}

// A text can hold only so many names, dates and numbers: past one suggestion per
// CharactersPerSuggestion characters (a list of numbers, a table dumped as text) the most
// confident are kept and the article says how many were left out, so that a huge article
// stays workable. The list is shortened in place: a huge article has no room for a second copy.
void Extractor::capSuggestions(AnnotatedArticle &result)
{
    QList<Annotation> &annotations = result.annotations;
    const qsizetype cap = std::max<qsizetype>(MinimumSuggestionCap, result.article.text.size() / CharactersPerSuggestion);
    if (annotations.size() <= cap)
        return;
    std::vector<qsizetype> order(size_t(annotations.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return annotations.at(a).confidence > annotations.at(b).confidence;
    });
    std::vector<bool> keep(size_t(annotations.size()), false);
    for (qsizetype i = 0; i < cap; ++i)
        keep[size_t(order[size_t(i)])] = true;
    order = {};
    qsizetype kept = 0;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        if (keep[size_t(i)]) {
            if (kept != i)
                annotations[kept] = std::move(annotations[i]);
            ++kept;
        }
    }
    const qsizetype dropped = annotations.size() - kept;
    annotations.resize(kept);
    result.article.importWarnings.append(
        QCoreApplication::translate("Gazette::Extractor", "%1 more suggestions were left out: Gazette suggests at most one per %2 characters.")
            .arg(dropped)
            .arg(CharactersPerSuggestion));
}

} // namespace Gazette
