// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/annotatedarticle.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace Gazette {

// The extraction pipeline: suggestions for an article, each with the rule that made it and a
// confidence. Stages, each leaving alone what an earlier one took:
//   1. the reader's lexicon (accepted forms found again; rejected ones never proposed)
//   2. dates, times, amounts (number rules)
//   3. bylines and datelines ("By Ana Li", "BEIJING, Jan. 5 (Reuters)")
//   4. organisations and products from the gazetteers, products with versions ("Mate 60 Pro")
//   5. people: titles and roles, speakers of quotes, given names, Chinese names
//   6. organisations by their name ("... Robotics", "Bank of ...")
//   7. nationalities and groups, then places ("Cupertino-based" gives Cupertino)
//   8. the article's own names again: every later mention, surnames and short names, and the
//      same names in all-caps headlines; an entity keeps the other names it goes by (its
//      aliases), "the Cupertino-based company" included when one organisation fits
//   9. quotes with their speakers, and facts between the entities of a sentence
// Pure and thread-safe: it runs off the GUI thread, and stops early when cancelled() says so.
class Extractor
{
    Q_DECLARE_TR_FUNCTIONS(Gazette::Extractor)

public:
    // The article with the extractor's suggestions (entity ids below zero are placeholders the
    // annotations refer to); nothing when cancelled() said stop.
    static std::optional<AnnotatedArticle> extract(const Article &article, const QList<LexiconEntry> &lexicon = {},
                          const std::function<bool()> &cancelled = {});
};

} // namespace Gazette
