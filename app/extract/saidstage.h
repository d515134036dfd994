// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/stage.h"

namespace Gazette {

// People before a saying verb ("Marta Visser said").
class SaidStage final : public Stage
{
public:
    QLatin1StringView id() const override { return QLatin1StringView("person.said"); }
    void run(ExtractionContext &context) const override;
};

} // namespace Gazette
