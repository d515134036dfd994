// SPDX-License-Identifier: GPL-3.0-or-later
#include "factstage.h"

#include "extract/extractioncontext.h"
#include "extract/factrules.h"

namespace Gazette {

void FactStage::run(ExtractionContext &context) const
{
    context.facts = factsOf(context);
}

QList<Fact> FactStage::factsOf(const ExtractionContext &context)
{
    return findFacts(context.text, context.sentences, context.spans.list());
}

} // namespace Gazette
