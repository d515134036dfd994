// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// Facts between the entities of a sentence (factrules.h).
class FactStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("facts"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
