// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// The people of a byline ("By Ana Li and Tom Hale").
class BylineStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("byline"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
