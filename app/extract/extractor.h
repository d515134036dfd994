// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotatedarticle.h"
#include "extract/sequencetagger.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace Gazette {

// The extraction pipeline: suggestions for an article, each with the rule that made it and a
// confidence. A list of stages (stage.h) over one ExtractionContext; each leaves alone the
// spans an earlier one took, so the more reliable rules come first. In this order:
//    1. lexicon            the reader's lexicon: accepted forms found again (rejected ones kept
//                          aside for stage 18)
//    2. chinese            articles in Chinese: places, organisations, people, dates, amounts
//    3. gazetteer          organisations and products the gazetteers know, products with their
//                          versions ("Mate 60 Pro")
//    4. numbers            dates, times, amounts, percents
//    5. byline             "By Ana Li and Tom Hale"
//    6. dateline           "BEIJING, Jan. 5 (Reuters) -": place, region, agency
//    7. person.title       people after a title or role ("Senator Evelyn May")
//    8. name-suffix        organisations by their name ("... Robotics", "Bank of ..."), and so
//                          buildings, events and laws ("... Arena", "... Summit", "... Act")
//    9. quotes             the quotes (no spans yet), so that their speakers can be named
//   10. person.speaker     named speakers of quotes
//   11. person.said        "Marta Visser said"
//   12. person.given-name  given names and Chinese names ("Marta Visser", "Tan Wei Ming")
//   13. place.multi-word   places of more than one word ("Gulf of Mexico")
//   14. person.era         "Obama-era"
//   15. coref.own-names    the article's own names again: later mentions, surnames and short
//                          names ("Tsai", "Halvorsen"), the same names in all-caps headlines
//   16. places             nationalities and groups, places, places in capitals ("SHENZHEN"),
//                          places before "-based" ("Cupertino-based" gives Cupertino)
//   17. model.tagger       the learned tagger decides names, with the proposals of stages 3-16
//                          and the gazetteers as its features; precise rules keep priority
//                          (lexicon, chinese, byline, dateline, person.title, curated lists)
//   18. lexicon.rejected   what the reader rejected is dropped, whichever stage found it
//   19. entities           each mention joins the entity of its canonical name; an entity keeps
//                          the other names it goes by (its aliases)
//   20. coref.nominal      "the Cupertino-based company" as an alias, when one organisation fits
//   21. facts              facts between the entities of a sentence
//   22. quote-attribution  quote spans and who said them, by ordered sieves (quoterules.h, then
//                          the clause and next-paragraph sieves; speakerresolver.h for "he",
//                          "the company", "the Portuguese manager")
//   23. statements         indirect speech: "Tsai said Apple had chosen ..." as a statement fact
// Pure and thread-safe: it runs off the GUI thread, and stops between stages when cancelled()
// says so.
class Extractor
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Extractor)

public:
    // The article with the extractor's suggestions (entity ids below zero are placeholders the
    // annotations refer to); nothing when cancelled() said stop.
    // `tagger` is the learned tagger as the reader taught it (nothing: the shipped model).
    // Words: whether each span and each fact's evidence keeps its quote and the words around it
    // (Annotation::setContextFrom). A caller that hands the result straight to the library
    // leaves them to the store, which takes them from the text row by row
    // (AnnotationStore::addArticle): on a huge article they were a third of the memory.
    enum class Words { Fill, LeaveToStore };
    static std::optional<AnnotatedArticle> extract(const Article &article, const QList<LexiconEntry> &lexicon = {},
                          const std::function<bool()> &cancelled = {}, const SequenceTagger *tagger = nullptr,
                          Words words = Words::Fill);

    // What the learned tagger sees of an article (the cues of the stages before it), with gold
    // spans for training (`gazette train`).
    static TaggedText taggerInput(const Article &article, const QList<Annotation> &gold = {});

    // At most one suggestion per this many characters of text; the rest are counted in the
    // article's importWarnings.
    static constexpr int CharactersPerSuggestion = 20;
    static constexpr int MinimumSuggestionCap = 100; // a short text dense with names is never cut
    static void capSuggestions(AnnotatedArticle &result);

    // Where the time goes, for benchmarks: while timing is on, every extract() on any thread
    // adds each stage's time (the context's set-up and the words at the end as "context" and
    // "words") to a table that stageTimes() reads.
    struct StageTime
    {
        QString stage;
        qint64 nanoseconds = 0;
    };
    static void setStageTiming(bool on);
    static QList<StageTime> stageTimes();
    // For a stage that times its own parts (as "stage/part"; the stage's total still counts them).
    static bool isStageTiming();
    static void addStageTime(QLatin1StringView part, qint64 nanoseconds);
};

} // namespace Gazette
