// SPDX-License-Identifier: GPL-3.0-or-later
#include "factstage.h"

#include "extract/extractioncontext.h"
#include "extract/factrules.h"

namespace Gazette {

void FactStage::run(ExtractionContext &context) const
{
    context.facts = findFacts(context.text, context.sentences, context.spans.list());
}

} // namespace Gazette
