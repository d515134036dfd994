// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// Finds the quotes (quoterules.h), so that their speakers can be named as people; their spans
// and who said them come last (QuoteAttributionStage), once the entities are known.
class QuoteStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("quotes"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
