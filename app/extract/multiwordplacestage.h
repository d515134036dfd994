// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// Places of more than one word ("Gulf of Mexico"), before the short names of the article
// (OwnNamesStage) can take their words.
class MultiWordPlaceStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("place.multi-word"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
