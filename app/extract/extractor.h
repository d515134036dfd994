// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotatedarticle.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace Gazette {

// The extraction pipeline: suggestions for an article, each with the rule that made it and a
// confidence. A list of stages (stage.h) over one ExtractionContext; each leaves alone the
// spans an earlier one took, so the more reliable rules come first. In this order:
//    1. lexicon            the reader's lexicon: accepted forms found again (rejected ones kept
//                          aside for stage 16)
//    2. gazetteer          organisations and products the gazetteers know, products with their
//                          versions ("Mate 60 Pro")
//    3. numbers            dates, times, amounts, percents
//    4. byline             "By Ana Li and Tom Hale"
//    5. dateline           "BEIJING, Jan. 5 (Reuters) -": place, region, agency
//    6. person.title       people after a title or role ("Senator Evelyn May")
//    7. name-suffix        organisations by their name ("... Robotics", "Bank of ..."), and so
//                          buildings, events and laws ("... Arena", "... Summit", "... Act")
//    8. quotes             the quotes (no spans yet), so that their speakers can be named
//    9. person.speaker     named speakers of quotes
//   10. person.said        "Marta Visser said"
//   11. person.given-name  given names and Chinese names ("Marta Visser", "Tan Wei Ming")
//   12. place.multi-word   places of more than one word ("Gulf of Mexico")
//   13. person.era         "Obama-era"
//   14. coref.own-names    the article's own names again: later mentions, surnames and short
//                          names ("Tsai", "Halvorsen"), the same names in all-caps headlines
//   15. places             nationalities and groups, places, places in capitals ("SHENZHEN"),
//                          places before "-based" ("Cupertino-based" gives Cupertino)
//   16. lexicon.rejected   what the reader rejected is dropped, whichever stage found it
//   17. entities           each mention joins the entity of its canonical name; an entity keeps
//                          the other names it goes by (its aliases)
//   18. coref.nominal      "the Cupertino-based company" as an alias, when one organisation fits
//   19. facts              facts between the entities of a sentence
//   20. quote-attribution  quote spans and who said them ("he said": the closest person before)
// Pure and thread-safe: it runs off the GUI thread, and stops between stages when cancelled()
// says so.
class Extractor
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Extractor)

public:
    // The article with the extractor's suggestions (entity ids below zero are placeholders the
    // annotations refer to); nothing when cancelled() said stop.
    static std::optional<AnnotatedArticle> extract(const Article &article, const QList<LexiconEntry> &lexicon = {},
                          const std::function<bool()> &cancelled = {});

    // At most one suggestion per this many characters of text; the rest are counted in the
    // article's importWarnings.
    static constexpr int CharactersPerSuggestion = 20;
    static constexpr int MinimumSuggestionCap = 100; // a short text dense with names is never cut
    static void capSuggestions(AnnotatedArticle &result);
};

} // namespace Gazette
