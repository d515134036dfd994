// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// Quote spans, and a fact for each quote with a speaker: the named one, or for "he said" the
// closest person named before.
class QuoteAttributionStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("quote-attribution"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
