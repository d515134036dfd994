// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// The place, region and agency of a dateline ("BEIJING, Jan. 5 (Reuters) -").
class DatelineStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("dateline"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
