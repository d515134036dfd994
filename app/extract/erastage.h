// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// "Obama-era": the person.
class EraStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("person.era"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
