// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// Dates, times, amounts, percents (numberrules.h).
class NumberStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("numbers"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
