// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotestage.h"

#include "extract/extractioncontext.h"

namespace Gazette {

void QuoteStage::run(ExtractionContext &context) const
{
    context.quotes = findQuotes(context.text);
}

} // namespace Gazette
