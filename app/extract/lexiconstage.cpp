// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexiconstage.h"

#include "extract/extractioncontext.h"

namespace Gazette {

void LexiconStage::run(ExtractionContext &context) const
{
    WordPhraseIndex learned;
    QList<LexiconEntry> accepted;
    for (const LexiconEntry &entry : context.lexicon) {
        if (entry.verdict == Verdict::Reject) {
            context.rejected.insert({entry.surface, entry.label});
        } else {
            learned.add(entry.surface, int(accepted.size()));
            accepted.append(entry);
        }
    }
    learned.build();
    for (const auto &m : PhraseMatcher::longestLeftmost(learned.findAll(context.text)))
        context.spans.add(m.start, m.end, accepted.at(m.value).label, QStringLiteral("lexicon.accepted"), 0.95);
}

} // namespace Gazette
