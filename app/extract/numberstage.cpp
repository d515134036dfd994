// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberstage.h"

#include "extract/extractioncontext.h"
#include "extract/numberrules.h"
#include "extract/sequencetagger.h"

namespace Gazette {

void NumberStage::run(ExtractionContext &context) const
{
    // Relative dates ("on Monday") are read against the day the article was published.
    const QDate date = context.article.published.isValid() ? context.article.published.date() : QDate();
    // A long text's regions on as many threads as the tagger may use for its blocks.
    for (const RuleMatch &m : findNumericEntities(context.text, date, SequenceTagger::blockThreads()))
        context.spans.add(m.start, m.end, m.label, m.ruleId, m.confidence);
}

} // namespace Gazette
